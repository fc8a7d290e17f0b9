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
