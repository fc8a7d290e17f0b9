// Measures of article text that every view shares: paragraphs with their offsets, and word counts.
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

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' })

/** Counts words as Unicode word segmentation sees them, so languages without spaces count too. */
export function countWords(text: string): number {
  let count = 0
  for (const segment of wordSegmenter.segment(text)) {
    if (segment.isWordLike) count++
  }
  return count
}
