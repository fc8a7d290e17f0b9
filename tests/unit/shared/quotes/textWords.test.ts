// The words of a clause, read by character codes, are exactly those the expression finds, with the same
// lower case: in every labelled report, and in text made at random from the characters words are made of.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { wordsOf } from '../../../../src/shared/quotes/textWords'

const folder = join(__dirname, '../../../fixtures/quotes/articles')

const searched = (text: string): string[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => `${m.index}:${m[0]}:${m[0].toLowerCase().replace(/[.’']+$/, '')}`)
const scanned = (text: string): string[] => wordsOf(text).map((w) => `${w.index}:${w.word}:${w.bare}`)

describe('the words of a clause', () => {
  it('are those the expression finds, in every labelled report', () => {
    let words = 0
    for (const cluster of readdirSync(folder)) {
      for (const file of readdirSync(join(folder, cluster))) {
        const text = readFileSync(join(folder, cluster, file), 'utf8')
        const expected = searched(text)
        expect(scanned(text)).toEqual(expected)
        words += expected.length
      }
    }
    expect(words).toBeGreaterThan(40_000)
  })

  it('are those the expression finds in text made at random from letters, digits and what joins them', () => {
    const pieces = ['a', 'B', 'É', 'ß', 'ΟΔΟΣ', 'İ', '7', '٣', "'", '’', '.', '-', ' ', ',', '“', '—', '\n', '𝐀']
    let seed = 11
    const random = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n
    for (let t = 0; t < 400; t++) {
      const usable = t % 2 === 0 ? pieces.slice(0, -1) : pieces
      const text = Array.from({ length: 50 }, () => usable[random(usable.length)]).join('')
      expect(scanned(text)).toEqual(searched(text))
    }
  })
})
