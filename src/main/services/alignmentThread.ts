// The main process's alignment thread (node:worker_threads): aligns the texts it is sent with the shared
// engine, then builds their quote ledger, and answers each in its own message, so the window can draw its
// passages before the quotations are ready. It lives as long as the app, so the engine is compiled once
// and every comparison after the first is aligned warm. Its messages: alignmentThreadProtocol.ts.

import { parentPort } from 'node:worker_threads'
import { alignDocuments } from '../../shared/alignment'
import { buildQuoteLedger, type QuoteLedger } from '../../shared/quotes'
import type { ThreadAnswer, ThreadJob } from './alignmentThreadProtocol'

const port = parentPort
if (!port) throw new Error('The alignment thread must be started as a worker thread.')

const post = (answer: ThreadAnswer): void => port.postMessage(answer)

port.on('message', ({ id, texts }: ThreadJob) => {
  try {
    const started = performance.now()
    const alignment = alignDocuments(texts)
    post({ id, type: 'done', alignment, milliseconds: performance.now() - started })
    let ledger: QuoteLedger | null = null
    try {
      ledger = buildQuoteLedger(texts, alignment)
    } catch {
      // The comparison stands without its quotations, as in the window.
    }
    post({ id, type: 'quotes', ledger })
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
})
