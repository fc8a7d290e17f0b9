// Splits texts into word tokens with their offsets, and gives each token a normalised form for matching:
// Unicode NFKC, lower case, and no punctuation inside the word, so "Assad’s" matches "Assad's" and
// "70,000" matches "70000". Scripts written without spaces (Chinese, Japanese, Thai, ...) are split with
// Intl.Segmenter. Every distinct normalised form gets a small integer id, shared across all documents.

export interface TokenizedDocument {
  text: string
  /** UTF-16 start and end offset of each token. */
  starts: Int32Array
  ends: Int32Array
  /** Normalised form of each token, as an id from the shared Vocabulary. */
  ids: Int32Array
  /** 1 where a sentence or paragraph ends after the token. */
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

// A word: letters, marks and digits, with inner apostrophes, hyphens, dots or (between digits) commas.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ‘\-‐‑.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u
// Every script written without spaces lies at or above U+0E00 (Thai): a cheap test before the exact one.
const MAYBE_UNSPACED = /[\u0e00-\uffff]/
const NON_ASCII = /[^\p{ASCII}]/u
const INNER_PUNCTUATION = /[\p{P}\p{S}]/gu

let segmenter: Intl.Segmenter | undefined

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
  const push = (start: number, end: number): void => {
    starts.push(start)
    ends.push(end)
    ids.push(vocabulary.idOfWord(text.slice(start, end)))
  }
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    const offset = match.index
    if (!MAYBE_UNSPACED.test(word) || !UNSPACED_SCRIPT.test(word)) {
      push(offset, offset + word.length)
      continue
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
    for (const segment of segmenter.segment(word)) {
      if (segment.isWordLike) push(offset + segment.index, offset + segment.index + segment.segment.length)
    }
  }
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

/** Whether the marks text[from, to) end a sentence (. ! ? and their wide forms) or a paragraph (a blank line). */
function endsSentence(text: string, from: number, to: number): { end: boolean; newline: boolean } {
  let newlines = 0
  let end = false
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c === 10) newlines++
    else if (c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0x2026) end = true
  }
  return { end: end || newlines >= 2, newline: newlines > 0 }
}

/** Where sentences and paragraphs end: after token i when the marks between it and token i+1 say so. */
function sentenceBreaks(text: string, starts: Int32Array, ends: Int32Array): Uint8Array {
  const breaks = new Uint8Array(starts.length)
  for (let i = 0; i < starts.length; i++) {
    const { end, newline } = endsSentence(text, ends[i] as number, i + 1 < starts.length ? (starts[i + 1] as number) : text.length)
    if (!end) continue
    if (!newline && ABBREVIATION.test(text.slice(starts[i], ends[i]))) continue
    breaks[i] = 1
  }
  return breaks
}
