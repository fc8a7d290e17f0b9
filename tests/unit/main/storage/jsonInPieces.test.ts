// A large object's JSON made a piece at a time is exactly JSON.stringify's text, and its bytes are made with
// the event loop let in between pieces; the library's file and the search index's are made so.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bytesInPieces, jsonPieces } from '../../../../src/main/storage/jsonInPieces'

/** JSON values, with what JSON.stringify leaves out or writes as null among them. */
const value = fc.oneof(fc.jsonValue(), fc.constant(undefined), fc.date({ noInvalidDate: true }))
const record = fc.dictionary(
  fc.string({ maxLength: 8 }),
  fc.oneof(value, fc.array(value, { maxLength: 500 }), fc.array(fc.record({ id: fc.uuid(), title: fc.string() }), { minLength: 190, maxLength: 650 })),
  { maxKeys: 6 },
)

describe('JSON in pieces', () => {
  it('joins to the text JSON.stringify gives, arrays of hundreds of elements, left-out fields and all', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect([...jsonPieces(r)].join('')).toBe(JSON.stringify(r))
      }),
      { numRuns: 150 },
    )
  })

  it('cuts an array of thousands of elements into pieces of a few hundred', () => {
    const articles = Array.from({ length: 2_500 }, (_, i) => ({ id: `a${i}`, title: `Report ${i} — “quoted” ünïcode` }))
    const pieces = [...jsonPieces({ schemaVersion: 7, articles, comparisons: [], changesThrough: 12 })]
    expect(pieces.length).toBeGreaterThan(12)
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(20_000)
    expect(JSON.parse(pieces.join(''))).toEqual({ schemaVersion: 7, articles, comparisons: [], changesThrough: 12 })
  })

  it('turns the pieces into their UTF-8 bytes, letting other work in between', async () => {
    const data = { terms: Array.from({ length: 1_000 }, (_, i) => `wörd${i}`), documents: [['id', 'sig'], null] }
    let turns = 0
    const bytes = await bytesInPieces(jsonPieces(data), async () => void turns++)
    expect(bytes.equals(Buffer.from(JSON.stringify(data), 'utf8'))).toBe(true)
    expect(turns).toBe([...jsonPieces(data)].length)
  })
})
