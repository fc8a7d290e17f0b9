// The people a report names, where it names them: a name of two or more words (not an organisation or a
// place), or one word with a title ("Mr. Holder"), and after it each mention of the surname alone, under the
// full name; whether the name opens its sentence (the person the sentence is about).

import { CONNECTORS, LEADING_WORDS, TITLES } from './nameWords'
import { bare, capitalisedRuns, isOrganisation, isPlace, splitTitles, type Lexicon, type Run } from './nameRuns'
import { surnameOf } from './speakers'

/** A person named in a report, where the name appears. */
export interface PersonMention {
  at: number
  /** Where the words naming the person end. */
  end: number
  name: string
  role: string | null
  gender: 'm' | 'f' | null
  /** Whether the name opens its sentence (after a "But" or an opening phrase): the person the sentence is about. */
  subject: boolean
}

const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen|Col|Adm|Capt|Sgt|Rev|St|Jr|Sr|\p{Lu})\.|\p{Lu}[\p{L}'’\-]*)`
const NAME_CONNECTOR = `(?:${[...CONNECTORS].map((c) => c.replace('.', '\\.')).join('|')})`
/** A run of capitalised words, with the connectors names carry, on one line; a comma or a full stop (not an initial's or a title's) ends it.
 *  It opens with a look for a capital, which most places fail at once, before the look behind. */
export const NAME_RUN = new RegExp(`(?=\\p{Lu})(?<![\\p{L}\\p{N}'’])${NAME_WORD}(?:[ \\t]+(?:${NAME_CONNECTOR}[ \\t]+)?${NAME_WORD})*`, 'gu')
const NAME_RUN_AT = new RegExp(NAME_RUN.source, 'uy')

/** The first run of NAME_RUN at or after `from`, as its search would find it. Only a capital after no letter,
 *  digit or apostrophe can begin one: the places that cannot are passed over by their character codes, and the
 *  expression is tried only at the rest (a regular expression searched along a whole report was the most
 *  of the time spent finding its people). */
export function nextNameRun(text: string, from: number): RegExpExecArray | null {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128) {
      if (c < 65 || c > 90) continue
      const p = i > 0 ? text.charCodeAt(i - 1) : 32
      if (p < 128 && ((p >= 65 && p <= 90) || (p >= 97 && p <= 122) || (p >= 48 && p <= 57) || p === 39)) continue
    }
    NAME_RUN_AT.lastIndex = i
    const m = NAME_RUN_AT.exec(text)
    if (m) return m
  }
  return null
}

/** Words before a name that say whether the person is a woman or a man. */
const DESCRIBED_GENDER = new Map<string, 'm' | 'f'>([
  ...'lady wife widow mother daughter sister grandmother woman businesswoman actress congresswoman spokeswoman chairwoman'.split(' ').map((w) => [w, 'f'] as const),
  ...'husband widower father son brother grandfather man businessman actor congressman spokesman chairman'.split(' ').map((w) => [w, 'm'] as const),
])
const ARTICLES = /^(?:the|a|an|this|that|these|those|its|their|our)$/i

const SENTENCE_BREAK = /[.!?]\s|[.!?,]["”’]\s|\n|\p{Ll}[.!?]["”]?(?=\p{Lu})/gu

/** Whether the words before `at`, back to the sentence's start, leave the name at its head. */
function opensSentence(text: string, at: number): boolean {
  const from = Math.max(0, at - 60)
  const before = text.slice(from, at)
  // A sentence ends at a full stop and a space, a line's end, a quotation closed after its own punctuation
  // ("…,” Obama said"; not the “balance” Obama wants), or a full stop run into the next sentence ("said.The").
  let stop = -1
  SENTENCE_BREAK.lastIndex = 0
  for (let m = SENTENCE_BREAK.exec(before); m; m = SENTENCE_BREAK.exec(before)) stop = m.index + m[0].length - 1
  if (stop < 0 && from > 0) return false
  const lead = before.slice(stop + 1).trim()
  // An opening phrase before the name ("In a letter, Issa…"), short and with no verb of its own.
  return lead === '' || LEADING_WORDS.has(lead.toLowerCase()) || (/,$/.test(lead) && lead.split(/\s+/).length <= 6 && !/\b(?:said|says|told|added|wrote)\b/.test(lead))
}

/** Every person a report names, in order: a name of two or more words (not an organisation or a place), or
 *  one word with a title ("Mr. Holder"); and after it, each mention of its surname alone, under the full name. */
export function personMentions(text: string, lexicon: Lexicon): PersonMention[] {
  const mentions: PersonMention[] = []
  const bySurname = new Map<string, PersonMention>()
  const readings = new Map<string, ReturnType<typeof splitTitles> | null>()
  const splits = new Map<string, { found: string[]; runs: Run[] }>()
  for (let m = nextNameRun(text, 0); m; m = nextNameRun(text, m.index + m[0].length)) {
    // Most runs are one capitalised word (a sentence's first, a place): only a title or the surname of
    // someone already named makes one a mention, so the rest are passed over at once.
    const single = m[0].indexOf(' ') < 0 && m[0].indexOf('\t') < 0
    if (single) {
      const word = bare(m[0])
      if (!TITLES.has(word) && !bySurname.has(word)) continue
    }
    // A name comes back many times in a report: its words are split into runs once.
    let cut = splits.get(m[0])
    if (!cut) {
      const words = single ? [m[0]] : m[0].split(/[ \t]+/)
      splits.set(m[0], (cut = { found: words, runs: capitalisedRuns(words, lexicon) }))
    }
    const { found, runs } = cut
    const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]
    // Each run found after the one before, so that a word the match repeats gives the later run its own
    // place and the mentions stay in the order of the text.
    let searchFrom = 0
    for (const run of runs) {
      const offset = m[0].indexOf(run.words[0] as string, searchFrom)
      searchFrom = offset + (run.words[0] as string).length
      if (run.glued) continue
      if (run.words.length === 1 && !TITLES.has(bare(run.words[0] as string)) && !bySurname.has(bare(run.words[0] as string))) continue
      const runBefore = run.words[0] === found[0] ? before : run.before
      // The same names come back again and again: each run of words (and the word before it) is read once.
      const key = `${runBefore ?? ''}|${run.words.join(' ')}`
      let read = readings.get(key)
      if (read === undefined) {
        const split = splitTitles(run.words)
        const skip = isOrganisation(run.words, runBefore, split) || isPlace(run.words, runBefore, split) || (!split.titled && ARTICLES.test(runBefore ?? '')) // "the South Dakota school"
        readings.set(key, (read = skip ? null : split))
      }
      if (read === null) continue
      const { name, role } = read
      // A woman or a man described before the name, where no title says it: "First lady Melania Trump".
      const gender = read.gender ?? (runBefore !== undefined && run.words[0] === found[0] ? (DESCRIBED_GENDER.get(runBefore.toLowerCase()) ?? null) : null)
      const at = m.index + offset
      const end = at + run.words.join(' ').length
      const subject = opensSentence(text, at)
      if (name.length >= 2 || (name.length === 1 && (role !== null || gender !== null))) {
        const mention = { at, end, name: name.join(' '), role, gender, subject }
        mentions.push(mention)
        if (!bySurname.has(surnameOf(mention.name))) bySurname.set(surnameOf(mention.name), mention)
      } else if (name.length === 1) {
        const full = bySurname.get(bare(name[0] as string))
        if (full) mentions.push({ at, end, name: full.name, role: full.role, gender: full.gender, subject })
      }
    }
  }
  return mentions
}
