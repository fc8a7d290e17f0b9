// Words added and removed between two versions of a text, and the rule that makes a check keep a new
// version: white space never counts, a reworded sentence counts its words, a headline change counts alone.

import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { countWordChanges } from '../../../../src/shared/alignment/wordChanges'

const BEFORE = 'The council voted on Monday to close the bridge.\n\nRepairs will take two years, the mayor said.'

describe('counting changed words', () => {
  it('finds none where only white space and line breaks differ', () => {
    expect(countWordChanges(BEFORE, `  ${BEFORE.replace(/ /g, '   ').replace('\n\n', '\n\n\n')}  `)).toEqual({ added: 0, removed: 0 })
  })

  it('counts a reworded sentence, an added paragraph and a corrected quotation by their words', () => {
    expect(countWordChanges(BEFORE, BEFORE.replace('voted on Monday to close', 'decided on Monday it would shut'))).toEqual({ added: 4, removed: 3 })
    expect(countWordChanges(BEFORE, `${BEFORE}\n\nTraffic will go by the ring road.`)).toEqual({ added: 7, removed: 0 })
    expect(countWordChanges(BEFORE, BEFORE.replace('two years', 'three years'))).toEqual({ added: 1, removed: 1 })
    expect(countWordChanges(BEFORE, BEFORE.replace('said.', 'said,'))).toEqual({ added: 1, removed: 1 })
  })

  it('counts a moved paragraph as its words removed and added', () => {
    const [first, second] = BEFORE.split('\n\n') as [string, string]
    expect(countWordChanges(BEFORE, `${second}\n\n${first}`)).toEqual({ added: 8, removed: 8 })
  })

  it('counts two unrelated long texts by the words each has more of than the other', () => {
    const a = Array.from({ length: 20_000 }, (_, i) => `alpha${i % 5000}`).join(' ')
    const b = Array.from({ length: 20_000 }, (_, i) => `beta${i % 4000}`).join(' ')
    expect(countWordChanges(a, b)).toEqual({ added: 20_000, removed: 20_000 })
  })

  it('is symmetric, and none for a text against itself (property)', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'the', 'bridge', ' ', '\n\n', 'said.'), { maxLength: 60 }).map((w) => w.join(' '))
    fc.assert(
      fc.property(text, text, (x, y) => {
        const there = countWordChanges(x, y)
        expect(countWordChanges(y, x)).toEqual({ added: there.removed, removed: there.added })
        expect(countWordChanges(x, x)).toEqual({ added: 0, removed: 0 })
        const wordsX = x.split(/\s+/).filter(Boolean).length
        const wordsY = y.split(/\s+/).filter(Boolean).length
        expect(wordsX - there.removed).toBe(wordsY - there.added)
      }),
    )
  })
})
