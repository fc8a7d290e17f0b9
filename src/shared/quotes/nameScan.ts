// The runs of capitalised words a report's people are found in, read by character codes: exactly the runs
// mentions.ts's NAME_RUN finds, without trying an expression at every capital (that, and the string and
// array each try made, was the most of the time spent finding a report's people). A text with characters
// outside the Basic Multilingual Plane is left to the expression, which reads them as one letter each.

import { classOf, hasPairs, isLetterOrDigit, LETTER, SPACE, UPPER } from './charClasses'
import { CONNECTORS } from './nameWords'

/** Where one run lies: text.slice(index, end). */
export interface NameRunAt {
  index: number
  end: number
}

const isUpper = (c: number): boolean => (c < 128 ? c >= 65 && c <= 90 : (classOf(c) & UPPER) !== 0)
const isLetter = (c: number): boolean => (c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : (classOf(c) & LETTER) !== 0)
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
/** What may not stand before a run's first capital: a letter, a digit or an apostrophe. */
const joinsBefore = (c: number): boolean => c === 39 || c === 0x2019 || isLetterOrDigit(c)
const isBlank = (c: number): boolean => c === 32 || c === 9

/** The abbreviations NAME_WORD takes with their full stop ("Mr.", "Sgt."), besides a single capital. */
const ABBREVIATIONS = new Set(['Mr', 'Mrs', 'Ms', 'Dr', 'Rep', 'Sen', 'Gov', 'Lt', 'Gen', 'Col', 'Adm', 'Capt', 'Sgt', 'Rev', 'St', 'Jr', 'Sr'])
const CONNECTOR_LIST = [...CONNECTORS]

/** Where a word of a name that starts at `p` ends, or -1: an abbreviation or a capital with its full stop, else
 *  a capital and the letters, apostrophes and hyphens after it. */
function nameWordEnd(text: string, p: number): number {
  if (p >= text.length || !isUpper(text.charCodeAt(p))) return -1
  let q = p + 1
  while (q < text.length && isAsciiLetter(text.charCodeAt(q))) q++
  if (text.charCodeAt(q) === 46 && (q === p + 1 || ABBREVIATIONS.has(text.slice(p, q)))) {
    // Initials run together are one word: "H.R. McMaster".
    let end = q + 1
    if (q === p + 1) while (end + 1 < text.length && isUpper(text.charCodeAt(end)) && text.charCodeAt(end + 1) === 46) end += 2
    return end
  }
  q = p + 1
  for (; q < text.length; q++) {
    const c = text.charCodeAt(q)
    if (!(isLetter(c) || c === 39 || c === 0x2019 || c === 45)) break
  }
  return q
}

/** Where the run that starts with a word at `p` (ending at `end`) ends: further words after spaces or tabs,
 *  with a connector ("de", "van") between them. */
function runEnd(text: string, end: number): number {
  for (;;) {
    let j = end
    while (j < text.length && isBlank(text.charCodeAt(j))) j++
    if (j === end) return end
    let next = -1
    // Every connector is in lower case: tried only before a lower-case letter.
    const c = text.charCodeAt(j)
    if (c >= 97 && c <= 122) for (const connector of CONNECTOR_LIST) {
      if (!text.startsWith(connector, j) || !isBlank(text.charCodeAt(j + connector.length))) continue
      let k = j + connector.length
      while (k < text.length && isBlank(text.charCodeAt(k))) k++
      next = nameWordEnd(text, k)
      break
    }
    // A surname with the article some outlets join to it: "Bashar al-Assad".
    if (next < 0 && (c === 97 || c === 101) && text.charCodeAt(j + 1) === 108 && text.charCodeAt(j + 2) === 45) next = nameWordEnd(text, j + 3)
    if (next < 0) next = nameWordEnd(text, j)
    if (next < 0) return end
    end = next
  }
}

/** A search for the runs of `text`: the first at or after `from`, as NAME_RUN's search would find it
 *  (`sticky`: NAME_RUN, sticky, tried where the text has pairs of code units, as it was before this scan). */
export function nameRunScanner(text: string, sticky: RegExp): (from: number) => NameRunAt | null {
  const pairs = hasPairs(text)
  return (from) => {
    for (let i = from; i < text.length; i++) {
      const c = text.charCodeAt(i)
      // Only a capital can begin a run (or, in a text with pairs, any code unit outside ASCII: the expression decides).
      if (c < 128 ? c < 65 || c > 90 : !pairs && !isUpper(c)) continue
      if (i > 0 && joinsBefore(text.charCodeAt(i - 1))) continue
      if (!pairs) return { index: i, end: runEnd(text, nameWordEnd(text, i)) }
      sticky.lastIndex = i
      const m = sticky.exec(text)
      if (m) return { index: i, end: i + m[0].length }
    }
    return null
  }
}

// ---- numbers for words, and the word before a run, without strings made ----------------------------------

const UNKNOWN = -1

/** A word's number (never UNKNOWN): the same for the same characters. */
export function numberOf(word: string): number {
  let h = 0x811c9dc5
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193)
  return h >>> 1
}

/** The number of bareWords.ts's bare(text.slice(start, end)) (lower case, less a full stop or comma at its
 *  end, less a possessive 's), or UNKNOWN for a word with letters outside ASCII, whose lower case may differ. */
export function bareNumber(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c >= 128 && c !== 0x2019) return UNKNOWN
  }
  let e = end
  const last = text.charCodeAt(e - 1)
  if (last === 46 || last === 44) e--
  if (e - start >= 2 && (text.charCodeAt(e - 1) | 32) === 115 && (text.charCodeAt(e - 2) === 39 || text.charCodeAt(e - 2) === 0x2019)) e -= 2
  let h = 0x811c9dc5
  for (let i = start; i < e; i++) {
    const c = text.charCodeAt(i)
    h = Math.imul(h ^ (c >= 65 && c <= 90 ? c + 32 : c), 0x01000193)
  }
  return h >>> 1
}

/** Whether a word's number may be one of `known`'s: false only when it is not. */
export const mayBeKnown = (known: ReadonlySet<number>, number: number): boolean => number === UNKNOWN || known.has(number)

/** Whether text.slice(start, end) has a space or a tab. */
export function hasBlank(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 32 || c === 9) return true
  }
  return false
}

const isSpace = (c: number): boolean => (classOf(c) & SPACE) !== 0

/** The last word (run of characters that are not white space) in the 12 characters before `at`, as
 *  /(\S+)\s*$/ finds it there, or undefined. */
export function wordBefore(text: string, at: number): string | undefined {
  const from = Math.max(0, at - 12)
  let end = at
  while (end > from && isSpace(text.charCodeAt(end - 1))) end--
  if (end === from) return undefined
  let start = end
  while (start > from && !isSpace(text.charCodeAt(start - 1))) start--
  return text.slice(start, end)
}
