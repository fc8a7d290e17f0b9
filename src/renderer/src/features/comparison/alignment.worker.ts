// Runs the alignment off the UI thread: the view stays responsive while long reports are compared.

import { ALIGNMENT_STAGES, alignDocuments } from '../../../../shared/alignment'
import type { AlignRequest, AlignResponse } from './alignmentProtocol'

const post = (message: AlignResponse): void => self.postMessage(message)

self.addEventListener('message', (event: MessageEvent<AlignRequest>) => {
  const { id, texts } = event.data
  try {
    const started = performance.now()
    const alignment = alignDocuments(texts, {}, (stage, index) => post({ id, type: 'progress', stage, index, of: ALIGNMENT_STAGES.length }))
    post({ id, type: 'done', alignment, milliseconds: performance.now() - started })
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})
