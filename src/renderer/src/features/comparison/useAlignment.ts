// Aligns a comparison's texts in a Web Worker and reports progress. One worker serves the whole window:
// it is started as soon as a comparison begins to open (prewarmAlignment), so its start-up overlaps with
// loading the reports, and it is sent the texts as soon as they arrive (alignEarly). Where workers are
// unavailable (component tests), it aligns on the main thread after a tick, so the first paint still comes
// first; the engine's code then loads on that first use, since the window's first screen has it in the worker. The quote ledger comes after the alignment, in its own message.

import { useLayoutEffect, useState } from 'react'
import type { Alignment } from '../../../../shared/alignment'
import { ALIGNMENT_STAGES, type AlignmentStage } from '../../../../shared/alignment/stages'
import type { QuoteLedger } from '../../../../shared/quotes'
import { ALIGNMENT_MARKS, type AlignRequest, type AlignResponse } from './alignmentProtocol'

export type AlignmentState =
  | { status: 'aligning'; stage: AlignmentStage | null; fraction: number }
  /** ledger: the quote ledger, undefined while it is being built, null if it could not be. */
  | { status: 'done'; alignment: Alignment; ledger: QuoteLedger | null | undefined }
  | { status: 'failed'; message: string }

type Listener = (message: AlignResponse) => void

let worker: Worker | null = null
let workerFailed = false
const pending = new Map<number, { texts: string[]; listener: Listener }>()
let nextRequest = 1

/** Aligns on this thread, after a tick so that what is already on screen paints first. */
function alignHere(id: number, texts: readonly string[], listener: Listener): () => void {
  let stopped = false
  let ledgerTimer: ReturnType<typeof setTimeout> | undefined
  const timer = setTimeout(() => {
    void Promise.all([import('../../../../shared/alignment'), import('../../../../shared/quotes')]).then(
      ([{ alignDocuments }, { buildQuoteLedger }]) => {
        if (stopped) return
        try {
          const alignment = alignDocuments(texts)
          listener({ id, type: 'done', alignment, milliseconds: 0 })
          ledgerTimer = setTimeout(() => {
            let ledger: QuoteLedger | null = null
            try {
              ledger = buildQuoteLedger(texts, alignment)
            } catch {
              // The comparison stands without its quotations.
            }
            listener({ id, type: 'quotes', ledger })
          }, 0)
        } catch (error) {
          listener({ id, type: 'error', message: (error as Error).message })
        }
      },
      (error: unknown) => {
        if (!stopped) listener({ id, type: 'error', message: (error as Error).message })
      },
    )
  }, 0)
  return () => {
    stopped = true
    clearTimeout(timer)
    clearTimeout(ledgerTimer)
  }
}

function alignmentWorker(): Worker | null {
  if (typeof Worker === 'undefined' || workerFailed) return null
  if (!worker) {
    try {
      worker = new Worker(new URL('./alignment.worker.ts', import.meta.url), { type: 'module', name: 'alignment' })
    } catch {
      workerFailed = true
      return null
    }
    worker.addEventListener('message', (event: MessageEvent<AlignResponse>) => {
      if (event.data.type === 'done') performance.mark(ALIGNMENT_MARKS.done, { detail: { workerMs: event.data.milliseconds } })
      pending.get(event.data.id)?.listener(event.data)
    })
    worker.addEventListener('error', () => {
      // A worker that cannot start (or crashes) answers no one: align what was asked here instead, slower
      // but complete, and stop using workers in this window.
      workerFailed = true
      worker = null
      for (const [id, { texts, listener }] of pending) alignHere(id, texts, listener)
    })
  }
  return worker
}

/** Starts the worker (if it is not running) while the reports are still loading. */
export function prewarmAlignment(): void {
  alignmentWorker()
}

/** An alignment asked for as soon as the texts arrived, before the view that shows it has mounted. */
let early: { texts: readonly string[]; id: number; heard: AlignResponse[]; listener: Listener | null } | null = null

/**
 * Sends the texts to the worker now, as they arrive, rather than when the plain columns are committed:
 * drawing those columns in React takes tens of ms, which the alignment, the longest wait before the first
 * frame with passages, then no longer waits for. The view's useAlignment takes the answer over (sameTexts).
 */
export function alignEarly(texts: readonly string[]): void {
  if (!alignmentWorker()) return
  if (early) pending.delete(early.id)
  const job = { texts, id: nextRequest++, heard: [] as AlignResponse[], listener: null as Listener | null }
  early = job
  sendToWorker(job.id, texts, (message) => {
    if (job.listener) return job.listener(message)
    job.heard.push(message)
    // Never taken over: the last message ends the job.
    if (message.type === 'quotes' || message.type === 'error') pending.delete(job.id)
  })
}

/** Asks the worker to align `texts` as request `id`; false where no worker can run. */
function sendToWorker(id: number, texts: readonly string[], listener: Listener): boolean {
  const target = alignmentWorker()
  if (!target) return false
  pending.set(id, { texts: [...texts], listener })
  performance.mark(ALIGNMENT_MARKS.asked)
  target.postMessage({ id, texts: [...texts] } satisfies AlignRequest)
  return true
}

const sameTexts = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((text, i) => text === b[i])

/** The early alignment of these texts, now answering `listener` (what it heard so far first); its id. */
function takeEarly(texts: readonly string[], listener: Listener): number | null {
  const job = early
  if (!job || !sameTexts(job.texts, texts)) return null
  early = null
  job.listener = listener
  for (const message of job.heard) listener(message)
  return job.id
}

export function useAlignment(texts: readonly string[] | null): AlignmentState {
  const [state, setState] = useState<{ texts: readonly string[] | null; value: AlignmentState }>({
    texts: null,
    value: { status: 'aligning', stage: null, fraction: 0 },
  })

  // A layout effect: the texts go to the worker as the plain columns are committed, so the alignment runs
  // while they are laid out and painted, not after (a passive effect waits for that paint).
  useLayoutEffect(() => {
    if (!texts) return
    const settle = (value: AlignmentState): void => setState({ texts, value })
    // This request's number: an early one's (alignEarly) if it takes that over, else a new one.
    let id = -1
    let alignment: Alignment | null = null
    const listener: Listener = (message) => {
      if (message.type === 'progress') return settle({ status: 'aligning', stage: message.stage, fraction: message.index / message.of })
      if (message.type === 'done') {
        alignment = message.alignment
        return settle({ status: 'done', alignment, ledger: undefined })
      }
      pending.delete(id)
      if (message.type === 'quotes') settle(alignment ? { status: 'done', alignment, ledger: message.ledger } : { status: 'failed', message: 'the alignment was lost' })
      else settle({ status: 'failed', message: message.message })
    }
    const taken = takeEarly(texts, listener)
    if (taken !== null) {
      id = taken
      return () => void pending.delete(taken)
    }
    id = nextRequest++
    if (!sendToWorker(id, texts, listener)) return alignHere(id, texts, listener)
    // A view that goes away stops listening; the worker finishes the job and its answer is dropped.
    return () => void pending.delete(id)
  }, [texts])

  return state.texts === texts ? state.value : { status: 'aligning', stage: null, fraction: 0 }
}

export { ALIGNMENT_STAGES }
