// Each report's quotations, attributed and cut into words, kept for the next ledger that holds the same
// report. Reading a report (its names, its attributions) is most of the ledger's work and depends on that
// report's text alone, so a comparison built again, a report added to it, or one version of an article set
// against the next reads only the text it has not read before.

import { findQuotations, type Quotation } from './quotations'
import { forgetWordForms, numberingRound, wordsIn, type Word } from './words'

/** One report's quotation with its words. Shared between ledgers: never changed once made. */
export interface ReadQuotation {
  readonly quotation: Quotation
  readonly words: Word[]
}

/** How many reports are kept, the most recently used: a comparison's reports and a few more. */
const KEPT = 24

const kept = new Map<string, { round: number; quotations: readonly ReadQuotation[] }>()

/** The quotations of each report with their words, read now or kept from an earlier ledger: all of them kept,
 *  however many (a comparison of fifty reports built again reads none of them again). */
export function readReports(texts: readonly string[]): Array<readonly ReadQuotation[]> {
  return texts.map((text) => readQuotations(text, texts.length))
}

/** The quotations of one report with their words, read now or kept from an earlier ledger; at least `keep`
 *  reports are kept. */
export function readQuotations(text: string, keep = KEPT): readonly ReadQuotation[] {
  const known = kept.get(text)
  if (known && known.round === numberingRound()) {
    // Used again: moved to the end, the last to be forgotten.
    kept.delete(text)
    kept.set(text, known)
    return known.quotations
  }
  const quotations = findQuotations(text).map((quotation) => ({ quotation, words: wordsIn(text, quotation.start, quotation.end) }))
  // Made in the round current once all of them are numbered.
  kept.delete(text)
  kept.set(text, { round: numberingRound(), quotations })
  while (kept.size > Math.max(KEPT, keep)) kept.delete(kept.keys().next().value as string)
  return quotations
}

/** Forgets every report read, and the words' forms: the next ledger reads its reports from their text (the
 *  benchmark's cold runs). */
export function forgetReadQuotations(): void {
  kept.clear()
  forgetWordForms()
}
