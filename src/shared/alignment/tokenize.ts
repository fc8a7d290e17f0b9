// Splits texts into word tokens with their offsets (words as domain/text.ts defines them, the same words
// the app counts), and gives each token a normalised form for matching: Unicode NFKC, lower case, and no
// punctuation inside the word, so "Assad’s" matches "Assad's" and "70,000" matches "70000".
// Every distinct normalised form gets a small integer id, shared across all documents.

import { forEachWord } from '../domain/text'

export interface TokenizedDocument {
  text: string
  /** UTF-16 start and end offset of each token. */
  starts: Int32Array
  ends: Int32Array
  /** Normalised form of each token, as an id from the shared Vocabulary. */
  ids: Int32Array
  /** After each token: 0, or SENTENCE_BREAK where a sentence ends, or PARAGRAPH_BREAK where a paragraph does. */
  breakAfter: Uint8Array
  length: number
}

export class Vocabulary {
  private readonly idByForm = new Map<string, number>()
  /** Words repeat: each spelling is normalised once. */
  private readonly idBySpelling = new Map<string, number>()
  readonly forms: string[] = []

  idOfWord(word: string): number {
    let id = this.idBySpelling.get(word)
    if (id === undefined) {
      id = this.idOf(normalizeWord(word))
      this.idBySpelling.set(word, id)
    }
    return id
  }

  idOf(form: string): number {
    let id = this.idByForm.get(form)
    if (id === undefined) {
      id = this.forms.length
      this.idByForm.set(form, id)
      this.forms.push(form)
    }
    return id
  }
}

const NON_ASCII = /[^\p{ASCII}]/u
const INNER_PUNCTUATION = /[\p{P}\p{S}]/gu

/** The form used to match a word across documents. */
export function normalizeWord(word: string): string {
  const folded = NON_ASCII.test(word) ? word.normalize('NFKC').toLowerCase() : word.toLowerCase()
  const stripped = folded.replace(INNER_PUNCTUATION, '')
  return stripped.length > 0 ? stripped : folded
}

export function tokenize(text: string, vocabulary: Vocabulary): TokenizedDocument {
  const starts: number[] = []
  const ends: number[] = []
  const ids: number[] = []
  forEachWord(text, (start, end) => {
    starts.push(start)
    ends.push(end)
    ids.push(vocabulary.idOfWord(text.slice(start, end)))
  })
  const startArray = Int32Array.from(starts)
  const endArray = Int32Array.from(ends)
  return {
    text,
    starts: startArray,
    ends: endArray,
    ids: Int32Array.from(ids),
    breakAfter: sentenceBreaks(text, startArray, endArray),
    length: ids.length,
  }
}

// "Mr. Putin", "U.S. officials": a short capitalised word or one with inner dots is an abbreviation.
const ABBREVIATION = /^(?:\p{Lu}\p{Ll}?|\p{L}+(?:\.\p{L}+)+)$/u

export const SENTENCE_BREAK = 1
export const PARAGRAPH_BREAK = 2

/**
 * What the marks text[from, to) end: a paragraph (a blank line), a sentence (. ! ? and their wide forms,
 * or a single line break: a line of a list), or nothing.
 */
function breakIn(text: string, from: number, to: number): { kind: number; newline: boolean } {
  let sentence = false
  let newlines = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) newlines++
    else if (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026) sentence = true
  }
  const kind = newlines >= 2 ? PARAGRAPH_BREAK : sentence || newlines === 1 ? SENTENCE_BREAK : 0
  return { kind, newline: newlines > 0 }
}

/** Where sentences and paragraphs end: after token i when the marks between it and token i+1 say so. */
function sentenceBreaks(text: string, starts: Int32Array, ends: Int32Array): Uint8Array {
  const breaks = new Uint8Array(starts.length)
  for (let i = 0; i < starts.length; i++) {
    const { kind, newline } = breakIn(text, ends[i] as number, i + 1 < starts.length ? (starts[i + 1] as number) : text.length)
    // "Mr. Putin" is no sentence break; a line break after "Mr" still is.
    if (kind === SENTENCE_BREAK && !newline && ABBREVIATION.test(text.slice(starts[i], ends[i]))) continue
    breaks[i] = kind
  }
  return breaks
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
