// Splits texts into word tokens with their offsets and gives each token a normalised form for matching:
// Unicode NFKC, lower case, no punctuation inside the word ("Assad’s" matches "Assad's", "70,000" matches
// "70000"). Words are those domain/text.ts defines (what the app counts and highlights), with one
// difference: a word is split at its inner hyphens ("year-end" is "year" "end", as "year end" is), each
// later piece marked as joined to the one before, so a count of words is still the app's count.
// One pass over character codes: no regular expression and no new string per word, except for the rare
// word with letters outside ASCII (normalised through NFKC) or in a script written without spaces.

import { forEachWord } from '../domain/text'
import type { Vocabulary } from './vocabulary'
import { widened } from './widen'

export { Vocabulary } from './vocabulary'

export interface TokenizedDocument {
  text: string
  /** UTF-16 start and end offset of each token. */
  starts: Int32Array
  ends: Int32Array
  /** Normalised form of each token, as an id from the shared Vocabulary. */
  ids: Int32Array
  /** After each token: 0, or SENTENCE_BREAK where a sentence ends, or PARAGRAPH_BREAK where a paragraph does. */
  breakAfter: Uint8Array
  /** 1 where a token continues the word before it across a hyphen ("end" of "year-end"). */
  joined: Uint8Array
  length: number
  /** Words as the app counts them: tokens less those joined to the one before. */
  words: number
}

export const SENTENCE_BREAK = 1
export const PARAGRAPH_BREAK = 2

const NON_ASCII = /[^\p{ASCII}]/u
const INNER_PUNCTUATION = /[\p{P}\p{S}]/gu

/** The form used to match a word across documents. */
export function normalizeWord(word: string): string {
  const folded = NON_ASCII.test(word) ? word.normalize('NFKC').toLowerCase() : word.toLowerCase()
  const stripped = folded.replace(INNER_PUNCTUATION, '')
  return stripped.length > 0 ? stripped : folded
}

// Character classes of code points, as domain/text.ts's word pattern sees them.
const NONE = 0
const LETTER = 1 // \p{L} or \p{M}
const NUMBER = 2 // \p{N}
const CLASS_OF = /[\p{L}\p{M}]/u
const NUMBER_OF = /\p{N}/u
const classCache = new Map<number, number>()

function classOf(code: number): number {
  if (code < 128) {
    if (code >= 97 ? code <= 122 : code >= 65 ? code <= 90 : false) return LETTER
    return code >= 48 && code <= 57 ? NUMBER : NONE
  }
  let cls = classCache.get(code)
  if (cls === undefined) {
    const char = String.fromCodePoint(code)
    cls = CLASS_OF.test(char) ? LETTER : NUMBER_OF.test(char) ? NUMBER : NONE
    classCache.set(code, cls)
  }
  return cls
}

const isApostrophe = (c: number): boolean => c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018
const isHyphen = (c: number): boolean => c === 0x2d || c === 0x2010 || c === 0x2011
const isSentenceMark = (c: number): boolean => c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026

/** The code point at i (a surrogate pair read whole) and how many code units it takes. */
function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const low = text.charCodeAt(i + 1)
    if (low >= 0xdc00 && low <= 0xdfff) return ((c - 0xd800) << 10) + (low - 0xdc00) + 0x10000
  }
  return c
}
const unitsOf = (code: number): number => (code > 0xffff ? 2 : 1)

// "Mr. Putin", "U.S. officials": a short capitalised word or one with inner dots is an abbreviation.
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}?|\p{L}+(?:\.\p{L}+)+)$/u
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u
/** Every script written without spaces lies at or above U+0E00 (Thai). */
const UNSPACED_FROM = 0x0e00

/** Growable token columns. */
class Tokens {
  starts = new Int32Array(256)
  ends = new Int32Array(256)
  ids = new Int32Array(256)
  breaks = new Uint8Array(256)
  joined = new Uint8Array(256)
  length = 0

  push(start: number, end: number, id: number, joined: boolean): void {
    if (this.length === this.starts.length) {
      this.starts = widened(this.starts)
      this.ends = widened(this.ends)
      this.ids = widened(this.ids)
      this.breaks = widened(this.breaks)
      this.joined = widened(this.joined)
    }
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.ids[this.length] = id
    this.joined[this.length] = joined ? 1 : 0
    this.length++
  }
}

