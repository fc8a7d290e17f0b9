// Messages between the alignment service (alignments.ts) and its thread (alignmentThread.ts): a job of
// texts; the alignment, then the quote ledger built from it, or an error.

import type { Alignment } from '../../shared/alignment'
import type { QuoteLedger } from '../../shared/quotes'

export interface ThreadJob {
  id: number
  texts: string[]
}

export type ThreadAnswer =
  | { id: number; type: 'done'; alignment: Alignment; milliseconds: number }
  | { id: number; type: 'quotes'; ledger: QuoteLedger | null }
  | { id: number; type: 'error'; message: string }
