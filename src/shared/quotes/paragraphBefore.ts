// What the paragraph before a quotation that opens its own paragraph says of who speaks in it, from the
// sentence that ends that paragraph: one a colon ends ("Mr. Manafort issued a statement in March 2017:"), one
// with a verb of speech near its end ("…, Carney said."), and, for a paragraph that is only a quotation, the
// person the sentence is about ("Then Comey got on the FBI plane for the long flight back to Washington.
// ¶ “I drank red wine from a paper coffee cup …”").

import { wordsOf, SPEECH_VERBS } from './clauses'
import { speakerBefore } from './clausesBefore'
import { personNamed, subjectPastOpening } from './reportedBefore'
import { resolve, type Context } from './resolve'

/** The speaker the sentence ending the paragraph before brings in: whoever a sentence ending with a colon opens
 *  with, past an opening phrase; or who a verb of speech near its end (or anywhere, before a colon: "In the
 *  interview, Obama acknowledged the uphill battle:") has speaking. */
export function speakerIntroducing(lastSentence: string, at: number, context: Context): string | null {
  if (/["“”]/.test(lastSentence)) return null
  if (lastSentence.endsWith(':')) {
    const opening = subjectPastOpening(lastSentence, context.lexicon)
    const speaker = opening.kind === 'unnamed' ? null : resolve(opening, at, context)
    if (speaker) return speaker
  }
  const verb = wordsOf(lastSentence).filter((w) => SPEECH_VERBS.has(w.bare)).at(-1)
  if (verb && (verb.index + verb.word.length >= lastSentence.length - 12 || lastSentence.endsWith(':'))) {
    const found = speakerBefore(lastSentence.slice(0, verb.index + verb.word.length), context.lexicon)
    return found ? resolve(found.phrase, at, context) : null
  }
  return null
}

/** The person a sentence ending the paragraph before is about, for the quotation that is the whole next
 *  paragraph. A name only (a "he" there may be someone else again), one person ("Kushner and … Paul Manafort
 *  were also at the meeting" is neither alone), and not one who asked when the quotation is no question ("Schiff
 *  had asked why he changed his testimony. ¶ “I learned other things …”" is the answer); and never for a
 *  subheading in marks, which ends no sentence ("‘Glad it's over’": the words of someone named after it). */
export function personEndingOn(lastSentence: string, quotation: string, at: number, context: Context): string | null {
  if (!/[.!?…]['’]?$/.test(quotation) || !lastSentence.endsWith('.') || /["“”]/.test(lastSentence) || TWO_SUBJECTS.test(lastSentence)) return null
  if (ASKED.test(lastSentence) && !/\?['’"”]?$/.test(quotation)) return null
  const about = subjectPastOpening(lastSentence, context.lexicon)
  return about.kind === 'name' ? personNamed(about, at, context) : null
}

/** A sentence that says someone asked, questioned or pressed another (not "when asked", "was pressed": who answers). */
const ASKED = /(?<!\b(?:when|if|after|as|was|were|been|being)\s)\b(?:asked|questioned|pressed)\b/
/** A sentence that opens with two people joined: "Kushner and former Trump campaign manager Paul Manafort were …". */
const TWO_SUBJECTS = /^(?:(?:Then|So|And|But|Still|Now|Also)\s+)?(?:\p{Lu}[\p{L}.'’-]*,?\s+)+and\s/u
