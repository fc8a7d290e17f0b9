// Comparisons aligned in the main process, on one worker thread that lives as long as the app
// (alignmentThread.ts). A window is a fresh JavaScript isolate: aligning in its own worker pays the
// engine's cold first run (several times the warm one) every time a window opens on a comparison. Here the
// engine is warm after its first job, the work starts as soon as main knows the texts (before the window
// asks), and the newest results are kept by the hashes of their texts, so a reopen finds them done without
// reading the texts again. A comparison's quote ledger is built when first asked for (after its alignment).
// Work asked for twice while in flight is done once; a thread that dies is replaced, and a job it was doing
// is tried once more before it is refused with a message.

import { Worker } from 'node:worker_threads'
import type { Alignment } from '../../shared/alignment'
import { AppError } from '../../shared/domain/errors'
import type { AlignmentFound, MainAlignment, MainQuoteLedger } from '../../shared/ipc/alignments'
import type { QuoteLedger } from '../../shared/quotes'
import { hashText } from '../storage/bodies'
import type { LibraryStore } from '../storage/libraryStore'
import type { ThreadAnswer, ThreadJob } from './alignmentThreadProtocol'

export interface AlignmentsOptions {
  /** The thread's program: the built alignmentThread.js in the app, a loader of its source in tests. */
  threadEntry: string | URL
  /** At most this many comparisons' results are kept, the most recently asked for (default 6)... */
  maxKept?: number
  /** ...and at most this many characters of their texts together (default 10 million); the newest always stays. */
  maxKeptChars?: number
  /** Told of every thread started (tests watch one die or end). */
  onThread?: (thread: Worker) => void
}

interface Aligned {
  alignment: Alignment
  milliseconds: number
  waitedMs: number
}

/**
 * A comparison's reports as the service takes them: their texts' hashes (SHA-256, the names of the library's
 * bodies), which say whether a result is kept, and their texts, read only when one is not.
 */
export interface Reports {
  textHashes: readonly string[]
  texts: () => Promise<readonly string[]>
}

/** Reports whose texts are in hand. */
export function reportsOf(texts: readonly string[]): Reports {
  return { textHashes: texts.map(hashText), texts: () => Promise.resolve(texts) }
}

/** Comparison `id`'s reports as they are now, from the library's records; their bodies are read when needed. */
export function reportsInLibrary(store: LibraryStore, id: string): Reports {
  const textHashes = store.comparison(id).articleIds.map((articleId) => store.article(articleId).textHash)
  // A body is named by the hash of its text, so what is read is the text these hashes name.
  return { textHashes, texts: () => Promise.all(textHashes.map((hash) => store.bodies.get(hash))) }
}

interface Entry {
  /** Read when the entry is made; `chars` is known once they are. */
  texts: Promise<string[]>
  textHashes: string[]
  chars: number
  alignment: Promise<Aligned>
  /** Asked for on first use (ledger()), after the alignment; null until then, and again after a failure. */
  ledger: Promise<QuoteLedger | null> | null
  settled: boolean
}

/** A message to the thread, waiting for its answer. */
interface Job {
  message: ThreadJob
  /** How many threads have been given it: a job is tried on two at most. */
  tries: number
  /** When it was last sent to a thread (performance.now()). */
  sentAt: number
  answer: (answer: Exclude<ThreadAnswer, { type: 'error' }>) => void
  fail: (message: string) => void
}

/** The message a job is, without its number (given when it is sent). */
type JobMessage = ThreadJob extends infer M ? (M extends ThreadJob ? Omit<M, 'id'> : never) : never


/** A promise with its settling functions outside it (Promise.withResolvers, which Node 20 lacks). */
function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: Error) => void } {
  let resolve!: (value: T) => void
  let reject!: (error: Error) => void
  const promise = new Promise<T>((yes, no) => {
    resolve = yes
    reject = no
  })
  return { promise, resolve, reject }
}

export class Alignments {
  private readonly kept = new Map<string, Entry>()
  private readonly jobs = new Map<number, Job>()
  private thread: Worker | null = null
  private nextJob = 1
  private closed = false

  constructor(private readonly options: AlignmentsOptions) {}

  /** Begins aligning `reports` now, unless they are aligned or being aligned; the answer is kept for later. */
  start(reports: Reports): void {
    if (!this.closed) this.entryOf(reports)
  }

  /** The alignment of `reports`, with the hashes of the texts it was made from and what was found on asking. */
  async alignment(reports: Reports): Promise<MainAlignment> {
    const { entry, found } = this.entryOf(reports)
    const { alignment, milliseconds, waitedMs } = await entry.alignment
    return { textHashes: entry.textHashes, alignment, alignedMs: milliseconds, waitedMs, found }
  }

  /** The quote ledger of `texts` (null when it could not be built), after their alignment. It is built
   *  only when first asked for: a window asks once its passages are drawn, so that the two do not compete. */
  async ledger(reports: Reports): Promise<MainQuoteLedger> {
    const { entry } = this.entryOf(reports)
    if (!entry.ledger) {
      const ledger = Promise.all([entry.texts, entry.alignment])
        .then(([texts, { alignment }]) => this.run({ type: 'quote', texts, alignment }))
        .then((answer) => (answer.type === 'quotes' ? answer.ledger : null))
      entry.ledger = ledger
      // A failed ledger is not kept: the next ask tries again.
      ledger.catch(() => {
        if (entry.ledger === ledger) entry.ledger = null
      })
    }
    return { textHashes: entry.textHashes, ledger: await entry.ledger }
  }

