// The words of a clause as the attribution reads them: each run of letters and digits with the apostrophes,
// full stops and hyphens inside or after it, its lower case without the full stops and apostrophes at its
// end, and where it starts. Read by character codes: the expression that did this, and the lower case made by
// a second one for every word, ran on every clause around every quotation.

import { hasPairs, isLetterOrDigit } from './charClasses'

export interface TextWord {
  word: string
  /** Lower case, without a full stop or apostrophe at its end. */
  bare: string
  index: number
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu

/** Whether code unit `c` goes on a word: a letter, a digit, an apostrophe, a full stop or a hyphen. */
const continues = (c: number): boolean => c === 39 || c === 0x2019 || c === 46 || c === 45 || isLetterOrDigit(c)

function bareOf(word: string): string {
  let end = word.length
  for (let c = word.charCodeAt(end - 1); end > 0 && (c === 46 || c === 0x2019 || c === 39); c = word.charCodeAt(end - 1)) end--
  return (end === word.length ? word : word.slice(0, end)).toLowerCase()
}

/** The words of `text`, as /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu finds them. */
export function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = []
  if (hasPairs(text)) {
    WORD.lastIndex = 0
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) words.push({ word: m[0], bare: m[0].toLowerCase().replace(/[.’']+$/, ''), index: m.index })
    return words
  }
  for (let i = 0; i < text.length; ) {
    if (!isLetterOrDigit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    for (i++; i < text.length && continues(text.charCodeAt(i)); i++);
    const word = text.slice(start, i)
    words.push({ word, bare: bareOf(word), index: start })
  }
  return words
}
