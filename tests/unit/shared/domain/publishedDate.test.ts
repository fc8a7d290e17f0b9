// Publication dates as a reader sees them: in their locale, at the clock of the place the report was
// published (never moved into the reader's time zone), and anything that is not ISO 8601 as it was stored.

import { describe, expect, it } from 'vitest'
import { formatPublished, parsePublished } from '../../../../src/shared/domain/publishedDate'

describe('publication dates', () => {
  it('reads a calendar date, a date-time with its offset, and UTC', () => {
    expect(parsePublished('2013-05-06')).toEqual({ year: 2013, month: 5, day: 6, time: null, offset: null })
    expect(parsePublished('2015-07-24T05:36:09+01:00')).toEqual({ year: 2015, month: 7, day: 24, time: { hour: 5, minute: 36 }, offset: '+01:00' })
    expect(parsePublished('2017-01-13T00:00:04-0500')?.offset).toBe('−05:00')
    expect(parsePublished('2015-04-16T20:02:01.123Z')?.offset).toBe('')
    expect(parsePublished('2015-04-16T20:02:01')?.offset).toBeNull()
  })

  it('refuses what is not a real day or not ISO 8601', () => {
    for (const value of ['2015-02-30', '2015-13-01', 'May 6, 2013', '2015-07-24T25:00', '']) expect(parsePublished(value), value).toBeNull()
  })

  it('shows the day and the clock the source gave, with its offset, in the reader’s locale', () => {
    expect(formatPublished('2015-07-24T05:36:09+01:00', 'en-GB')).toBe('24 Jul 2015, 05:36 (UTC+01:00)')
    expect(formatPublished('2017-01-13T00:00:04-05:00', 'en-US')).toBe('Jan 13, 2017, 12:00 AM (UTC−05:00)')
    expect(formatPublished('2015-04-16T20:02:01+00:00', 'de-DE')).toBe('16.04.2015, 20:02 (UTC)')
    expect(formatPublished('2015-04-16T20:02:01', 'en-GB')).toBe('16 Apr 2015, 20:02')
  })

  it('keeps a calendar date on its day in every time zone', () => {
    // Read as an instant, "2013-05-06" is midnight UTC, the 5th in the Americas; it must stay the 6th.
    expect(formatPublished('2013-05-06', 'en-US')).toBe('May 6, 2013')
    expect(formatPublished('2015-07-24T23:30:00-08:00', 'en-GB', 'short')).toBe('24 Jul 2015')
  })

  it('shows anything else as it was stored', () => {
    expect(formatPublished('Spring 2013', 'en-GB')).toBe('Spring 2013')
  })
})