export function tokenize(text: string, vocabulary: Vocabulary): TokenizedDocument {
  const tokens = new Tokens()
  const form = vocabulary.buffer(text.length)
  const n = text.length

  /** Adds the token text[start, end): fast when its letters are ASCII, through NFKC otherwise. */
  const addToken = (start: number, end: number, simple: boolean, joined: boolean): void => {
    let id: number
    if (simple) {
      let length = 0
      for (let i = start; i < end; i++) {
        const c = text.charCodeAt(i)
        if (c === 0x27 || c === 0x2019 || c === 0x2bc || c === 0x2018 || c === 0x2e || c === 0x2c) continue
        form[length++] = c >= 65 && c <= 90 ? c + 32 : c
      }
      id = vocabulary.idOfCodes(form, length)
    } else {
      id = vocabulary.idOf(normalizeWord(text.slice(start, end)))
    }
    tokens.push(start, end, id, joined)
  }

  /** A word (between hyphens) in a script written without spaces: split by Intl.Segmenter. */
  const addSegmented = (start: number, end: number, joined: boolean): void => {
    let first = true
    forEachWord(text.slice(start, end), (s, e) => {
      addToken(start + s, start + e, false, joined && first)
      first = false
    })
  }

  /** A word, or a piece of one between hyphens: split by Intl.Segmenter only when in such a script. */
  const addPiece = (start: number, end: number, simple: boolean, high: boolean, joined: boolean): void => {
    if (high && UNSPACED_SCRIPT.test(text.slice(start, end))) addSegmented(start, end, joined)
    else addToken(start, end, simple, joined)
  }

  let gapStart = 0
  let i = 0
  while (i < n) {
    const code = codePointAt(text, i)
    const cls = classOf(code)
    if (cls === NONE) {
      i += unitsOf(code)
      continue
    }
    // A word starts here; the gap before it (marks, spaces, line breaks) ends the previous token.
    closeGap(text, tokens, gapStart, i)
    let pieceStart = i
    let simple = code < 128
    let high = code >= UNSPACED_FROM
    let joined = false
    let previousClass = cls
    i += unitsOf(code)
    for (;;) {
      if (i >= n) break
      const c = codePointAt(text, i)
      const k = classOf(c)
      if (k !== NONE) {
        if (c >= 128) simple = false
        if (c >= UNSPACED_FROM) high = true
        previousClass = k
        i += unitsOf(c)
        continue
      }
      // A connector belongs to the word only when a letter, mark or digit follows it.
      const unit = text.charCodeAt(i)
      const nextCode = i + 1 < n ? codePointAt(text, i + 1) : -1
      const nextClass = nextCode < 0 ? NONE : classOf(nextCode)
      if (nextClass === NONE) break
      if (isHyphen(unit)) {
        // The word goes on after the hyphen, as a token of its own.
        addPiece(pieceStart, i, simple, high, joined)
        i += 1
        pieceStart = i
        simple = true
        high = false
        joined = true
        continue
      }
      if (isApostrophe(unit) || unit === 0x2e || (unit === 0x2c && previousClass === NUMBER && nextClass === NUMBER)) {
        if (unit > 127 && !isApostrophe(unit)) simple = false
        i += 1
        continue
      }
      break
    }
    addPiece(pieceStart, i, simple, high, joined)
    gapStart = i
  }
  closeGap(text, tokens, gapStart, n)

  const length = tokens.length
  let joinedCount = 0
  for (let t = 0; t < length; t++) joinedCount += tokens.joined[t] as number
  return {
    text,
    starts: tokens.starts.slice(0, length),
    ends: tokens.ends.slice(0, length),
    ids: tokens.ids.slice(0, length),
    breakAfter: tokens.breaks.slice(0, length),
    joined: tokens.joined.slice(0, length),
    length,
    words: length - joinedCount,
  }
}

/**
 * What the marks text[from, to) after the last token end: a paragraph (a blank line), a sentence
 * (. ! ? and their wide forms, or a single line break: a line of a list), or nothing. "Mr. Putin" is no
 * sentence break; a line break after "Mr" still is.
 */
function closeGap(text: string, tokens: Tokens, from: number, to: number): void {
  const last = tokens.length - 1
  if (last < 0) return
  let sentence = false
  let newlines = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) newlines++
    else if (isSentenceMark(c)) sentence = true
  }
  const kind = newlines >= 2 ? PARAGRAPH_BREAK : sentence || newlines === 1 ? SENTENCE_BREAK : 0
  if (kind === SENTENCE_BREAK && newlines === 0 && ABBREVIATION.test(text.slice(tokens.starts[last], tokens.ends[last]))) return
  tokens.breaks[last] = kind
}

/**
 * All documents' words numbered as one sequence: word i of document d is offsets[d] + i, and docOf
 * maps such a number back to its document.
 */
export function globalPositions(docs: readonly TokenizedDocument[]): { offsets: Int32Array; docOf: Int32Array; total: number } {
  const offsets = new Int32Array(docs.length)
  let total = 0
  docs.forEach((doc, d) => {
    offsets[d] = total
    total += doc.length
  })
  const docOf = new Int32Array(total)
  docs.forEach((doc, d) => docOf.fill(d, offsets[d], (offsets[d] as number) + doc.length))
  return { offsets, docOf, total }
}