  /** Forgets every kept result (work in flight still answers those waiting for it). */
  clear(): void {
    this.kept.clear()
  }

  /** Ends the thread; work in flight is refused, and so is any asked for after. */
  async close(): Promise<void> {
    this.closed = true
    this.kept.clear()
    for (const job of this.jobs.values()) job.fail('Parallax is closing.')
    this.jobs.clear()
    const thread = this.thread
    this.thread = null
    if (thread) await thread.terminate()
  }

  private entryOf(reports: Reports): { entry: Entry; found: AlignmentFound } {
    if (this.closed) throw new AppError('internal', 'Parallax is closing and compares no more reports.')
    const key = reports.textHashes.join(' ')
    const kept = this.kept.get(key)
    if (kept) {
      // Most recently asked for last: the first in the map is the first to go.
      this.kept.delete(key)
      this.kept.set(key, kept)
      return { entry: kept, found: kept.settled ? 'ready' : 'aligning' }
    }
    const entry = this.newJob(reports)
    this.kept.set(key, entry)
    // A failed result is not kept: the next ask tries again.
    entry.alignment.catch(() => {
      if (this.kept.get(key) === entry) this.kept.delete(key)
    })
    this.evict()
    return { entry, found: 'new' }
  }

  private newJob(reports: Reports): Entry {
    const texts = reports.texts().then((read) => [...read])
    const entry: Entry = { texts, textHashes: [...reports.textHashes], chars: 0, alignment: texts.then((read) => this.align(entry, read)), ledger: null, settled: false }
    // Nobody may be waiting (start): a failure is then the next asker's to hear, not an unhandled one.
    entry.alignment.then(() => (entry.settled = true), () => {})
    return entry
  }

  private async align(entry: Entry, texts: string[]): Promise<Aligned> {
    // Their size counts toward what is kept from now on.
    entry.chars = texts.reduce((n, t) => n + t.length, 0)
    this.evict()
    const answer = await this.run({ type: 'align', texts })
    if (answer.type !== 'done') throw new AppError('internal', 'Parallax could not compare these reports: its alignment thread answered out of turn.')
    return { alignment: answer.alignment, milliseconds: answer.milliseconds, waitedMs: answer.waitedMs }
  }

  /** Sends `message` to the thread; its answer, with the ms it waited besides the thread's own work. */
  private run(message: JobMessage): Promise<Exclude<ThreadAnswer, { type: 'error' }> & { waitedMs: number }> {
    if (this.closed) return Promise.reject(new AppError('internal', 'Parallax is closing and compares no more reports.'))
    const answer = deferred<Exclude<ThreadAnswer, { type: 'error' }> & { waitedMs: number }>()
    const id = this.nextJob++
    const job: Job = {
      message: { ...message, id } as ThreadJob,
      tries: 0,
      sentAt: 0,
      answer: (heard) => answer.resolve({ ...heard, waitedMs: Math.max(0, performance.now() - job.sentAt - (heard.type === 'done' ? heard.milliseconds : 0)) }),
      fail: (why) => answer.reject(new AppError('internal', why)),
    }
    this.jobs.set(id, job)
    this.send(job)
    return answer.promise
  }

  private evict(): void {
    const limit = this.options.maxKept ?? 6
    const charLimit = this.options.maxKeptChars ?? 10_000_000
    let chars = [...this.kept.values()].reduce((n, e) => n + e.chars, 0)
    for (const [key, entry] of this.kept) {
      if (this.kept.size <= 1 || (this.kept.size <= limit && chars <= charLimit)) break
      this.kept.delete(key)
      chars -= entry.chars
    }
  }

  private send(job: Job): void {
    job.tries++
    let thread: Worker
    try {
      thread = this.thread ?? this.startThread()
    } catch (error) {
      this.jobs.delete(job.message.id)
      return job.fail(`Parallax could not start its alignment thread: ${(error as Error).message}`)
    }
    // Held open while it has work, so that a process waiting for an answer does not exit under it.
    thread.ref()
    job.sentAt = performance.now()
    thread.postMessage(job.message)
  }

  private startThread(): Worker {
    const thread = new Worker(this.options.threadEntry, { name: 'alignment' })
    thread.on('message', (answer: ThreadAnswer) => this.heard(answer))
    thread.on('error', (error) => this.lost(thread, error.message))
    thread.on('exit', (code) => this.lost(thread, `it stopped with exit code ${code}`))
    this.thread = thread
    this.options.onThread?.(thread)
    return thread
  }

  private heard(answer: ThreadAnswer): void {
    const job = this.jobs.get(answer.id)
    if (!job) return
    this.jobs.delete(answer.id)
    if (answer.type === 'error') job.fail(`Parallax could not compare these reports: ${answer.message}`)
    else job.answer(answer)
    if (this.jobs.size === 0) this.thread?.unref()
  }

  /** The thread died (or could not start): its jobs go to a new one, each at most once more. */
  private lost(thread: Worker, why: string): void {
    if (this.thread !== thread) return
    this.thread = null
    void thread.terminate()
    for (const [id, job] of [...this.jobs]) {
      if (job.tries < 2) {
        this.send(job)
        continue
      }
      this.jobs.delete(id)
      job.fail(`Parallax could not ${job.message.type === 'align' ? 'compare these reports' : 'read the quotations of these reports'}: its alignment thread failed twice (${why}).`)
    }
  }
}
