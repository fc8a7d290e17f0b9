// An article's publication date as the reader reads it: in their locale, and at the clock of the place it
// was published. A stored value is ISO 8601 as found in the source: a calendar date ("2015-07-24") or a
// date and time with its offset ("2015-07-24T05:36:09+01:00"). The date is never moved into the reader's
// time zone: a report dated the 24th in London stays the 24th in Chicago, with "UTC+01:00" beside its time.
// A value that is not ISO 8601 is shown as it is stored.

export interface PublishedDate {
  year: number
  month: number
  day: number
  /** The clock time where it was published, when the source gives one. */
  time: { hour: number; minute: number } | null
  /** The offset from UTC the time was written in ("+01:00", "−05:00", "" for UTC), or null when none is given. */
  offset: string | null
}

/** The years a news report can be dated in: a year 0001 or 9999 is a page's placeholder, not a date. */
export const MIN_NEWS_YEAR = 1800
export const MAX_NEWS_YEAR = 2199

/** Whether year, month (1–12) and day name a real day of the calendar ("2015-02-30" does not). */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day) || month < 1 || month > 12 || day < 1) return false
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** A real day in the years news is dated in: what a date found in a page or a text must be. */
export const isNewsDay = (year: number, month: number, day: number): boolean => year >= MIN_NEWS_YEAR && year <= MAX_NEWS_YEAR && isCalendarDay(year, month, day)

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?$/i

/** The parts of an ISO 8601 date or date-time, or null when `value` is not one (or names no real day). */
export function parsePublished(value: string): PublishedDate | null {
  const m = ISO.exec(value.trim())
  if (!m) return null
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (!isCalendarDay(year, month, day)) return null
  if (m[4] === undefined) return { year, month, day, time: null, offset: null }
  const [hour, minute] = [Number(m[4]), Number(m[5])]
  if (hour > 23 || minute > 59) return null
  const zone = m[6]
  let offset: string | null = null
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offset = ''
    else {
      const digits = zone.replace(':', '')
      const hours = Number(digits.slice(1, 3))
      const minutes = Number(digits.slice(3, 5) || '0')
      offset = hours === 0 && minutes === 0 ? '' : `${digits[0] === '-' ? '−' : '+'}${digits.slice(1, 3)}:${digits.slice(3, 5) || '00'}`
    }
  }
  return { year, month, day, time: { hour, minute }, offset }
}

/**
 * The publication date in the reader's locale (or `locale`): "Jul 24, 2015" for a date, "Jul 24, 2015, 5:36 AM
 * (UTC+01:00)" for a time with its offset, the clock as the source wrote it. `style` "short" gives the date
 * alone, for tables.
 */
export function formatPublished(value: string, locale?: string, style: 'full' | 'short' = 'full'): string {
  const parts = parsePublished(value)
  if (!parts) return value
  // The wall-clock fields read as UTC and formatted in UTC: no time zone moves them.
  const instant = new Date(Date.UTC(parts.year, parts.month - 1, parts.day, parts.time?.hour ?? 0, parts.time?.minute ?? 0))
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(instant)
  if (style === 'short' || parts.time === null) return date
  const time = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: 'UTC' }).format(instant)
  const zone = parts.offset === null ? '' : ` (UTC${parts.offset})`
  return `${date}, ${time}${zone}`
}
