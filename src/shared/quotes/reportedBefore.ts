// A quotation that is a sentence of its own inside a paragraph, with no attribution, after a sentence that
// reports what someone said without quoting it: news writing gives the quotation to that person ("McCain said
// he's confident Congress will not let it happen again. “The American people will not stand for …”"). And
// one a sentence brings in with a colon, whatever its verb: its subject's ("Sanders cut her off: “…”").

import { sentenceStart, wordsOf, SPEECH_VERBS } from './clauses'
import { speakerBefore } from './clausesBefore'
import { speakerAfter } from './clausesAfter'
import { readOpeningSubject, type Lexicon, type SpeakerPhrase } from './names'
import { bare } from './nameRuns'
import { ROLE_NOUNS, TITLES } from './nameWords'
import { resolve, type Context } from './resolve'
import type { QuotedSpan } from './marks'

/** The speaker of the sentence before a quotation that opens a sentence inside its paragraph, when that
 *  sentence reports someone's words without quoting them ("Obama said the country …. “…”"). */
export function reportedBefore(text: string, paragraphStart: number, span: QuotedSpan, context: Context): string | null {
  const open = span.start - 1
  if (open <= paragraphStart || !/[.!?]\s+$/.test(text.slice(Math.max(paragraphStart, open - 3), open))) return null
  const sentence = text.slice(sentenceStart(text, paragraphStart, open - 2), open).trimEnd()
  if (/["“”]/.test(sentence)) return null
  // The first verb of speech in a clause of the sentence's own ("Although Cruz hasn't ruled out …, McCain
  // said"; not "Unlike what Trump said, …"), and not "ruled out".
  const verbs = wordsOf(sentence).filter((w) => {
    if (!SPEECH_VERBS.has(w.bare) || sentence.startsWith(' out', w.index + w.word.length)) return false
    const clause = sentence.slice(0, w.index).split(/[,;:—–]/).at(-1)?.trim() ?? ''
    return !CLAUSE_OF_ITS_OWN.test(clause)
  })
  // "…, said Marilyn Ogar, deputy director": the name after the verb, wherever it stands in the sentence ("Security
  // forces have confirmed and are sure Shekau is dead, said Marilyn Ogar").
  const inverted = verbs.find((w) => /,\s*$/.test(sentence.slice(0, w.index)) && INVERTED_NAME.test(sentence.slice(w.index)))
  const verb = inverted ?? verbs[0]
  if (!verb) {
    // "Donna Brazile, the chair of the Democratic National Committee, celebrated the decision in a statement.":
    // whatever its verb, a sentence that says its subject put out a statement or a post brings in its words.
    if (!IN_A_STATEMENT.test(sentence)) return null
    const subject = readOpeningSubject(sentence, context.lexicon)
    return subject.kind === 'name' || subject.kind === 'pronoun' ? personNamed(subject, span.start, context) : null
  }
  const found = inverted ? speakerAfter(sentence.slice(verb.index), context.lexicon) : speakerBefore(sentence.slice(0, verb.index + verb.word.length), context.lexicon)
  if (!found || (found.phrase.kind !== 'name' && found.phrase.kind !== 'pronoun')) return null
  return personNamed(found.phrase, span.start, context)
}

/** A sentence that ends by saying the words came in a statement or a post: "… in a statement.", "… on Twitter.". */
const IN_A_STATEMENT = /\s(?:in\s+an?\s+(?:\p{Ll}+\s+){0,2}(?:statement|tweet|post|release)|on\s+Twitter|on\s+Facebook)(?:\s+on\s+\p{Lu}\p{Ll}+day)?[.!]?$/u

/** Someone the report names as a person: not page residue's capitals ("Colleague", "Downing Street"). */
export function personNamed(phrase: SpeakerPhrase, at: number, context: Context): string | null {
  const speaker = resolve(phrase, at, context)
  return speaker !== null && context.mentions.has(speaker) ? speaker : null
}

/** The subject of the sentence a colon ends right before the quotation, in the same paragraph: "When Clinton
 *  tried to interrupt, Sanders cut her off: “…”", "Sanders struck a similar note: “…”". The words a sentence
 *  opens with in a clause of their own ("When Clinton tried to interrupt,") are passed over. */
export function colonSubject(text: string, paragraphStart: number, span: QuotedSpan, context: Context): string | null {
  const open = span.start - 1
  if (open <= paragraphStart || !/:\s*$/.test(text.slice(Math.max(paragraphStart, open - 4), open))) return null
  let sentence = text.slice(sentenceStart(text, paragraphStart, open - 1), open).trimEnd()
  if (/["“”]/.test(sentence)) return null
  // (A pronoun after such a clause that names someone may be that one or another: "As Trump eyed Lewandowski, …, he".)
  let lead = ''
  if (CLAUSE_OF_ITS_OWN.test(sentence) || ONCE_EVERY.test(sentence)) {
    lead = sentence.slice(0, sentence.indexOf(',') + 1)
    sentence = sentence.slice(lead.length).trimStart()
  }
  const words = wordsOf(sentence)
  // Not a headline (its words capitalised) or a page's run of captions and links, whose sentences do not end.
  if (words.length > MAX_COLON_WORDS || words.filter((w) => /^\p{Lu}/u.test(w.word)).length * 2 > words.length) return null
  // Not a sentence about a place or a thing ("Berlin is also where Reagan delivered a famous line:").
  if (COPULA.test(sentence)) return null
  // Nor what belongs to someone ("Trump Jr.'s response, according to Goldstone:", "Hillary Clinton’s campaign …
  // seized on the discrepancy:"): not that person speaking.
  if (OWNED_SUBJECT.test(sentence)) return null
  // Nor a headline or a title the sentence gives ("… a link to a story with the headline:").
  if (TITLED.test(sentence)) return null
  const subject = subjectPastOpening(sentence, context.lexicon)
  if (subject.kind === 'pronoun' && NAMES_SOMEONE.test(lead.slice(1))) {
    // The clause's own subject, when it is a name: "As Trump eyed Lewandowski, …, he skimmed …" is Trump.
    // When it is a pronoun itself ("As she and Al Franken vamped for time, she …"), the pronoun is read as ever.
    const leadSubject = readOpeningSubject(lead.replace(/^\S+\s+/, ''), context.lexicon)
    if (leadSubject.kind === 'name') return personNamed(leadSubject, span.start, context)
    if (leadSubject.kind !== 'pronoun') return null
  }
  return subject.kind === 'name' || subject.kind === 'pronoun' ? personNamed(subject, span.start, context) : null
}

/** A word that links the sentence to the one before, not its subject: "So Hillary grabbed that ball …". */
const CONNECTIVE = /^(?:so|and|but|yet|then|still|now|also|however|meanwhile|instead|later|earlier|afterward|afterwards)\b,?\s+/i
/** Words after a comma that only go on with an opening phrase: "On Tuesday, however, he offered …". */
const ASIDE = /^(?:however|though|too|then|meanwhile|in turn)\b,?\s*/i

/** The subject a sentence opens with, past a word linking it to the sentence before and past an opening phrase of
 *  a few words that ends in a comma ("On Tuesday, however, he offered Holder some support:", "At a news
 *  conference, an obviously angry Obama blamed …:"), where the opening itself names no one. Past the opening,
 *  the subject is taken only where it stands first: not a name later in the clause ("In his memoir, Bush credits
 *  Kavanaugh"), nor what is someone's ("…, Trump's Director of National Intelligence Dan Coats"), nor a pronoun
 *  after an opening that names people ("As Trump eyed Lewandowski, …, he"); and not past "According to …,". */
export function subjectPastOpening(sentence: string, lexicon: Lexicon): SpeakerPhrase {
  const linked = sentence.replace(CONNECTIVE, '')
  const subject = readOpeningSubject(linked, lexicon)
  if (subject.kind !== 'unnamed' || /^according to\b/i.test(linked)) return subject
  let rest = linked
  for (let commas = 0; commas < 2; commas++) {
    const comma = rest.indexOf(',')
    if (comma < 0 || wordsOf(rest.slice(0, comma)).length > OPENING_WORDS) break
    rest = rest.slice(comma + 1).trimStart().replace(ASIDE, '')
    const opening = linked.slice(0, linked.length - rest.length)
    const described = /^(?:an?|the)\s+(?:\p{Ll}+\s+){0,2}(?=\p{Lu})/u.exec(rest)?.[0] ?? ''
    const first = rest.slice(described.length)
    if (!/^(?:\p{Lu}|he\b|she\b)/u.test(first) || OWNED_SUBJECT.test(first)) continue
    const past = readOpeningSubject(first, lexicon)
    if (past.kind === 'pronoun' && NAMES_SOMEONE.test(opening.slice(1))) break
    if (past.kind === 'name' && !standsFirst(first, past.name)) continue
    if (past.kind !== 'unnamed') return past
  }
  return subject
}

/** Whether a name's last word comes in the clause before any word but capitals and what the person is ("Washington
 *  Post columnist Michael Gerson"): the subject, not a name after its verb ("Bush credits Kavanaugh"). */
function standsFirst(clause: string, name: string): boolean {
  const last = bare(name.split(' ').at(-1) ?? '')
  for (const w of wordsOf(clause).slice(0, 8)) {
    if (w.bare === last) return true
    if (!/^\p{Lu}/u.test(w.word) && !ROLE_NOUNS.has(w.bare) && !TITLES.has(w.bare) && w.bare !== 'of') return false
  }
  return false
}

/** A capitalised word inside an opening phrase that is not a day's or a month's name: it may name someone. */
const NAMES_SOMEONE = /(?<![.!?]\s)\b(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)\p{Lu}\p{Ll}/u

/** The most words an opening phrase before the subject is passed over with. */
const OPENING_WORDS = 8

/** The most words a sentence that brings in a quotation with a colon is read for its subject. */
const MAX_COLON_WORDS = 30
/** A sentence whose subject is said to be something, not to say anything: "Berlin is also where …". */
const COPULA = /^(?:\S+\s+){1,4}?(?:is|was|are|were)\s+(?:also\s+)?(?:where|when|what|the|a|an)\b/

/** A sentence that ends by naming a headline, a title or a caption, whose words follow. */
const TITLED = /\b(?:headline|headlines|title|caption|banner|chyron)\s*:$/i

/** A clause of when something happens, however often: "Anytime Sanders was mentioned, they erupted:". */
const ONCE_EVERY = /^(?:anytime|whenever|every time)\b/i
/** A subject that is something of someone's: a name and a possessive opening the sentence. */
const OWNED_SUBJECT = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}/u

/** A verb and a name after it, then a comma or the sentence's end: "said Marilyn Ogar, deputy director". */
const INVERTED_NAME = /^\p{L}+\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*\s*(?:,|\.|$)/u
/** The opening of a clause that is not the sentence's own. */
const CLAUSE_OF_ITS_OWN = /^(?:unlike|what|as|after|before|when|while|since|because|if|though|although|than|unless|until|once|where)\b/i
