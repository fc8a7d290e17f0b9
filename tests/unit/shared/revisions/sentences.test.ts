// The sentences a revision is compared by: the platform's segmenter, with its breaks after titles and
// initials, before a word in lower case and at a line wrapped by hand undone; paragraphs always apart.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitSentences } from '../../../../src/shared/revisions'

const sentences = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end))

describe('splitSentences', () => {
  it('ends sentences at full stops, question and exclamation marks, and paragraphs', () => {
    expect(sentences('It rained. Did it stop? No!\n\nA new paragraph')).toEqual(['It rained.', 'Did it stop?', 'No!', 'A new paragraph'])
  })

  it('keeps a title, an initial or an abbreviation with the name after it', () => {
    expect(sentences('Mr. Putin met Gen. Smith and John F. Kennedy in the U.S. Senate. They talked.')).toEqual([
      'Mr. Putin met Gen. Smith and John F. Kennedy in the U.S. Senate.',
      'They talked.',
    ])
  })

  it('keeps a quotation with the attribution after it, in lower case', () => {
    expect(sentences('“Is it over?” he asked. “Yes.” She left.')).toEqual(['“Is it over?” he asked.', '“Yes.”', 'She left.'])
  })

  it('reads a line wrapped by hand as one sentence, and a line ending in a full stop as its end', () => {
    expect(sentences('The army sent\n400 troops to the\nborder.\nThey arrived on Monday.')).toEqual(['The army sent\n400 troops to the\nborder.', 'They arrived on Monday.'])
  })

  it('keeps decimals and amounts whole', () => {
    expect(sentences('The cost was $1.2 billion, up 6.5% on 2023. It rose.')).toEqual(['The cost was $1.2 billion, up 6.5% on 2023.', 'It rose.'])
  })

  it('gives spans in order, inside the text, each trimmed and never empty (property)', () => {
    const piece = fc.constantFrom('Mr.', 'Smith', 'said', 'it', 'rose', '6.5%.', '“Yes.”', 'he', 'asked.', '\n', '\n\n', ' ', '  ', 'U.S.', '?', '!', 'é')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join(' ')
        let last = 0
        for (const s of splitSentences(text)) {
          expect(s.start).toBeGreaterThanOrEqual(last)
          expect(s.end).toBeGreaterThan(s.start)
          expect(s.end).toBeLessThanOrEqual(text.length)
          expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim())
          last = s.end
        }
      }),
    )
  })
})
