// Highlights survive changes to their article's text: found at once when nothing moved, found again when
// text is added around or inside them or their words are edited, and orphaned (never lost) when gone.

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describeRange, reanchor, type Reanchored } from '../../../../src/shared/anchoring'

const text = readFileSync('resources/samples/kerry-moscow-2013/3.txt', 'utf8')
const QUOTE = 'pointed clearly to Assad’s behavior as proof that further support for that regime is not in the interest of the Syrian people'
const start = text.indexOf(QUOTE)
const anchor = describeRange(text, start, start + QUOTE.length)
const found = (result: Reanchored, changed: string): string | null => (result.status === 'orphaned' ? null : changed.slice(result.start, result.end))

describe('describeRange', () => {
  it('keeps the position, the quote and some context on each side', () => {
    expect(anchor.position).toEqual({ type: 'TextPositionSelector', start, end: start + QUOTE.length })
    expect(anchor.quote.exact).toBe(QUOTE)
    expect(anchor.quote.prefix).toBe(text.slice(start - 32, start))
    expect(anchor.quote.suffix).toBe(text.slice(start + QUOTE.length, start + QUOTE.length + 32))
  })

  it('refuses a range outside the text', () => {
    expect(() => describeRange(text, -1, 3)).toThrow(RangeError)
    expect(() => describeRange(text, 5, 5)).toThrow(RangeError)
    expect(() => describeRange(text, 0, text.length + 1)).toThrow(RangeError)
  })
})

describe('reanchor', () => {
  it('finds the same range in unchanged text', () => {
    expect(reanchor(text, anchor)).toEqual({ status: 'exact', start, end: start + QUOTE.length })
  })

  it('follows the quote when text is inserted before it', () => {
    const changed = `Editor's note: this report was updated.\n\n${text}`
    const result = reanchor(changed, anchor)
    expect(result.status).toBe('exact')
    expect(found(result, changed)).toBe(QUOTE)
  })

  it('stays put when text is added after it, or clutter is removed before it', () => {
    const after = `${text}\n\nMore News\nUnrelated headline here`
    expect(reanchor(after, anchor)).toEqual({ status: 'exact', start, end: start + QUOTE.length })
    const cleaned = text.replace('Discuss as:\n\n', '')
    expect(found(reanchor(cleaned, anchor), cleaned)).toBe(QUOTE)
  })

  it('finds an edited quote by its words and context', () => {
    const edited = text.replace(QUOTE, QUOTE.replace('that regime', 'the regime'))
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('fuzzy')
    expect(found(result, edited)).toBe(QUOTE.replace('that regime', 'the regime'))
  })

  it('finds a quote with words inserted inside it', () => {
    const edited = text.replace(QUOTE, QUOTE.replace('further support', 'any further military support'))
    const result = reanchor(edited, anchor)
    expect(result.status).toBe('fuzzy')
    expect(found(result, edited)).toBe(QUOTE.replace('further support', 'any further military support'))
  })

  it('orphans a highlight whose quote was deleted', () => {
    const deleted = text.replace(QUOTE, '')
    expect(reanchor(deleted, anchor)).toEqual({ status: 'orphaned' })
    expect(reanchor('A completely different article about the weather.', anchor)).toEqual({ status: 'orphaned' })
  })

  it('chooses, among repeated quotes, the one whose context matches', () => {
    const repeated = `Russian President Vladimir Putin opened the talks. ${text}`
    const names = describeRange(text, text.indexOf('Russian President Vladimir Putin for'), text.indexOf('Russian President Vladimir Putin for') + 32)
    const result = reanchor(repeated, names)
    expect(result.status).toBe('exact')
    expect(repeated.slice((result as { end: number }).end, (result as { end: number }).end + 4)).toBe(' for')
  })

  it('always finds a range of unchanged text exactly where it was', () => {
    fc.assert(
      fc.property(fc.nat(text.length - 2), fc.integer({ min: 1, max: 300 }), (from, length) => {
        const to = Math.min(text.length, from + length)
        expect(reanchor(text, describeRange(text, from, to))).toEqual({ status: 'exact', start: from, end: to })
      }),
      { numRuns: 300 },
    )
  })

  it('finds a range again after text is inserted before it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 200, max: text.length - 200 }), fc.integer({ min: 20, max: 150 }), fc.string({ minLength: 1, maxLength: 80 }), (from, length, inserted) => {
        const to = from + length
        const changed = `${inserted}\n${text}`
        const result = reanchor(changed, describeRange(text, from, to))
        expect(result.status).not.toBe('orphaned')
        expect(found(result, changed)).toBe(text.slice(from, to))
      }),
      { numRuns: 200 },
    )
  })
})
