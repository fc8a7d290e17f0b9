// Which tint each passage gets: neighbours in any report's text (next to each other, or one inside the
// other) and in the passages panel's order never share a tint, and are never given two tints too alike
// while the palette leaves a choice; the same comparison always gets the same tints.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignDocuments, type Alignment, type PassageGroup } from '../../../../../../src/shared/alignment'
import { buildViewModel, TINT_COUNT, tintsMayNeighbour } from '../../../../../../src/renderer/src/features/comparison/model'
import { assignTints, passageNeighbours } from '../../../../../../src/renderer/src/features/comparison/model/tints'
import { floodTexts, sampleArticles } from '../../../sampleArticles'

const group = (id: string, words: number, spans: Array<[number, number, number]>, parent?: string): PassageGroup => ({
  id,
  words,
  spans: spans.map(([doc, start, end]) => ({ doc, start, end })),
  variants: [],
  ...(parent ? { parent } : {}),
})

const alignmentOf = (passages: PassageGroup[]): Alignment => ({ documents: [], passages, phrases: [], unique: [], coverage: [] })

/** Every pair of neighbours as "a–b" with their tints. */
const neighbourPairs = (model: ReturnType<typeof buildViewModel>): Array<[string, string]> => {
  const order = model.passages.map((p) => p.id)
  const neighbours = passageNeighbours(order, model.passages)
  return [...neighbours].flatMap(([a, set]) => [...set].filter((b) => a < b).map((b): [string, string] => [a, b]))
}

describe('passageNeighbours', () => {
  it('links passages next to each other in a report, one inside another, and next to each other in the panel', () => {
    const neighbours = passageNeighbours(
      ['a', 'b', 'c', 'd'],
      [
        { id: 'a', spans: [{ doc: 0, start: 0, end: 50 }] },
        { id: 'b', spans: [{ doc: 0, start: 10, end: 20 }] },
        { id: 'c', spans: [{ doc: 0, start: 60, end: 70 }, { doc: 1, start: 0, end: 10 }] },
        { id: 'd', spans: [{ doc: 1, start: 40, end: 50 }] },
      ],
    )
    const listed = Object.fromEntries([...neighbours].map(([id, set]) => [id, [...set].sort().join('')]))
    // a holds b and is followed by c in report 1; b (inside a) is followed by c too; c is followed by d in report 2.
    expect(listed).toEqual({ a: 'bc', b: 'ac', c: 'abd', d: 'c' })
  })
})

describe('assignTints', () => {
  it('gives passage 9 a tint other than its neighbour passage 1, where a fixed cycle of eight gave them one', () => {
    // Nine passages one after the other in report 1, in the panel's order by length; then the last is
    // placed right after the first in report 2.
    const passages = Array.from({ length: 9 }, (_, i) => group(`p${i + 1}`, 100 - i, [[0, i * 100, i * 100 + 50]]))
    passages[8]?.spans.push({ doc: 1, start: 60, end: 90 })
    passages[0]?.spans.push({ doc: 1, start: 0, end: 50 })
    const texts = ['x'.repeat(1000), 'x'.repeat(100)]
    const model = buildViewModel(texts, alignmentOf(passages))
    const tint = (id: string) => model.passageById.get(id)?.tint
    expect(tint('p9')).not.toBe(tint('p1'))
    for (const [a, b] of neighbourPairs(model)) expect(tintsMayNeighbour(tint(a) as number, tint(b) as number), `${a} ${tint(a)} / ${b} ${tint(b)}`).toBe(true)
  })

  it('spreads the palette: a run of passages uses many tints, not two in turn', () => {
    const passages = Array.from({ length: 24 }, (_, i) => group(`p${i + 1}`, 100 - i, [[0, i * 100, i * 100 + 50]]))
    const model = buildViewModel(['x'.repeat(2400)], alignmentOf(passages))
    expect(new Set(model.passages.map((p) => p.tint)).size).toBe(TINT_COUNT)
  })

  it('never gives neighbours one tint, whatever the passages and their order, and the same answer twice', () => {
    const layout = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 900 }), fc.integer({ min: 1, max: 120 })), { minLength: 1, maxLength: 60 })
    fc.assert(
      fc.property(layout, (spans) => {
        const ids = spans.map((_, i) => `p${i}`)
        const list = spans.map(([doc, start, length], i) => ({ id: ids[i] as string, spans: [{ doc, start, end: start + length }] }))
        const neighbours = passageNeighbours(ids, list)
        const tints = assignTints(ids, neighbours)
        for (const [a, set] of neighbours) {
          if (set.size >= TINT_COUNT) continue
          for (const b of set) expect(tints.get(a)).not.toBe(tints.get(b))
        }
        expect(assignTints(ids, neighbours)).toEqual(tints)
      }),
    )
  })

  it('gives the sample and the flood reports tints their neighbours may sit beside', () => {
    for (const texts of [sampleArticles().map((a) => a.text), floodTexts]) {
      const model = buildViewModel(texts, alignDocuments(texts))
      for (const [a, b] of neighbourPairs(model)) {
        expect(tintsMayNeighbour(model.passageById.get(a)?.tint as number, model.passageById.get(b)?.tint as number)).toBe(true)
      }
    }
  })
})
