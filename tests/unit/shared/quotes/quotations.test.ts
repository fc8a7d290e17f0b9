// How many words a quoted stretch has, counted by character codes: what the word expression finds, in every
// quoted stretch of the labelled reports and in text made at random from letters, digits and joining marks.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findQuotedSpans } from '../../../../src/shared/quotes/marks'
import { countWords } from '../../../../src/shared/quotes/quotations'

const folder = join(__dirname, '../../../fixtures/quotes/articles')
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu
const searched = (text: string, from: number, to: number): number => (text.slice(from, to).match(WORD) ?? []).length

describe('the words of a quoted stretch', () => {
  it('are as many as the expression finds, in every quoted stretch of the labelled reports', () => {
    let spans = 0
    for (const cluster of readdirSync(folder)) {
      for (const file of readdirSync(join(folder, cluster))) {
        const text = readFileSync(join(folder, cluster, file), 'utf8')
        for (const { start, end } of [{ start: 0, end: text.length }, ...findQuotedSpans(text)]) {
          expect([start, countWords(text, start, end, Infinity)]).toEqual([start, searched(text, start, end)])
          spans++
        }
      }
    }
    expect(spans).toBeGreaterThan(500)
  })

  it('are as many as the expression finds in text made at random, and more than the most when there are', () => {
    const pieces = ['a', 'B', 'É', '7', '٣', "'", '’', '.', '-', ' ', ',', '“', '\n', '𝐀']
    let seed = 5
    const random = (n: number): number => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8) % n
    for (let t = 0; t < 400; t++) {
      const usable = t % 2 === 0 ? pieces.slice(0, -1) : pieces
      const text = Array.from({ length: 40 }, () => usable[random(usable.length)]).join('')
      const [from, to] = [random(10), 30 + random(11)]
      expect(countWords(text, from, to, Infinity)).toBe(searched(text, from, to))
    }
    expect(countWords('one two three four', 0, 18, 3)).toBe(Infinity)
    expect(countWords('one two three', 0, 13, 3)).toBe(3)
  })
})
