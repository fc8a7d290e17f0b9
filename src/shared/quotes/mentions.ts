// The people a report names, where it names them: a name of two or more words (not an organisation or a
// place), or one word with a title ("Mr. Holder"), and after it each mention of the surname alone, under the
// full name; whether the name opens its sentence (the person the sentence is about).

import { CONNECTORS, isPlaceWord, LEADING_WORDS, ROLE_NOUNS, TITLES } from './nameWords'
import { afterPlace } from './headlineNames'
import { bare, capitalisedRuns, givenName, isOrganisation, isPlace, splitTitles, type Run } from './nameRuns'
import { COMMON_WORDS } from './commonWords'
import type { Lexicon } from './lexicon'
import { bareNumber, hasBlank, mayBeKnown, nameRunScanner, numberOf, wordBefore, type NameRunAt } from './nameScan'
import { genderOfGivenName } from './nameGenders'
import { surnameOf } from './speakers'

/** A person named in a report, where the name appears. */
export interface PersonMention {
  readonly at: number
  /** Where the words naming the person end. */
  readonly end: number
  readonly name: string
  readonly role: string | null
  readonly gender: 'm' | 'f' | null
  /** Whether the name opens its sentence (after a "But" or an opening phrase): the person the sentence is about. */
  readonly subject: boolean
}

const NAME_WORD = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Rep|Sen|Gov|Lt|Gen|Col|Adm|Capt|Sgt|Rev|St|Jr|Sr)\.|(?:\p{Lu}\.)+|\p{Lu}[\p{L}'’\-]*)`
/** A surname after a first name with the article some outlets join to it: "Bashar al-Assad", "Abdel Fattah el-Sisi". */
const ARTICLE_SURNAME = String.raw`(?:al|el)-\p{Lu}[\p{L}'’\-]*`
const NAME_CONNECTOR = `(?:${[...CONNECTORS].map((c) => c.replace('.', '\\.')).join('|')})`
/** A run of capitalised words, with the connectors names carry, on one line; a comma or a full stop (not an initial's or a title's) ends it.
 *  It opens with a look for a capital, which most places fail at once, before the look behind. */
export const NAME_RUN = new RegExp(`(?=\\p{Lu})(?<![\\p{L}\\p{N}'’])${NAME_WORD}(?:[ \\t]+(?:${NAME_CONNECTOR}[ \\t]+)?(?:${NAME_WORD}|${ARTICLE_SURNAME}))*`, 'gu')
const NAME_RUN_AT = new RegExp(NAME_RUN.source, 'uy')

/** The first run of NAME_RUN at or after `from`, as its search would find it (nameScan.ts). */
export const nextNameRun = (text: string, from: number): NameRunAt | null => nameRunScanner(text, NAME_RUN_AT)(from)

/** Words before a name that say whether the person is a woman or a man. */
const DESCRIBED_GENDER = new Map<string, 'm' | 'f'>([
  ...'lady wife widow mother daughter sister grandmother woman businesswoman actress congresswoman spokeswoman chairwoman'.split(' ').map((w) => [w, 'f'] as const),
  ...'husband widower father son brother grandfather man businessman actor congressman spokesman chairman'.split(' ').map((w) => [w, 'm'] as const),
])
/** The numbers (nameScan.ts) of the titles. */
const TITLE_NUMBERS = [...TITLES].map(numberOf)

const ARTICLES = /^(?:the|a|an|this|that|these|those|its|their|our)$/i
/** What follows a dateline's place: a state or country after a comma, an agency in brackets, or a dash. */
const DATELINE_AFTER = /^(?:,\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?)?\s*(?:\([^)\n]{1,40}\)\s*)?[-–—]\s/u

const SENTENCE_BREAK = /[.!?]\s|[.!?,]["”’]\s|\n|\p{Ll}[.!?]["”]?(?=\p{Lu})/gu

