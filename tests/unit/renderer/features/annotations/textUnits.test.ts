// Sentences and words for selecting from the keyboard: the sentence around a point (titles, initials and
// quotes kept whole), the next one, and the word edges a selection's end moves to.

import { describe, expect, it } from 'vitest'
import { nextWordEnd, nextWordStart, previousWordEnd, previousWordStart, sentenceAfter, sentenceAround, sentencesOf } from '../../../../../src/renderer/src/features/annotations/textUnits'

const TEXT = 'Mr. Kerry arrived on Tuesday. “We make that case,” he said.  Talks follow.'
const slice = (span: { start: number; end: number } | null): string | null => (span ? TEXT.slice(span.start, span.end) : null)

describe('sentences', () => {
  it('cuts the text into sentences without their surrounding spaces', () => {
    expect(sentencesOf(TEXT).map(slice)).toEqual(['Mr. Kerry arrived on Tuesday.', '“We make that case,” he said.', 'Talks follow.'])
  })

  it('does not end a sentence at an initial or a country written with stops', () => {
    const text = 'U.S. Secretary of State John F. Kennedy spoke. Then he left.'
    expect(sentencesOf(text).map((s) => text.slice(s.start, s.end))).toEqual(['U.S. Secretary of State John F. Kennedy spoke.', 'Then he left.'])
  })

  it('finds the sentence around a point, and the one after a space between two', () => {
    expect(slice(sentenceAround(TEXT, TEXT.indexOf('Kerry')))).toBe('Mr. Kerry arrived on Tuesday.')
    expect(slice(sentenceAround(TEXT, TEXT.indexOf('case')))).toBe('“We make that case,” he said.')
    expect(slice(sentenceAround(TEXT, TEXT.indexOf('  Talks')))).toBe('Talks follow.')
    expect(slice(sentenceAround(TEXT, TEXT.length))).toBe('Talks follow.')
    expect(sentenceAround('', 0)).toBeNull()
  })

  it('gives the next sentence, and none after the last', () => {
    const first = sentenceAround(TEXT, 0)
    expect(first && slice(sentenceAfter(TEXT, first))).toBe('“We make that case,” he said.')
    expect(sentenceAfter(TEXT, sentenceAround(TEXT, TEXT.length) as { start: number; end: number })).toBeNull()
  })
})

describe('words', () => {
  const at = TEXT.indexOf('arrived')

  it('moves an end on to the end of the next word, punctuation and spaces skipped', () => {
    expect(TEXT.slice(0, nextWordEnd(TEXT, at) ?? 0)).toBe('Mr. Kerry arrived')
    expect(TEXT.slice(0, nextWordEnd(TEXT, TEXT.indexOf('Tuesday') + 7) ?? 0)).toMatch(/“We$/)
    expect(nextWordEnd(TEXT, TEXT.length)).toBeNull()
  })

  it('moves an end back to the start of the word before it', () => {
    expect(TEXT.slice(previousWordStart(TEXT, at) ?? 0)).toMatch(/^Kerry /)
    expect(previousWordStart(TEXT, 0)).toBeNull()
  })

  it('gives back a whole word from either end of a selection', () => {
    expect(TEXT.slice(0, previousWordEnd(TEXT, at + 'arrived'.length) ?? 0)).toBe('Mr. Kerry')
    expect(TEXT.slice(nextWordStart(TEXT, at) ?? 0)).toMatch(/^on Tuesday/)
    expect(previousWordEnd(TEXT, 2)).toBeNull()
  })
})
