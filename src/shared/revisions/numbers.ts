// Numbers changed inside matched sentences: a difference whose two sides are nothing but a number ("400" →
// "450", "1.2" → "1.5"), told with what goes with it in the text (the currency before it, "billion" or
// "per cent" after it) and the word it counts ("troops") or, for a day, its month ("March").

import { forEachWord } from '../domain/text'
import type { Difference, NumberChange, Snip } from './types'
import { snip } from './wording'

/** A number as one word: digits with inner commas or dots, and a suffix ("1980s", "5th", "€30m", "2bn"). */
const NUMBER = /^\p{N}[\p{N},.]*(?:st|nd|rd|th|s|m|bn|k)?$/iu
/** Words that scale a number or make it a share: they may change with it ("1.2 million" → "1.5 billion"). */
const SCALE = /^(?:hundred|thousand|million|billion|trillion|per|cent|percent)$/i
const CURRENCY_BEFORE = /(?:[A-Z]{1,2})?[$€£¥₹]$/
const PERCENT_AFTER = /^\s?%/
const SCALE_AFTER = /^\s+(hundred|thousand|million|billion|trillion|per cent|percent)\b/i
const WORD_AFTER = /^\s+(\p{L}[\p{L}\p{M}'’-]*)(?:\s+(\p{L}[\p{L}\p{M}'’-]*))?/u
const WORD_BEFORE = /(\p{L}+)\.?\s+$/u
const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(' '),
)
/** Words between a number and what it counts: "50 other people". */
const QUALIFIERS = new Set(['other', 'more', 'fewer', 'additional', 'extra', 'further', 'new'])
/** Words after a number that are not what it counts. */
const NOT_UNITS = new Set(
  'a an and or but nor of in on at to for from by with as than that this these those which who whom whose was were is are be been being had has have it its he she they we you i his her their our said says told ago more less about after before since until when where while per over under into onto across through during within without up down off out against between among around near last next each'.split(' '),
)

function words(text: string): string[] {
  const found: string[] = []
  forEachWord(text, (start, end) => found.push(text.slice(start, end)))
  return found
}

/** Whether a side of a difference is a number and nothing else (with its scale words). */
function onlyNumber(text: string): boolean {
  const all = words(text)
  return all.some((w) => NUMBER.test(w)) && all.every((w) => NUMBER.test(w) || SCALE.test(w))
}

/** The number's value as written, without thousands separators: "70,000" and "70000" are one number. */
const value = (text: string): string => text.replace(/(?<=\d),(?=\d{3})/g, '').replace(/\s+/g, ' ')

/** The snip grown over the currency before it and the percent sign or scale word after it. */
function grown(text: string, side: Snip): Snip {
  let start = side.start
  let end = side.end
  const currency = CURRENCY_BEFORE.exec(text.slice(Math.max(0, start - 3), start))
  if (currency) start -= currency[0].length
  const percent = PERCENT_AFTER.exec(text.slice(end, end + 2))
  if (percent) end += percent[0].length
  else {
    const scale = SCALE_AFTER.exec(text.slice(end, end + 24))
    if (scale && !SCALE.test(words(side.text).at(-1) ?? '')) end += scale[0].length
  }
  return snip(text, start, end)
}

/** What the number counts: the word right after it (past "other" or "more"; not a little word), or a day's month before it. */
function unitOf(text: string, at: Snip): string | null {
  const [, first, second] = WORD_AFTER.exec(text.slice(at.end, at.end + 60)) ?? []
  const after = first !== undefined && QUALIFIERS.has(first.toLowerCase()) && second !== undefined ? second : first
  if (after !== undefined && !NOT_UNITS.has(after.toLowerCase())) return after
  const before = WORD_BEFORE.exec(text.slice(Math.max(0, at.start - 16), at.start))?.[1]
  return before !== undefined && MONTHS.has(before.toLowerCase()) ? before : null
}

/** The number change a difference is, or null when it is not only a number on both sides. */
export function numberChange(texts: readonly [string, string], difference: Difference): NumberChange | null {
  const { kind, before, after } = difference
  if (kind !== 'substitution' && kind !== 'punctuation') return null
  if (!onlyNumber(before.text) || !onlyNumber(after.text) || value(before.text) === value(after.text)) return null
  const older = grown(texts[0], before)
  const newer = grown(texts[1], after)
  return { before: older, after: newer, unit: unitOf(texts[1], newer) ?? unitOf(texts[0], older) }
}
