// Runs of capitalised words read as names, as news reports write them: the titles and offices before a name
// taken off (and kept as the person's role), organisations and places told from people, a capitalised word the
// report also writes in lower case ("Despite", a headline's "Threatens") left out of a name, and a headline's or a
// card of links' words run into a name taken off it (headlineNames.ts). The words a report writes in lower case
// (its lexicon, lexicon.ts) are read once, in one pass over its characters.

import { bare } from './bareWords'
import { COMMON_WORDS } from './commonWords'
import { afterPlace, outOfHeadline } from './headlineNames'
import type { Lexicon } from './lexicon'
import { genderOfGivenName } from './nameGenders'
import type { SpeakerPhrase } from './speakerPhrase'
import { ABBREVIATIONS, CONNECTORS, DEMONYMS, FEMALE_TITLES, MALE_TITLES, NOT_NAMES, ORGANISATION_WORDS, PARTY_TAG, PLACE_OPENERS, PLACES, ROLE_NOUNS, SUFFIXES, TIME_ZONES, TITLES } from './nameWords'

export { bare }

export const capitalised = (word: string): boolean => /^[\p{Lu}][\p{L}'’.-]*$/u.test(word) || /^(al|el)-[\p{Lu}]/u.test(word)

/** Whether a capitalised word is a common word the report also writes in lower case (and no title). */
const common = (word: string, lexicon: Lexicon): boolean => !TITLES.has(bare(word)) && lexicon.hasLowerCase(bare(word))

/** The words of a phrase, with the commas, brackets and the like around them taken off. */
export function wordsOf(phrase: string): string[] {
  return (
    phrase
      .split(/\s+/)
      // A stock ticker, initials, a party or a state in brackets after a name are not part of it: "Coke (KO) said",
      // "Sen. Jon Tester (Mont.), the panel's ranking Democrat, said", "Rep. Jim Himes (D) of Connecticut" (also
      // where the phrase ends before the closing bracket: "Jim Himes (D").
      .filter((w, i, all) => !/^\(\p{Lu}[\p{L}.]*\)[,.;:]?$/u.test(w) && !(i === all.length - 1 && /^\(\p{Lu}[\p{L}.]{0,3}$/u.test(w)))
      .map((w) => w.replace(/^[("'“‘[]+|[)"'”’\],;:!?]+$/g, ''))
      .filter((w) => w !== '')
  )
}

/** An adverb opening a sentence ("Finally", "Reportedly", "Clearly", "Only"), by the endings adverbs have; not
 *  a name that ends the same way ("Kelly", "Emily", "Connolly", "Reilly"). */
const ADVERB = /(?:al|ul|ed|ing|ous|ive|ent|ant|ate|ib|ab|ar|er|e|t|s|d|k|p|gh|r|n|w|f|c)ly$/

/** Titles that are also surnames. */
export const SURNAME_TITLES: ReadonlySet<string> = new Set(['king', 'judge', 'prince', 'bishop', 'chancellor', 'sheriff'])
/** Of those, the ones also given as middle names. */
const MIDDLE_TITLES: ReadonlySet<string> = new Set(['king', 'prince'])

/** A title, or titles joined by hyphens with "then", "ex" or "co" ("then-spokeswoman Jen Psaki", "ex-President", "Co-Chairman"). */
const isTitle = (word: string): boolean => TITLES.has(word) || (word.includes('-') && word.split('-').every((part) => TITLES.has(part.replace(/\.$/, '')) || part === 'ex' || part === 'co' || part === 'elect'))

/** A name's parts: what the titles before it say (role, gender) and the name itself. */
export function splitTitles(run: string[], surname = false): { name: string[]; role: string | null; gender: 'm' | 'f' | null; titled: boolean } {
  let lastTitle = -1
  run.forEach((word, i) => {
    // A title's word that is also a surname ends a name after a first name: "Chairman Peter King", "Angus King",
    // "Mark Judge", "Erik Prince" (not "California Democrat", "Iranian President"), and before a suffix: "Martin
    // Luther King Jr.". A king's or a prince's word between a first name and a surname is a middle name too
    // ("Christine King Farris"; not "Saudi King Salman"), where a judge's is an office ("District Judge Paul Friedman").
    const previous = bare(run[i - 1] ?? '')
    const last = run.slice(i + 1).every((w) => SUFFIXES.has(bare(w))) || MIDDLE_TITLES.has(bare(word))
    const surname = i > 0 && last && SURNAME_TITLES.has(bare(word)) && !isTitle(previous) && !DEMONYMS.has(previous)
    if (isTitle(bare(word)) && !surname) lastTitle = i
  })
  // A title joined by a hyphen is read by its parts ("Vice-President"), unless it is an office of its own ("Secretary-General").
  const titles = run.slice(0, lastTitle + 1).flatMap((w) => (ROLE_NOUNS.has(bare(w)) && bare(w) !== 'president-elect' ? [bare(w)] : bare(w).split('-')))
  const gender = titles.some((t) => MALE_TITLES.has(t)) ? 'm' : titles.some((t) => FEMALE_TITLES.has(t)) ? 'f' : null
  const role = titles.filter((t) => ROLE_NOUNS.has(t) || t === 'rep' || t === 'sen' || t === 'gov').at(-1) ?? null
  const normalRole = normalOffice(role, titles)
  let name = run.slice(lastTitle + 1).filter((w) => !PARTY_TAG.test(w))
  // What an office is of is part of it, up to the holder's given name ("Chief of Staff John Kelly"), or else the
  // last words that are no common or organisation's ones ("Secretary of State Pompeo"); none: "Chief of Staff".
  if (lastTitle >= 0 && name[0] === 'of') {
    const given = name.findIndex((w, i) => i > 1 && givenName(bare(w)))
    let from = name.length
    while (from > 2 && name.length - from < 3 && !COMMON_WORDS.has(bare(name[from - 1] as string)) && !ORGANISATION_WORDS.has(bare(name[from - 1] as string))) from--
    name = given > 0 ? name.slice(given) : name.slice(from)
  }
  // Not names: a sentence's opening words ("Despite", "Hopefully"), and an organisation's initials before a person's name.
  // (Not a surname the report also writes as a word, left alone: "Mrs. May", "May said".)
  while (name.length > 0 && ((NOT_NAMES.has(bare(name[0] as string)) && !(surname && name.length === 1)) || ADVERB.test(bare(name[0] as string)) || (name.length > 2 && /^\p{Lu}{2,5}$/u.test(name[0] as string)))) name = name.slice(1)
  name = outOfHeadline(name)
  // Nor a headline's words run up to a given name and a surname ("Emails Show Brett Kavanaugh", "Neighbor Jeff Reeb").
  const given = name.findIndex((w, i) => i > 0 && givenName(bare(w)))
  if (given > 0 && given <= name.length - 2 && name.slice(0, given).every((w) => COMMON_WORDS.has(bare(w)))) name = name.slice(given)
  // A possessive is no part of the name, nor a plural's apostrophe ("Alex Jones' show", "Pickens’ plan").
  const cleaned = name.map((w) => w.replace(/[,;:]$/, '').replace(/’s$|'s$|(?<=s)['’]$/, ''))
  // A full stop that ends the sentence is not part of the name; an initial's or a suffix's is.
  const end = cleaned.length - 1
  if (end >= 0 && /[^.]{2,}\.$/.test(cleaned[end] as string) && !SUFFIXES.has(bare(cleaned[end] as string) + '.')) cleaned[end] = (cleaned[end] as string).slice(0, -1)
  return { name: cleaned, role: normalRole, gender, titled: lastTitle >= 0 }
}

/** One name for an office: "Rep." is a representative, a chairman the chair, and a vice president is not the president. */
export function normalOffice(role: string | null, titles: readonly string[] = []): string | null {
  if (role === 'president' && titles.includes('vice')) return 'vice president'
  const names: Record<string, string> = { rep: 'representative', sen: 'senator', gov: 'governor', chairman: 'chair', chairwoman: 'chair', pontiff: 'pope' }
  return role === null ? null : (names[role] ?? role)
}

/** Whether a capitalised run names an organisation ("the White House", "Justice Department", "the Pentagon"). */
export function isOrganisation(run: string[], before: string | undefined, split = splitTitles(run)): boolean {
  // The words after the titles decide: "Secretary of State John Kerry" is a person, "State Department" not.
  const { name } = split
  if ((name.length > 0 ? name : run).some((w) => ORGANISATION_WORDS.has(bare(w)))) return true
  // "the Pentagon", "the Kremlin"; not "the President", an office.
  return run.length === 1 && before?.toLowerCase() === 'the' && !TITLES.has(bare(run[0] as string))
}

/** Whether a run is a place: a state, or words after "in", "of", "from" with no title. (Those that read a run
 *  more ways than one pass its splitTitles, read once.) */
export function isPlace(run: string[], before: string | undefined, split?: ReturnType<typeof splitTitles>): boolean {
  // A direction alone names someone only where a clause begins with it ("…for Sanders, West said"), not "the
  // North", "38 North".
  const direction = (w: string): boolean => /^(?:north|south|east|west|new)$/i.test(w)
  const opensClause = before === undefined || /[,;:.]$/.test(before)
  if (run.every((w) => PLACES.has(bare(w)) || direction(w)) && !(run.length === 1 && direction(run[0] as string) && opensClause)) return true
  // Abbreviations only: "N.H.", "Calif.", "D.C."; not a title and a short surname at a sentence's end ("Mr. Pence.", "said Krane.").
  // A suffix alone ("Peter Johnson, Jr. asked") is no one either.
  if (run.every((w) => /^(?:\p{Lu}\.){2,}$/u.test(w) || (/^\p{Lu}\p{Ll}{1,4}\.$/u.test(w) && (ABBREVIATIONS.has(bare(w)) || SUFFIXES.has(w.toLowerCase())))) && !TITLES.has(bare(run[0] as string))) return true
  const { titled } = split ?? splitTitles(run)
  return !titled && /^(?:in|of|from|at|near|across|outside)$/i.test(before ?? '')
}

export interface Run {
  words: string[]
  before: string | undefined
  /** Where the run starts among the words. */
  index: number
  /** Whether the run ends inside a word glued to the next name: a page's link card repeating a name, not a mention. */
  glued?: boolean
  /** Whether its last word is a surname the report also writes as a word (Lexicon.isSurname): a name ("May said"). */
  surname?: boolean
}

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'])

const GLUED = /^\p{Lu}\p{Ll}{4,}(?=\p{Lu}\p{Ll})/u

/** Where a second capitalised word begins inside `word`, when two names are run together without a space
 *  ("MuellerSpeier", "TrumpKamala"), or -1. Names with a short capitalised prefix ("McConnell", "DeSantis",
 *  "MacArthur") and short brand names ("WikiLeaks", "BuzzFeed") are left whole. */
export function glueAt(word: string): number {
  const m = GLUED.exec(word)
  return m ? m[0].length : -1
}

/** Whether the capitalised words after `i`, a few at most, close with a word that makes them an organisation's
 *  name: then a common word at `i` is part of it ("the Ronald Reagan Presidential Foundation", "The New York Times"). */
function beforeOrganisationWord(words: readonly string[], i: number): boolean {
  for (let k = i + 1; k < Math.min(words.length, i + 4); k++) {
    const word = words[k] as string
    if (!capitalised(word)) return false
    if (ORGANISATION_WORDS.has(bare(word))) return true
    // A possessive ends the name before it: "Moments From Trump's State Of The Union" is no organisation's.
    if (/['’]s$/.test(word)) return false
  }
  return false
}

/** A pronoun or a verb run together with its neighbour ("We’ll", "They're", "Don't"): never part of a name. */
const CONTRACTION = /^(?:\p{L}+n['’]t|(?:i|you|we|they|he|she|it|there|that|what|who|let)['’](?:ll|re|ve|m|d|s))$/iu

/** The runs of capitalised words in `words`, split where a word is a common one, without party tags. */
export function capitalisedRuns(words: readonly string[], lexicon: Lexicon): Run[] {
  const runs: Run[] = []
  let current: string[] = []
  let before: string | undefined
  let index = 0
  let opensAfter: { at: number; before: string | undefined } | undefined
  const flush = (): void => {
    // "of" ends no name: "the Department of" a word the report writes in lower case.
    if (current.at(-1) === 'of') current.pop()
    if (current.length > 0) runs.push({ words: current, before, index, ...(lexicon.isSurname?.(bare(current.at(-1) as string)) ? { surname: true } : {}) })
    current = []
  }
  words.forEach((whole, i) => {
    let word = whole
    // Two names run together where a page lost the space between two links ("Robert Mueller MuellerSpeier
    // says…"): the run ends with the first, and the second begins the next.
    const glue = current.length > 0 ? glueAt(word) : -1
    const glued = glue > 0 ? word.slice(0, glue) : undefined
    if (glued !== undefined) {
      current.push(glued)
      runs.push({ words: current, before, index, glued: true })
      current = []
      word = word.slice(glue)
    }
    const next = words[i + 1] ?? ''
    // "Foundation and Institute": an organisation's name joining two of the words that make one.
    const joins = word === 'and' && capitalised(next) && ORGANISATION_WORDS.has(bare(next)) && current.some((w) => ORGANISATION_WORDS.has(bare(w)))
    // "Special Agent in Charge Rick DesLauriers": an office with "in" inside it.
    const inCharge = word === 'in' && bare(next) === 'charge' && current.length > 0 && /^(?:agent|officer)$/.test(bare(current.at(-1) as string))
    const connects = (current.length > 0 && CONNECTORS.has(word.toLowerCase()) && capitalised(next)) || joins || inCharge
    const suffix = current.length > 0 && SUFFIXES.has(bare(word))
    // A middle initial that is also a word ("John A. Boehner") stays in the name.
    const initial = current.length > 0 && /^\p{Lu}\.$/u.test(word) && capitalised(next)
    // "Department of Defense", "University of Michigan": "of" goes on with an organisation's name, and after an
    // office's title to what it is of ("Chief of Staff John Kelly"; not "Rep. Steve King of Iowa", "… of South Carolina").
    const of = word === 'of' && capitalised(next) && current.length > 0 && (ORGANISATION_WORDS.has(bare(current.at(-1) as string)) || (isTitle(bare(current.at(-1) as string)) && !current.some((w) => givenName(bare(w))) && !PLACES.has(bare(next)) && !PLACE_OPENERS.has(bare(next)))) && !/['’]s$/.test(next)
    // A day of the week ends a name, and begins none: "Mr. Romney Friday called …" is Romney, "On Friday Flake
    // defended …" is Flake.
    if (WEEKDAYS.has(bare(word))) return flush()
    // A word that makes a name an organisation's goes on with the run even where the report writes it in lower
    // case too: "the United States" is not someone called United, nor "the White House" someone called White.
    const kept = capitalised(word) && !CONTRACTION.test(word) && (!common(word, lexicon) || current.at(-1) === 'of' || (current.length > 0 && ORGANISATION_WORDS.has(bare(word))) || beforeOrganisationWord(words, i) || personsWord(word, current, next, lexicon))
    // Words in capitals, one of six letters or more, before a name in small letters are a page's credit or a
    // headline's shout, not the name's first words: "REUTERS Obama", "POLITICO John Brennan", "FIGHTING ISIS Obama".
    // (Initials stay: "NBC News", "NATO Secretary General Jens Stoltenberg".)
    if (kept && current.length > 0 && /\p{Ll}/u.test(word) && current.every((w) => !/\p{Ll}/u.test(w)) && current.some((w) => w.replace(/\P{Lu}/gu, '').length >= 6)) flush()
    // A headline's verb written with a capital opens no name: "Calling Clinton", "Opposing Kavanaugh". Not before
    // a title or a longer run, where it is an adjective: "Ranking Member Collins", "Acting Attorney General …",
    // "Incoming White House Press Secretary Sean Spicer". The name after it is read as opening where the verb stood.
    if (current.length === 0 && kept && headlineVerb(word, lexicon) && shortPlainName(words, i + 1)) {
      opensAfter = { at: i + 1, before: glued ?? words[i - 1] }
      return
    }
    if ((kept && !PARTY_TAG.test(word)) || connects || suffix || initial || of) {
      if (current.length === 0) [before, index] = [opensAfter?.at === i ? opensAfter.before : (glued ?? words[i - 1]), i]
      current.push(word)
      // A possessive ends a name: "Russia's Putin" is Putin, of Russia; "ABC News’ Amy Robach" is Robach.
      if (/['’]s$|s['’]$/.test(word) && i + 1 < words.length) flush()
    } else flush()
  })
  flush()
  return runs
}

/** Given names that are also words a sentence or a headline opens with, never read as a name's first word. */
const NOT_GIVEN = new Set(['will', 'may', 'june', 'april', 'hope', 'grace', 'joy', 'rose', 'faith', 'chase', 'else'])
/** Words a title-case headline writes with a capital after a given name: a verb's form, or a small word. */
const HEADLINE_WORD = /^(?:\p{Ll}+(?:s|ed|ing)|a|an|the|and|or|but|of|to|in|on|at|by|for|with|from|as|is|was|be|not|no|his|her|its|this|that)$/u

/** Whether a capitalised word the report also writes in lower case is part of a person's name all the same:
 *  a given name before a surname that is no word ("Bill Clinton", "Mark Warner"), or a surname that is a word
 *  after a given name ("Theresa May", "Susan Rice", "Tom Price"). */
function personsWord(word: string, current: readonly string[], next: string, lexicon: Lexicon): boolean {
  const lower = bare(word)
  if (givenName(lower) && capitalised(next) && !common(next, lexicon) && !TITLES.has(bare(next)) && !ORGANISATION_WORDS.has(bare(next))) return true
  const last = current.at(-1)
  return current.length === 1 && last !== undefined && genderOfGivenName(bare(last)) !== null && surnameWord(lower)
}

/** Whether a word in lower case is a given name that may open a person's name. */
export const givenName = (lower: string): boolean => genderOfGivenName(lower) !== null && !NOT_GIVEN.has(lower)
/** Whether a word in lower case, capitalised after a given name, may be its surname: not a headline's verb, a
 *  small word, a day or a title. */
export const surnameWord = (lower: string): boolean => !HEADLINE_WORD.test(lower) && !WEEKDAYS.has(lower) && !TITLES.has(lower)

/** Whether one or two capitalised words begin at `from` and end there, none of them a title's, an office's or an
 *  organisation's word: a name alone ("Clinton", "Brett Kavanaugh"). */
function shortPlainName(words: readonly string[], from: number): boolean {
  let end = from
  // A possessive ends the name: "Fact-checking Trump's State of the Union address".
  while (end < words.length && capitalised(words[end] as string) && !(end > from && /['’]s$/.test(words[end - 1] as string))) end++
  const run = words.slice(from, end).map(bare)
  return run.length >= 1 && run.length <= 2 && run.every((w) => !TITLES.has(w) && !ROLE_NOUNS.has(w) && !ORGANISATION_WORDS.has(w))
}

/** A verb's form in "-ing" written with a capital: a common word of news, one the report also writes in lower
 *  case, one joined by a hyphen ("Fact-checking"), or a headline's in capitals ("SLAMMING"). Not a surname in
 *  "-ing" ("Manning", "Ewing"), which is none of these. */
function headlineVerb(word: string, lexicon: Lexicon): boolean {
  const lower = bare(word)
  if (!lower.endsWith('ing') || NOT_NAMES.has(lower)) return false
  return COMMON_WORDS.has(lower) || lexicon.hasLowerCase(lower) || /^\p{L}+-\p{L}+ing$/u.test(lower) || /^\p{Lu}{6,}$/u.test(word)
}

/** Whether words are all a nation's or a faith's ("Ukrainian", "Sunni Arab"): alone, they name no one. */
export const onlyDemonyms = (words: readonly string[]): boolean => words.length > 0 && words.every((w) => DEMONYMS.has(bare(w)))

/** Who one run of capitalised words names: a person, an organisation, or (a title alone) an office. */
export function readRun({ words: run, before, surname }: Run): SpeakerPhrase {
  // Initials alone ("CNN", "NSA", "GOA") name an organisation.
  // A time zone after a time ("At 6:30 p.m. ET") is no one.
  // (Not the page's calls in capitals: "SEE ALSO:", "WATCH:".)
  if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(run[0] as string) && !TITLES.has(bare(run[0] as string)) && !NOT_NAMES.has(bare(run[0] as string))) return TIME_ZONES.has(bare(run[0] as string)) ? { kind: 'unnamed' } : { kind: 'organisation', name: run[0] as string }
  const split = splitTitles(run, surname === true)
  if (isOrganisation(run, before, split)) {
    // An organisation keeps its whole name ("Justice Department", "White House"), less a leading "The".
    const name = run.filter((w, i) => i > 0 || !NOT_NAMES.has(bare(w))).map((w) => w.replace(/’s$|'s$/, ''))
    return name.length > 0 ? { kind: 'organisation', name: name.join(' ') } : { kind: 'unnamed' }
  }
  if (isPlace(run, before, split)) return { kind: 'unnamed' }
  // A nation's or a faith's word alone ("a senior Ukrainian official", "Jewish cemeteries") names no one.
  if (onlyDemonyms(split.name)) return split.role ? { kind: 'role', role: split.role } : { kind: 'unnamed' }
  // (splitTitles leaves no word that opens sentences alone, but a surname: "May said".)
  if (split.name.length > 0) return { kind: 'name', name: afterPlace(split.name, before).join(' '), role: split.role, gender: split.gender }
  return split.role ? { kind: 'role', role: split.role } : { kind: 'unnamed' }
}
