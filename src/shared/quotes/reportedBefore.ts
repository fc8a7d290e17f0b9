// A quotation that is a sentence of its own inside a paragraph, with no attribution, after a sentence that
// reports what someone said without quoting it: news writing gives the quotation to that person ("McCain said
// he's confident Congress will not let it happen again. “The American people will not stand for …”"). And
// one a sentence brings in with a colon, whatever its verb: its subject's ("Sanders cut her off: “…”").

import { sentenceStart, wordsOf, SPEECH_VERBS } from './clauses'
import { speakerBefore } from './clausesBefore'
import { speakerAfter } from './clausesAfter'
import { readOpeningSubject, type SpeakerPhrase } from './names'
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
  if (!verb) return null
  const found = inverted ? speakerAfter(sentence.slice(verb.index), context.lexicon) : speakerBefore(sentence.slice(0, verb.index + verb.word.length), context.lexicon)
  if (!found || (found.phrase.kind !== 'name' && found.phrase.kind !== 'pronoun')) return null
  return personNamed(found.phrase, span.start, context)
}

/** Someone the report names as a person: not page residue's capitals ("Colleague", "Downing Street"). */
function personNamed(phrase: SpeakerPhrase, at: number, context: Context): string | null {
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
  if (CLAUSE_OF_ITS_OWN.test(sentence) || ONCE_EVERY.test(sentence)) sentence = sentence.slice(sentence.indexOf(',') + 1).trimStart()
  const words = wordsOf(sentence)
  // Not a headline (its words capitalised) or a page's run of captions and links, whose sentences do not end.
  if (words.length > MAX_COLON_WORDS || words.filter((w) => /^\p{Lu}/u.test(w.word)).length * 2 > words.length) return null
  // Not a sentence about a place or a thing ("Berlin is also where Reagan delivered a famous line:").
  if (COPULA.test(sentence)) return null
  // Nor what belongs to someone ("Trump Jr.'s response, according to Goldstone:", "Hillary Clinton’s campaign …
  // seized on the discrepancy:"): not that person speaking.
  if (OWNED_SUBJECT.test(sentence)) return null
  const subject = readOpeningSubject(sentence, context.lexicon)
  return subject.kind === 'name' || subject.kind === 'pronoun' ? personNamed(subject, span.start, context) : null
}

/** The most words a sentence that brings in a quotation with a colon is read for its subject. */
const MAX_COLON_WORDS = 30
/** A sentence whose subject is said to be something, not to say anything: "Berlin is also where …". */
const COPULA = /^(?:\S+\s+){1,4}?(?:is|was|are|were)\s+(?:also\s+)?(?:where|when|what|the|a|an)\b/

/** A clause of when something happens, however often: "Anytime Sanders was mentioned, they erupted:". */
const ONCE_EVERY = /^(?:anytime|whenever|every time)\b/i
/** A subject that is something of someone's: a name and a possessive opening the sentence. */
const OWNED_SUBJECT = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}.-]*['’]s?\s+\p{Ll}/u

/** A verb and a name after it, then a comma or the sentence's end: "said Marilyn Ogar, deputy director". */
const INVERTED_NAME = /^\p{L}+\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*\s*(?:,|\.|$)/u
/** The opening of a clause that is not the sentence's own. */
const CLAUSE_OF_ITS_OWN = /^(?:unlike|what|as|after|before|when|while|since|because|if|though|although|than|unless|until|once|where)\b/i
