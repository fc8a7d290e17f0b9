// The ledger's word scan finds the words the app's one definition of a word finds, at the same places, in
// whole labelled reports, in their quoted stretches, and in the words that definition treats specially.

import { describe, expect, it } from 'vitest'
import { forEachWord } from '../../../../src/shared/domain/text'
import { findQuotedSpans } from '../../../../src/shared/quotes/marks'
import { forEachWordIn } from '../../../../src/shared/quotes/wordScan'
import { labelledReports } from './scanCases'

const defined = (text: string, from: number, to: number): string[] => {
  const words: string[] = []
  forEachWord(text.slice(from, to), (start, end) => words.push(`${from + start}:${text.slice(from + start, from + end)}`))
  return words
}
const scanned = (text: string, from: number, to: number): string[] => {
  const words: string[] = []
  forEachWordIn(text, from, to, (start, end) => words.push(`${start}:${text.slice(start, end)}`))
  return words
}

describe('the words of a stretch of text', () => {
  it('are those the app defines, in every labelled report and each of its quoted stretches', () => {
    let words = 0
    for (const text of labelledReports()) {
      for (const { start, end } of [{ start: 0, end: text.length }, ...findQuotedSpans(text)]) {
        const expected = defined(text, start, end)
        expect(scanned(text, start, end)).toEqual(expected)
        words += expected.length
      }
    }
    expect(words).toBeGreaterThan(50_000)
  })

  it('keeps words joined by an apostrophe, a hyphen or a comma between digits whole, and splits where the definition does', () => {
    const text = "“U.S.-led strikes,” 70,000 Assad’s rock 'n' roll ‘90s a,b 2,x x‐y e\u0301té ٣,٤ end. 漢字かな 𝐀bc"
    expect(scanned(text, 0, text.length)).toEqual(defined(text, 0, text.length))
    expect(scanned(text, 1, 16)).toEqual(['1:U.S', '6:led', '10:strike'])
    expect(scanned(text, 19, 70)).toEqual(['20:70,000', '27:Assad’s', '35:rock', '41:n', '44:roll', '50:90s', '54:a', '56:b', '58:2', '60:x', '62:x‐y', '66:e\u0301té'])
  })
})
