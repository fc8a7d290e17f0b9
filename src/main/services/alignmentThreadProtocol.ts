// Messages between the alignment service (alignments.ts) and its thread (alignmentThread.ts): texts to
// align, or texts with their alignment to read the quotations of; the alignment, the quote ledger, or an error.

import type { Alignment } from '../../shared/alignment'
import type { QuoteLedger } from '../../shared/quotes'

export type ThreadJob = { id: number; type: 'align'; texts: string[] } | { id: number; type: 'quote'; texts: string[]; alignment: Alignment }

export type ThreadAnswer =
  | { id: number; type: 'done'; alignment: Alignment; milliseconds: number }
  | { id: number; type: 'quotes'; ledger: QuoteLedger | null }
  | { id: number; type: 'error'; message: string }
