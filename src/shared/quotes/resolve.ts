// Who a phrase naming a speaker stands for, from what the report has said before it: a surname or an office
// is the full name the report gave ("Mr. Holder", "the president"), a pronoun the person it was just speaking
// of, "they" the people last named together, "the statement" whoever issued it. Where the report does not
// say, null.

import { bodyNamed } from './bodies'
import { COMMON_WORDS } from './commonWords'
import { documentAuthor } from './documentAuthors'
import { namesTogether, readSpeakerPhrase, type Lexicon, type SpeakerPhrase } from './names'
import { countBefore, type MentionIndex } from './mentionIndex'
import { bare, normalOffice, SURNAME_TITLES } from './nameRuns'
import { ROLE_NOUNS } from './nameWords'
import { SPEECH_VERBS } from './speechVerbs'
import { expandInitials, sameSpeaker, surnameOf, vowelApart } from './speakers'

/** How many paragraphs back a pronoun looks first for the person it stands for. */
export const PRONOUN_REACH = 3

export interface Context {
  text: string
  lexicon: Lexicon
  /** The people the report names outside its quotations. */
  mentions: MentionIndex
  /** The people resolved as speakers so far, with where they were attributed. */
  speakers: Array<{ at: number; speaker: string; gender: 'm' | 'f' | null }>
  /** Whether a place in the text is inside a quotation. */
  quoted?: (at: number) => boolean
  /** The sentences of the text that open with an office (officeSubjects), read when first needed. */
  offices?: Array<{ at: number; office: string }>
}

/** Words that bring in a person as someone's family, before the name with only a description between
 *  ("first lady Melania Trump", "his wife, Michelle", "President Trump's daughter and senior adviser Ivanka Trump"). */
