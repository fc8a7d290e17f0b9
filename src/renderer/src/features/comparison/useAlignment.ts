// Brings a comparison's alignment to the view, with progress. A comparison's comes from the main process
// (alignmentFromMain), which began aligning it when the window asked for the reports; where main has none
// for these texts (or fails), and for texts of no comparison (versions, print), the window aligns them in a
// Web Worker, started only then (or by prewarmAlignment, where a view will surely need it). The texts are
// sent as soon as they arrive (alignEarly). Where workers are unavailable (component tests), it aligns on
// the main thread after a tick, so the first paint still comes first; the engine's code then loads on that
// first use. The quote ledger comes after the alignment, in its own message.

import { useLayoutEffect, useState } from 'react'
import type { Alignment } from '../../../../shared/alignment'
import { ALIGNMENT_STAGES, type AlignmentStage } from '../../../../shared/alignment/stages'
import type { QuoteLedger } from '../../../../shared/quotes'
import { ALIGNMENT_MARKS, type AlignRequest, type AlignResponse } from './alignmentProtocol'
import { alignInMain, type MainSource } from './alignmentFromMain'
import { afterNextPaint } from './afterNextPaint'

export type { MainSource } from './alignmentFromMain'

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
      const { data } = event
      if (data.type === 'done') performance.mark(ALIGNMENT_MARKS.done, { detail: { workerMs: data.milliseconds, source: 'window' } })
      pending.get(data.id)?.listener(data)
      // The last message of a job.
      if (data.type === 'quotes' || data.type === 'error') pending.delete(data.id)
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

/** Asks the worker to align `texts` as request `id`; false where no worker can run. */
function sendToWorker(id: number, texts: readonly string[], listener: Listener): boolean {
  const target = alignmentWorker()
  if (!target) return false
  pending.set(id, { texts: [...texts], listener })
  performance.mark(ALIGNMENT_MARKS.asked, { detail: { source: 'window' } })
  target.postMessage({ id, texts: [...texts] } satisfies AlignRequest)
  return true
}

/** Aligns `texts` in this window: in its worker, or on this thread where none can run. Returns the stop. */
function alignInWindow(id: number, texts: readonly string[], listener: Listener): () => void {
  if (!sendToWorker(id, texts, listener)) return alignHere(id, texts, listener)
  // A view that goes away stops listening; the worker finishes the job and its answer is dropped.
  return () => void pending.delete(id)
}

/** Aligns `texts` as request `id`: from main when they are a comparison's reports, else in the window. */
function startAlignment(texts: readonly string[], source: MainSource | undefined, listener: Listener): () => void {
  const id = nextRequest++
  return source ? alignInMain(id, source, listener, () => alignInWindow(id, texts, listener)) : alignInWindow(id, texts, listener)
}

/** An alignment asked for as soon as the texts arrived, before the view that shows it has mounted. */
let early: { texts: readonly string[]; heard: AlignResponse[]; listener: Listener | null; stop: () => void } | null = null

/**
 * Asks for the alignment now, as the texts arrive, rather than when the plain columns are committed:
 * drawing those columns in React takes tens of ms, which the alignment, the longest wait before the first
 * frame with passages, then no longer waits for. The view's useAlignment takes the answer over (sameTexts).
 */
export function alignEarly(texts: readonly string[], source?: MainSource): void {
  // Texts of no comparison are aligned early only where a worker can take them off this thread.
  if (!source && !alignmentWorker()) return
  early?.stop()
  const job: NonNullable<typeof early> = { texts, heard: [], listener: null, stop: () => {} }
  early = job
  job.stop = startAlignment(texts, source, (message) => (job.listener ? job.listener(message) : void job.heard.push(message)))
}

const sameTexts = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((text, i) => text === b[i])

/** The early alignment of these texts, now answering `listener` (what it heard so far first); its stop. */
function takeEarly(texts: readonly string[], listener: Listener): (() => void) | null {
  const job = early
  if (!job || !sameTexts(job.texts, texts)) return null
  early = null
  job.listener = listener
  for (const message of job.heard) listener(message)
  return job.stop
}

/** The alignment of `texts`; `source` names the comparison they are the reports of, to ask main for it. */
export function useAlignment(texts: readonly string[] | null, source?: MainSource): AlignmentState {
  const [state, setState] = useState<{ texts: readonly string[] | null; value: AlignmentState }>({
    texts: null,
    value: { status: 'aligning', stage: null, fraction: 0 },
  })

  // A layout effect: the texts go to the worker as the plain columns are committed, so the alignment runs
  // while they are laid out and painted, not after (a passive effect waits for that paint).
  useLayoutEffect(() => {
    if (!texts) return
    const settle = (value: AlignmentState): void => setState({ texts, value })
    let alignment: Alignment | null = null
    let cancelQuotes = (): void => {}
    const listener: Listener = (message) => {
      if (message.type === 'progress') return settle({ status: 'aligning', stage: message.stage, fraction: message.index / message.of })
      if (message.type === 'done') {
        alignment = message.alignment
        return settle({ status: 'done', alignment, ledger: undefined })
      }
      if (message.type === 'quotes') {
        const value: AlignmentState = alignment ? { status: 'done', alignment, ledger: message.ledger } : { status: 'failed', message: 'the alignment was lost' }
        // After the frame that shows the passages: a ledger that comes close behind the alignment (a short
        // comparison's, from the window's worker) would otherwise make that frame wait for the quotations too.
        cancelQuotes = afterNextPaint(() => settle(value))
      } else settle({ status: 'failed', message: message.message })
    }
    const stop = takeEarly(texts, listener) ?? startAlignment(texts, source, listener)
    return () => {
      stop()
      cancelQuotes()
    }
  }, [texts, source])

  return state.texts === texts ? state.value : { status: 'aligning', stage: null, fraction: 0 }
}

export { ALIGNMENT_STAGES }
