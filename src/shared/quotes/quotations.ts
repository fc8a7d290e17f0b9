// A report's quotations: the stretches inside quotation marks that give someone's words, with who the
// report says spoke them. Quoted words that are not a person's words are left out: more than a thousand
// words (a mark never closed), one or two words (a
// scare quote, a term), a title in capitals ("Meet the Press"), and words the text names as a term ("the
// so-called ‘…’", "an operation dubbed ‘…’").

import { attributeQuotations } from './attribution'
import { findQuotedSpans, type QuotedSpan } from './marks'

/** One quotation in one report. text.slice(start, end) is the quoted words, without the marks. */
export interface Quotation extends QuotedSpan {
  /** The full name (or organisation) the report gives the speaker, or null when it names none. */
  speaker: string | null
  /** The words the report uses for the speaker where it attributes the quotation, or null. */
  named: string | null
}

/** The fewest words a quotation of a person has: one or two quoted words are a term or a scare quote. */
export const MIN_QUOTATION_WORDS = 3

/** The most: longer stretches between marks are a mark left open over a whole text (a transcript's), not a quotation. */
export const MAX_QUOTATION_WORDS = 1000

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'de', 'la'])
const TERM_BEFORE = /(?:so-called|dubbed|titled|entitled|known as|named|headlined|called|nicknamed|hashtag|the (?:phrase|term|words?|slogan|motto|label|banner|title|headline))\s*[“"‘']?$/i

/** Whether quoted words read as a title or a name: every word that counts in capitals, and no sentence. */
function isTitle(words: string[], quoted: string): boolean {
  // A title may end the sentence it is named in ("…on “The Rachel Maddow Show.”"), but asks or exclaims nothing.
  if (words.length > 8 || /[!?,;:]\s*$/.test(quoted)) return false
  return words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())))
}

/** Whether the quotation sits in a line written in capitals throughout, a headline: its quotation is in capitals too. */
function inHeadline(text: string, span: QuotedSpan): boolean {
  const from = text.lastIndexOf('\n', span.start) + 1
  const next = text.indexOf('\n', span.end)
  const line = text.slice(from, next < 0 ? text.length : next)
  const words = line.match(WORD) ?? []
  return words.length >= 4 && words.length <= 25 && !/[.!?]["”’']?\s*$/.test(line) && words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())))
}

/** Whether a quoted stretch gives someone's words rather than a term, a title or a scare quote. */
function isQuotation(text: string, span: QuotedSpan): boolean {
  const quoted = text.slice(span.start, span.end)
  const words = quoted.match(WORD) ?? []
  if (words.length < MIN_QUOTATION_WORDS || words.length > MAX_QUOTATION_WORDS) return false
  const before = text.slice(Math.max(0, span.start - 40), span.start)
  if (TERM_BEFORE.test(before)) return false
  const opensParagraph = /(?:^|\n)\s*\S?$/.test(before)
  return opensParagraph || !isTitle(words, quoted) || inHeadline(text, span)
}

/** The quotations of one report, in order, each with its attribution. */
export function findQuotations(text: string): Quotation[] {
  const spans = findQuotedSpans(text).filter((span) => isQuotation(text, span))
  const attributions = attributeQuotations(text, spans)
  return spans.map((span, i) => ({ ...span, ...(attributions[i] ?? { speaker: null, named: null }) }))
}
