// The hand-off of an open comparison's alignment and quotations to its PDF export, checked where it enters
// the main process: the sample's own passes whole, and every malformed one is refused (shape, ranges,
// counts, extra fields). tests/unit/main/services/printAlignments.test.ts refuses one through dispatch.

import { describe, expect, it } from 'vitest'
import { printAlignment } from '../../../../src/shared/ipc/printAlignment'
import { alignment, ledger, MALFORMED, valid } from './printAlignmentCases'

describe('the alignment handed to a PDF export', () => {
  it('passes as the comparison view computes it, unchanged', () => {
    expect(ledger.groups.length).toBeGreaterThan(0)
    expect(alignment.passages.some((p) => p.variants.length > 0)).toBe(true)
    const parsed = printAlignment.safeParse(valid)
    expect(parsed.success).toBe(true)
    expect(parsed.data).toEqual(valid)
  })

  it.each(Object.entries(MALFORMED))('is refused with %s', (_name, input) => {
    expect(printAlignment.safeParse(input).success).toBe(false)
  })
})
