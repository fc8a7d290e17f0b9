// Messages between the comparison view and the alignment worker: progress, the alignment, then the quote
// ledger built from it (so the columns show their passages without waiting for the quotations).

import type { Alignment, AlignmentStage } from '../../../../shared/alignment'
import type { QuoteLedger } from '../../../../shared/quotes'

export interface AlignRequest {
  id: number
  texts: string[]
}

export type AlignResponse =
  | { id: number; type: 'progress'; stage: AlignmentStage; index: number; of: number }
  | { id: number; type: 'done'; alignment: Alignment; milliseconds: number }
  /** After 'done': the quote ledger, built from the alignment (null if it could not be). */
  | { id: number; type: 'quotes'; ledger: QuoteLedger | null }
  | { id: number; type: 'error'; message: string }

/** User-timing marks of the page (performance.mark), so a trace or the benchmark can tell the alignment's
 *  part in the wait for passages: when the texts went to the worker, and when its alignment came back
 *  (detail: the ms the worker spent aligning). */
export const ALIGNMENT_MARKS = { asked: 'parallax:alignment-asked', done: 'parallax:alignment-done' } as const
