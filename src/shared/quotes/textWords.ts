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

/** Where a word in lower case runs into a capitalised one, the space between them lost ("he saidTuesday",
 *  "conducted theSnowden interviews"): the index of the capital, or -1. Not "iPhone" or "eBay": the word before
 *  has three letters at least. */
function lostSpace(word: string): number {
  const first = word.charCodeAt(0)
  if (first < 97 || first > 122) return -1
  for (let k = 1; k < word.length - 1; k++) {
    const c = word.charCodeAt(k)
    if (c >= 97 && c <= 122) continue
    const next = word.charCodeAt(k + 1)
    return k >= 3 && c >= 65 && c <= 90 && next >= 97 && next <= 122 ? k : -1
  }
  return -1
}

/** A word found, or the two words a lost space ran together (not a handle or a tag: "@realDonaldTrump"). */
function push(words: TextWord[], word: string, bare: string, index: number, before: number): void {
  const lost = before === 64 || before === 35 ? -1 : lostSpace(word)
  if (lost < 0) words.push({ word, bare, index })
  else words.push({ word: word.slice(0, lost), bare: word.slice(0, lost), index }, { word: word.slice(lost), bare: bareOf(word.slice(lost)), index: index + lost })
}

/** The words of `text`, as /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu finds them, with words a lost space ran together apart. */
export function wordsOf(text: string): TextWord[] {
  const words: TextWord[] = []
  if (hasPairs(text)) {
    WORD.lastIndex = 0
    for (let m = WORD.exec(text); m; m = WORD.exec(text)) push(words, m[0], m[0].toLowerCase().replace(/[.’']+$/, ''), m.index, text.charCodeAt(m.index - 1))
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
    push(words, word, bareOf(word), start, text.charCodeAt(start - 1))
  }
  return words
}
