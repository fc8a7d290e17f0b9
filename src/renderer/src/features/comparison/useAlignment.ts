// Aligns a comparison's texts in a Web Worker and reports progress. Where workers are unavailable
// (component tests), it aligns on the main thread after a tick, so the first paint still comes first.

import { useEffect, useState } from 'react'
import { ALIGNMENT_STAGES, alignDocuments, type Alignment, type AlignmentStage } from '../../../../shared/alignment'
import type { AlignRequest, AlignResponse } from '../../workers/alignmentProtocol'

export type AlignmentState =
  | { status: 'aligning'; stage: AlignmentStage | null; fraction: number }
  | { status: 'done'; alignment: Alignment }
  | { status: 'failed'; message: string }

let nextRequest = 1

export function useAlignment(texts: readonly string[] | null): AlignmentState {
  const [state, setState] = useState<{ texts: readonly string[] | null; value: AlignmentState }>({
    texts: null,
    value: { status: 'aligning', stage: null, fraction: 0 },
  })

  useEffect(() => {
    if (!texts) return
    const id = nextRequest++
    const settle = (value: AlignmentState): void => setState({ texts, value })
    if (typeof Worker === 'undefined') {
      const timer = setTimeout(() => {
        try {
          settle({ status: 'done', alignment: alignDocuments(texts) })
        } catch (error) {
          settle({ status: 'failed', message: (error as Error).message })
        }
      }, 0)
      return () => clearTimeout(timer)
    }
    const worker = new Worker(new URL('../../workers/alignment.worker.ts', import.meta.url), { type: 'module', name: 'alignment' })
    worker.addEventListener('message', (event: MessageEvent<AlignResponse>) => {
      const message = event.data
      if (message.id !== id) return
      if (message.type === 'progress') settle({ status: 'aligning', stage: message.stage, fraction: message.index / message.of })
      else if (message.type === 'done') settle({ status: 'done', alignment: message.alignment })
      else settle({ status: 'failed', message: message.message })
    })
    worker.addEventListener('error', (event) => settle({ status: 'failed', message: event.message || 'The alignment worker stopped.' }))
    worker.postMessage({ id, texts: [...texts] } satisfies AlignRequest)
    return () => worker.terminate()
  }, [texts])

  return state.texts === texts ? state.value : { status: 'aligning', stage: null, fraction: 0 }
}

export { ALIGNMENT_STAGES }
