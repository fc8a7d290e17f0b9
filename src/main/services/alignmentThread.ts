// The main process's alignment thread (node:worker_threads): aligns the texts it is sent with the shared
// engine, then builds their quote ledger, and answers each in its own message, so the window can draw its
// passages before the quotations are ready. It lives as long as the app, so the engine is compiled once
// and every comparison after the first is aligned warm. Alignments go before ledgers: a comparison being
// opened does not wait behind the quotations of one opened before it. Its messages:
// alignmentThreadProtocol.ts.

import { parentPort } from 'node:worker_threads'
import { alignDocuments, type Alignment } from '../../shared/alignment'
import { buildQuoteLedger, type QuoteLedger } from '../../shared/quotes'
import type { ThreadAnswer, ThreadJob } from './alignmentThreadProtocol'

const port = parentPort
if (!port) throw new Error('The alignment thread must be started as a worker thread.')

const post = (answer: ThreadAnswer): void => port.postMessage(answer)

const aligning: ThreadJob[] = []
const quoting: Array<ThreadJob & { alignment: Alignment }> = []
let scheduled = false

function align({ id, texts }: ThreadJob): void {
  try {
    const started = performance.now()
    const alignment = alignDocuments(texts)
    post({ id, type: 'done', alignment, milliseconds: performance.now() - started })
    quoting.push({ id, texts, alignment })
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

function quote({ id, texts, alignment }: (typeof quoting)[number]): void {
  let ledger: QuoteLedger | null = null
  try {
    ledger = buildQuoteLedger(texts, alignment)
  } catch {
    // The comparison stands without its quotations, as in the window.
  }
  post({ id, type: 'quotes', ledger })
}

/** One piece of work per turn of the event loop, so that jobs sent meanwhile are heard before the next. */
function next(): void {
  scheduled = false
  const job = aligning.shift()
  if (job) align(job)
  else {
    const ledger = quoting.shift()
    if (ledger) quote(ledger)
  }
  if (aligning.length > 0 || quoting.length > 0) schedule()
}

function schedule(): void {
  if (scheduled) return
  scheduled = true
  setImmediate(next)
}

port.on('message', (job: ThreadJob) => {
  aligning.push(job)
  schedule()
})