/** Whether the words before `at`, back to the sentence's start, leave the name at its head. */
function opensSentence(text: string, at: number, end: number): boolean {
  const from = Math.max(0, at - 160)
  const before = text.slice(from, at)
  // The one a verb of speech put after its clause names: "…, writes former staffer Thomas Graham in a commentary";
  // not the subject of the words reported ("…, said Trump was given every opportunity").
  const inverted = INVERTED_SPEAKER.exec(before)
  if (inverted && !inverted[1]?.split(/\s+/).some((w) => NOT_DESCRIPTION.has(w.toLowerCase()) || NEGATED.test(w)) && NAME_ENDS_CLAUSE.test(text.slice(end, end + 12))) return true
  // A sentence ends at a full stop and a space, a line's end, a quotation closed after its own punctuation
  // ("…,” Obama said"; not the “balance” Obama wants), or a full stop run into the next sentence ("said.The").
  let stop = -1
  SENTENCE_BREAK.lastIndex = 0
  for (let m = SENTENCE_BREAK.exec(before); m; m = SENTENCE_BREAK.exec(before)) stop = m.index + m[0].length - 1
  if (stop < 0 && from > 0) return false
  // A title's word in lower case before the name is part of who the subject is ("On Tuesday, former President Bill
  // Clinton"), and an adverb may open the sentence ("Even President Obama himself has hinted").
  const titled = before.slice(stop + 1).trim().replace(BEFORE_TITLE, '')
  const lead = (VERB_NEXT.test(text.slice(end, end + 30)) ? titled.replace(DESCRIBED_BY_ADJECTIVE, '') : titled).replace(OPENING_ADVERB, '')
  // An opening phrase before the name ("In a letter, Issa…"), short and with no verb of its own.
  if (lead === '' || LEADING_WORDS.has(lead.toLowerCase()) || WHEN_LEAD.test(lead)) return true
  // The initials a run of names starts inside, at the sentence's head: "U.S. Attorney General Eric Holder" (read from "S.").
  if (/^(?:\p{Lu}\.)+$/u.test(lead)) return true
  // Who the person is, written before the name at the sentence's head: "HHS spokesperson Michael Caputo said";
  // or whose: "Jordan's King Abdullah II urged", "Trump's lawyer Rudy Giuliani said".
  if (describedLead(lead) || ownerLead(lead)) return true
  if (!/,$/.test(lead) || /\b(?:said|says|told|added|wrote)\b/.test(lead)) return false
  // A longer one when it is a participle's or a preposition's phrase, with no comma inside: "Questioned at a
  // press conference in Manila on the effectiveness of his foreign policy, Obama defended …".
  const words = lead.split(/\s+/)
  return words.length <= 6 || (words.length <= 20 && !lead.slice(0, -1).includes(',') && OPENING_PHRASE.test(lead))
}

/** A name, possessive, at the sentence's head before a name, and what they are to them ("Trump's lawyer"). */
const OWNER_LEAD = /^(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?)['’]s((?:\s+\p{Ll}+){0,2})$/u

/** Whether the words before a name at the sentence's head say whose they are: a country's or a network's
 *  ("Jordan's King Abdullah II urged", "MSNBC's Chuck Todd summed up"), or someone's with what they are to
 *  them ("Trump's lawyer Rudy Giuliani said"). */
function ownerLead(lead: string): boolean {
  const found = OWNER_LEAD.exec(lead)
  if (!found) return false
  const owner = found[1] as string
  return (found[2] ?? '') !== '' || /^\p{Lu}{2,6}$/u.test(owner) || owner.split(/\s+/).every((w) => isPlaceWord(w.toLowerCase()))
}

/** Words in lower case that go with a title before a name: "former President", "then-Secretary". */
const BEFORE_TITLE = /(?:^|\s+)(?:former|then|late|acting|outgoing|incoming|retired)$/
/** An article and an adjective before a name ("Following its failure, an emotional McConnell", "the embattled
 *  Christie"), known by its ending: not a noun, whose name after it is not the subject ("The policy Christie enacted"). */
const DESCRIBED_BY_ADJECTIVE = /(?:^|\s+)(?:[Aa]n?|[Tt]he)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:al|ed|ful|ive|ous|ant|ent|ic|less|able|ible)$/u
/** A verb in the past or present tense right after a name: the name is its subject ("McConnell expressed"), not an
 *  adjective ("an ardent Trump supporter"). */
