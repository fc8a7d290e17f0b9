// The calls that bring a comparison's alignment and quote ledger from the main process, which aligns on a
// thread kept warm and starts as soon as the comparison is asked for (main/services/alignments.ts). Each
// answer names the texts it was made from by their hashes (SHA-256 of each text, in column order, as the
// library names bodies): the window uses it only while those are the texts it shows, and otherwise aligns
// them itself.

import { z } from 'zod'
import type { Alignment } from '../alignment/types'
import type { QuoteLedger } from '../quotes/types'
import { call, id } from './call'

const comparisonInput = z.strictObject({ comparisonId: id }, { error: 'Expected an object of the form { comparisonId }.' })

/** What the main process had when asked: the result done, the work under way, or nothing yet. */
export type AlignmentFound = 'ready' | 'aligning' | 'new'

export interface MainAlignment {
  textHashes: string[]
  alignment: Alignment
  /** The ms its thread spent aligning. */
  alignedMs: number
  /** The ms the work spent besides: waiting behind other work in the thread, and crossing to main. */
  waitedMs: number
  found: AlignmentFound
}

export interface MainQuoteLedger {
  textHashes: string[]
  /** null: it could not be built; the comparison stands without its quotations. */
  ledger: QuoteLedger | null
}

export const alignmentCalls = {
  /** The alignment of the comparison's reports as they are now, in column order. */
  getAlignment: call(comparisonInput).answers<MainAlignment>(),
  /** Their quote ledger, built after the alignment. */
  getQuoteLedger: call(comparisonInput).answers<MainQuoteLedger>(),
}
