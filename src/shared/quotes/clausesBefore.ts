// Who speaks in the words before a quotation: the subject of the last verb of speech (not a verb's form that is
// a noun: "Trump’s tweets", "reports of"), of the sentence's own verb before a participle ("…, saying"), a name
// right before a participle, the one a paper quotes, the subject after a verb that opens its clause ("But, said
// legal director Liz Avore, “…”"), or the author of a document the sentence opens with.

import { describedAtEnd, escapeRegExp, firstSubjectOf, insideName, subjectBeforeVerb, subjectOf, withoutAdverb, type FoundSpeaker } from './clauses'
import { readOpeningSubject, readSpeakerPhrase, type Lexicon } from './names'
import { DOCUMENTS } from './nameWords'
import { CONTINUES, HIT_BACK_VERBS, HOLDINGS, ISSUING, PARTIAL_VERBS, QUOTED_AS, SPEECH_VERBS } from './speechVerbs'
import { wordsOf, type TextWord } from './textWords'

/** Verbs' forms that before "of" are nouns: "reports of the use of chemical weapons", "claims of fraud". */
const NOUNS_BEFORE_OF: ReadonlySet<string> = new Set(['reports', 'claims'])

/** Words that make the verb's form in -s after them a noun: "Trump’s tweets", "his claims", "the reports". */
const OWNERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your', 'the', 'these', 'those'])
/** Whether the word at `i` is a verb's form in -s that its owner or article before it makes a noun ("Trump’s
 *  tweets", "Daniels’ claims"). A contraction before a verb ("he’s said") is never one of these. */
