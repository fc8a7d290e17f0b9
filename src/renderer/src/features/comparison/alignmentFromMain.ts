// A comparison's alignment and quote ledger from the main process, which aligns on a thread that is warm
// after its first job and begins as soon as the comparison is asked for: the window's own worker is a
// fresh isolate whose first run is several times slower. Main's answer is used only while the hashes of
// the texts it was made from are those of the reports shown; otherwise, and on any failure, the window
// aligns them itself, as it did before. The quote ledger is asked for once the passages are drawn: main
// builds it only then, so that its thread and this window do not share the cores while they are drawn.

import { client } from '../../api'
import { afterNextPaint } from './afterNextPaint'
import { ALIGNMENT_MARKS, type AlignResponse } from './alignmentProtocol'

/** The comparison whose reports are being aligned, and their texts' hashes (SHA-256, in column order). */
export interface MainSource {
  comparisonId: string
  textHashes: readonly string[]
}

const sameHashes = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((hash, i) => hash === b[i])

/**
 * Asks main for the alignment as request `id`, and answers `listener` as the window's worker would (the
 * alignment, then the ledger); calls `inWindow` when main has none for these texts. Returns the stop.
 */
export function alignInMain(id: number, { comparisonId, textHashes }: MainSource, listener: (message: AlignResponse) => void, inWindow: () => () => void): () => void {
  let stopped = false
  let stopInWindow = (): void => {}
  let cancelLedger = (): void => {}
  const fallBack = (): void => {
    if (!stopped) stopInWindow = inWindow()
  }
  performance.mark(ALIGNMENT_MARKS.asked, { detail: { source: 'main' } })
  client.getAlignment({ comparisonId }).then((answer) => {
    if (stopped) return
    if (!sameHashes(answer.textHashes, textHashes)) return fallBack()
    performance.mark(ALIGNMENT_MARKS.done, { detail: { workerMs: answer.alignedMs, waitedMs: answer.waitedMs, source: 'main', found: answer.found } })
    listener({ id, type: 'done', alignment: answer.alignment, milliseconds: answer.alignedMs })
    const askForLedger = (): void => {
      client.getQuoteLedger({ comparisonId }).then(
        // A ledger of other texts (a report changed between the two answers) is not shown; the quotations then say they could not be read.
        (quotes) => !stopped && listener({ id, type: 'quotes', ledger: sameHashes(quotes.textHashes, textHashes) ? quotes.ledger : null }),
        () => !stopped && listener({ id, type: 'quotes', ledger: null }),
      )
    }
    // After the frame that shows the passages: the view draws them in a task queued just now, which may
    // come after the next frame; the frame after that one has them.
    cancelLedger = afterNextPaint(() => (cancelLedger = afterNextPaint(askForLedger)))
  }, fallBack)
  return () => {
    stopped = true
    stopInWindow()
    cancelLedger()
  }
}
