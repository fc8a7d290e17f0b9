// Runs the alignment off the UI thread: the view stays responsive while long reports are compared. The quote
// ledger follows in a second message, built from the alignment.

import { ALIGNMENT_STAGES, alignDocuments } from '../../../../shared/alignment'
import { buildQuoteLedger } from '../../../../shared/quotes'
import type { AlignRequest, AlignResponse } from './alignmentProtocol'

const post = (message: AlignResponse): void => self.postMessage(message)

/** The quote ledger, or null when it fails: the comparison stands without it. */
function ledgerOf(texts: string[], alignment: Parameters<typeof buildQuoteLedger>[1]): ReturnType<typeof buildQuoteLedger> | null {
  try {
    return buildQuoteLedger(texts, alignment)
  } catch {
    return null
  }
}

self.addEventListener('message', (event: MessageEvent<AlignRequest>) => {
  const { id, texts } = event.data
  try {
    const started = performance.now()
    const alignment = alignDocuments(texts, {}, (stage, index) => post({ id, type: 'progress', stage, index, of: ALIGNMENT_STAGES.length }))
    post({ id, type: 'done', alignment, milliseconds: performance.now() - started })
    post({ id, type: 'quotes', ledger: ledgerOf(texts, alignment) })
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})
