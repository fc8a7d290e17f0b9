// Aligns a comparison's texts in a Web Worker and reports progress. One worker serves the whole window:
// it is started as soon as a comparison begins to open (prewarmAlignment), so its start-up overlaps with
// loading the reports. Where workers are unavailable (component tests), it aligns on the main thread after
// a tick, so the first paint still comes first.

import { useEffect, useState } from 'react'
import { ALIGNMENT_STAGES, alignDocuments, type Alignment, type AlignmentStage } from '../../../../shared/alignment'
import type { AlignRequest, AlignResponse } from '../../workers/alignmentProtocol'

export type AlignmentState =
  | { status: 'aligning'; stage: AlignmentStage | null; fraction: number }
  | { status: 'done'; alignment: Alignment }
  | { status: 'failed'; message: string }

type Listener = (message: AlignResponse) => void

let worker: Worker | null = null
const listeners = new Map<number, Listener>()
let nextRequest = 1

function alignmentWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  if (!worker) {
    worker = new Worker(new URL('../../workers/alignment.worker.ts', import.meta.url), { type: 'module', name: 'alignment' })
    worker.addEventListener('message', (event: MessageEvent<AlignResponse>) => listeners.get(event.data.id)?.(event.data))
    worker.addEventListener('error', (event) => {
      // A worker that failed to start or crashed answers no one: tell every waiting view, start afresh next time.
      for (const [id, listener] of listeners) listener({ id, type: 'error', message: event.message || 'The alignment worker stopped.' })
      worker = null
    })
  }
  return worker
}

/** Starts the worker (if it is not running) while the reports are still loading. */
export function prewarmAlignment(): void {
  alignmentWorker()
}

export function useAlignment(texts: readonly string[] | null): AlignmentState {
  const [state, setState] = useState<{ texts: readonly string[] | null; value: AlignmentState }>({
    texts: null,
    value: { status: 'aligning', stage: null, fraction: 0 },
  })

  useEffect(() => {
    if (!texts) return
    const settle = (value: AlignmentState): void => setState({ texts, value })
    const target = alignmentWorker()
    if (!target) {
      const timer = setTimeout(() => {
        try {
          settle({ status: 'done', alignment: alignDocuments(texts) })
        } catch (error) {
          settle({ status: 'failed', message: (error as Error).message })
        }
      }, 0)
      return () => clearTimeout(timer)
    }
    const id = nextRequest++
    listeners.set(id, (message) => {
      if (message.type === 'progress') settle({ status: 'aligning', stage: message.stage, fraction: message.index / message.of })
      else {
        listeners.delete(id)
        settle(message.type === 'done' ? { status: 'done', alignment: message.alignment } : { status: 'failed', message: message.message })
      }
    })
    target.postMessage({ id, texts: [...texts] } satisfies AlignRequest)
    // A view that goes away stops listening; the worker finishes the job and its answer is dropped.
    return () => void listeners.delete(id)
  }, [texts])

  return state.texts === texts ? state.value : { status: 'aligning', stage: null, fraction: 0 }
}

export { ALIGNMENT_STAGES }
