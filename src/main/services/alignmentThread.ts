// The main process's alignment thread (node:worker_threads): aligns the texts it is sent with the shared
// engine, and builds a quote ledger when it is asked for one (the window asks once it has drawn the
// passages, so the two do not compete for the cores). It lives as long as the app, so the engine is compiled
// once and every comparison after the first is aligned warm. Alignments go before ledgers: a comparison
// being opened does not wait behind the quotations of one opened before it. Its messages:
// alignmentThreadProtocol.ts.

import { parentPort } from 'node:worker_threads'
import { alignDocuments } from '../../shared/alignment'
import { buildQuoteLedger, type QuoteLedger } from '../../shared/quotes'
import type { ThreadAnswer, ThreadJob } from './alignmentThreadProtocol'

const port = parentPort
if (!port) throw new Error('The alignment thread must be started as a worker thread.')

const post = (answer: ThreadAnswer): void => port.postMessage(answer)

type Of<T extends ThreadJob['type']> = Extract<ThreadJob, { type: T }>
const aligning: Array<Of<'align'>> = []
const quoting: Array<Of<'quote'>> = []
let scheduled = false

function align({ id, texts }: Of<'align'>): void {
  try {
    const started = performance.now()
    const alignment = alignDocuments(texts)
    post({ id, type: 'done', alignment, milliseconds: performance.now() - started })
  } catch (error) {
    post({ id, type: 'error', message: error instanceof Error ? error.message : String(error) })
  }
}

function quote({ id, texts, alignment }: Of<'quote'>): void {
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
  if (job.type === 'align') aligning.push(job)
  else quoting.push(job)
  schedule()
})
