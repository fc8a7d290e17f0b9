// summariseRevision: what changed between two versions of one article, oldest first. The headline; the
// sentences added and removed; the sentences reworded; the quotations whose wording changed (from the quote
// ledger of the two versions); the numbers changed inside matched sentences; and the words added and removed.
// Each difference is told once, in the most particular place: a change inside a changed quotation is the
// quotation's, a number replaced by a number is a number change, and a sentence is listed as reworded only
// for what is left. White space and quote or dash forms are never changes, and a sentence only moved is kept.

import { alignDocuments } from '../alignment'
import { countWords, type TextSpan } from '../domain/text'
import { buildQuoteLedger } from '../quotes'
import { numberChange } from './numbers'
import { pairSentences, sentenceAt } from './pairing'
import { joinCorrectedQuotes, quoteChanges } from './quotes'
import type { RevisionSide, Difference, NumberChange, QuoteChange, RevisionOptions, RevisionSummary, SentenceChange, Snip } from './types'
import { compareStretches, snip, typographic, WordForms, wordsOfSentences, type Stretch } from './wording'

/** The headline change, or null when either headline is unknown or they read the same. */
function headlineChange(older: string | null, newer: string | null): RevisionSummary['headline'] {
  const before = older?.trim() ?? ''
  const after = newer?.trim() ?? ''
  if (before === '' || after === '' || typographic(before) === typographic(after)) return null
  return { before: before.replace(/\s+/g, ' '), after: after.replace(/\s+/g, ' ') }
}

/** Whether a side of a difference lies inside a side of a quotation (an empty side places nothing). */
const inside = (side: Snip, quote: Snip | null): boolean => side.start === side.end || (quote !== null && side.start >= quote.start && side.end <= quote.end)

/** The quotation change that tells this difference already: both its sides lie in that quotation's. */
function toldByQuote(difference: Difference, quotes: readonly QuoteChange[]): boolean {
  return quotes.some((q) => inside(difference.before, q.before) && inside(difference.after, q.after))
}

function stretch(text: string, sentences: readonly TextSpan[], indexes: readonly number[], forms: WordForms): Stretch {
  const first = sentences[indexes[0] as number] as TextSpan
  const last = sentences[indexes.at(-1) as number] as TextSpan
  return { text, words: wordsOfSentences(text, sentences, indexes, forms), span: { start: first.start, end: last.end } }
}

/** Whether a snip meets one of the stretches that changed (an empty stretch is a place: met when it lies within). */
function touched(quote: Snip | null, changed: readonly Snip[]): boolean {
  if (quote === null) return false
  return changed.some((c) => (c.start === c.end ? c.start >= quote.start && c.start <= quote.end : c.start < quote.end && c.end > quote.start))
}

/** What changed from `older` to `newer`; empty lists and no headline when nothing did. */
export function summariseRevision(older: RevisionSide, newer: RevisionSide, options: RevisionOptions = {}): RevisionSummary {
  const texts: [string, string] = [older.text, newer.text]
  const alignment = options.alignment ?? alignDocuments(texts)
  const ledger = options.ledger ?? buildQuoteLedger(texts, alignment)
  const pairing = pairSentences(older.text, newer.text, alignment)
  const forms = new WordForms()

  const sentence = (text: string, span: TextSpan): Snip => snip(text, span.start, span.end)
  const sentencesRemoved = pairing.removed.map((i) => sentence(older.text, pairing.older[i] as TextSpan))
  const sentencesAdded = pairing.added.map((j) => sentence(newer.text, pairing.newer[j] as TextSpan))
  const compared = pairing.linked.map((linked) => {
    const before = stretch(older.text, pairing.older, linked.older, forms)
    const after = stretch(newer.text, pairing.newer, linked.newer, forms)
    return { before: snip(older.text, before.span.start, before.span.end), after: snip(newer.text, after.span.start, after.span.end), differences: compareStretches(before, after) }
  })

  // The ledger's quotations, a short one corrected made one again, kept where the words changed: a
  // quotation read otherwise only because its line breaks moved has not been edited.
  const linkOlder = new Map(pairing.linked.flatMap((g, k) => g.older.map((i) => [i, k] as const)))
  const linkNewer = new Map(pairing.linked.flatMap((g, k) => g.newer.map((j) => [j, k] as const)))
  const linkOf = (doc: 0 | 1, at: number): number | undefined => (doc === 0 ? linkOlder : linkNewer).get(sentenceAt(doc === 0 ? pairing.older : pairing.newer, at))
  const changedOlder = [...sentencesRemoved, ...compared.flatMap((c) => c.differences.map((d) => d.before))]
  const changedNewer = [...sentencesAdded, ...compared.flatMap((c) => c.differences.map((d) => d.after))]
  const quotesChanged = joinCorrectedQuotes(quoteChanges(texts, ledger), texts, linkOf, forms).filter((q) => touched(q.before, changedOlder) || touched(q.after, changedNewer))

  const words = { added: 0, removed: 0 }
  for (const s of sentencesRemoved) words.removed += countWords(s.text)
  for (const s of sentencesAdded) words.added += countWords(s.text)
  const sentencesReworded: SentenceChange[] = []
  const numbersChanged: NumberChange[] = []
  for (const { before, after, differences } of compared) {
    const rest: Difference[] = []
    for (const difference of differences) {
      if (difference.kind === 'substitution' || difference.kind === 'omission') words.removed += countWords(difference.before.text)
      if (difference.kind === 'substitution' || difference.kind === 'insertion') words.added += countWords(difference.after.text)
      if (toldByQuote(difference, quotesChanged)) continue
      const number = numberChange(texts, difference)
      if (number) numbersChanged.push(number)
      else rest.push(difference)
    }
    if (rest.length > 0) sentencesReworded.push({ before, after, differences: rest })
  }

  return {
    headline: headlineChange(older.title, newer.title),
    sentencesAdded,
    sentencesRemoved,
    sentencesReworded: sentencesReworded.sort((x, y) => x.before.start - y.before.start),
    quotesChanged,
    numbersChanged: numbersChanged.sort((x, y) => x.before.start - y.before.start),
    words,
  }
}

/** Whether the summary has nothing to tell: the two versions say the same. */
export function isUnchanged(summary: RevisionSummary): boolean {
  return (
    summary.headline === null &&
    summary.sentencesAdded.length === 0 &&
    summary.sentencesRemoved.length === 0 &&
    summary.sentencesReworded.length === 0 &&
    summary.quotesChanged.length === 0 &&
    summary.numbersChanged.length === 0
  )
}
