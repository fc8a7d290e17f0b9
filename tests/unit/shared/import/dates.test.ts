// Dates as pages print them: lines that hold only a date (dropped by clean-up; the first near the top is the article's date),
// and the property that every printed form of a real day reads back as that day, and no other.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { findDates, isDateLine, isoDate } from '../../../../src/shared/import/dates'

describe('isDateLine', () => {
  it.each([
    'May 6, 2013',
    'Tuesday, May 7, 2013 10:31 AM',
    'Updated: Tuesday, May 7, 2013 10:31 AM EDT',
    'Published 6 May 2013 | Updated 7 May 2013',
    'Posted on Sept. 30, 2013 at 8:05 p.m.',
    '2013-05-06T10:31:00Z',
    'Last updated 07.05.2013 14:02 GMT+3',
  ])('%j is a date line', (line) => {
    expect(isDateLine(line)).toBe(true)
  })

  it.each(['May 6, 2013 — Secretary of State John Kerry was on his way', 'Kerry arrived on May 6, 2013.', 'Feb 30, 2013', 'Updated', '10:31 AM'])(
    '%j is not',
    (line) => {
      expect(isDateLine(line)).toBe(false)
    },
  )
})

describe('findDates', () => {
  const isos = (text: string): string[] => findDates(text).map((d) => d.iso)

  it.each([
    // Forms the regular expressions this replaced missed, taken from real pages.
    ['In this photo dated Tuesday, Nov, 29, 2016 the rocket', ['2016-11-29']],
    ['Updated 7:17 p.m. ET, 1/21/2014', ['2014-01-21']],
    ['the 6th of May, 2013, and JAN. 13, 2017', ['2013-05-06', '2017-01-13']],
    // Day and month in an order that differs between countries, relative days and a year left out: no date.
    ['Posted 05/06/2013', []],
    ['A day after Romney spoke, two weeks ago, on Tuesday', []],
    ['MOSCOW, May 6 (Reuters)', []],
  ])('%j → %j', (text, expected) => {
    expect(isos(text)).toEqual(expected)
  })

  const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']
  const day = fc.date({ min: new Date('1850-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })

  it('reads every printed form of a real day back as that day', () => {
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 4 }), (date, form) => {
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]
        const name = MONTH_NAMES[m - 1] as string
        // Abbreviated as news agencies do: "Jan.", "Sept." has its own test; May to July are never cut.
        const short = name.length > 5 ? `${name.slice(0, 3)}.` : name
        const printed = [`${name} ${d}, ${y}`, `${d} ${name} ${y}`, `${short} ${d}, ${y}`, date.toISOString().slice(0, 10), `${d}.${m}.${y}`][form] as string
        expect(findDates(`Seen ${printed} here`).map((f) => f.iso)).toEqual([date.toISOString().slice(0, 10)])
      }),
    )
  })

  it('only ever returns real days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 35 }), fc.integer({ min: 1900, max: 2100 }), (m, d, y) => {
        const found = findDates(`${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
        const real = new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d
        expect(found.length).toBe(real ? 1 : 0)
        expect(isoDate(y, m, d) !== null).toBe(real)
      }),
    )
  })
})
