// How the attribution tests read a report: each quotation as "its first three words → its speaker", in the
// report's order, either as the quote ledger gives them (ledgerSpeakers) or as the report's reading finds them
// before any grouping (foundSpeakers).

import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'
import { findQuotations } from '../../../../src/shared/quotes/quotations'

const firstWords = (text: string): string => text.split(' ').slice(0, 3).join(' ')

/** Each quotation of one report in the ledger built on it alone. */
export function ledgerSpeakers(text: string): string[] {
  const ledger = buildQuoteLedger([text], alignDocuments([text]))
  return ledger.groups
    .flatMap((g) => g.instances)
    .sort((a, b) => a.start - b.start)
    .map((i) => `${firstWords(i.text)} → ${i.speaker}`)
}

/** Each quotation the reading of one report finds. */
export function foundSpeakers(text: string): string[] {
  return findQuotations(text).map((q) => `${firstWords(text.slice(q.start, q.end))} → ${q.speaker}`)
}
