// The line under a Published field: how the stored date reads, at its source's clock, or that it is kept
// as written when it is not a date the app reads.

import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DateReading } from '../../../../../src/renderer/src/features/import'
import { formatPublished } from '../../../../../src/shared/domain/publishedDate'

afterEach(cleanup)

describe('DateReading', () => {
  it('reads a page’s date-time with its offset, not as raw ISO text', () => {
    const { container } = render(<DateReading value="2015-07-24T05:36:09+01:00" id="r" />)
    const text = container.querySelector('#r')?.textContent ?? ''
    expect(text).toBe(formatPublished('2015-07-24T05:36:09+01:00'))
    expect(text).toContain('(UTC+01:00)')
    expect(text).not.toContain('T05')
  })

  it('says a value that is not a date is kept as written, and shows nothing for an empty field', () => {
    const { container, rerender } = render(<DateReading value="last spring" id="r" />)
    expect(container.textContent).toMatch(/^Kept as written/)
    rerender(<DateReading value="  " id="r" />)
    expect(container.textContent).toBe('')
  })
})
