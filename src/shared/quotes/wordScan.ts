// The words of a stretch of text exactly as domain/text.ts's forEachWord finds them (the app's one definition
// of a word), read by character codes: the ledger cuts every quotation into words, and an expression matched
// word by word was a tenth of its time. Stretches with a script written without spaces, or with characters
// outside the Basic Multilingual Plane, are left to forEachWord itself.

import { forEachWord } from '../domain/text'
import { classOf, DIGIT, LETTER_OR_DIGIT, MARK } from './charClasses'

const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u
/** For each character code from U+0E00 (the first of those scripts), once asked: 1 of a script written
 *  without spaces or half of a pair, 2 neither. */
const unspaced = new Uint8Array(0x10000)

/** Whether text.slice(from, to) needs forEachWord itself, read by character codes: slicing each stretch and
 *  testing it with two expressions was a tenth of the ledger's reading. */
function needsDefinition(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x0e00) continue
    let kind = unspaced[c] as number
    if (kind === 0) {
      const ch = String.fromCharCode(c)
      unspaced[c] = kind = (c >= 0xd800 && c <= 0xdfff) || UNSPACED.test(ch) ? 1 : 2
    }
    if (kind === 1) return true
  }
  return false
}

/** A letter, mark or digit. */
const inWord = (c: number): boolean => (c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (classOf(c) & (LETTER_OR_DIGIT | MARK)) !== 0)
const isDigit = (c: number): boolean => (c < 128 ? c >= 48 && c <= 57 : (classOf(c) & DIGIT) !== 0)
/** What joins two parts of one word: apostrophes, hyphens and a full stop ("U.S.-led", "Assad's"). */
const joins = (c: number): boolean => c === 39 || c === 0x2019 || c === 0x02bc || c === 0x2018 || c === 45 || c === 0x2010 || c === 0x2011 || c === 46

/** Calls `visit` with the offsets (into `text`) of each word of text.slice(from, to), in order. */
export function forEachWordIn(text: string, from: number, to: number, visit: (start: number, end: number) => void): void {
  if (needsDefinition(text, from, to)) {
    forEachWord(text.slice(from, to), (start, end) => visit(from + start, from + end))
    return
  }
  let i = from
  while (i < to) {
    if (!inWord(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < to && inWord(text.charCodeAt(i))) i++
    // A joining mark (or a comma between digits) followed by more of the word goes on with it.
    while (i + 1 < to && inWord(text.charCodeAt(i + 1))) {
      const c = text.charCodeAt(i)
      if (!joins(c) && !(c === 44 && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1)))) break
      i++
      while (i < to && inWord(text.charCodeAt(i))) i++
    }
    visit(start, i)
  }
}
