// The index of quotations sharing three words in a row, which proposes the pairs the alignment has no match over.

import { describe, expect, it } from 'vitest'
import { quotationsByTriple } from '../../../../src/shared/quotes/triples'
import { wordsIn, type Word } from '../../../../src/shared/quotes/words'

/** A quotation of made-up words with the given numbers (what the index reads of it). */
const quotation = (...ids: number[]): { words: Word[] } => ({ words: ids.map((id, k) => ({ start: k * 4, end: k * 4 + 3, norm: `w${id}`, id })) })

const sorted = (lists: number[][]): number[][] => lists.map((l) => [...l].sort((a, b) => a - b)).sort((a, b) => String(a).localeCompare(String(b)))

describe('quotations sharing three words in a row', () => {
  it('lists each quotation once under the three words it shares with another, however often it holds them', () => {
    const text = 'We will rebuild the bridge. We will rebuild the bridge, and we will rebuild it fast. The bridge is closed.'
    const held = [wordsIn(text, 0, 27), wordsIn(text, 28, 84), wordsIn(text, 85, text.length)].map((words) => ({ words }))
    // "we will rebuild" and "will rebuild the" and "rebuild the bridge" are in the first two; the third shares
    // only "the bridge" (two words) with them.
    expect(sorted(quotationsByTriple(held))).toEqual([[0, 1], [0, 1], [0, 1]])
  })

  it('keeps apart two different runs of three words whose numbers make the same key', () => {
    // 3, 1401, 7 and 16, 751, 7 give the same key: each is shared by two quotations, and neither pair mixes.
    const lists = quotationsByTriple([quotation(3, 1401, 7), quotation(16, 751, 7), quotation(1, 3, 1401, 7), quotation(16, 751, 7, 2)])
    expect(sorted(lists)).toEqual([[0, 2], [1, 3]])
  })

  it('lists nothing for runs only one quotation holds', () => {
    expect(quotationsByTriple([quotation(1, 2, 3, 1, 2, 3), quotation(4, 5, 6), quotation(1, 2)])).toEqual([])
  })
})
