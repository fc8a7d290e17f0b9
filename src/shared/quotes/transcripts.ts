// A report that is a transcript names each turn's speaker in capitals at the start of a paragraph
// ("HILLARY CLINTON: Well, thank you, Lester…"), and the words from there to the next such label are that
// person's, printed without quotation marks. Words another report quotes, found in a transcript's turn, are
// the turn's speaker's: neither the outlet's own words nor a speech without a speaker.
//
// Capitals and a colon also open headings ("UPDATE:", "SEE ALSO:", "THE FACTS:", "FREE TRADE:"), so a label
// counts only when it reads as a person's name in the report: none of its words is written in lower case in
// its running text, and a label of one word is a surname the report gives after a first name or a title
// ("Dr. Anthony Fauci", then "FAUCI:"). A report is read as a transcript when such labels open three
// paragraphs, or two paragraphs of two different people.

import { escapeRegExp } from './clauses'
import { lexiconOf, type Lexicon } from './lexicon'
import { TITLES } from './nameWords'

/** One speaker's turn in a transcript: from after its label to the next label or the end of the text. Also
 *  a speech a report prints whole after saying whose it is (speeches.ts). */
export interface Turn {
  readonly start: number
  readonly end: number
  /** The speaker's name as the report spells it in running text, titles dropped ("Jill Stein" for "DR. JILL
   *  STEIN:"); null for a speech whose speaker the report gives only as "her" or "the president". */
  readonly speaker: string | null
  /** The label as printed ("DR. JILL STEIN"), or the words that bring the speech in. */
  readonly label: string
}

/** A paragraph opened by up to four words in capitals and a colon. */
const LABEL = /^(\p{Lu}[\p{Lu}'’.-]*(?:[ \t]+\p{Lu}[\p{Lu}'’.-]*){0,3}):[ \t]+(?=\S)/gmu

const bareWord = (word: string): string => word.replace(/[.'’-]+$/u, '').toLowerCase()

/** The word as the report writes it in running text (not in capitals), or null when it never does. */
function writtenAs(text: string, word: string): string | null {
  const found = new RegExp(`(?<![\\p{L}'’])${escapeRegExp(word)}(?![\\p{L}])`, 'giu')
  for (let m = found.exec(text); m; m = found.exec(text)) if (m[0] !== m[0].toUpperCase()) return m[0]
  return null
}

const titleCase = (word: string): string => word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_, mark: string, letter: string) => mark + letter.toUpperCase())

/** Whether the report names the person with this surname after a first name or a title: a capitalised word
 *  before it that is not a possessive and not a word the report writes in lower case, unless it is a title.
 *  Each place the surname is written (in any case, not in capitals) is found first and the word before it
 *  read back from there: a pattern that opened with that word would be tried at every letter of the report. */
function namedInFull(text: string, surname: string, lexicon: Lexicon): boolean {
  const found = new RegExp(`(?<=[ \\t])${escapeRegExp(surname)}(?![\\p{L}])`, 'giu')
  for (let m = found.exec(text); m; m = found.exec(text)) {
    if (m[0] === m[0].toUpperCase()) continue
    const before = wordBefore(text, m.index)
    if (before === null || /['’]s$/u.test(before)) continue
    const word = bareWord(before)
    if (TITLES.has(word) || !lexicon.hasLowerCase(word)) return true
  }
  return false
}

/** The word that ends just before the spaces before text[at]: a letter, then letters, apostrophes and
 *  hyphens, and a full stop; null when something else ends there. */
function wordBefore(text: string, at: number): string | null {
  let end = at
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  let start = text[end - 1] === '.' ? end - 1 : end
  while (start > 0 && /[\p{L}'’-]/u.test(text[start - 1] as string)) start--
  while (start < end && !/\p{L}/u.test(text[start] as string)) start++
  return start < end && /\p{L}/u.test(text[start] as string) ? text.slice(start, end) : null
}

/** The speaker a label names, or null when it reads as a heading rather than a person. A label printed once
 *  needs its surname in the running text too: page residue in capitals ("JUST WATCHED AP CEO:") names no one. */
function speakerOf(text: string, label: string, lexicon: Lexicon, once: boolean): string | null {
  const words = label.split(/[ \t]+/)
  let first = 0
  while (first < words.length - 1 && TITLES.has(bareWord(words[first] as string))) first++
  const name = words.slice(first)
  if (name.some((w) => bareWord(w).length === 0 || lexicon.hasLowerCase(bareWord(w)))) return null
  const surname = (name.at(-1) as string).replace(/[.'’-]+$/u, '')
  if (name.length === 1 && first === 0 && !namedInFull(text, surname, lexicon)) return null
  if (once && writtenAs(text, surname) === null) return null
  return name.map((w) => (/^\p{Lu}\.?$/u.test(w) ? w : (writtenAs(text, w.replace(/[.'’-]+$/u, '')) ?? titleCase(w.replace(/[.'’-]+$/u, ''))))).join(' ')
}

/** The turns of a report that is a transcript, in order; none for any other report. */
export function transcriptTurns(text: string): Turn[] {
  const labels = [...text.matchAll(LABEL)]
  if (labels.length < 2) return []
  const lexicon = lexiconOf(text)
  const printed = new Map<string, number>()
  for (const m of labels) printed.set(m[1] as string, (printed.get(m[1] as string) ?? 0) + 1)
  const speakers = new Map<string, string | null>()
  const turns: Turn[] = []
  labels.forEach((m, k) => {
    const label = m[1] as string
    if (!speakers.has(label)) speakers.set(label, speakerOf(text, label, lexicon, printed.get(label) === 1))
    const speaker = speakers.get(label)
    const next = labels[k + 1]
    if (speaker) turns.push({ start: (m.index ?? 0) + m[0].length, end: next?.index ?? text.length, speaker, label })
  })
  const people = new Set(turns.map((t) => t.speaker))
  return turns.length >= 3 || (turns.length === 2 && people.size === 2) ? turns : []
}

/** The turn of a transcript holding text[start, end), or null. */
export function turnHolding(turns: readonly Turn[], start: number, end: number): Turn | null {
  return turns.find((t) => t.start <= start && end <= t.end) ?? null
}
