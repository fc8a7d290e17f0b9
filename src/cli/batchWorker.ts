// The worker-thread side of a batch (`--each`): the same program started again in a worker thread (see
// bin.ts), answering each cluster folder it is sent with that cluster's JSON line.

import { isMainThread, parentPort, workerData } from 'node:worker_threads'
import { compareCluster } from './cluster'

const ROLE = 'parallax-compare batch worker'

export interface BatchWorkerData {
  role: typeof ROLE
  raw: boolean
}

export interface ClusterRequest {
  folder: string
}

export interface ClusterAnswer {
  folder: string
  line: string
}

export const batchWorkerData = (raw: boolean): BatchWorkerData => ({ role: ROLE, raw })

/** Whether this thread was started to compare clusters. */
export function isBatchWorker(): boolean {
  return !isMainThread && (workerData as Partial<BatchWorkerData> | null)?.role === ROLE
}

/** Answers cluster folders one at a time until the main thread ends this worker. */
export function serveClusters(): void {
  const port = parentPort
  if (port === null) throw new Error('serveClusters runs only in a worker thread')
  const { raw } = workerData as BatchWorkerData
  port.on('message', ({ folder }: ClusterRequest) => {
    void compareCluster(folder, raw).then((line) => port.postMessage({ folder, line } satisfies ClusterAnswer))
  })
}
