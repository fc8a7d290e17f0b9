// Who a phrase names, as news reports name people: "White House spokesman Jay Carney", "Rep. Darrell E.
// Issa", "Mr. Holder", "the president", "he", "the Pentagon", "a senior official". Names are runs of
// capitalised words; the titles and offices before them are taken off (and kept as the person's role) so the
// same person is known by one name through a report. A capitalised word the report also writes in lower case
// ("Despite", "Rarely", a headline's "Threatens") is not part of a name. Written for speed: the quote ledger
// reads every report each time a comparison opens, and a general language library takes many times the
// alignment's own time.

import { CONNECTORS, DOCUMENTS, FEMALE_TITLES, LEADING_WORDS, MALE_TITLES, NOT_NAMES, ORGANISATION_WORDS, PARTY_TAG, PLACES, ROLE_NOUNS, SUFFIXES, TITLES } from './nameWords'

/** Who a phrase refers to, before it is resolved against the rest of the report. */
export type SpeakerPhrase =
  | { kind: 'name'; name: string; role: string | null; gender: 'm' | 'f' | null }
  | { kind: 'pronoun'; gender: 'm' | 'f' | null }
  | { kind: 'role'; role: string }
  | { kind: 'organisation'; name: string }
  /** "they", "the three senators": the people the report last named together. */
  | { kind: 'plural' }
  /** "the statement", "a letter": whoever issued it, found where the report brought it in. */
  | { kind: 'document'; noun: string }
  | { kind: 'unnamed' }

/** What a report tells about its own words: those it writes in lower case somewhere (so not names). */
export interface Lexicon {
  lowerCase: ReadonlySet<string>
}

/** The words a text writes in lower case, read in one pass over its characters. */
export function lexiconOf(text: string): Lexicon {
  const lowerCase = new Set<string>()
  let start = -1
  let inToken = false
  // A word counts only in running text: not inside a handle, a hashtag or an address ("@michaelcohen").
  const joins = (c: number): boolean => c === 35 || c === 64 || c === 95 || c === 46 || c === 47 || c === 45 || (c >= 48 && c <= 57)
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : 32
    const letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || (c > 127 && /\p{L}/u.test(text[i] as string))
    if (letter) {
      if (!inToken) {
        inToken = true
        const before = i > 0 ? text.charCodeAt(i - 1) : 32
        start = joins(before) ? -1 : i
      }
      continue
    }
    if (inToken && start >= 0 && !(joins(c) && i + 1 < text.length && /[\p{L}\p{N}]/u.test(text[i + 1] as string))) {
      const word = text.slice(start, i)
      if (/^\p{Ll}/u.test(word)) lowerCase.add(word)
    }
    inToken = false
  }
  return { lowerCase }
}

/** A word lower-cased, without a full stop or comma at its end or a possessive 's. */
function bare(word: string): string {
  let w = word.toLowerCase()
  if (w.endsWith('.') || w.endsWith(',')) w = w.slice(0, -1)
  if (w.endsWith("'s") || w.endsWith('’s')) w = w.slice(0, -2)
  return w
}
const capitalised = (word: string): boolean => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || /^(al|el)-[\p{Lu}]/u.test(word)

/** Whether a capitalised word is a common word the report also writes in lower case (and no title). */
const common = (word: string, lexicon: Lexicon): boolean => !TITLES.has(bare(word)) && lexicon.lowerCase.has(bare(word))

