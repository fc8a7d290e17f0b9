// Calendar dates as news pages print them ("May 6, 2013", "6 May 2013", "Tuesday, May 7, 2013 10:31 AM",
// "2013-05-06"), read by chrono-node into ISO YYYY-MM-DD. Used for an article's date and to recognise a
// line that holds nothing but a date. Only real days count: "Feb 30, 2013" is not a date. Numeric
// day/month orders that differ between countries (05/06/2013) are left alone rather than guessed.

import { Chrono, configuration } from 'chrono-node/en'
import { isNewsDay } from '../domain/publishedDate'

export interface FoundDate {
  iso: string
  start: number
  end: number
}


/**
 * chrono's English parser in strict mode (formal dates only: no "today" or "last Tuesday", which need a
 * day to count from) with numbers read day first, as "07.05.2013" is written wherever dots are used.
 */
const parser = new Chrono(configuration.createConfiguration(true, true))

/** Only dates that name their year are kept, so the day chrono counts from changes nothing; a fixed one keeps runs alike. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1))

/** "05/06/2013": a day and a month in an order that differs between countries, so no date ("1/21/2014" is one). */
const AMBIGUOUS = /(?<![\d/])(0?[1-9]|1[0-2])\/(0?[1-9]|1[0-2])\/\d{2,4}/
const ambiguous = (text: string): boolean => {
  const numeric = AMBIGUOUS.exec(text)
  return numeric !== null && Number(numeric[1]) !== Number(numeric[2])
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0')

/** ISO date of a year, month and day, or null when there is no such day. */
export function isoDate(year: number, month: number, day: number): string | null {
  if (!isNewsDay(year, month, day)) return null
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`
}

/** Every valid date in the text that names its year, month and day, in order, none overlapping another. */
export function findDates(text: string): FoundDate[] {
  const found: FoundDate[] = []
  for (const result of parser.parse(text, REFERENCE)) {
    const { start } = result
    if (!start.isCertain('month') || !start.isCertain('day') || ambiguous(result.text)) continue
    // The year must be written: chrono counts "a day after" or "two weeks ago" from its reference day too.
    const year = start.get('year') ?? 0
    if (!result.text.includes(String(year))) continue
    const iso = isoDate(year, start.get('month') ?? 0, start.get('day') ?? 0)
    // chrono takes a trailing space into a match now and then ("May 6 "): the date ends at its last character.
    if (iso !== null) found.push({ iso, start: result.index, end: result.index + result.text.trimEnd().length })
  }
  return found
}

const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\.?`
// What may stand before a date that opens a line: a label, a weekday, an upper-case place ("MOSCOW, ").
const LABEL = String.raw`(?:(?:last\s+)?(?:updated|published|posted|modified|created)(?:\s+on)?|first\s+published(?:\s+on)?|dated?|as\s+of)\s*:?`
const BEFORE_DATE = new RegExp(String.raw`^\s*(?:${LABEL}\s*)?(?:${WEEKDAY}\s*,?\s*)?$`, 'i')
const PLACE_BEFORE_DATE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*(?:\([^)]{1,40}\))?\s*[,—–-]+\s*$/u
/** Dates that open or make up a line stand within its first characters. */
const MAX_DATE_LINE_LENGTH = 100
// After it: the end, or a separator (a dash, a comma, a bar ...), not more words of a sentence.
const AFTER_DATE = /^(?:$|\s*[^\p{L}\p{N}\s]|\s+\d{1,2}[:.]\d{2}|T\d{2}:\d{2})/u

/** The date a line opens with, as in "May 6, 2013 — Secretary of State ..." or "Updated: 6 May 2013". */
export function dateOpeningLine(line: string): string | null {
  for (const date of findDates(line.slice(0, MAX_DATE_LINE_LENGTH))) {
    const before = line.slice(0, date.start)
    if (!BEFORE_DATE.test(before) && !PLACE_BEFORE_DATE.test(before)) continue
    if (AFTER_DATE.test(line.slice(date.end))) return date.iso
  }
  return null
}

// Words that may surround a date on a line of its own: labels, weekdays, times and UTC offsets.
const DATE_LINE_WORD = new RegExp(
  String.raw`^(?:(?:last|first|updated|published|posted|modified|created|on|at|date|dated|as|of|and)|${WEEKDAY}|\d{1,2}(?:[:.]\d{2}){0,2}(?:[ap]\.?m\.?)?|[ap]\.?m\.?|(?:gmt|utc)?[+−-]\d{1,2}(?::?\d{2})?|t\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?)$`,
  'i',
)
// Time zone abbreviations (EDT, GMT, MSK) are told by case: upper case only, so "the" is no zone.
const TIME_ZONE = /^\p{Lu}{2,5}$/u

/**
 * Whether the line holds a date and nothing but labels, weekdays, times and separators around it:
 * "Tuesday, May 7, 2013 10:31 AM", "Published 6 May 2013 | Updated 7 May 2013".
 */
export function isDateLine(line: string): boolean {
  if (line.length > MAX_DATE_LINE_LENGTH) return false
  const dates = findDates(line)
  if (dates.length === 0) return false
  let rest = ''
  let from = 0
  for (const date of dates) {
    rest += `${line.slice(from, date.start)} `
    from = date.end
  }
  rest += line.slice(from)
  const words = rest
    .replace(/[|,;·•—–()[\]/]+|:(?!\d)/g, ' ')
    .split(/\s+/)
    .filter((w) => w !== '' && w !== '-')
  return words.every((w) => TIME_ZONE.test(w) || DATE_LINE_WORD.test(w))
}
