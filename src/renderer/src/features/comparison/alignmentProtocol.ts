// Messages between the comparison view and the alignment worker.

import type { Alignment, AlignmentStage } from '../../../../shared/alignment'

export interface AlignRequest {
  id: number
  texts: string[]
}

export type AlignResponse =
  | { id: number; type: 'progress'; stage: AlignmentStage; index: number; of: number }
  | { id: number; type: 'done'; alignment: Alignment; milliseconds: number }
  | { id: number; type: 'error'; message: string }
