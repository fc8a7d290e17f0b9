// The print route's options: written by printHash, read back by parsePrintQuery, with the defaults for
// anything missing or unknown (the route is typed into no address bar, but must never break the view).

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { DEFAULT_PDF_OPTIONS, ORIENTATIONS, PAPERS, fileStem, parsePrintQuery, printHash, printVersionsHash, type PdfOptions } from '../../../src/shared/domain/pdf'

const queryOf = (hash: string): string => hash.slice(hash.indexOf('?') + 1)

describe('print route options', () => {
  it('writes a readable route', () => {
    expect(printHash('abc-1', DEFAULT_PDF_OPTIONS)).toBe('#/print/abc-1?paper=a4&orientation=landscape&include=columns,notes,quotes')
    expect(printVersionsHash('abc-1', DEFAULT_PDF_OPTIONS)).toBe('#/print-versions/abc-1?paper=a4&orientation=landscape&include=columns,notes,quotes')
  })

  it('reads back every combination it writes', () => {
    const options = fc.record<PdfOptions>({
      paper: fc.constantFrom(...PAPERS),
      orientation: fc.constantFrom(...ORIENTATIONS),
      columns: fc.boolean(),
      appendix: fc.boolean(),
      notes: fc.boolean(),
      quotes: fc.boolean(),
    })
    fc.assert(
      fc.property(options, (o) => {
        expect(parsePrintQuery(queryOf(printHash('x', o)))).toEqual(o)
      }),
    )
  })

  it('falls back to the defaults for missing or unknown values, and never throws', () => {
    expect(parsePrintQuery('')).toEqual(DEFAULT_PDF_OPTIONS)
    expect(parsePrintQuery('paper=a3&orientation=sideways')).toEqual(DEFAULT_PDF_OPTIONS)
    expect(parsePrintQuery('include=appendix,bogus')).toEqual({ ...DEFAULT_PDF_OPTIONS, columns: false, appendix: true, notes: false, quotes: false })
    fc.assert(
      fc.property(fc.string(), (query) => {
        expect(() => parsePrintQuery(query)).not.toThrow()
      }),
    )
  })

  it('makes file names from titles', () => {
    expect(fileStem('Kerry in Moscow, May 2013')).toBe('Kerry-in-Moscow-May-2013')
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd')
    expect(fileStem('“”')).toBe('comparison')
  })
})
