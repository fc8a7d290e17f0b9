// The words of a clause, read by character codes, are exactly those the expression finds, with the same
// lower case, and two where a lost space ran a word in lower case into a capitalised one: in every labelled
// report, and in text made at random from the characters words are made of.

import { describe, expect, it } from 'vitest'
import { wordsOf } from '../../../../src/shared/quotes/textWords'
import { labelledReports, randomTexts } from './scanCases'

const word = (index: number, w: string): string => `${index}:${w}:${w.toLowerCase().replace(/[.’']+$/, '')}`
const searched = (text: string): string[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].flatMap((m) => {
    const lost = /[@#]/.test(text.charAt(m.index - 1)) ? null : /^([a-z]{3,})(?=[A-Z][a-z])/.exec(m[0])?.[1]
    return lost ? [word(m.index, lost), word(m.index + lost.length, m[0].slice(lost.length))] : [word(m.index, m[0])]
  })
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

  it('are two where a lost space ran them together (“he saidTuesday”), not in a name, a brand or a handle', () => {
    const text = 'he saidTuesday after theSnowden interviews on his iPhone and eBay, as @realDonaldTrump wrote of McConnell.'
    expect(wordsOf(text).map((w) => w.word)).toEqual(['he', 'said', 'Tuesday', 'after', 'the', 'Snowden', 'interviews', 'on', 'his', 'iPhone', 'and', 'eBay', 'as', 'realDonaldTrump', 'wrote', 'of', 'McConnell.'])
  })

  it('are those the expression finds in text made at random from letters, digits and what joins them', () => {
    const pieces = ['a', 'B', 'É', 'ß', 'ΟΔΟΣ', 'İ', '7', '٣', "'", '’', '.', '-', ' ', ',', '“', '—', '\n', '𝐀']
    for (const text of randomTexts(pieces, { count: 400, length: 50, seed: 11 }).texts) expect(scanned(text)).toEqual(searched(text))
  })
})
