// The words around a quotation that name its speaker: the speech verbs in it ("said", "told", "according to";
// "called" and "saying" before a few quoted words: the verbs are listed in speechVerbs.ts), and the phrase
// naming the subject of the verb, asides between commas passed over (the words before a quotation are read in
// clausesBefore.ts, those after it in clausesAfter.ts, where a sentence starts and ends in sentences.ts).

import { documentSender, readOpeningSubject, readSpeakerPhrase, type Lexicon, type SpeakerPhrase } from './names'
import { DEMONYMS, ROLE_NOUNS } from './nameWords'
import type { TextWord } from './textWords'

export { SPEECH_VERBS } from './speechVerbs'

/** Whether the word at `i`, a verb's form in capitals, is the last word of a name in running text ("the United
 *  States needs it"): a capitalised word before it and a word in lower case after it, or the quotation after it
 *  and a word in lower case before the name. A headline's "Trump Says" is followed by capitals. */
export function insideName(words: readonly TextWord[], i: number): boolean {
  const previous = words[i - 1]
  const next = words[i + 1]
  if (previous === undefined || !/^\p{Lu}/u.test(words[i]?.word ?? '') || !/^\p{Lu}/u.test(previous.word)) return false
  // Right before the quotation, in running text: "a vision of a United States “that's strong”".
  if (next === undefined) return /^\p{Ll}/u.test(words[i - 2]?.word ?? '')
  return /^\p{Ll}/u.test(next.word)
}

export { wordsOf, type TextWord } from './textWords'
export { sentenceEnd, sentenceStart } from './sentences'

/** Whether a comma-separated part of the words before a verb is an aside about the subject ("the committee's chairman", "who led the inquiry", "R-Calif."). */
const isAside = (segment: string): boolean =>
  /^(?:the|a|an|who|which|whose|whom|once|now|then|also|[RDI]-[A-Z])\b/.test(segment) || /^[\p{Ll}]/u.test(segment) || /\s\p{Ll}[\p{L}'’-]*$/u.test(segment)
/** An aside naming where the words were found, not who said them: "obtained by", "first reported by". */
const SOURCE_ASIDE = /^(?:\w+ly\s+)?(?:obtained|reported|seen|reviewed|published|released|provided|shared|posted|cited)\s+(?:by|to|in|on)\b/i
/** An aside that is a relative clause with a subject of its own: "where Jeong still works", "whom Trump fired". */
const RELATIVE_ASIDE = /^(?:where|whom|whose|which|when)\s/i
const segmentsOf = (words: string): string[] => words.split(/[,;]|—|–| - /).map((s) => s.trim())

/** Someone who speaks for a body named after: "a spokesman for the Justice Department". */
const SPOKESPERSON_FOR = /^(?:an?|the|one)\s+(?:[\p{Ll}-]+\s+)?(?:spokesman|spokeswoman|spokesperson)\s+for\s+(?:the\s+)?\p{Lu}/u
/** Someone who speaks for a body, not named: "a spokeswoman", "a company spokesman". */
const UNNAMED_SPOKESPERSON = /^(?:a|an|one)\s+(?:[\p{Ll}-]+\s+)?(?:spokesman|spokeswoman|spokesperson)$/u
/** An opening that names the body where the words were given: "At Yahoo", "For the Pentagon". */
const AT_BODY = /^(?:At|For)\s+(?:the\s+)?(\p{Lu}[\p{L}.'’&-]*(?:\s+(?:(?:of|and|the|&)\s+)*\p{Lu}[\p{L}.'’&-]*){0,5})$/u