const FAMILY_BEFORE = /\b(?:first lady|wife|husband|son|daughter|brother|sister|father|mother|widow|widower|nephew|niece|grandson|granddaughter|son-in-law|daughter-in-law)\b[^.;:!?"“”\n]{0,32}$/i

/** A name whose title a country's adjective opens: "Russian President Vladimir Putin", "Turkish Prime Minister" (a
 *  party's is no country's: "Republican Sen. Lindsey Graham"). */
const QUALIFIED_TITLE = /^(?!Republican\s)\p{Lu}\p{Ll}+(?:an|ese|ish|i|ch)\s+\p{Lu}/u

/** The full name behind a phrase, from what the report has said before `at` (or anywhere, for a name). */
export function resolve(phrase: SpeakerPhrase, at: number, context: Context): string | null {
  switch (phrase.kind) {
    case 'name': {
      if (phrase.name.includes(' ')) {
        // Two capitalised words the report never gives as a name otherwise, one of them a person's surname
        // ("Biden Drops", a headline's capitals): that person.
        if (context.mentions.has(phrase.name)) return phrase.name
        const words = phrase.name.split(' ')
        if (words.length !== 2) return phrase.name
        // The first full name bearing either word as its surname.
        const first = context.mentions.withSurname(bare(words[0] ?? ''), true)[0]
        const last = context.mentions.withSurname(bare(words.at(-1) ?? ''), true)[0]
        const known = first && last ? (first.at <= last.at ? first : last) : (first ?? last)
        return known && !phrase.name.includes(' and ') ? known.name : phrase.name
      }
      // A surname alone: the full name the report gives it. Where two people share it ("Barack Obama",
      // "Michelle Obama"), the one who holds the office named with it, else the one the report names most.
      const surname = surnameOf(phrase.name)
      // "Mr. Trump" is not "Melania Trump": a title's gender rules out a name of the other.
      const candidates = context.mentions.withSurname(surname, true).filter((m) => !(phrase.gender && m.gender && m.gender !== phrase.gender))
      if (candidates.length === 0) return misspelt(phrase.name, surname, context) ?? (commonWordAlone(phrase.name, context.text) ? null : phrase.name)
      // The surname brought in with an office ("President Trump") before any full name of it, and the full
      // names of it all of the office holder's family ("first lady Melania Trump", "his wife, Michelle Obama"):
      // the surname alone is the office holder, whose first name the report never gives.
      const titled = context.mentions.withSurname(surname, false).find((m) => !m.name.includes(' ') && m.role !== null)
      const family = (m: { at: number }): boolean => FAMILY_BEFORE.test(context.text.slice(Math.max(0, m.at - 40), m.at))
      const own = candidates.filter((m) => !family(m))
      // So is "the president" when the office's holder goes by the surname alone and the full names are family.
      if (titled && (titled.at < (candidates[0]?.at ?? 0) || (phrase.role !== null && titled.role === phrase.role)) && own.length === 0) return phrase.name
      const counts = new Map<string, number>()
      for (const m of context.mentions.withSurname(surname, false)) counts.set(m.name, (counts.get(m.name) ?? 0) + 1)
      const holder = phrase.role ? candidates.find((m) => m.role === phrase.role) : undefined
      // A surname alone is someone's own before it is their family's ("The president's elder daughter and senior
      // adviser, Ivanka Trump" is not who "Trump" is when the report names Donald Trump too).
      const best = [...new Set((own.length > 0 ? own : candidates).map((m) => m.name))].sort((x, y) => (counts.get(y) ?? 0) - (counts.get(x) ?? 0))[0]
      return holder?.name ?? best ?? phrase.name
    }
    case 'organisation':
      return expandInitials(phrase.name, context.text)
    case 'role': {
      // A report gives another country's office holder with the country ("Russian President Vladimir Putin")
      // and its own with the title alone ("President Obama"): "the president" alone is the latter.
      const all = context.mentions.withRole(phrase.role)
      const plain = all.filter((m) => !QUALIFIED_TITLE.test(context.text.slice(m.at, m.end)))
      // (An office of a state, "the Massachusetts senator", is held by one the report names with that state.)
      const ofState = phrase.of === undefined ? all : all.filter((m) => context.text.slice(Math.max(0, m.at - 30), m.end + 30).toLowerCase().includes(phrase.of as string))
      const holders = plain.length > 0 && plain.length < all.length && phrase.of === undefined ? plain : ofState
      const holder = holders[countBefore(holders, at) - 1] ?? holders[0]
      if (holder) return resolve({ kind: 'name', name: holder.name, role: holder.role, gender: holder.gender }, at, context)
      // A title's word that is also a surname, alone ("King said"), where the report names someone of that
      // surname ("Rep. Peter King"): that person, not an office.
      if (SURNAME_TITLES.has(phrase.role) && context.mentions.withSurname(phrase.role, true).length > 0) {
        return resolve({ kind: 'name', name: phrase.role.charAt(0).toUpperCase() + phrase.role.slice(1), role: null, gender: null }, at, context)
      }
      if (phrase.held) return null
      // An office brought in without a name ("a senior official … the official said") stays unnamed; one the
      // report never gives with a name ("the Massachusetts senator") is the person it was speaking of.
      const unnamed = new RegExp(`\\b(?:a|an|one)\\s+(?:[\\p{L}.'’-]+\\s+){0,4}${phrase.role}\\b`, 'iu')
      return unnamed.test(context.text.slice(0, at)) ? null : resolve({ kind: 'pronoun', gender: null }, at, context)
    }
    case 'pronoun': {
      // The person the report was just speaking of, within the two paragraphs before: the last speaker, or
      // the last person a sentence opened with, or else the last person named, whichever is nearest; of
      // the pronoun's gender where the report says it; not the one spoken to ("she told Cuomo").
      const window = paragraphWindow(context.text, at, PRONOUN_REACH)
      const { told } = phrase
      const fits = (gender: 'm' | 'f' | null, name?: string): boolean =>
        (gender === null || phrase.gender === null || gender === phrase.gender) && !(told !== undefined && name !== undefined && sameSpeaker(name, told))
      // Both lists are in the order of the text: each search runs back from `at` and stops at the first fit.
      const lastFit = <T extends { at: number; gender: 'm' | 'f' | null; name?: string; speaker?: string }>(list: readonly T[], from: number, to: number, also: (item: T) => boolean = () => true): T | undefined => {
        for (let i = countBefore(list, to) - 1; i >= 0 && (list[i] as T).at >= from; i--) {
          const item = list[i] as T
          if (fits(item.gender, item.name ?? item.speaker) && also(item)) return item
        }
        return undefined
      }
      const { mentions } = context.mentions
      const speaker = lastFit(context.speakers, window, at)
      const mention = lastFit(mentions, window, at, (m) => m.subject) ?? (speaker ? undefined : lastFit(mentions, window, at))
      // A sentence that opened with the office ("But the president said …, he will need …") is about its holder.
      const office = officeSubjectBefore(window, at, context, fits)
      if (office && office.at > (mention?.at ?? -1) && office.at > (speaker?.at ?? -1)) return office.name
      // A woman the report names as one ("Cruz campaign spokeswoman Catherine Frazier dismissed the complaints.
      // … she said"), named after those. Not so for "he": reports that write "Mr." before every man's name
      // would give each "he" to the last man named.
      // Where a woman opened the sentence before, "she" goes on with her, unless the later one is the subject
      // of a verb of speech herself ("Ocasio-Cortez said a resolution to rebuke Omar should …: “…,” she said"
      // is Ocasio-Cortez; "…, and House Minority Leader Nancy Pelosi, California Democrat, said …" is Pelosi).
      const gendered = phrase.gender !== 'f' ? undefined : lastFit(mentions, window, at, (m) => m.gender === 'f' && (mention?.gender !== 'f' || speaksNext(context.text, m.end)))
      if (gendered && gendered.at > (mention?.at ?? -1) && gendered.at > (speaker?.at ?? -1)) return wholeName(gendered, context)
      if (mention && (!speaker || mention.at > speaker.at)) return wholeName(mention, context)
      if (speaker) return speaker.speaker
      // Further back: the last person a sentence opened with or who was quoted, the report's own subject.
      const earlier = lastFit(mentions, -Infinity, window, (m) => m.subject)
      const earlierSpeaker = lastFit(context.speakers, -Infinity, window)
      return earlier && (!earlierSpeaker || earlier.at > earlierSpeaker.at) ? wholeName(earlier, context) : (earlierSpeaker?.speaker ?? null)
    }
    case 'document':
      return documentAuthor(phrase.noun, at, context)
    case 'it':
      return documentAuthor(null, at, context)
    case 'plural':
      return namedTogetherBefore(at, context)
    case 'body':
      return bodyNamed(phrase.noun, at, context)
    case 'unnamed':
      return null
  }
}

/** Whether a verb of speech follows a name in its own clause: after an aside between commas at most ("Nancy
 *  Pelosi, California Democrat, said", "her aunt, Debra Summers, said", "Melania Trump also responded",
 *  "of whom Clinton spoke"), before the sentence ends. */
function speaksNext(text: string, end: number): boolean {
  const after = /^(?:,[^,.;:!?\n]{0,60},|,)?((?:\s+\p{Ll}+){1,3})/u.exec(text.slice(end, end + 90))?.[1]
  return after !== undefined && after.trim().split(/\s+/).some((w) => SPEECH_VERBS.has(w) || w === 'spoke')
}

/** A person a pronoun stands for by the name the report gives in full: a mention by surname ("said Mr. Hicks")
 *  is the "Gregory N. Hicks" named before. */
function wholeName(mention: { name: string; role: string | null; gender: 'm' | 'f' | null; at: number }, context: Context): string {
  if (mention.name.includes(' ')) return mention.name
  const whole = resolve({ kind: 'name', name: mention.name, role: mention.role, gender: mention.gender }, mention.at, context) ?? mention.name
  // Not a headline's capitals that open with another person's surname ("Romney Raps Obama").
  const first = bare(whole.split(' ')[0] ?? '')
  return whole !== mention.name && context.mentions.withSurname(first, true).some((m) => m.name !== whole) ? mention.name : whole
}

/** A capitalised common word alone where a name should be ("Witnesses told police", "Supporters say", "Aides
 *  said"): no one, unless the report writes it beside another capitalised word anywhere, as a person's name
 *  ("Patrick Hope", "Ban Ki-moon"). */
function commonWordAlone(word: string, text: string): boolean {
  if (!COMMON_WORDS.has(bare(word)) || !/^\p{L}+$/u.test(word)) return false
  return !new RegExp(`\\p{Lu}[\\p{L}.'’-]*[ \\u00a0]${word}\\b|\\b${word}[ \\u00a0]\\p{Lu}`, 'u').test(text)
}

/** The one full name the report gives whose surname is this one with a vowel more or less ("Lowentritt" for
 *  "Lenny Loewentritt", "Frederick" for "James Fredrick"): a report that names someone once in full and later
 *  misspells the surname still means them. Only long surnames, only a vowel ("Johnston" is not "Johnson"), and
 *  only a spelling the report writes once: a slip, not the name of someone it goes on about ("Sanders" is not
 *  "Lee Saunders"). */
function misspelt(word: string, surname: string, context: Context): string | null {
  if (surname.length < 6) return null
  const once = context.text.indexOf(word)
  if (once >= 0 && context.text.indexOf(word, once + word.length) >= 0) return null
  let found: string | null = null
  for (const m of context.mentions.mentions) {
    if (m.name === found || !m.name.includes(' ') || !vowelApart(surnameOf(m.name), surname)) continue
    if (found !== null) return null
    found = m.name
  }
  return found
}

/** A sentence that opens with an office in lower case ("But the president said", "The senator added", "The
 *  president from the start was …"). */
const OFFICE_SUBJECT = /(?:^|[.!?]["”’]?\s+|\n)(?:(?:But|And|Yet|So|Still|Later|Then)\s+)?[Tt]he\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}?)(\p{Ll}[\p{Ll}-]*)\s+(?=\p{Ll})/gu
/** The rest of a sentence that is someone else's words about the office: "…the president alone isn't to blame, Roberts said". */
const SOMEONE_SAID = /^[^.!?]*?,\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:said|says|told|added|argued|wrote)\b/u

/** The sentences of the report that open with an office, where each office word ends: read once for the
 *  report, not again for each pronoun. */
function officeSubjects(context: Context): Array<{ at: number; office: string }> {
  if (context.offices) return context.offices
  const { text } = context
  const offices: Array<{ at: number; office: string }> = []
  OFFICE_SUBJECT.lastIndex = 0
  for (const m of text.matchAll(OFFICE_SUBJECT)) {
    const noun = m[2] ?? ''
    const at = (m.index ?? 0) + m[0].length
    if (ROLE_NOUNS.has(noun) && !SOMEONE_SAID.test(text.slice(at, at + 300))) offices.push({ at, office: normalOffice(noun, `${m[1] ?? ''}${noun}`.split(/\s+/)) as string })
  }
  context.offices = offices
  return offices
}

/** The last sentence between `from` and `at`, outside the quotations, that opens with an office whose holder
 *  the report has named, of the pronoun's gender: where it is, and the holder (the one the report names most,
 *  where it names several: "the president" of a report about one president that recalls another). */
function officeSubjectBefore(from: number, at: number, context: Context, fits: (gender: 'm' | 'f' | null, name: string) => boolean): { at: number; name: string } | undefined {
  const offices = officeSubjects(context)
  for (let i = countBefore(offices, at) - 1; i >= 0 && (offices[i] as { at: number }).at >= from; i--) {
    const { at: place, office } = offices[i] as { at: number; office: string }
    if (context.quoted?.(place)) continue
    const holders = context.mentions.withRole(office)
    const holder = mostNamed(holders.map((h) => h.name), context)
    const gender = holders.find((h) => h.name === holder)?.gender ?? null
    if (holder && fits(gender, holder)) return { at: place, name: holder }
  }
  return undefined
}

/** Of some names, the one the report names most often (the first of equals). */
function mostNamed(names: readonly string[], context: Context): string | undefined {
  const distinct = [...new Set(names)]
  if (distinct.length <= 1) return distinct[0]
  const times = (name: string): number => context.mentions.withSurname(surnameOf(name), false).filter((m) => m.name === name).length
  return distinct.reduce((best, name) => (times(name) > times(best) ? name : best))
}

/** The people last named together at the head of a sentence ("Sens. Rand Paul, Ted Cruz and Mike Lee are…"),
 *  within a few paragraphs before `at`. */
function namedTogetherBefore(at: number, context: Context): string | null {
  const { text } = context
  const from = paragraphWindow(text, at, PRONOUN_REACH)
  const heads = [...text.slice(from, at).matchAll(GROUP_HEAD)].reverse()
  // People quoted together since ("…,” analysts Victor Cha and David Kang wrote"), nearer than any such opening.
  const quotedTogether = context.speakers.findLast((s) => s.at >= from && s.at < at && s.speaker.includes(' and '))
  if (quotedTogether && quotedTogether.at > from + (heads[0]?.index ?? -1)) return quotedTogether.speaker
  for (const head of heads) {
    // Surnames alone ("Paul, Lee and Cruz") stand for the full names the report gave them.
    const together = namesTogether(head[1] ?? '', context.lexicon, true)
    if (together?.kind !== 'name') continue
    // "The NRA’s Wayne LaPierre and Chris Cox issued a joint statement": they speak for their body.
    const owner = BODY_OWNER.exec(head[1] ?? '')?.[1]
    const body = owner === undefined ? null : readSpeakerPhrase(owner, context.lexicon)
    if (owner !== undefined && (body?.kind === 'organisation' || /^\p{Lu}{2,6}$/u.test(owner))) return resolve({ kind: 'organisation', name: body?.kind === 'organisation' ? body.name : owner }, at, context)
    const names = together.name.split(/, | and /).map((name) => resolve({ kind: 'name', name, role: null, gender: null }, at, context) ?? name)
    return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
  }
  return null
}

/** A body's possessive opening people named together: "The NRA’s Wayne LaPierre and Chris Cox". */
const BODY_OWNER = /^(?:[Tt]he\s+)?(\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,4}?)['’]s\s+\p{Lu}/u

const NAME_PART = String.raw`(?:(?:Sens?|Reps?|Govs?|Mr|Mrs|Ms|Dr)\.\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*`
/** A sentence that opens with names joined by commas and "and". */
const GROUP_HEAD = new RegExp(String.raw`(?:^|[.!?]["”’]?\s+|
)(${NAME_PART}(?:\s*,\s*${NAME_PART})*,?\s+and\s+${NAME_PART})`, 'gu')

/** Where the paragraph `back` paragraphs before the one holding `at` starts. */
export function paragraphWindow(text: string, at: number, back: number): number {
  let i = at
  for (let n = 0; n <= back; n++) {
    const newline = text.lastIndexOf('\n', i - 1)
    if (newline < 0) return 0
    i = newline
    while (i > 0 && text[i - 1] === '\n') i--
  }
  return i + 1
}
