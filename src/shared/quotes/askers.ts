// An answer's "he" or "she" is the one the report just said was asked: "Weijia Jiang … asked Trump about why
// he appears to consider … “Well, they’re losing their lives everywhere in the world,” he responded", "Sessions
// was asked by Sen. Al Franken … “…,” he responded". The nearest person before an answer is often the one
// asking, whom a pronoun would otherwise stand for.

import { speakerBefore } from './clausesBefore'
import { readSpeakerPhrase } from './names'
import { paragraphWindow, type Context } from './resolve'
import type { SpeakerPhrase } from './speakerPhrase'

/** A pronoun and a verb of answering right after a quotation's closing mark: "…,” he responded". */
const ANSWERED = /^[\s,.!?”"’']*(?:he|she)\s+(?:\w+ly\s+)?(?:responded|replied|answered|retorted|shot back|fired back|countered)\b/i
/** The verb of asking, in the text before the answer. */
const ASKED = /\basked\b/g
/** A form of "be" before "asked": the subject is the one asked. */
const PASSIVE = /\b(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?$/
/** The person right after "asked", whom the question was put to: "asked Trump", "asked Sen. Al Franken". */
const ASKED_WHOM = /^\s+((?:(?:Mr|Mrs|Ms|Dr|Gov|Sen|Rep)\.\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})/u

/** For a pronoun that answers, who was asked, in the paragraph before or the answer's own; any other phrase as it is. */
export function theOneAsked(phrase: SpeakerPhrase, quoteStart: number, quoteEnd: number, context: Context): SpeakerPhrase {
  if (phrase.kind !== 'pronoun' || phrase.told !== undefined) return phrase
  const { text } = context
  if (!ANSWERED.test(text.slice(quoteEnd, quoteEnd + 40))) return phrase
  const from = paragraphWindow(text, quoteStart, 1)
  const window = text.slice(from, quoteStart)
  let asked = -1
  ASKED.lastIndex = 0
  for (let m = ASKED.exec(window); m; m = ASKED.exec(window)) if (!context.quoted?.(from + m.index)) asked = m.index
  if (asked < 0) return phrase
  const sentence = window.slice(Math.max(window.lastIndexOf('\n', asked), window.lastIndexOf('. ', asked)) + 1, asked)
  // "Sessions was asked by Sen. Al Franken": the subject; "Jiang … asked Trump": the one after the verb.
  const whom = PASSIVE.test(sentence) ? speakerBefore(`${sentence.replace(PASSIVE, '')} said`, context.lexicon)?.phrase : readSpeakerPhrase(ASKED_WHOM.exec(window.slice(asked + 5))?.[1] ?? '', context.lexicon)
  return whom?.kind === 'name' ? whom : phrase
}
