// Clean-up of single metadata values found in an HTML page (text, dates, links): each
// function returns a tidy value or null, never the raw text when it cannot be made sense of.

import { MAX_NAME_LENGTH } from '../shared/domain/article'
import { isNewsDay } from '../shared/domain/publishedDate'

/** Details (outlet, byline, links) are cut to the length the library keeps for a name. */
const MAX_DETAIL_LENGTH = MAX_NAME_LENGTH

/** Whitespace collapsed, trimmed, cut to `max` characters (at a word boundary when one is near); null when empty. */
export function cleanText(raw: string | null | undefined, max = MAX_DETAIL_LENGTH): string | null {
  if (typeof raw !== 'string') return null
  const text = raw.replace(/\s+/g, ' ').trim()
  if (text === '') return null
  if (text.length <= max) return text
  let cut = text.slice(0, max)
  const lastSpace = cut.lastIndexOf(' ')
  if (lastSpace > max * 0.6) cut = cut.slice(0, lastSpace)
  // Never leave half of a surrogate pair at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1)
  return cut.trim() || null
}

/** An absolute http(s) link, or null (other schemes, relative links, and links over the length cap). */
export function httpUrl(raw: string | null | undefined): string | null {
  if (typeof raw !== 'string') return null
  let text = raw.trim()
  if (text.startsWith('//')) text = `https:${text}`
  let url: URL
  try {
    url = new URL(text)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  // A link cut short would point somewhere else: drop it rather than trim it.
  return url.href.length <= MAX_DETAIL_LENGTH ? url.href : null
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?)?$/
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/
const HAS_TIME = /\d{1,2}:\d{2}/
const HAS_ZONE = /\b(?:GMT|UTC|UT|Z)\b|[+-]\d{2}:?\d{2}\s*$|\b[ECMP][SD]T\b/i

const pad = (n: number, width = 2): string => String(n).padStart(width, '0')


function isoFromParts(match: RegExpExecArray): string | null {
  const [, y, mo, d, h, mi, s, fraction, zone] = match
  const year = Number(y)
  if (!isNewsDay(year, Number(mo), Number(d))) return null
  const date = `${y}-${mo}-${d}`
  if (h === undefined || mi === undefined) return date
  if (Number(h) > 23 || Number(mi) > 59 || (s !== undefined && Number(s) > 59)) return null
  let offset = ''
  if (zone !== undefined) {
    if (zone.toUpperCase() === 'Z') offset = 'Z'
    else {
      const digits = zone.slice(1).replace(':', '')
      const hours = Number(digits.slice(0, 2))
      const minutes = digits.length > 2 ? Number(digits.slice(2)) : 0
      if (hours > 14 || minutes > 59) return null
      offset = `${zone[0]}${pad(hours)}:${pad(minutes)}`
    }
  }
  return `${date}T${h}:${mi}:${s ?? '00'}${fraction ?? ''}${offset}`
}

/**
 * An ISO 8601 date-time when the text gives a time (kept with its own offset when it is ISO already),
 * else an ISO date (YYYY-MM-DD); null for anything that does not read as a real date.
 */
export function isoDate(raw: string | null | undefined): string | null {
  const text = cleanText(raw)
  if (text === null) return null
  const iso = ISO_DATE.exec(text)
  if (iso) return isoFromParts(iso)
  const compact = COMPACT_DATE.exec(text)
  if (compact) return isNewsDay(Number(compact[1]), Number(compact[2]), Number(compact[3])) ? `${compact[1]}-${compact[2]}-${compact[3]}` : null
  // Other forms ("March 5, 2024", "Tue, 05 Mar 2024 14:30:00 GMT") go through Date.parse, which accepts
  // much that is not a date: insist on a four-digit year that survives the parse.
  const year = /\b(1[89]\d\d|2\d\d\d)\b/.exec(text)
  if (!year) return null
  const time = Date.parse(text)
  if (Number.isNaN(time)) return null
  const parsed = new Date(time)
  const zoned = HAS_ZONE.test(text)
  if (HAS_TIME.test(text)) {
    if (zoned) return parsed.getUTCFullYear() === Number(year[1]) || parsed.getFullYear() === Number(year[1]) ? parsed.toISOString().replace('.000Z', 'Z') : null
    if (parsed.getFullYear() !== Number(year[1])) return null
    // No zone given: keep the wall-clock time as written, without inventing an offset.
    return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}T${pad(parsed.getHours())}:${pad(parsed.getMinutes())}:${pad(parsed.getSeconds())}`
  }
  const [y, m, d] = zoned ? [parsed.getUTCFullYear(), parsed.getUTCMonth() + 1, parsed.getUTCDate()] : [parsed.getFullYear(), parsed.getMonth() + 1, parsed.getDate()]
  return y === Number(year[1]) ? `${y}-${pad(m)}-${pad(d)}` : null
}
