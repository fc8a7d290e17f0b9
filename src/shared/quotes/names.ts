// Who a phrase names, as news reports name people: "White House spokesman Jay Carney", "Rep. Darrell E.
// Issa", "Mr. Holder", "the president", "he", "they", "the Pentagon", "a senior official", "the statement".
// The phrase right before or after a speech verb is read for the last person in it; a sentence's opening
// for its subject. Written for speed: the quote ledger reads every report each time a comparison opens, and
// a general language library takes many times the alignment's own time.

import { CONNECTORS, DOCUMENTS, LEADING_WORDS, ORGANISATION_WORDS, PLACES, ROLE_NOUNS, TITLES } from './nameWords'
import { bare, capitalisedRuns, normalOffice, onlyDemonyms, readRun, splitTitles, wordsOf } from './nameRuns'
import type { SpeakerPhrase } from './speakerPhrase'
import type { Lexicon } from './lexicon'
import { BODY_NOUNS } from './bodies'

export { splitTitles } from './nameRuns'
export type { SpeakerPhrase } from './speakerPhrase'
export { lexiconOf, type Lexicon } from './lexicon'

/** The phrase's words less the "But", "Later" and the like it opens with. */
function phraseWords(phrase: string): string[] {
  let words = wordsOf(phrase)
  // A dateline before the sentence: "WASHINGTON –", "NEW YORK (Reuters) -".
  const dash = words.findIndex((w) => /^(?:[-–—]|--)$/.test(w))
  if (dash > 0 && dash <= 4 && words.slice(0, dash).every((w) => /^(?:\p{Lu}[\p{Lu}.'’-]+|\(\p{L}+\))$/u.test(w))) words = words.slice(dash + 1)
  // And "as", which brings in an attribution: "and as the judge wrote" is the judge.
  while (words.length > 1 && (LEADING_WORDS.has(bare(words[0] as string)) || bare(words[0] as string) === 'as')) words = words.slice(1)
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
    // "his statement said", "her written testimony says": the one the pronoun stands for wrote it.
    if ((first === 'his' || first === 'her') && words.length <= 3 && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) return { kind: 'pronoun', gender: first === 'his' ? 'm' : 'f' }
    if (/^(?:the|a|an|his|her|its|their|this|that)$/.test(first)) return { kind: 'document', noun: lastNoun }
    // "GM's lone statement": its owner speaks.
    if (/['’]s$/.test(words[0] ?? '')) {
      const owner = capitalisedRuns([(words[0] as string).replace(/['’]s$/, '')], lexicon)[0]
      if (owner) return readRun(owner)
    }
  }
  // "the report's introduction says", "the letter's closing line": a part of a document speaks for it.
  const owner = words.length >= 3 && words.length <= 4 && first === 'the' ? bare(words[1] as string) : ''
  if (DOCUMENTS.has(owner) && /['’]s$/.test(words[1] as string) && words.slice(2).every((w) => /^\p{Ll}/u.test(w))) return { kind: 'document', noun: owner }
  if (first === 'he' || first === 'she') return words.length <= 2 ? { kind: 'pronoun', gender: first === 'he' ? 'm' : 'f' } : null
  if (first === 'they' && words.length <= 2) return { kind: 'plural' }
  if (first === 'it' && words.length <= 2) return { kind: 'it' }
  // "the agency", "committee leaders" (who write for it): the body of that kind the report named.
  if (words.length === 2 && first === 'the' && BODY_NOUNS.has(lastNoun) && /^\p{Ll}/u.test(words[1] as string)) return { kind: 'body', noun: lastNoun }
  if (words.length === 2 && BODY_NOUNS.has(first) && /^\p{Ll}/u.test(words[0] as string) && /^(?:leaders|chairmen)$/.test(lastNoun)) return { kind: 'body', noun: first }
  // "the three conservatives", "both senators".
  if ((first === 'the' || first === 'both') && words.length <= 4 && words.slice(1).some((w) => /^(?:two|three|four|five|both)$/i.test(w)) && /s$/.test(lastNoun)) return { kind: 'plural' }
  const lastWord = bare(words.at(-1) ?? '')
  // "the Vermont Democrat", "the Texas Republican": a legislator the report was speaking of, by party.
  if (first === 'the' && words.length <= 4 && PARTY_MEMBERS.has(lastWord)) return { kind: 'role', role: lastWord }
  // "the chair of the House Judiciary Committee": the office, before what it is of.
  const of = words.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of')
  if (first === 'the' && of > 1 && of <= 4 && ROLE_NOUNS.has(bare(words[of - 1] as string)) && /^\p{Ll}/u.test(words[of - 1] as string)) {
    return { kind: 'role', role: normalOffice(bare(words[of - 1] as string), words.slice(0, of).map(bare)) as string }
  }
  const body = bodyOf(words)
  if (body && body.at(-1) === words.at(-1) && words.length - body.length <= 1) return { kind: 'organisation', name: body.join(' ') }
  // "a spokesman for the National Peace Committee of Korea": the body they speak for, by its whole name (a
  // person's spokesman, "a spokesman for Prime Minister Theresa May", is read as before: the person).
  const spokenFor = SPOKESPERSON_FOR.exec(words.join(' '))?.[1]
  if (spokenFor !== undefined && readSpeakerPhrase(spokenFor, lexicon).kind === 'organisation') return { kind: 'organisation', name: spokenFor }
  // "Australia's prime minister": the office, of the place or body named before it.
  if (words.length <= 4 && /^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[0] ?? '') && ROLE_NOUNS.has(lastWord) && TITLES.has(lastWord) && words.slice(1).every((w) => /^\p{Ll}/u.test(w))) {
    return { kind: 'role', role: normalOffice(lastWord, words.slice(1).map(bare)) as string, held: true }
  }
  if (ROLE_NOUNS.has(lastWord) && /^\p{Ll}/u.test(words.at(-1) ?? '') && words.length <= 8) {
    // "her attorney", "his spokesman": someone's, not the one the pronoun stands for; no one unless the report
    // names who holds it (as "Australia's prime minister").
    if (first === 'his' || first === 'her') return { kind: 'role', role: normalOffice(lastWord, words.map(bare)) as string, held: true }
    if (first === 'the') {
      // "The Massachusetts senator": the office of that state.
      const state = words.slice(1, -1).join(' ')
      const of = state !== '' && PLACES.has(bare(words.at(-2) as string)) && /^\p{Lu}/u.test(state) ? { of: state.toLowerCase() } : {}
      return { kind: 'role', role: normalOffice(lastWord, words.map(bare)) as string, ...of }
    }
    if (first === 'a' || first === 'an') {
      // "An NBC News spokesperson", "a Yahoo spokeswoman": the organisation speaks through them.
      // Not "a senior Ukrainian security official", "a U.S. defense official": a nation's word or initials say
      // only where they are from.
      const run = SPOKESPEOPLE.has(lastWord) ? capitalisedRuns(words.slice(1, -1), lexicon)[0] : undefined
      return run && !onlyDemonyms(run.words) && !run.words.every((w) => COUNTRY_INITIALS.has(w)) ? { kind: 'organisation', name: run.words.join(' ').replace(/['’]s$/, '') } : { kind: 'unnamed' }
    }
  }
  return null
}

/** The words naming a body of the place or person named before it, by its whole name ("China's foreign
 *  ministry", "Grassley's office"): a possessive, then up to three words in lower case, the last of them a word
 *  for an organisation; or null. */
function bodyOf(words: readonly string[]): readonly string[] | null {
  // A title before the possessive is the person's, not the body's: "Mr. Boehner’s office" is Boehner's office.
  const at = /^(?:mr|mrs|ms|dr|sen|rep|gov)$/.test(bare(words[0] ?? '')) ? 1 : 0
  if (!/^\p{Lu}[\p{L}.-]*['’]s$/u.test(words[at] ?? '')) return null
  for (let k = at + 1; k <= at + 3 && k < words.length; k++) {
    const word = words[k] as string
    if (!/^\p{Ll}/u.test(word)) return null
    // Not the body's officer: "Clinton's campaign manager argued" is a person.
    if (ORGANISATION_WORDS.has(bare(word))) return /^\p{Ll}[\p{Ll}-]*(?:er|or|man|woman|person)$/u.test(words[k + 1] ?? '') ? null : words.slice(at, k + 1)
  }
  return null
}

/** Whether words after a preposition are a short phrase of time and a verb: "the time seemed", "Tuesday said". */
function timeThenVerb(words: readonly string[]): boolean {
  const verb = words.slice(0, 4).findIndex((w) => verbish(w))
  return verb > 0 && TIME_WORDS.has(bare(words[verb - 1] as string)) && words.slice(0, verb).every((w) => !/[,;:]$/.test(w))
}
const TIME_WORDS = new Set('time moment monday tuesday wednesday thursday friday saturday sunday weekend morning afternoon evening night week month year'.split(' '))

/** A document, a few words about it, and "from" its sender, named in capitals: "an email from Lerner". */
const DOCUMENT_FROM = new RegExp(
  String.raw`^(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]his|[Tt]hat)\s+(?:[\p{Ll}-]+\s+)?(?:${[...DOCUMENTS].join('|')})s?\s+(?:[^,;:\s]+\s+){0,4}?from\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})$`,
  'u',
)

/** The sender of a document named in the phrase: "One email dated February 2011 from Lerner" is Lerner (a
 *  name after "from" is otherwise read as a place); or null. */
export function documentSender(phrase: string, lexicon: Lexicon): SpeakerPhrase | null {
  const sender = DOCUMENT_FROM.exec(phrase.trim())?.[1]
  if (sender === undefined) return null
  const author = readSpeakerPhrase(sender, lexicon)
  return author.kind === 'name' || author.kind === 'organisation' ? author : null
}

/** Whether a word reads as a verb after a name ("Cohen has confirmed", "Warren attacked"), so the name is a subject, not an adjective. */
function verbish(word: string): boolean {
  const w = word.toLowerCase()
  return AUXILIARIES.has(w) || /ed$/.test(w)
}
/** A verb in the negative after a name makes it the subject too: "McCain didn't single out Cruz but blamed". */
const NEGATIVE = /n['’]t$/
const AUXILIARIES = new Set(
  (
    'has have had is was were are will would could should can may might must did does do also then now later never not still already once ' +
    'says said tells told adds added notes calls claims warns argues insists confirms denies believes wants thinks knows writes wrote'
  ).split(' '),
)

/** Words that follow a name without making it an adjective: "Mark Krikorian of the Center…", "Smith and Jones". */
const LINKS = new Set('of for in at from and or who which with on to as'.split(' '))

const PARTY_MEMBERS = new Set(['democrat', 'republican'])

const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'their'])

/** Words for people, in lower case, that capitals before them can describe: "House investigators", "Las Vegas attorney". */
const DESCRIBED = new Set(
  [...ROLE_NOUNS].filter((w) => !w.startsWith('spokes') && w !== 'justice' && w !== 'judge').flatMap((w) => [w, `${w}s`]).concat(
    'investigators lawmakers prosecutors analysts residents protesters aides staffers members sources experts critics supporters voters activists advocates attorneys lawyers agents witnesses officials leaders observers diplomats negotiators researchers scientists doctors'.split(' '),
  ),
)
/** Words that may come before such capitals at a sentence's head. */
const OPENERS = new Set(['one', 'a', 'an', 'the', 'some', 'two', 'three', 'several', 'many', 'other', 'another', 'most', 'few'])

const PREPOSITIONS = new Set('of in on at for with from to after before during since about amid despite ahead'.split(' '))

/** An unnamed spokesperson and the body, named in capitals, they speak for. */
const SPOKESPERSON_FOR = /^(?:a|an|one)\s+(?:[\p{Ll}-]+\s+)?(?:spokesman|spokeswoman|spokesperson)\s+for\s+(?:the\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|and|the|for|&)\s+)*\p{Lu}[\p{L}.'’&-]*){0,6})$/u

/** A country's initials, which say where someone is from as its people's word does ("a US official"). */
const COUNTRY_INITIALS: ReadonlySet<string> = new Set(['U.S.', 'US', 'U.K.', 'UK'])

/** Who speaks for an organisation without being named. */
const SPOKESPEOPLE = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official', 'statement'])

/** Who the phrase right before or after a speech verb names: the last person in it, else the last
 *  organisation, else an office. */
export function readSpeakerPhrase(phrase: string, lexicon: Lexicon): SpeakerPhrase {
  const words = phraseWords(phrase)
  if (words.length === 0) return { kind: 'unnamed' }
  const simple = pronounOrOffice(words, lexicon)
  if (simple) return simple
  const sender = documentSender(phrase, lexicon)
  if (sender) return sender
  // Several people speaking together: "Sens. Rand Paul, Ted Cruz and Mike Lee".
  const together = namesTogether(phrase, lexicon)
  if (together) return together
  let fallback: SpeakerPhrase = { kind: 'unnamed' }
  for (const run of capitalisedRuns(words, lexicon).reverse()) {
    // A name used as an adjective, before a word in lower case ("Catholic bishops", "the Texas senator").
    const next = words[run.index + run.words.length]
    const read = readRun(run)
    // An organisation before its spokesman speaks through them: "An ABC News spokesman on Thursday told".
    const through = read.kind === 'organisation' && next !== undefined && /^spokes/.test(next)
    if (next !== undefined && /^\p{Ll}/u.test(next) && !LINKS.has(next.toLowerCase()) && !verbish(next) && !through) continue
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
  // "The memo that Rosenstein wrote …", "The heavily redacted memo …": the document speaks for its author.
  if (DETERMINERS.has(first)) {
    const noun = words.slice(1, 4).findIndex((w) => DOCUMENTS.has(bare(w)))
    if (noun >= 0 && /^\p{Ll}/u.test(words[noun + 1] as string)) {
      // Capitals before the noun that name no one are a description: "The Democratic lawsuit rejected …".
      const author = capitalisedRuns(words.slice(1, noun + 1), lexicon).map(readRun).find((r) => r.kind === 'name' || r.kind === 'organisation')
      if (!author) return { kind: 'document', noun: bare(words[noun + 1] as string) }
    }
  }
  // "China's foreign ministry appealed for calm": the body, by its whole name.
  const body = bodyOf(words)
  if (body) return { kind: 'organisation', name: body.join(' ') }
  const run = capitalisedRuns(words, lexicon)[0]
  // "House investigators say", "One Las Vegas attorney representing victims slammed": capitals that only say
  // who the people speaking are, who are unnamed (not "Cruz spokeswoman Catherine Frazier said").
  const described = run ? words[run.index + run.words.length] : undefined
  if (run && described !== undefined && DESCRIBED.has(described) && words.slice(0, run.index).every((w) => OPENERS.has(w.toLowerCase()))) {
    const after = capitalisedRuns(words.slice(run.index + run.words.length, run.index + run.words.length + 6), lexicon)
    if (after.length === 0) return { kind: 'unnamed' }
  }
  // "Ahead of her endorsement", "In a statement", "Addressing the matter": an opening phrase, not a subject.
  const next = run ? words[run.index + run.words.length] : undefined
  // But a name, a phrase of time and a verb is a subject: "Psaki at the time seemed to admit".
  if (run && run.words.length === 1 && next !== undefined && PREPOSITIONS.has(next.toLowerCase()) && !timeThenVerb(words.slice(run.index + 2))) return { kind: 'unnamed' }
  if (run && run.index === 0 && run.words.length === 1 && /ing$/.test(run.words[0] as string) && DETERMINERS.has(next?.toLowerCase() ?? '')) return { kind: 'unnamed' }
  // (After "the", or a name's particle in lower case: "de Blasio spoke …".)
  if (run && (run.index === 0 || (run.index === 1 && (first === 'the' || CONNECTORS.has(first))))) {
    const read = readRun(run)
    // "AP media relations manager Erin Madigan White issued…": an organisation or an office described
    // before the person who is the subject.
    // A person with a title ("President Trump took to Twitter") is the subject already.
    if (read.kind !== 'name' || (!read.name.includes(' ') && !splitTitles(run.words).titled)) {
      const person = capitalisedRuns(words.slice(0, 10), lexicon).find((r) => r.index > run.index && words.slice(run.index + run.words.length, r.index).every((w) => /^\p{Ll}/u.test(w) && !verbish(w) && !NEGATIVE.test(w)))
      const named = person ? readRun(person) : null
      if (named?.kind === 'name') return named
    }
    // "America’s top diplomat was particularly barbed", "Melania Trump’s spokeswoman has said": the holder of the
    // office, if the report names one, not its owner (whose statement, tweets or response are the owner's own, as is
    // its "official Twitter feed").
    const office = /['’]s$/.test(run.words.at(-1) as string) ? words.slice(run.index + run.words.length, run.index + run.words.length + 3).find((w) => /^\p{Ll}/u.test(w) && ((ROLE_NOUNS.has(bare(w)) && bare(w) !== 'official') || bare(w) === 'diplomat')) : undefined
    if (office !== undefined) return { kind: 'role', role: bare(office), held: true }
    return read
  }
  const office = words.slice(0, 4).findIndex((w, i) => i > 0 && ROLE_NOUNS.has(bare(w)) && /^\p{Ll}/u.test(w))
  return first === 'the' && office > 0 ? { kind: 'role', role: bare(words[office] as string) } : { kind: 'unnamed' }
}

/** How the attribution names the speaker, in short: "Carney", "he", "the president", "the Pentagon". */
export function namedIn(phrase: SpeakerPhrase): string | null {
  switch (phrase.kind) {
    case 'name':
    case 'organisation':
      return phrase.name
    case 'pronoun':
      return phrase.gender === 'f' ? 'she' : 'he'
    case 'role':
      return `the ${phrase.role}`
    case 'document':
      return `the ${phrase.noun}`
    case 'plural':
      return 'they'
    case 'it':
      return 'it'
    case 'body':
      return `the ${phrase.noun}`
    case 'unnamed':
      return null
  }
}
