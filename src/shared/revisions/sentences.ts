// A text's sentences with their offsets, for comparing two versions of one article sentence by sentence.
// Paragraphs (blank lines) always end a sentence; inside a paragraph the platform's sentence segmenter
// (Intl.Segmenter) finds the breaks, and three of its breaks are undone because news text is full of them:
// after a title or an initial ("Mr. Putin", "John F. Kennedy", "the U.S. President"), before a word in
// lower case ("“Is it?” he asked"), and at a line break with no full stop before it (a text wrapped by hand).

import { splitParagraphs, type TextSpan } from '../domain/text'

/** Short words that end in a full stop without ending the sentence: titles, and abbreviated months. */
const ABBREVIATIONS = new Set(
  'mr mrs ms dr prof gen sen rep gov lt col capt cpt sgt maj adm cmdr supt det insp hon pres rev st ft mt no nos vol fig jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
)
/** One or two letters with a capital ("F.", "St."), or letters with inner dots ("U.S."): an initial or an abbreviation. */
const INITIAL = /^(?:\p{Lu}\p{Ll}?|\p{L}+(?:\.\p{L}+)+)$/u
/** The word before a closing full stop, at the end of a segment. */
const LAST_WORD_BEFORE_STOP = /([\p{L}.]+)\.\s*$/u
/** Marks that end a sentence, possibly followed by closing quotes or brackets. */
const SENTENCE_END = /[.!?…。！？]["'”’»)\]]*\s*$/u

let segmenter: Intl.Segmenter | undefined

function endsWithAbbreviation(segment: string): boolean {
  const word = LAST_WORD_BEFORE_STOP.exec(segment)?.[1]
  if (word === undefined) return false
  return INITIAL.test(word) || ABBREVIATIONS.has(word.toLowerCase())
}

/** Whether the segmenter's break between `segment` and `next` is one to undo. */
function joinsNext(segment: string, next: string): boolean {
  if (/^\s*\p{Ll}/u.test(next)) return true
  if (endsWithAbbreviation(segment)) return true
  // A line break inside a paragraph ends a sentence only where the line ends like one.
  return /\n\s*$/.test(segment) && !SENTENCE_END.test(segment)
}

/** The sentences of one paragraph, text.slice(from, to), without the white space around them. */
function sentencesOf(text: string, from: number, to: number, into: TextSpan[]): void {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' })
  const paragraph = text.slice(from, to)
  const segments = Array.from(segmenter.segment(paragraph), (s) => ({ start: s.index, text: s.segment }))
  let start = 0
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i] as { start: number; text: string }
    const next = segments[i + 1]
    if (next !== undefined && joinsNext(segment.text, next.text)) continue
    const end = segment.start + segment.text.length
    let s = start
    let e = end
    while (s < e && /\s/.test(paragraph[s] as string)) s++
    while (e > s && /\s/.test(paragraph[e - 1] as string)) e--
    if (e > s) into.push({ start: from + s, end: from + e })
    start = end
  }
}

/** Every sentence of `text`, in order, as offsets into it; none holds only white space. */
export function splitSentences(text: string): TextSpan[] {
  const sentences: TextSpan[] = []
  for (const paragraph of splitParagraphs(text)) sentencesOf(text, paragraph.start, paragraph.end, sentences)
  return sentences
}
