// The words of a clause, read by character codes, are exactly those the expression finds, with the same
// lower case: in every labelled report, and in text made at random from the characters words are made of.

import { describe, expect, it } from 'vitest'
import { wordsOf } from '../../../../src/shared/quotes/textWords'
import { labelledReports, randomTexts } from './scanCases'

const searched = (text: string): string[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => `${m.index}:${m[0]}:${m[0].toLowerCase().replace(/[.’']+$/, '')}`)
const scanned = (text: string): string[] => wordsOf(text).map((w) => `${w.index}:${w.word}:${w.bare}`)

describe('the words of a clause', () => {
  it('are those the expression finds, in every labelled report', () => {
    let words = 0
    for (const text of labelledReports()) {
      const expected = searched(text)
      expect(scanned(text)).toEqual(expected)
      words += expected.length
    }
    expect(words).toBeGreaterThan(40_000)
  })

  it('are those the expression finds in text made at random from letters, digits and what joins them', () => {
    const pieces = ['a', 'B', 'É', 'ß', 'ΟΔΟΣ', 'İ', '7', '٣', "'", '’', '.', '-', ' ', ',', '“', '—', '\n', '𝐀']
    for (const text of randomTexts(pieces, { count: 400, length: 50, seed: 11 }).texts) expect(scanned(text)).toEqual(searched(text))
  })
})
