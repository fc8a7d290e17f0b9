// What the clean-up rules need to know about one line: its key for vocabulary look-ups, its word count,
// and whether it reads as prose (ends like a sentence), as a quotation, or as a body paragraph.

import { countWords } from '../domain/text'

/** A line that ends like a sentence and has at least this many words is a body paragraph: never clutter. */
export const LONG_PARAGRAPH_WORDS = 15
/** Headlines of other stories run to about twenty words; a longer line without a full stop is prose that lost it. */
export const MAX_HEADLINE_WORDS = 25

export interface LineShape {
  text: string
  /** Lower case, curly apostrophes straightened, bullets and outer punctuation removed, spaces collapsed. */
  key: string
  words: number
  /** Ends with sentence punctuation, perhaps followed by closing quotes or brackets. */
  endsSentence: boolean
  /** Has sentence punctuation somewhere, followed by a space or the end. */
  hasSentencePunctuation: boolean
  /** Opens with a quotation mark: said by someone, so part of the report. */
  isQuotation: boolean
}

const CLOSERS = String.raw`["'”’»›)\]]*`
const SENTENCE_MARKS = '.!?…。！？؟।'
const SENTENCE_END = new RegExp(`[${SENTENCE_MARKS}]${CLOSERS}$`, 'u')
const SENTENCE_PUNCTUATION = new RegExp(`[${SENTENCE_MARKS}]${CLOSERS}(?:\\s|$)`, 'u')
const OPENING_QUOTE = /^["“”„«»‘’‚‹›「『]/u

/**
 * The text without the characters at its end that `char` matches. A loop, not /[…]+$/: that regex
 * retries from every character of a long run and takes quadratic time on a line of spaces.
 */
export function trimEndMatching(text: string, char: RegExp): string {
  let end = text.length
  while (end > 0 && char.test(text[end - 1] as string)) end--
  return text.slice(0, end)
}

const KEY_TRAILING = /[\s:.!?…»›>|•·\-–—→←=~]/u

export function lineKey(text: string): string {
  const lower = text
    .toLowerCase()
    .replace(/[‘’ʼ]/gu, "'")
    .replace(/^[\s•·*►▶▸>»›|~=#\-–—]+/u, '')
  return trimEndMatching(lower, KEY_TRAILING).replace(/\s+/g, ' ')
}

/** Characters that draw nothing (zero-width spaces and joiners, a stray byte-order mark), which pages leave at a line's ends. */
const INVISIBLE_ENDS = /^[\u200b-\u200d\u2060\ufeff]+|[\u200b-\u200d\u2060\ufeff]+$/gu

export function shapeOf(line: string): LineShape {
  // The line as it is read, its invisible ends aside: a sentence between zero-width spaces still ends with its full stop.
  const text = line.replace(INVISIBLE_ENDS, '')
  const words = countWords(text)
  return {
    text,
    key: lineKey(text),
    words,
    endsSentence: SENTENCE_END.test(text),
    hasSentencePunctuation: SENTENCE_PUNCTUATION.test(text),
    isQuotation: OPENING_QUOTE.test(text) && words >= 2,
  }
}

export function isBodyParagraph(shape: LineShape): boolean {
  return shape.endsSentence && shape.words >= LONG_PARAGRAPH_WORDS
}

/** A line no rule may take: prose of many words, or a quotation. */
export function isProse(shape: LineShape): boolean {
  return (shape.hasSentencePunctuation && shape.words >= LONG_PARAGRAPH_WORDS) || shape.isQuotation
}

/** Short and without a full stop: a headline, a name, a link text. */
export function looksLikeHeadline(shape: LineShape): boolean {
  return !shape.endsSentence && !shape.isQuotation && shape.words > 0 && shape.words <= MAX_HEADLINE_WORDS
}

/** "Discuss as:", "Editor's note:" — a few words ending in a colon, with no sentence inside. */
export function isColonLabel(shape: LineShape): boolean {
  return /[:：]$/u.test(shape.text) && shape.words <= 4 && !shape.hasSentencePunctuation
}

// Lower-case words that credits use between names: "Photo by X via Getty Images", "Courtesy of X".
export const CREDIT_JOINERS: ReadonlySet<string> = new Set([
  'via', 'for', 'and', 'of', 'the', 'by', 'de', 'del', 'da', 'di', 'du', 'van', 'von', 'der', 'den', 'le', 'la', 'al', 'el', 'bin', 'y',
  'photo', 'photos', 'images', 'image', 'file', 'staff', 'pool', 'handout', 'courtesy', 'contributor', 'photographer', 'getty', 'illustration', 'credit',
])

/**
 * Whether every word is capitalised, as in names, agencies and credits, allowing the given lower-case
 * joining words ("via", "and", "de"). Words are split at spaces, slashes, bars and hyphens between spaces.
 */
export function isCapitalised(text: string, allowedLowerCase: ReadonlySet<string>): boolean {
  const tokens = text.split(/[\s/|,;()[\]]+|\s[-–—]\s/u).filter((t) => /[\p{L}\p{N}]/u.test(t))
  if (tokens.length === 0) return false
  return tokens.every((token) => {
    const word = trimEndMatching(token.replace(/^[^\p{L}\p{N}]+/u, ''), /[^\p{L}\p{N}]/u)
    return /^[\p{Lu}\p{Lt}\p{N}]/u.test(word) || allowedLowerCase.has(word.toLowerCase())
  })
}