function ownedNoun(all: readonly TextWord[], i: number): boolean {
  const previous = all[i - 1]
  return previous !== undefined && (all[i] as TextWord).bare.endsWith('s') && (/['’]s?$/.test(previous.word) || OWNERS.has(previous.bare))
}

/** A sentence that opens by naming a document: "In the heavily redacted memo, …", "In a letter to Reid, …". */
const IN_DOCUMENT = /^(?:(?:But|And|Yet|So)\s+)?In\s+(?:a|an|the|his|her|its|their)\s+([^,]{1,80}),\s*/

/** With no verb of speech, the subject of a sentence that opens by naming a document, whose words the quotation
 *  gives: "In the memo, Rosenstein granted Mueller authority to investigate claims that Manafort “…”". */
function subjectAfterDocument(before: string, lexicon: Lexicon): FoundSpeaker | null {
  const opening = IN_DOCUMENT.exec(before)
  if (!opening?.[1] || !opening[1].split(/\s+/).slice(0, 4).some((w) => DOCUMENTS.has(w))) return null
  const rest = before.slice(opening[0].length)
  const phrase = readOpeningSubject(rest, lexicon)
  if (phrase.kind === 'pronoun' || phrase.kind === 'organisation') return { phrase, words: rest }
  // A name that a verb follows ("Rosenstein granted"), not the first word of a longer one ("American Soybean Association").
  const last = phrase.kind === 'name' ? escapeRegExp(phrase.name.split(' ').at(-1) ?? '') : ''
  return last !== '' && new RegExp(`${last}['’]?s?,?\\s+\\p{Ll}`, 'u').test(rest) ? { phrase, words: rest } : null
}

/** A verb of replying in two words, then what it replies to, a comma or a colon, at the end of the words before a quotation. */
const HIT_BACK = new RegExp(`\\s(?:${HIT_BACK_VERBS})\\s+back(?:\\s+at\\s+[^,:;“”"]{1,40})?\\s*[,:]?\\s*$`)

/** A name and a verb in the past tense, then the rest of its clause up to a participle: "Erdogan expressed his anger …,"
 *  (not a place: "militias in Derna issued a statement saying"). */
const NAMED_CLAUSE = /(?:^|\s)(?<!\b(?:in|of|at|from|near|for|to|by|on|with)\s|\p{Lu}[\p{L}'’.-]*\s)(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+\p{Ll}+ed\s[^.;:,]*,?\s*$/u

/** A clause that is nothing but a name, with its titles: "retired Admiral McRaven" after an opening phrase's comma. */
const NAME_CLAUSE = /(?:^|,\s+)((?:(?:former|retired|the)\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.'’-]*)$/u

/** Who speaks in the words before a quotation: the subject of the last speech verb, or, when that verb is a
 *  participle ("…, saying"), of the sentence's own verb. */
export function speakerBefore(before: string, lexicon: Lexicon): FoundSpeaker | null {
  // "Jiang hit back:", "Sanders shot back at the moderator,": a reply, by the subject before it.
  const back = HIT_BACK.exec(before)
  if (back) {
    const words = withoutAdverb(before.slice(0, back.index))
    const phrase = subjectBeforeVerb(words, lexicon)
    if (phrase.kind !== 'unnamed') return { phrase, words }
  }
  const according = /(?:^|,\s*)according to ([^,]{1,120}),/i.exec(before)
  if (according?.[1]) return { phrase: subjectOf(according[1], lexicon), words: according[1] }
  // "a quote attributed to Washington Post columnist Marc Thiessen".
  const attributed = /\battributed to ([^,.;]{2,80}?)(?:\s+(?:referring|saying|about|that|who|which)\b|[,.;]|$)/i.exec(before)
  if (attributed?.[1]) {
    const phrase = subjectOf(attributed[1], lexicon)
    if (phrase.kind !== 'unnamed') return { phrase, words: attributed[1] }
  }
  const all = wordsOf(before)
  // A court's "has held that" (or "found that") gives its ruling's words: "the U.S. Supreme Court has held that having “…”".
  // Not agreeing to something ("saying Congress agreed to such increases in January “…”"), only with someone.
  // Nor a verb's form that is a noun before "of" ("reports of the use of chemical weapons", "claims of fraud").
  let verbs = all.filter((w, i) => (PARTIAL_VERBS.has(w.bare) || (HOLDINGS.has(w.bare) && all[i + 1]?.bare === 'that')) && !insideName(all, i) && !(w.bare === 'agreed' && all[i + 1]?.bare === 'to') && !(NOUNS_BEFORE_OF.has(w.bare) && all[i + 1]?.bare === 'of'))
  // A noun after its owner ("described Trump’s tweets as") is no verb when a verb comes before it; alone, its
  // owner's words are what it holds ("surrounding his claims … that the administration made statements “…”").
  const owned = new Set(verbs.filter((v) => ownedNoun(all, all.indexOf(v))))
  if (owned.size < verbs.length) verbs = verbs.filter((v) => !owned.has(v))
  // "Trump warned Pyongyang that if it continued to threaten the U.S., it would “…”": going on doing
  // something, after a verb of speech, is not one ("Clinton continued to speak, …:" still is, alone).
  const continuing = verbs.at(-1)
  if (verbs.length > 1 && continuing && CONTINUES.has(continuing.bare) && all[all.indexOf(continuing) + 1]?.bare === 'to') verbs.pop()
  const last = verbs.at(-1)
  if (!last) return subjectAfterDocument(before, lexicon)
  if (last.bare.endsWith('ing')) {
    // "with executive editor Jill Abramson saying": the name right before the participle says it.
    // So does a name that is all of its clause, set off by a comma: "…, retired Admiral McRaven, calling Brennan".
    const lead = before.slice(0, last.index)
    // A participle that opens the story after its dateline ("Damascus, Syria (CNN) -- Saying “…”, Vice President Joe
    // Biden signaled"): its subject comes after the quotation, and the dateline's place is no one.
    if (DATELINE.test(lead)) return null
    const named = /,\s*$/.test(lead) ? NAME_CLAUSE.exec(lead.replace(/,\s*$/, ''))?.[1] : undefined
    const close = readSpeakerPhrase(named ?? lead.split(/[,;]/).at(-1)?.trim().split(/\s+/).slice(-4).join(' ') ?? '', lexicon)
    if (close.kind === 'name' && (named !== undefined || new RegExp(`${escapeRegExp(close.name.split(' ').at(-1) ?? '')}\\s*$`).test(lead))) return { phrase: close, words: close.name }
    // "Dashcam video captured him saying", "the paper quoted her as saying": the one heard saying it.
    const heard = /\b(him|her)\s+(?:as\s+)?$/i.exec(before.slice(0, last.index))
    if (heard?.[1]) return { phrase: { kind: 'pronoun', gender: heard[1].toLowerCase() === 'him' ? 'm' : 'f' }, words: heard[1] }
    // "The New York Times quotes the CTU's Lewis as saying": the one quoted, not the paper.
    const quoted = QUOTED_AS.exec(before.slice(0, last.index))?.[1]
    const cited = quoted === undefined ? null : readSpeakerPhrase(quoted, lexicon)
    if (quoted !== undefined && (cited?.kind === 'name' || cited?.kind === 'organisation')) return { phrase: cited, words: quoted }
    // "State media quoted a government official claiming": someone unnamed says it, not the sentence's subject
    // (a spokeswoman speaks for the subject: "China's Foreign Ministry praised the move, with a spokeswoman saying").
    const described = describedAtEnd(before.slice(0, last.index))
    if (described !== null) return { phrase: { kind: 'unnamed' }, words: described }
    // Else the verb of speech before it, or of bringing out a statement ("the union sent an update to members saying").
    const finite =
      verbs
        .slice(0, -1)
        .reverse()
        .find((v) => !v.bare.endsWith('ing')) ??
      wordsOf(before.slice(0, last.index))
        .filter((w, i, all) => ISSUING.has(w.bare) && all[i + 1]?.bare !== 'by')
        .at(-1)
    const words = withoutAdverb(before.slice(0, finite ? finite.index : last.index))
    const phrase = finite ? subjectBeforeVerb(words, lexicon) : firstSubjectOf(words, lexicon)
    if (phrase.kind !== 'unnamed') return { phrase, words }
    // A sentence that opens with no one, whose clause before the participle has a named subject: "The apology
    // came hours after Erdogan expressed his anger over the comments to reporters in Istanbul, saying".
    const clause = NAMED_CLAUSE.exec(before.slice(0, last.index))?.[1]
    const doer = clause === undefined ? null : readSpeakerPhrase(clause, lexicon)
    return doer?.kind === 'name' ? { phrase: doer, words: clause as string } : null
  }
  const words = withoutAdverb(before.slice(0, last.index))
  // "A second European official said that", "a move one Chinese official hailed as": someone described, not
  // named, whose words these are; not whoever the sentence named before them.
  const described = describedAtEnd(words)
  if (described !== null) return { phrase: { kind: 'unnamed' }, words: described }
  const phrase = subjectBeforeVerb(words, lexicon)
  if (phrase.kind !== 'unnamed') return { phrase, words }
  // "But, said legal director Liz Avore, “…”": a verb of speech that opens its clause, its subject after it
  // and before the quotation's comma or colon.
  // So does one set off by commas after a clause ("The speech lacked sound bites, says Fred Shapiro, editor of the
  // Yale Book of Quotations, but it served up an “…”"): its subject is the name up to the next comma.
  const opening = VERB_FIRST.test(before.slice(0, last.index))
  const inverted = !opening && /,\s*$/.test(before.slice(0, last.index))
  const afterVerb = before.slice(last.index + last.word.length)
  // (Past a party's tag and what the words were about, opening its clause: "Added Sen. Richard Shelby, R-Ala., of
  // the expanded background check plan, “…”".)
  const upToComma = (): string | undefined => /^\s*(\p{Lu}[^,;:“”"]{1,60}?)\s*,/u.exec(afterVerb)?.[1]
  const subject = !SPEECH_VERBS.has(last.bare) ? undefined : opening ? (/^\s*([^,;:“”"]{2,80}?)\s*[,:]\s*$/.exec(afterVerb)?.[1] ?? upToComma()) : inverted ? upToComma() : undefined
  const named = subject === undefined ? null : readSpeakerPhrase(subject, lexicon)
  return named?.kind === 'name' ? { phrase: named, words: subject as string } : null
}

/** A story's dateline: places and the outlet in brackets before a dash ("Damascus, Syria (CNN) --", "WASHINGTON (Reuters) -"). */
const DATELINE = /(?:^|\n)\s*(?:\p{Lu}[\p{L}.'’-]*,?\s+){1,4}\(\p{L}+\)\s*(?:--|[-–—])\s*$/u

/** The opening of a sentence or paragraph, with at most a joining word: what comes before a verb that opens its clause. */
const VERB_FIRST = /(?:^|[.!?]["”’]?\s+|\n)(?:(?:But|And|Yet|So|Still|Then|Later|Meanwhile)\b,?\s*)?$/

