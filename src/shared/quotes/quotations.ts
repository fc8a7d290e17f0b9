// A report's quotations: the stretches inside quotation marks that give someone's words, with who the
// report says spoke them. Quoted words that are not a person's words are left out: more than a thousand
// words (a mark never closed), one or two words (a
// scare quote, a term), a title in capitals ("Meet the Press"), and words the text names as a term ("the
// so-called ‘…’", "an operation dubbed ‘…’").

import { attributeQuotations } from './attribution'
import { quotedSpansOf, withDoubledMarks, type QuotedSpan } from './marks'
import { classOf, DIGIT, isLetterOrDigit, SPACE } from './charClasses'

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

/** A word: letters and digits, joined by an apostrophe, a full stop or a hyphen, and a number's digits by a
 *  comma between them ("4,743" is one word, as "4.7" is). */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=\p{N}),\p{N}[\p{L}\p{N}]*)*/gu
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'by', 'from', 'as', 'is', 'de', 'la'])
// Words that present what follows as a term, a title or a slogan, not as someone's words: "so-called …",
// "the bilingual phrases …", protesters "chanting …", "signs reading …".
const TERM_BEFORE =
  /(?:so-called|dubbed|titled|entitled|known as|named|headlined|called|nicknamed|hashtag|(?<!\bthe\s)chant(?:s|ed|ing)?|(?:signs?|banners?|placards?|posters?|shirts?) (?:reading|that read|saying)|the (?:phrase|term|words?|slogan|motto|label|banner|title|headline)|the (?:[\p{L}'’-]+ ){0,2}(?:phrases|terms|slogans|mottos|chants|catchphrases?|hashtags?))\s*[“"‘']?$/iu
/** Between two quoted stretches joined as one list ("… “Yes, we can” and “Sí, se puede” …"). */
const LISTED_AFTER = /^[”"’']?\s*(?:,|,?\s*(?:and|or))\s*[“"‘']?$/u

/** Whether words are written as a title's: every one capitalised but the small words inside. */
const titleCased = (words: readonly string[]): boolean => words.every((w, i) => /^[\p{Lu}\p{N}]/u.test(w) || (i > 0 && SMALL_WORDS.has(w.toLowerCase())))

/** Whether quoted words read as a title or a name: every word that counts in capitals, and no sentence. */
function isTitle(words: readonly string[], quoted: string, count: number): boolean {
  // A title may end the sentence it is named in ("…on “The Rachel Maddow Show.”"), but asks or exclaims nothing.
  if (count > 8 || /[!?,;:]\s*$/.test(quoted)) return false
  return titleCased(words)
}

/** Whether the quotation sits in a line written in capitals throughout, a headline: its quotation is in capitals too. */
function inHeadline(text: string, span: QuotedSpan): boolean {
  const from = text.lastIndexOf('\n', span.start) + 1
  const next = text.indexOf('\n', span.end)
  const line = text.slice(from, next < 0 ? text.length : next)
  const words = line.match(WORD) ?? []
  return words.length >= 4 && words.length <= 25 && !/[.!?]["”’']?\s*$/.test(line) && titleCased(words)
}

/** A digit (\p{N}), by its code. */
const isDigit = (c: number): boolean => (c < 128 ? c >= 48 && c <= 57 : (classOf(c) & DIGIT) !== 0)

/** How many words WORD finds in text.slice(from, to), counted by character codes (a word starts at a letter or
 *  digit that no word goes on to: not after one, nor after a joining mark that follows one); Infinity past
 *  `most`. A stretch with pairs of code units is counted by the expression. */
export function countWords(text: string, from: number, to: number, most: number): number {
  let count = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) return (text.slice(from, to).match(WORD) ?? []).length
    if (!isLetterOrDigit(c)) continue
    if (i > from) {
      const p = text.charCodeAt(i - 1)
      if (isLetterOrDigit(p)) continue
      if ((p === 39 || p === 0x2019 || p === 46 || p === 45) && i - 1 > from && isLetterOrDigit(text.charCodeAt(i - 2))) continue
      if (p === 44 && i - 1 > from && isDigit(c) && isDigit(text.charCodeAt(i - 2))) continue
    }
    if (++count > most) return Infinity
  }
  return count
}

/** Whether the words before a quoted stretch present it as a term, a title or a slogan. */
const presentedAsTerm = (text: string, span: QuotedSpan): boolean => TERM_BEFORE.test(text.slice(Math.max(0, span.start - 40), span.start))

/** "which she called “an attack of unimaginable cruelty on …, the youngest, the oldest, …”": words after
 *  "called" long enough to be a sentence, not a name or a term, are someone's words. */
function calledAtLength(text: string, span: QuotedSpan): boolean {
  if (!/(?<!\bso[\s-])\bcalled\s*[“"‘']?$/.test(text.slice(Math.max(0, span.start - 12), span.start))) return false
  const words = text.slice(span.start, span.end).match(WORD) ?? []
  return words.length >= 10 && !titleCased(words)
}

/** Whether a quoted stretch that nothing before presents as a term gives someone's words rather than a
 *  title or a scare quote. */
function isQuotation(text: string, span: QuotedSpan): boolean {
  const count = countWords(text, span.start, span.end, MAX_QUOTATION_WORDS)
  if (count < MIN_QUOTATION_WORDS || count > MAX_QUOTATION_WORDS) return false
  // Words run together with no space between are an address, a file's name or a page's code left in the
  // text (poster="http://…/a-vs.jpg?pubId=1"), never someone's speech.
  if (!/\s/.test(text.slice(span.start, span.end))) return false
  const before = text.slice(Math.max(0, span.start - 40), span.start)
  const opensParagraph = /(?:^|\n)\s*\S?$/.test(before)
  if (opensParagraph) return true
  const quoted = text.slice(span.start, span.end)
  const words = quoted.match(WORD) ?? []
  // A work named where works are named ("on NBC’s “Meet the Press,”", "the film “Innocence of Muslims,”",
  // "author of “The Crusader: The Life and Times of Pat Buchanan.”"): a title of any length, with a subtitle
  // after a colon and the sentence's comma inside the marks.
  if (count <= MAX_TITLE_WORDS && TITLE_PLACE.test(before) && inTitleCase(words) && !inHeadline(text, span)) return false
  // Only a few words can be a title: the words themselves are made for those alone.
  return !isTitle(words, quoted, count) || inHeadline(text, span)
}

/** The most words a work's title named in running text has. */
const MAX_TITLE_WORDS = 16

/** Words that name a work's title just before it: a preposition, possibly past its outlet's name ("on NBC’s",
 *  "on CBS’"), a kind of work ("the film", "his book"), or "author of". */
const TITLE_PLACE =
  /(?:\b(?:[Oo]n|[Oo]f|[Ii]n|[Ff]rom|[Aa]t|[Aa]bout|hosting|hosted)\s+(?:\p{Lu}[\p{L}&.’'-]*(?:’s|'s|’|')?\s+){0,3}|\b(?:film|movie|book|memoir|novel|show|program|programme|documentary|series|song|album|play|musical|magazine|article|essay|column|op-ed|podcast|special|episode|broadcast|author of),?\s+)[“"‘']$/u

/** Words in a title's capitals: every one capitalised but the small words inside it, and not all in capitals
 *  (a post's "READ THE TRANSCRIPTS!" is someone's words). */
const inTitleCase = (words: readonly string[]): boolean => words.length > 0 && words.some((w) => /\p{Ll}/u.test(w)) && titleCased(words)

/** The quoted words without the white space a mark set apart from them leaves (“ The product is good.”);
 *  attribution reads around the marks, so only the quotation found is trimmed. */
function withoutSpaces(text: string, start: number, end: number): { start: number; end: number } {
  let s = start
  let e = end
  while (s < e && (classOf(text.charCodeAt(s)) & SPACE) !== 0) s++
  while (e > s && (classOf(text.charCodeAt(e - 1)) & SPACE) !== 0) e--
  return { start: s, end: e }
}

/** The quotations of one report, in order, each with its attribution. */
export function findQuotations(original: string): Quotation[] {
  // Read with doubled single marks as the double marks they stand for: the words around a quotation are
  // then where attribution looks for them, one mark from it.
  const text = withDoubledMarks(original)
  // A stretch listed straight after one presented as a term is another of the same ("the phrases “…” and “…”").
  let term: QuotedSpan | null = null
  const spans = quotedSpansOf(text).filter((span) => {
    const listed = term !== null && LISTED_AFTER.test(text.slice(term.end, span.start))
    const asTerm = listed || (presentedAsTerm(text, span) && !calledAtLength(text, span))
    term = asTerm ? span : null
    return !asTerm && isQuotation(text, span)
  })
  const attributions = attributeQuotations(text, spans)
  return spans.map(({ start, end, paragraphs }, i) => ({ ...withoutSpaces(text, start, end), paragraphs, speaker: attributions[i]?.speaker ?? null, named: attributions[i]?.named ?? null }))
}