/** The words of a phrase, with the commas, brackets and the like around them taken off. */
function wordsOf(phrase: string): string[] {
  return phrase
    .split(/\s+/)
    .map((w) => w.replace(/^[("'“‘[]+|[)"'”’\],;:!?]+$/g, ''))
    .filter((w) => w !== '')
}

/** A name's parts: what the titles before it say (role, gender) and the name itself. */
export function splitTitles(run: string[]): { name: string[]; role: string | null; gender: 'm' | 'f' | null; titled: boolean } {
  let last = -1
  run.forEach((word, i) => {
    if (TITLES.has(bare(word))) last = i
  })
  const titles = run.slice(0, last + 1).map(bare)
  const gender = titles.some((t) => MALE_TITLES.has(t)) ? 'm' : titles.some((t) => FEMALE_TITLES.has(t)) ? 'f' : null
  const role = titles.filter((t) => ROLE_NOUNS.has(t) || t === 'rep' || t === 'sen' || t === 'gov').at(-1) ?? null
  const normalRole = normalOffice(role, titles)
  let name = run.slice(last + 1).filter((w) => !PARTY_TAG.test(w))
  // Not names: a sentence's opening words ("Despite", "Hopefully"), and an organisation's initials before a person's name.
  while (name.length > 0 && (NOT_NAMES.has(bare(name[0] as string)) || /ly$/.test(bare(name[0] as string)) || (name.length > 2 && /^\p{Lu}{2,5}$/u.test(name[0] as string)))) name = name.slice(1)
  const cleaned = name.map((w) => w.replace(/[,;:]$/, '').replace(/’s$|'s$/, ''))
  // A full stop that ends the sentence is not part of the name; an initial's or a suffix's is.
  const end = cleaned.length - 1
  if (end >= 0 && /[^.]{2,}\.$/.test(cleaned[end] as string) && !SUFFIXES.has(bare(cleaned[end] as string) + '.')) cleaned[end] = (cleaned[end] as string).slice(0, -1)
  return { name: cleaned, role: normalRole, gender, titled: last >= 0 }
}

/** One name for an office: "Rep." is a representative, a chairman the chair, and a vice president is not the president. */
function normalOffice(role: string | null, titles: readonly string[] = []): string | null {
  if (role === 'president' && titles.includes('vice')) return 'vice president'
  const names: Record<string, string> = { rep: 'representative', sen: 'senator', gov: 'governor', chairman: 'chair', chairwoman: 'chair' }
  return role === null ? null : (names[role] ?? role)
}

/** Whether a capitalised run names an organisation ("the White House", "Justice Department", "the Pentagon"). */
function isOrganisation(run: string[], before: string | undefined): boolean {
  // The words after the titles decide: "Secretary of State John Kerry" is a person, "State Department" not.
  const { name } = splitTitles(run)
  if ((name.length > 0 ? name : run).some((w) => ORGANISATION_WORDS.has(bare(w)))) return true
  return run.length === 1 && before?.toLowerCase() === 'the'
}

/** Whether a run is a place: a state, or words after "in", "of", "from" with no title. */
function isPlace(run: string[], before: string | undefined): boolean {
  if (run.every((w) => PLACES.has(bare(w)) || /^(?:north|south|east|west|new)$/i.test(w))) return true
  // Abbreviations only: "N.H.", "Calif.", "D.C.".
  if (run.every((w) => /^(?:\p{Lu}\.){2,}$|^\p{Lu}\p{Ll}{1,4}\.$/u.test(w))) return true
  const { titled } = splitTitles(run)
  return !titled && /^(?:in|of|from|at|near|across|outside)$/i.test(before ?? '')
}

interface Run {
  words: string[]
  before: string | undefined
  /** Where the run starts among the words. */
  index: number
}

/** The runs of capitalised words in `words`, split where a word is a common one, without party tags. */
function capitalisedRuns(words: readonly string[], lexicon: Lexicon): Run[] {
  const runs: Run[] = []
  let current: string[] = []
  let before: string | undefined
  let index = 0
  const flush = (): void => {
    if (current.length > 0) runs.push({ words: current, before, index })
    current = []
  }
  words.forEach((word, i) => {
    const connects = current.length > 0 && CONNECTORS.has(word.toLowerCase()) && capitalised(words[i + 1] ?? '')
    const suffix = current.length > 0 && SUFFIXES.has(bare(word))
    if ((capitalised(word) && !common(word, lexicon) && !PARTY_TAG.test(word)) || connects || suffix) {
      if (current.length === 0) [before, index] = [words[i - 1], i]
      current.push(word)
      // A possessive ends a name: "Russia's Putin" is Putin, of Russia.
      if (/['’]s$/.test(word) && i + 1 < words.length) flush()
    } else flush()
  })
  flush()
  return runs
}

/** Who one run of capitalised words names: a person, an organisation, or (a title alone) an office. */
function readRun({ words: run, before }: Run): SpeakerPhrase {
  // Initials alone ("CNN", "NSA", "GOA") name an organisation.
  if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(run[0] as string) && !TITLES.has(bare(run[0] as string))) return { kind: 'organisation', name: run[0] as string }
  if (isOrganisation(run, before)) {
    // An organisation keeps its whole name ("Justice Department", "White House"), less a leading "The".
    const name = run.filter((w, i) => i > 0 || !NOT_NAMES.has(bare(w))).map((w) => w.replace(/’s$|'s$/, ''))
    return name.length > 0 ? { kind: 'organisation', name: name.join(' ') } : { kind: 'unnamed' }
  }
  if (isPlace(run, before)) return { kind: 'unnamed' }
  const split = splitTitles(run)
  if (split.name.length > 0 && !(split.name.length === 1 && NOT_NAMES.has(bare(split.name[0] as string)))) return { kind: 'name', name: split.name.join(' '), role: split.role, gender: split.gender }
  return split.role ? { kind: 'role', role: split.role } : { kind: 'unnamed' }
}

/** The phrase's words less the "But", "Later" and the like it opens with. */
function phraseWords(phrase: string): string[] {
  let words = wordsOf(phrase)
  while (words.length > 1 && LEADING_WORDS.has(bare(words[0] as string))) words = words.slice(1)
  return words
}

/** A pronoun, or an office in lower case ("the Massachusetts senator"), that the phrase opens with. */
function pronounOrOffice(words: readonly string[], lexicon: Lexicon): SpeakerPhrase | null {
  const first = bare(words[0] ?? '')
  const lastNoun = bare(words.at(-1) ?? '')
  if (DOCUMENTS.has(lastNoun) && words.length <= 5) {
    // "a Justice Department statement", "the White House statement": its author is named in it.
    const author = capitalisedRuns(words.slice(1, -1), lexicon)[0]
    if (author && /^(?:the|a|an)$/.test(first)) return readRun(author)
    if (/^(?:the|a|an|his|her|its|their|this|that)$/.test(first)) return { kind: 'document', noun: lastNoun }
    // "GM's lone statement": its owner speaks.
    if (/['’]s$/.test(words[0] ?? '')) {
      const owner = capitalisedRuns([(words[0] as string).replace(/['’]s$/, '')], lexicon)[0]
      if (owner) return readRun(owner)
    }
  }
  if (first === 'he' || first === 'she') return words.length <= 2 ? { kind: 'pronoun', gender: first === 'he' ? 'm' : 'f' } : null
  if (first === 'they' && words.length <= 2) return { kind: 'plural' }
  // "the three conservatives", "both senators".
  if ((first === 'the' || first === 'both') && words.length <= 4 && words.slice(1).some((w) => /^(?:two|three|four|five|both)$/i.test(w)) && /s$/.test(lastNoun)) return { kind: 'plural' }
  const lastWord = bare(words.at(-1) ?? '')
  // "the chair of the House Judiciary Committee": the office, before what it is of.
  const of = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of')
  if (first === 'the' && of > 1 && of <= 4 && ROLE_NOUNS.has(bare(words[of - 1] as string)) && /^\p{Ll}/u.test(words[of - 1] as string)) {
    return { kind: 'role', role: normalOffice(bare(words[of - 1] as string), words.slice(0, of).map(bare)) as string }
  }
  if (ROLE_NOUNS.has(lastWord) && /^\p{Ll}/u.test(words.at(-1) ?? '') && words.length <= 8) {
    if (first === 'the' || first === 'his' || first === 'her') return { kind: 'role', role: normalOffice(lastWord, words.map(bare)) as string }
    if (first === 'a' || first === 'an') {
      // "An NBC News spokesperson", "a Yahoo spokeswoman": the organisation speaks through them.
      const run = SPOKESPEOPLE.has(lastWord) ? capitalisedRuns(words.slice(1, -1), lexicon)[0] : undefined
      return run ? { kind: 'organisation', name: run.words.join(' ').replace(/['’]s$/, '') } : { kind: 'unnamed' }
    }
  }
  return null
}

/** Whether a word reads as a verb after a name ("Cohen has confirmed", "Warren attacked"), so the name is a subject, not an adjective. */
function verbish(word: string): boolean {
  const w = word.toLowerCase()
  return AUXILIARIES.has(w) || /ed$/.test(w)
}
const AUXILIARIES = new Set(
  (
    'has have had is was were are will would could should can may might must did does do also then now later never not still already once ' +
    'says said tells told adds added notes calls claims warns argues insists confirms denies believes wants thinks knows writes wrote'
  ).split(' '),
)

/** Words that follow a name without making it an adjective: "Mark Krikorian of the Center…", "Smith and Jones". */
const LINKS = new Set('of for in at from and or who which with on to as'.split(' '))

const PREPOSITIONS = new Set('of in on at for with from to after before during since about amid despite ahead'.split(' '))

/** Who speaks for an organisation without being named. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'statement'])

/** Who the phrase right before or after a speech verb names: the last person in it, else the last
 *  organisation, else an office. */
export function readSpeakerPhrase(phrase: string, lexicon: Lexicon): SpeakerPhrase {
  const words = phraseWords(phrase)
  if (words.length === 0) return { kind: 'unnamed' }
  const simple = pronounOrOffice(words, lexicon)
  if (simple) return simple
  // Several people speaking together: "Sens. Rand Paul, Ted Cruz and Mike Lee".
  const together = namesTogether(phrase, lexicon)
  if (together) return together
  let fallback: SpeakerPhrase = { kind: 'unnamed' }
  for (const run of capitalisedRuns(words, lexicon).reverse()) {
    // A name used as an adjective, before a word in lower case ("Catholic bishops", "the Texas senator").
    const next = words[run.index + run.words.length]
    if (next !== undefined && /^\p{Ll}/u.test(next) && !LINKS.has(next.toLowerCase()) && !verbish(next)) continue
    const read = readRun(run)
    if (read.kind === 'name') return read
    if (read.kind === 'organisation' && fallback.kind !== 'organisation') fallback = read
    if (read.kind === 'role' && fallback.kind === 'unnamed') fallback = read
  }
  return fallback
}

/** Two or more people named together as one subject ("A, B and C", "A and B"), or null. */
export function namesTogether(phrase: string, lexicon: Lexicon, surnames = false): SpeakerPhrase | null {
  const parts = phrase.split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
  if (parts.length < 2 || !/\band\b/.test(phrase)) return null
  const names: string[] = []
  for (const part of parts) {
    const words = wordsOf(part)
    const runs = capitalisedRuns(words, lexicon)
    const run = runs.at(-1)
    if (!run || run.index + run.words.length !== words.length) return null
    const read = readRun(run)
    if (read.kind !== 'name' || (!surnames && !read.name.includes(' '))) return null
    names.push(read.name)
  }
  return { kind: 'name', name: `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`, role: null, gender: null }
}

/** Who a sentence's opening words name: "Mr. Rosenstein cites …" is Rosenstein, "But he wrote …" is "he". */
export function readOpeningSubject(phrase: string, lexicon: Lexicon): SpeakerPhrase {
  const words = phraseWords(phrase)
  const first = bare(words[0] ?? '')
  if (first === 'he' || first === 'she') return { kind: 'pronoun', gender: first === 'he' ? 'm' : 'f' }
  const run = capitalisedRuns(words, lexicon)[0]
  // "Ahead of her endorsement", "In a statement": an opening phrase, not a subject.
  const next = run ? words[run.index + run.words.length] : undefined
  if (run && run.words.length === 1 && next !== undefined && PREPOSITIONS.has(next.toLowerCase())) return { kind: 'unnamed' }
  if (run && (run.index === 0 || (run.index === 1 && first === 'the'))) {
    const read = readRun(run)
    // "AP media relations manager Erin Madigan White issued…": an organisation or an office described
    // before the person who is the subject.
    if (read.kind !== 'name' || !read.name.includes(' ')) {
      const person = capitalisedRuns(words.slice(0, 10), lexicon).find((r) => r.index > run.index && words.slice(run.index + run.words.length, r.index).every((w) => /^\p{Ll}/u.test(w) && !verbish(w)))
      const named = person ? readRun(person) : null
      if (named?.kind === 'name') return named
    }
    return read
  }
  const office = words.slice(0, 4).findIndex((w, i) => i > 0 && ROLE_NOUNS.has(bare(w)) && /^\p{Ll}/u.test(w))
  return first === 'the' && office > 0 ? { kind: 'role', role: bare(words[office] as string) } : { kind: 'unnamed' }
}

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
/** A run of capitalised words, with the connectors names carry, on one line; a comma or a full stop (not an initial's or a title's) ends it. */
const NAME_RUN = new RegExp(`(?<![\\p{L}\\p{N}'’])${NAME_WORD}(?:[ \\t]+(?:${NAME_CONNECTOR}[ \\t]+)?${NAME_WORD})*`, 'gu')
const ARTICLES = /^(?:the|a|an|this|that|these|those|its|their|our)$/i

/** Whether the words before `at`, back to the sentence's start, leave the name at its head. */
function opensSentence(text: string, at: number): boolean {
  const from = Math.max(0, at - 60)
  const before = text.slice(from, at)
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('” '), before.lastIndexOf('" '))
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
  NAME_RUN.lastIndex = 0
  for (let m = NAME_RUN.exec(text); m; m = NAME_RUN.exec(text)) {
    // Most runs are one capitalised word (a sentence's first, a place): only a title or the surname of
    // someone already named makes one a mention, so the rest are passed over at once.
    const single = m[0].indexOf(' ') < 0 && m[0].indexOf('\t') < 0
    if (single) {
      const word = bare(m[0])
      if (!TITLES.has(word) && !bySurname.has(word)) continue
    }
    const found = single ? [m[0]] : m[0].split(/[ \t]+/)
    const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, m.index - 12), m.index))?.[1]
    for (const run of capitalisedRuns(found, lexicon)) {
      if (run.words.length === 1 && !TITLES.has(bare(run.words[0] as string)) && !bySurname.has(bare(run.words[0] as string))) continue
      const runBefore = run.words[0] === found[0] ? before : run.before
      // The same names come back again and again: each run of words (and the word before it) is read once.
      const key = `${runBefore ?? ''}|${run.words.join(' ')}`
      let read = readings.get(key)
      if (read === undefined) {
        const split = splitTitles(run.words)
        const skip = isOrganisation(run.words, runBefore) || isPlace(run.words, runBefore) || (!split.titled && ARTICLES.test(runBefore ?? '')) // "the South Dakota school"
        readings.set(key, (read = skip ? null : split))
      }
      if (read === null) continue
      const { name, role, gender } = read
      const at = m.index + m[0].indexOf(run.words[0] as string)
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

const surnames = new Map<string, string>()

/** The surname of a name: its last word that is not a suffix. */
export function surnameOf(name: string): string {
  let surname = surnames.get(name)
  if (surname === undefined) {
    const words = name.split(' ').filter((w) => !SUFFIXES.has(bare(w)))
    surname = bare(words.at(-1) ?? name)
    if (surnames.size > 10_000) surnames.clear()
    surnames.set(name, surname)
  }
  return surname
}

/** Whether two names can be the same person: the same surname, and first names that agree where both have one. */
export function sameSpeaker(a: string, b: string): boolean {
  if (a.toLowerCase() === b.toLowerCase()) return true
  // People speaking together: the same people, in any order.
  if (a.includes(' and ') || b.includes(' and ')) {
    const people = (names: string): string[] => names.split(/, | and /)
    const [x, y] = [people(a), people(b)]
    return x.length === y.length && x.every((p) => y.some((q) => !q.includes(' and ') && sameSpeaker(p, q)))
  }
  // One name is the other's opening words: "ABC" and "ABC News", "Erin Madigan" and "Erin Madigan White".
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a]
  if (longer.toLowerCase().startsWith(`${shorter.toLowerCase()} `) && (shorter.includes(' ') || /^\p{Lu}{2,}$/u.test(shorter))) return true
  // Initials and the name: "NSA" and "National Security Agency".
  if (/^\p{Lu}{2,6}$/u.test(shorter) && initialsOf(longer) === shorter) return true
  if (surnameOf(a) !== surnameOf(b)) return false
  const firstA = bare(a.split(' ')[0] ?? '')
  const firstB = bare(b.split(' ')[0] ?? '')
  const oneWord = a.split(' ').length === 1 || b.split(' ').length === 1
  return oneWord || firstA === firstB || (firstA.length === 1 && firstB.startsWith(firstA)) || (firstB.length === 1 && firstA.startsWith(firstB))
}

/** The capitals of a name's words, less "of", "the", "and", "for": "National Rifle Association" is "NRA". */
function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => !/^(?:of|the|and|for|on)$/i.test(w))
    .map((w) => w.charAt(0).toUpperCase())
    .join('')
}

/** The full name an organisation's initials stand for in the report ("NRA": "National Rifle Association"), or the initials. */
const initialsPatterns = new Map<string, RegExp>()

export function expandInitials(name: string, text: string): string {
  if (!/^[A-Z]{2,6}$/.test(name)) return name
  let pattern = initialsPatterns.get(name)
  if (!pattern) initialsPatterns.set(name, (pattern = initialsPattern(name)))
  pattern.lastIndex = 0
  const found = pattern.exec(text)
  return found ? found[0] : name
}

function initialsPattern(name: string): RegExp {
  return new RegExp(`\\b${name.split('').map((c) => `${c}[\\p{L}'’-]*`).join(String.raw`(?:\s+(?:of|for|and|the|on)){0,2}\s+`)}`, 'gu')
}