/** The phrase naming the subject, from the words just before a verb: asides between commas are passed over. */
export function subjectOf(words: string, lexicon: Lexicon): SpeakerPhrase {
  // Reported speech inside reported speech: "Remnick notes that the president, after pausing, said".
  const that = words.lastIndexOf(' that ')
  if (that >= 0 && !/,\s*$/.test(words.slice(0, that))) {
    const inner = subjectOf(words.slice(that + 6), lexicon)
    if (inner.kind !== 'unnamed') return inner
  }
  const segments = segmentsOf(words)
  const nearest = segments.at(-1) ?? ''
  // "… by Gen. Joseph Dunford, chairman of the Joint Chiefs of Staff, and Defense Secretary James Mattis, who
  // declared": the one the relative clause follows.
  // So is "…, held by Geithner, who on CNN said": the words between "who" and the verb name no one.
  if (/^(?:who|whom)(?:$|\s)/i.test(nearest) && segments.length > 1 && readSpeakerPhrase(nearest.replace(/^\S+\s*/, ''), lexicon).kind !== 'name') {
    const antecedent = readSpeakerPhrase((segments.at(-2) as string).replace(/^(?:and|or)\s+/i, ''), lexicon)
    if (antecedent.kind === 'name') return antecedent
  }
  // A pronoun with its own verb is the subject, not whom it acts on: "he emailed Secretary of State Mike Pompeo and asked".
  const own = /^(?:he|she)\s+(?!(?:was|is|has|does)\s)\p{Ll}+(?:ed|s)\s/u.exec(nearest)
  if (own) return readSpeakerPhrase(nearest.slice(0, own[0].indexOf(' ')), lexicon)
  if (nearest !== '') {
    const phrase = readSpeakerPhrase(nearest, lexicon)
    if (phrase.kind !== 'unnamed') return phrase
    // "At Yahoo, a spokeswoman said": the body the sentence opens at speaks through its unnamed spokesperson.
    const body = UNNAMED_SPOKESPERSON.test(nearest) ? AT_BODY.exec(segments.at(-2) ?? '')?.[1] : undefined
    if (body !== undefined) return { kind: 'organisation', name: body }
  }
  // "Carney, the White House's spokesman, said": the subject comes before the aside. A person named there
  // counts before an office or organisation named in an aside.
  // A person named only in an aside ("Trump's budget director — former congressman Mick Mulvaney —") comes next.
  let fallback: SpeakerPhrase = { kind: 'unnamed' }
  let named: SpeakerPhrase | null = null
  for (let s = segments.length - 2; s >= 0; s--) {
    const segment = segments[s] as string
    if (segment === '') continue
    const phrase = readSpeakerPhrase(segment, lexicon)
    if (s > 0 && isAside(segment)) {
      // Who obtained or published the words ("a copy of the letter, obtained by POLITICO,") did not say them.
      // Nor someone a relative clause names: "The editors of the Verge, where Jeong still works," are not Jeong.
      if (phrase.kind === 'name' && !SOURCE_ASIDE.test(segment) && !RELATIVE_ASIDE.test(segment)) named ??= phrase
      continue
    }
    if (phrase.kind === 'name' || phrase.kind === 'pronoun') return phrase
    if (fallback.kind === 'unnamed') fallback = phrase
  }
  return named ?? fallback
}

/** The subject of a sentence from its first words: the opening of the first part that names someone
 *  ("At one point, Rep. Issa, …" is Issa). */
export function firstSubjectOf(words: string, lexicon: Lexicon): SpeakerPhrase {
  const segments = segmentsOf(words)
  for (const [k, segment] of segments.entries()) {
    if (segment === '') continue
    // Someone described, not named, is the subject; not the people a list after it names as examples ("a dozen
    // former senior intelligence officials, including … Leon Panetta and Michael Hayden, came to Brennan's
    // defense"). Unless the name is all of the next clause, set off by commas: "one FCC commissioner, Ajit Pai, wrote".
    if (describedAtEnd(segment) !== null) {
      const next = segments[k + 1] ?? ''
      const named = k + 2 < segments.length && next.split(/\s+/).length <= 4 ? readSpeakerPhrase(next, lexicon) : null
      return named?.kind === 'name' ? named : { kind: 'unnamed' }
    }
    const phrase = readOpeningSubject(segment, lexicon)
    if (phrase.kind !== 'unnamed') return phrase
  }
  return { kind: 'unnamed' }
}

export interface FoundSpeaker {
  phrase: SpeakerPhrase
  words: string
}

/** Text to match as it is inside a regular expression. */
export const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** "… and the Republican president" at the end of the words before a verb. */
const JOINED_OFFICE = /\s(?:and|but)\s+((?:the|a)\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Ll}+)$/u
/** A clause of its own after a word that makes it a part of the sentence, whose subject is an office: "Their
 *  war of words escalated on Tuesday as the president insisted". */
const SUBORDINATE_OFFICE = /\s(?:as|while|when|after|before|because|since|although|though|until|once|whereas)\s+(the\s+(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Ll}+)$/u

/** A relative clause between dashes (not a name given there: "budget director — former congressman Mick Mulvaney —"). */
const DASH_ASIDE = /\s(?:[–—]|--)\s(?:who|which|whose|whom)\s[^–—]{1,200}?\s(?:[–—]|--)\s/g

/** The words before a verb less an adverb just before it: "Carney quickly said", "The Republican also vowed". */
export const withoutAdverb = (words: string): string => words.replace(/\s+(?:[a-z]+ly|also|then|later|again|once|now|still|further|even|often|never|just|already|reportedly)\s*$/, '')

/** The words before a verb that name its subject when the clause is short ("In a letter, Issa wrote"); in a
 *  longer one the subject is the sentence's opening ("Mr. Rosenstein cites unsourced allegations … that he"). */
