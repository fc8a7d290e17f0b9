// Sentences and words in a paragraph's text, as offsets, for selecting from the keyboard: the sentence
// around a point, and the next word's end or the previous word's start. The platform's text segmenter
// finds the boundaries (quotes and other scripts cut as the language has them); it ends a sentence after
// every full stop before a capital, so sentences ending in a title or an initial ("Mr.", "U.S.", "John F.")
// are joined to the next, at the cost of the rare sentence that truly ends with one.

export interface TextSpan {
  start: number
  end: number
}

const sentences = new Intl.Segmenter(undefined, { granularity: 'sentence' })
const words = new Intl.Segmenter(undefined, { granularity: 'word' })

/** The span without the spaces at either end. */
function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  return { start, end }
}

/** A title or an initial before a full stop: no end of a sentence in a news report. */
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Col|Lt|Sgt|Capt|Gov|Sen|Rep|Rev|Mt|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b[A-Z](?:\.[A-Z])*)\.$/

/** Every sentence of `text`, without the spaces around it, in order; none of them empty. */
export function sentencesOf(text: string): TextSpan[] {
  const found: TextSpan[] = []
  for (const segment of sentences.segment(text)) {
    const span = trimmed(text, segment.index, segment.index + segment.segment.length)
    if (span.end === span.start) continue
    const last = found.at(-1)
    if (last && ABBREVIATION.test(text.slice(last.start, last.end))) last.end = span.end
    else found.push(span)
  }
  return found
}

/**
 * The sentence `at` lies in (or the first after it, when `at` is in the space between two), without its
 * surrounding spaces; null when no sentence starts at or after `at` and none holds it.
 */
export function sentenceAround(text: string, at: number): TextSpan | null {
  return sentencesOf(text).find((s) => at < s.end) ?? sentencesOf(text).at(-1) ?? null
}

/** The sentence after `span`; null when `span` reaches the last one. */
export function sentenceAfter(text: string, span: TextSpan): TextSpan | null {
  return sentencesOf(text).find((s) => s.start >= span.end) ?? null
}

function wordsOf(text: string): TextSpan[] {
  return [...words.segment(text)].filter((w) => w.isWordLike).map((w) => ({ start: w.index, end: w.index + w.segment.length }))
}

/** Where the word that ends after `at` ends (a selection's focus moving one word on); null past the last word. */
export function nextWordEnd(text: string, at: number): number | null {
  return wordsOf(text).find((w) => w.end > at)?.end ?? null
}

/** Where the word that starts before `at` starts (a selection's focus moving one word back); null before the first. */
export function previousWordStart(text: string, at: number): number | null {
  return wordsOf(text).findLast((w) => w.start < at)?.start ?? null
}

/** Where the word after `at` starts (a backward selection giving back its first word); null past the last. */
export function nextWordStart(text: string, at: number): number | null {
  return wordsOf(text).find((w) => w.start > at)?.start ?? null
}

/** Where the word before the one ending at `at` ends (a selection giving back its last word); null before the first. */
export function previousWordEnd(text: string, at: number): number | null {
  return wordsOf(text).findLast((w) => w.end < at)?.end ?? null
}
