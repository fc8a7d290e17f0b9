// Runs import jobs in the import worker, one worker for the window, started on first use. Stopping a job
// ends the worker (work that is under way cannot be interrupted otherwise) and starts a fresh one for any
// other job still waiting. Where a worker cannot start (component tests, a worker that fails to load or
// crashes), jobs run here on the UI thread after a tick: slower to the eye, but complete. The reading
// (and linkedom with it) is loaded here only then, so the window's own bundle does not carry it.

import type { ImportPreparation } from '../../../../reading/draft'
import { unpackPreparation, type ImportAnswer, type ImportJob, type ImportRequest, type ImportResponse, type ImportStep } from './importProtocol'
import { nextTask } from './nextTask'

export interface JobOptions {
  signal?: AbortSignal
  onStep?: (step: ImportStep) => void
}

interface Pending {
  job: ImportJob
  onStep: (step: ImportStep) => void
  resolve: (answer: ImportAnswer) => void
  reject: (error: unknown) => void
}

let worker: Worker | null = null
let workerFailed = false
const pending = new Map<number, Pending>()
let nextId = 1

function runHere(task: Pending, signal?: AbortSignal): void {
  const { job } = task
  nextTask(signal)
    .then(() => import('./importJobs'))
    .then(({ runImportJob }) => runImportJob(job, task.onStep))
    .then(task.resolve, task.reject)
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined' || workerFailed) return null
  if (worker) return worker
  let started: Worker
  try {
    started = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' })
  } catch {
    workerFailed = true
    return null
  }
  started.addEventListener('message', (event: MessageEvent<ImportResponse>) => {
    const message = event.data
    const task = pending.get(message.id)
    if (!task) return
    if (message.type === 'progress') return task.onStep(message.step)
    pending.delete(message.id)
    if (message.type === 'error') task.reject(new Error(message.message))
    else task.resolve(message)
  })
  started.addEventListener('error', (event) => {
    // A worker that cannot load, or crashes, answers no one: what was asked of it is done here instead,
    // and this window stops using workers.
    event.preventDefault()
    workerFailed = true
    if (worker === started) worker = null
    started.terminate()
    const waiting = [...pending.values()]
    pending.clear()
    for (const task of waiting) runHere(task)
  })
  worker = started
  return started
}

function post(target: Worker, id: number, task: Pending): void {
  pending.set(id, task)
  target.postMessage({ id, ...task.job } as ImportRequest)
}

/** Ends the worker mid-job and gives the jobs still waiting on it to a fresh one. */
function restartWorker(): void {
  worker?.terminate()
  worker = null
  const waiting = [...pending.entries()]
  pending.clear()
  if (waiting.length === 0) return
  const fresh = startWorker()
  for (const [id, task] of waiting) {
    if (fresh) post(fresh, id, task)
    else runHere(task)
  }
}

async function answerOf(job: ImportJob, { signal, onStep = () => {} }: JobOptions): Promise<ImportAnswer> {
  signal?.throwIfAborted()
  const target = startWorker()
  return new Promise<ImportAnswer>((resolve, reject) => {
    const id = nextId++
    const stop = (): void => {
      if (!pending.delete(id)) return
      reject(signal?.reason)
      restartWorker()
    }
    const settle =
      <T,>(then: (value: T) => void) =>
      (value: T): void => {
        signal?.removeEventListener('abort', stop)
        then(value)
      }
    const task: Pending = { job, onStep, resolve: settle(resolve), reject: settle(reject) }
    if (!target) return runHere(task, signal)
    signal?.addEventListener('abort', stop, { once: true })
    post(target, id, task)
  })
}

/** Reads one input off the UI thread where it can; rejects with the signal's reason when stopped. */
export async function runJob(job: ImportJob, options: JobOptions = {}): Promise<ImportPreparation> {
  const answer = await answerOf(job, options)
  options.signal?.throwIfAborted()
  if (answer.type !== 'done') throw new Error('The import worker answered a reading with a hash.')
  return unpackPreparation(answer.result)
}

/** The name the library would give a draft's text with these blocks dropped, worked out off the UI thread
 *  where it can be (a 20 MB text is some 200 ms of work). */
export async function hashInWorker(draft: { extracted: string; dropped: ReadonlySet<number> }): Promise<string> {
  const answer = await answerOf({ type: 'hash', extracted: draft.extracted, dropped: [...draft.dropped] }, {})
  if (answer.type !== 'hashed') throw new Error('The import worker answered a hash with a reading.')
  return answer.hash
}
