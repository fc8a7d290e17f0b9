// Measures of article text that every view shares: paragraphs with their offsets, words and their count.
// Offsets are UTF-16 code unit indexes into the stored text, the unit highlights and alignment use.

export interface TextSpan {
  start: number
  end: number
}

/**
 * Paragraphs are separated by one or more blank lines (lines holding only white space).
 * Each span covers the paragraph without its surrounding white space; single line breaks stay inside it.
 */
export function splitParagraphs(text: string): TextSpan[] {
  const spans: TextSpan[] = []
  const separator = /\n[^\S\n]*\n\s*/g
  let start = 0
  const push = (from: number, to: number): void => {
    let s = from
    let e = to
    while (s < e && /\s/.test(text[s] as string)) s++
    while (e > s && /\s/.test(text[e - 1] as string)) e--
    if (e > s) spans.push({ start: s, end: e })
  }
  for (const match of text.matchAll(separator)) {
    push(start, match.index)
    start = match.index + match[0].length
  }
  push(start, text.length)
  return spans
}

// A word: letters, marks and digits, with inner apostrophes, hyphens, dots or (between digits) commas.
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ‘\-‐‑.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u
// Every script written without spaces lies at or above U+0E00 (Thai): a cheap test before the exact one.
const UNSPACED_FROM = 0x0e00

let segmenter: Intl.Segmenter | undefined

/**
 * Calls `visit` with the offsets of each word, in order. "U.S.-led", "Assad's" and "70,000" are one
 * word each; scripts written without spaces (Chinese, Japanese, Thai, ...) are split by Intl.Segmenter.
 * One definition of a word for the whole app: what it counts, aligns and highlights.
 */
export function forEachWord(text: string, visit: (start: number, end: number) => void): void {
  const words = new RegExp(WORD.source, WORD.flags)
  for (let match = words.exec(text); match !== null; match = words.exec(text)) {
    const word = match[0]
    const offset = match.index
    if (!hasCharAtOrAbove(word, UNSPACED_FROM) || !UNSPACED_SCRIPT.test(word)) {
      visit(offset, offset + word.length)
      continue
    }
    segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' })
    for (const segment of segmenter.segment(word)) {
      if (segment.isWordLike) visit(offset + segment.index, offset + segment.index + segment.segment.length)
    }
  }
}

function hasCharAtOrAbove(word: string, code: number): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) >= code) return true
  return false
}

export function countWords(text: string): number {
  let count = 0
  forEachWord(text, () => count++)
  return count
}

/** The first `count` whitespace-separated words, with "…" when there are more: for lists and quotes. */
export function openingWords(text: string, count: number): string {
  // Reads no further than the word after the last one kept: a passage's opening is asked of texts of
  // thousands of words (every passage of a comparison, before its first frame with passages).
  const words: string[] = []
  const pattern = /\S+/g
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    if (words.length === count) return `${words.join(' ')}…`
    words.push(match[0])
  }
  return words.join(' ')
}