const VERB_NEXT = /^\s+(?:\p{Ll}+ly\s+)?\p{Ll}{2,}(?:ed|es)\b/u
/** An adverb that opens a sentence before its subject: "Even", "Only", "And even". */
const OPENING_ADVERB = /^(?:(?:And|But|Yet)\s+)?(?:Even|Only|Indeed|Perhaps|Certainly)$/
/** A clause's verb of speech after a comma, and what it says the speaker is, up to the name ("said former … staffer").
 *  Not "told", whose name is the one spoken to. */
const INVERTED_SPEAKER = /,["”’]?\s+(?:said|says|writes|wrote|added|adds|argued|argues|noted|notes|explained|explains)((?:\s+[\p{L}.'’-]+){0,7})\s+$/u
/** Words that end the description after an inverted verb: the name after them is not the speaker ("said on
 *  Tuesday that John Smith…", "writes in a letter to Senator …"). */
const NOT_DESCRIPTION = new Set('that to with in on at for whether and or him her them reporters about by from if when he she they it is was are were be been not do does did has have had will would can could may might must should'.split(' '))
/** A word of a clause, not of a description: a verb with its negation run in ("doesn't", "won't"). */
const NEGATED = /n['’]t$/
/** After the name, the end of the attribution: punctuation, or a phrase of where, when or what the person is. */
const NAME_ENDS_CLAUSE = /^(?:['’]s\s)?(?:\s*[,.;:!?—–(]|\s+(?:in|of|at|on|for|from|during|who|when|after|before)\b|\s*$)/
/** A sentence's opening that only says when, with no comma after it: "On Friday Flake defended". */
const WHEN_LEAD = /^(?:(?:On|Late|Early|Earlier|Later|Last|This|By)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?$/

/** The words of a sentence's head that say who the name after them is: capitalised words (a body), then an
 *  office in lower case ("HHS spokesperson", "White House press secretary"); no verb among them. */
const DESCRIBED_LEAD = /^(?:(?:the|The|former|Former)\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){1,4}((?:\p{Ll}[\p{Ll}-]*\s+){0,2})(\p{Ll}[\p{Ll}-]*)$/u
function describedLead(lead: string): boolean {
  const m = DESCRIBED_LEAD.exec(lead)
  if (!m?.[2] || !(ROLE_NOUNS.has(m[2]) || DESCRIBED_AS.has(m[2]))) return false
  return !(m[1] ?? '').split(/\s+/).some((w) => /ed$/.test(w) || AUXILIARY_VERBS.has(w))
}
const AUXILIARY_VERBS = new Set('is was has had will would said says told tells also'.split(' '))
/** What someone is, besides an office, that a report writes before their name: "Filipino priest Joel Camaya". */
const DESCRIBED_AS = new Set('priest pastor rabbi imam professor student teacher doctor nurse researcher scientist scholar historian'.split(' '))

/** The first word of an opening phrase: a participle, a preposition, or a conjunction that opens a clause before
 *  the sentence's own ("When he arrived in the United States on Tuesday, Francis …"). */
const OPENING_PHRASE = /^(?:\p{Lu}\p{Ll}+(?:ed|ing)|In|At|On|During|After|Before|Since|Despite|Amid|Following|Speaking|Asked|Questioned|Pressed|When|While|As|Once|Although|Though|Because)\s/u

/** Whether a name at the head of a sentence only describes the person named next, whose office it gives:
 *  "Boehner spokesman Michael Steel said" is about Steel. */
function describesNext(text: string, end: number): boolean {
  const office = /^(?:['’]s)?\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(\p{Ll}[\p{Ll}-]*)\s+\p{Lu}/u.exec(text.slice(end, end + 60))
  return office?.[1] !== undefined && (TITLES.has(office[1]) || ROLE_NOUNS.has(office[1]))
}

/** The words before a run that change how it is read: an article ("the South Dakota school", "the Pentagon")
 *  or a word that makes it a place ("in Ohio"). Any other word reads it as no word before it does. */
const TELLING_BEFORE = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'their', 'our', 'in', 'of', 'from', 'at', 'near', 'across', 'outside', 'to'])

/** The word before a run, in lower case, when it changes how the run is read; else ''. */
function tellingWord(before: string | undefined): string {
  if (before === undefined || before.length > 7) return ''
  const lower = before.toLowerCase()
  return TELLING_BEFORE.has(lower) ? lower : ''
}

/** A run's reading: its name and titles, or null for one that names no person. */
type Reading = ReturnType<typeof splitTitles>

/** A run of capitalised words as found, split into the runs names are read from. */
interface Cut {
  found: string[]
  runs: Run[]
  /** Each run's length as its words joined by a space. */
  lengths: number[]
  /** Each run's reading, by the word before it. */
  reads: Array<Map<string, Reading | null>>
}

/** A verb of speech right after a name: the one who says something is who the sentence is about, wherever the
 *  name stands in it ("Even if it never becomes federal law, Conti said, …"; "… — but Mr. Pai said …"). */
const SPEAKS_NEXT = /^\s+(?:(?:has|had|also|later|then)\s+)?(?:said|says|told|tells|wrote|writes|added|adds|argued|argues|noted|explained|insisted|warned|stated|acknowledged|promised)\b/

/** A word that makes what follows it a clause about something else: "after Nixon said", "as Holmes also said". */
const SUBORDINATE_BEFORE = /(?:^|\s)(?:after|before|as|when|while|since|until|because|than|if|though|although|unless|once|where)\s+(?:\p{Lu}\p{Ll}*\.\s+)?$/iu
function speaksNext(text: string, at: number, end: number): boolean {
  return SPEAKS_NEXT.test(text.slice(end, end + 24)) && !SUBORDINATE_BEFORE.test(text.slice(Math.max(0, at - 18), at))
}

/** A mention, whether it opens its sentence worked out when first asked: most mentions are never asked. */
class Mention implements PersonMention {
  private opens: boolean | undefined
  constructor(
    private readonly text: string,
    readonly at: number,
    readonly end: number,
    readonly name: string,
    readonly role: string | null,
    readonly gender: 'm' | 'f' | null,
  ) {}

  get subject(): boolean {
    return (this.opens ??= (opensSentence(this.text, this.at, this.end) || speaksNext(this.text, this.at, this.end)) && !describesNext(this.text, this.end))
  }
}

/** A page's cards of links to other stories, kept in the text after a person's name: the person's full name
 *  again, glued to the first link ("Attorney General Jeff Sessions Jefferson (Jeff) Beauregard SessionsMedill dean
 *  …", "Patrick McHenry Patrick Timothy McHenryHouse passes …"; not "McConnell", whose capitals are its own), up to
 *  the "MORE" that closes the card. */
const LINK_CARD = /(?<![\p{L}'’])((?:Mc|Mac|De|Di|La|Le|O['’])?\p{Lu}\p{Ll}{4,})\p{Lu}\p{L}[^\n]{0,800}?\sMORE\b/gu

/** The text with its link cards blanked out, each character a space, so that places in it are places in the
 *  text: names in a card are the people of other stories ("Facebook's Libra Trump has considered …"). */
export function withoutLinkCards(text: string): string {
  if (!text.includes(' MORE')) return text
  let out = ''
  let done = 0
  LINK_CARD.lastIndex = 0
  for (const m of text.matchAll(LINK_CARD)) {
    // The card begins after the name it follows, where that name's surname ends.
    const surname = m[1] as string
    const lead = text.slice(Math.max(done, m.index - 80), m.index)
    const named = lead.lastIndexOf(` ${surname} `)
    const start = named < 0 ? m.index : m.index - lead.length + named + surname.length + 1
    const end = m.index + m[0].length
    out += text.slice(done, start) + ' '.repeat(end - start)
    done = end
  }
  return out + text.slice(done)
}

/** Every person a report names, in order: a name of two or more words (not an organisation or a place), or
 *  one word with a title ("Mr. Holder"); and after it, each mention of its surname alone, under the full name.
 *  The attribution hands it the report with its cards of links blanked out (withoutLinkCards). */
export function personMentions(text: string, lexicon: Lexicon): PersonMention[] {
  const mentions: PersonMention[] = []
  const bySurname = new Map<string, PersonMention>()
  // A name comes back many times in a report: its words are split into runs once, and each run read once
  // for each word before it that changes its reading.
  const splits = new Map<string, Cut>()
  const next = nameRunScanner(text, NAME_RUN_AT)
  // The numbers of the titles and the surnames named so far: a single word whose number is neither is passed
  // over without a string made for it.
  const known = new Set(TITLE_NUMBERS)
  for (let m = next(0); m; m = next(m.end)) {
    // Most runs are one capitalised word (a sentence's first, a place): only a title or the surname of
    // someone already named makes one a mention, so the rest are passed over at once.
    const single = !hasBlank(text, m.index, m.end)
    if (single && !mayBeKnown(known, bareNumber(text, m.index, m.end))) continue
    const runText = text.slice(m.index, m.end)
    if (single) {
      const word = bare(runText)
      if (!TITLES.has(word) && !bySurname.has(surnameOf(word))) continue
    }
    let cut = splits.get(runText)
    if (!cut) {
      const words = single ? [runText] : runText.split(/[ \t]+/)
      const runs = capitalisedRuns(words, lexicon)
      splits.set(runText, (cut = { found: words, runs, lengths: runs.map((r) => r.words.join(' ').length), reads: runs.map(() => new Map()) }))
    }
    const { found, runs } = cut
    const before = wordBefore(text, m.index)
    // Each run found after the one before, so that a word the match repeats gives the later run its own
    // place and the mentions stay in the order of the text.
    let searchFrom = 0
    for (let r = 0; r < runs.length; r++) {
      const run = runs[r] as Run
      const offset = runText.indexOf(run.words[0] as string, searchFrom)
      searchFrom = offset + (run.words[0] as string).length
      if (run.glued) continue
      if (run.words.length === 1 && !TITLES.has(bare(run.words[0] as string)) && !bySurname.has(surnameOf(run.words[0] as string))) continue
      // A dateline in capitals opening a paragraph is a place: "EL PASO, Texas (Reuters) -", "CAIRO (AP) —".
      if (offset === 0 && run.words.every((w) => !/\p{Ll}/u.test(w)) && (m.index === 0 || text[m.index - 1] === '\n') && DATELINE_AFTER.test(text.slice(m.index + runText.length, m.index + runText.length + 40))) continue
      const runBefore = run.words[0] === found[0] ? before : run.before
      const reads = cut.reads[r] as Map<string, Reading | null>
      const telling = tellingWord(runBefore)
      let read = reads.get(telling)
      if (read === undefined) {
        const split = splitTitles(run.words, run.surname === true)
        const skip = isOrganisation(run.words, telling, split) || isPlace(run.words, telling, split) || (!split.titled && ARTICLES.test(telling)) // "the South Dakota school"
        reads.set(telling, (read = skip ? null : { ...split, name: afterPlace(split.name, telling) }))
      }
      if (read === null) continue
      const { name, role } = read
      // A woman or a man described before the name, where no title says it: "First lady Melania Trump"; else
      // what the given name says ("Mary Ann Marino").
      const described = runBefore !== undefined && run.words[0] === found[0] ? (DESCRIBED_GENDER.get(runBefore.toLowerCase()) ?? null) : null
      const gender = read.gender ?? described ?? (name.length >= 2 ? genderOfGivenName(bare(name[0] as string)) : null)
      const at = m.index + offset
      const end = at + (cut.lengths[r] as number)
      if (name.length >= 2 || (name.length === 1 && (role !== null || gender !== null))) {
        const mention = new Mention(text, at, end, name.join(' '), role, gender)
        mentions.push(mention)
        // The first full name of a surname stands for it, unless it opens with a common word of news, or is three
        // words or more that open with no given name, and a later one with a given name (a headline's "Why
        // Democrats Says Mueller …" or "Dems Attack Biden", then "Special Counsel Robert Mueller", "Joe Biden").
        const held = bySurname.get(surnameOf(mention.name))
        const heldFirst = bare(held?.name.split(' ')[0] ?? '')
        if (!held || (held.name.includes(' ') && (COMMON_WORDS.has(heldFirst) || held.name.split(' ').length >= 3) && !givenName(heldFirst) && givenName(bare(name[0] as string)))) {
          bySurname.set(surnameOf(mention.name), mention)
          known.add(numberOf(surnameOf(mention.name)))
          // The surname as written, with the article some outlets put before it ("al-Assad"), comes back too.
          known.add(numberOf(bare(mention.name.split(' ').at(-1) ?? '')))
        }
      } else if (name.length === 1) {
        const full = bySurname.get(surnameOf(name[0] as string))
        if (full) mentions.push(new Mention(text, at, end, full.name, full.role, full.gender))
      }
    }
  }
  return mentions
}
