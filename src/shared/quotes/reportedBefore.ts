// A quotation that is a sentence of its own inside a paragraph, with no attribution, after a sentence that
// reports what someone said without quoting it: news writing gives the quotation to that person ("McCain said
// he's confident Congress will not let it happen again. “The American people will not stand for …”").

import { sentenceStart, wordsOf, SPEECH_VERBS } from './clauses'
import { speakerBefore } from './clausesBefore'
import { speakerAfter } from './clausesAfter'
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
  // Someone the report names as a person: not page residue's capitals ("Colleague", "Downing Street").
  const speaker = resolve(found.phrase, span.start, context)
  return speaker !== null && context.mentions.has(speaker) ? speaker : null
}
/** A verb and a name after it, then a comma or the sentence's end: "said Marilyn Ogar, deputy director". */
const INVERTED_NAME = /^\p{L}+\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,5}\p{Lu}[\p{L}.'’-]*\s*(?:,|\.|$)/u
/** The opening of a clause that is not the sentence's own. */
const CLAUSE_OF_ITS_OWN = /^(?:unlike|what|as|after|before|when|while|since|because|if|though|although|than|unless|until|once|where)\b/i
