// A highlight found again by its edited words marks whole words: the window the search found is moved to the
// nearby edges of words and marks where it reads most like the quote. Texts from the saved Ars Technica page
// (tests/fixtures/import/e2e) and its changed versions (tests/e2e/changedPages.ts).

import { describe, expect, it } from 'vitest'
import { describeRange, reanchor } from '../../../../src/shared/anchoring'
import { fitToWords } from '../../../../src/shared/anchoring/wordFit'

const BEFORE = 'A flaw in the wildly popular online game Minecraft makes it easy for just about anyone to crash the server hosting the game, according to a computer programmer.'
const AFTER = 'A flaw in the wildly popular online game Minecraft lets almost anyone bring down the server that hosts the game, according to a computer programmer.'
const QUOTE_BEFORE = 'proof-of-concept code that exploits the vulnerability.\n\n"I thought a lot before writing this post," Pakistan-based developer Ammar Askar wrote.'
const QUOTE_AFTER =
  'proof-of-concept code that exploits the vulnerability.\n\nMojang said on Friday that a fix would ship with the next update.\n\n"I thought long and hard before writing this post," Pakistan-based developer Ammar Askar wrote.'

function carried(before: string, after: string, quote: string): string | null {
  const start = before.indexOf(quote)
  const found = reanchor(after, describeRange(before, start, start + quote.length))
  return found.status === 'orphaned' ? null : after.slice(found.start, found.end)
}

describe('a highlight found again by its edited words', () => {
  it('marks the reworded words whole', () => {
    expect(carried(BEFORE, AFTER, 'crash the server hosting the game')).toBe('down the server that hosts the game')
  })

  it('marks a corrected quotation from its first word, though the paragraph before it changed', () => {
    expect(carried(QUOTE_BEFORE, QUOTE_AFTER, 'I thought a lot before writing this post,')).toBe('I thought long and hard before writing this post,')
  })

  it('is not found when its words were rewritten beyond recognition', () => {
    expect(carried(BEFORE, AFTER, 'makes it easy for just about anyone')).toBeNull()
  })
})

describe('fitToWords', () => {
  it('keeps a window already on word edges, and one nothing nearby reads closer to', () => {
    expect(fitToWords(AFTER, 0, 6, 'A flaw')).toEqual({ start: 0, end: 6 })
    const at = AFTER.indexOf('inecraft')
    expect(fitToWords(AFTER, at, at + 8, 'inecraft')).toEqual({ start: at, end: at + 8 })
  })

  it('moves an end that falls inside a word to the edge that reads most like the quote', () => {
    const at = AFTER.indexOf('wn the server')
    const { start, end } = fitToWords(AFTER, at, at + 13, 'down the server')
    expect(AFTER.slice(start, end)).toBe('down the server')
  })
})