export function subjectBeforeVerb(clause: string, lexicon: Lexicon): SpeakerPhrase {
  // A relative clause between dashes is passed over whole: "Rosenstein – who appointed Mueller after Jeff Sessions recused himself – wrote".
  const words = clause.replace(DASH_ASIDE, ' ')
  // Less the closing mark of a quotation it follows: "Obama said Ferguson is “rightly hurting,” but called".
  const nearest = (segmentsOf(words).at(-1) ?? '').replace(/^["”’']+\s*/, '')
  const sender = documentSender(nearest, lexicon)
  if (sender) return sender
  // A verb joined to the clause before ("But he signaled …, and said"): that clause's subject.
  if (/^(?:and|but|or|then|and then|but then)$/i.test(nearest)) return firstSubjectOf(words, lexicon)
  // The same with the first verb's object before the "but" ("McCain didn't single out Cruz but blamed"): the
  // one the clause opens with, not the last name in it.
  if (/\s(?:and|but)(?:\s+then)?$/i.test(nearest)) {
    const opening = readOpeningSubject(nearest, lexicon)
    if (opening.kind !== 'unnamed') return opening
  }
  // A clause of its own after "and" or "but" (or "as", "when"…), whose subject is an office: "O’Rourke accused
  // Donald Trump of fear-mongering on Monday and the Republican president mocked the Democrat as".
  const joined = JOINED_OFFICE.exec(nearest)?.[1] ?? SUBORDINATE_OFFICE.exec(nearest)?.[1]
  const office = joined === undefined ? null : readSpeakerPhrase(joined, lexicon)
  if (office?.kind === 'role') return office
  // A pronoun or a name right before the verb is its subject: "in a Thursday speech she said", "in what
  // Schiff alleged was".
  const last = /\b(he|she|it)\s*$/i.exec(words)
  if (last?.[1]) return last[1].toLowerCase() === 'it' ? { kind: 'it' } : { kind: 'pronoun', gender: last[1].toLowerCase() === 'he' ? 'm' : 'f' }
  const tail = nearest.split(/\s+/).slice(-4).join(' ')
  const named = readSpeakerPhrase(tail, lexicon)
  if (named.kind === 'name' && new RegExp(`${escapeRegExp(named.name.split(' ').at(-1) ?? '')}['’]?s?\\s*$`).test(words)) return named
  // "…, the panel said that the U.S. Supreme Court has held that": a body right before "has" and the verb.
  const perfect = /\s+(?:has|have)\s*$/.exec(nearest)
  if (perfect) {
    const body = readSpeakerPhrase(nearest.slice(0, perfect.index).split(/\s+/).slice(-4).join(' '), lexicon)
    if (body.kind === 'organisation' && nearest.slice(0, perfect.index).endsWith(body.name.split(' ').at(-1) as string)) return body
  }
  // A short clause, or one that is all who speaks for a body ("a spokesman for the National Peace Committee of Korea").
  if (nearest.split(/\s+/).length <= 6 || SPOKESPERSON_FOR.test(nearest)) {
    const phrase = subjectOf(words, lexicon)
    if (phrase.kind !== 'unnamed') return phrase
  }
  // The clause's own opening ("…, Trump made no reference to a shutdown and said"), else the sentence's.
  const opening = readOpeningSubject(nearest, lexicon)
  if (opening.kind !== 'unnamed') return opening
  return firstSubjectOf(words.split(/\s+/).slice(0, 8).join(' '), lexicon)
}

/** A nation's or a faith's word written in lower case, as the description it is ("a senior Ukrainian official"). */
export const lowerDemonyms = (words: string): string => words.replace(/\p{Lu}\p{Ll}+/gu, (w) => (DEMONYMS.has(w.toLowerCase()) ? w.toLowerCase() : w))

/** Someone described and not named at the very end of `words` ("one aide", "a second European official", "a
 *  Russian", "one House Republican aide"; not an unnamed spokesperson, who speaks for a body named nearby), or
 *  null. */
export function describedAtEnd(words: string): string | null {
  const found = DESCRIBED_AT_END.exec(lowerDemonyms(words))
  const noun = found?.[1]?.replace(/s$/, '')
  return found && noun !== undefined && (ROLE_NOUNS.has(noun) || DESCRIBED_PEOPLE.has(noun) || DEMONYMS.has(noun)) && !/^spokes/.test(noun) ? found[0].trim() : null
}
const DESCRIBED_AT_END = /(?:^|\s)(?:[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:(?:[\p{Ll}-]+|\p{Lu}[\p{L}.-]*)\s+){0,4}([\p{Ll}-]+)(?:\s+(?:at|in|with|from)\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?\s*$/u
const DESCRIBED_PEOPLE = new Set('diplomat aide source insider analyst expert lawmaker staffer resident witness'.split(' '))
