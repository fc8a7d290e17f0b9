// Highlights live in their own append-only journal (highlights.jsonl), not in library.json: saving one
// appends one line and flushes it (a few milliseconds, however large the library), where rewriting the
// whole metadata file would grow with every highlight. The journal is read once at start, each line on its
// own and strictly (UTF-8, JSON, a known entry), so a line cut short by a crash or damaged on disk costs
// that line only: it is skipped and counted (recovery.ts decides what to tell the person and keeps the file
// as found). When the journal has grown well past what it holds, it is rewritten compactly.
//
// What is acknowledged is on disk: every byte of the line written (a short write is retried, a failed one
// cut back off the file so nothing is glued to it) and flushed, and a new file's folder flushed too. The
// journal keeps, itself, what its file holds, and a compaction rewrites that state as it stands when the
// rewrite runs, after every write queued before it: it can never put back an older state than one already
// acknowledged.

import { z } from 'zod'
import type { Highlight } from '../../shared/domain/highlight'
import { AppendOnlyFile, readLines } from './appendOnlyFile'
import { highlightSchema, type JournalHighlight } from './schema'
import { SerialQueue } from './serialQueue'
import { decodeUtf8 } from './strictUtf8'

const entrySchema = z.union([z.object({ put: highlightSchema }), z.object({ remove: z.string().min(1) })])
type Entry = z.infer<typeof entrySchema>

export interface JournalLoad {
  highlights: Map<string, JournalHighlight>
  /** Lines read. */
  readLines: number
  /** Lines that could not be read (cut short by a crash, or damaged): skipped, counted. */
  skippedLines: number
  /** The only line skipped is the last, after lines that read, with no line end: an append a crash cut short. */
  tornLastLine: boolean
}

/** Rewrite when the journal holds this many more lines than live highlights (and at least this many). */
export const COMPACT_SLACK = 1000

function readEntry(bytes: Uint8Array): Entry | 'blank' | null {
  const text = decodeUtf8(bytes)
  if (text === null) return null
  if (text.trim() === '') return 'blank'
  try {
    return entrySchema.parse(JSON.parse(text))
  } catch {
    return null
  }
}

/** What a journal's bytes hold. */
export function readJournal(bytes: Uint8Array): JournalLoad {
  const { entries, skippedLines, tornLastLine } = readLines(bytes, readEntry)
  const highlights = new Map<string, JournalHighlight>()
  for (const entry of entries) {
    if ('put' in entry) highlights.set(entry.put.id, entry.put)
    else highlights.delete(entry.remove)
  }
  return { highlights, readLines: entries.length, skippedLines, tornLastLine }
}

export class HighlightJournal {
  private readonly file: AppendOnlyFile
  private lines = 0
  /** What the file holds: the highlights of every line written, in order. */
  private readonly state = new Map<string, JournalHighlight>()
  private readonly queue = new SerialQueue()
  /** Called after every compaction (the backups listen here); it must not throw. */
  afterCompaction: () => void = () => undefined

  constructor(
    readonly path: string,
    /** How many more lines than live highlights the file may hold before it is compacted. */
    private readonly compactSlack = COMPACT_SLACK,
  ) {
    this.file = new AppendOnlyFile(path)
  }

  /** Reads the journal, writing nothing: a damaged file stays as it was found. */
  async load(): Promise<JournalLoad> {
    await this.queue.idle()
    const load = readJournal((await this.file.read()) ?? new Uint8Array(0))
    this.lines = load.readLines + load.skippedLines
    this.state.clear()
    for (const [id, highlight] of load.highlights) this.state.set(id, highlight)
    return load
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task)
  }

  /** Appends the entries and flushes them, one write at a time: every byte, or none (see appendOnlyFile.ts). */
  private append(entries: Entry[]): Promise<void> {
    return this.enqueue(async () => {
      await this.file.append(entries.map((e) => `${JSON.stringify(e)}\n`).join(''))
      this.lines += entries.length
      for (const entry of entries) {
        if ('put' in entry) this.state.set(entry.put.id, entry.put)
        else this.state.delete(entry.remove)
      }
    })
  }

  put(highlights: Highlight[]): Promise<void> {
    return this.append(highlights.map((h) => ({ put: h })))
  }

  remove(id: string): Promise<void> {
    return this.removeAll([id])
  }

  /** Removes any number of highlights in one append (one flush). */
  removeAll(ids: readonly string[]): Promise<void> {
    return this.append(ids.map((id) => ({ remove: id })))
  }

  /** Replaces the journal, atomically, with one line per highlight given (a repair at start). */
  rewrite(live: Iterable<JournalHighlight>): Promise<void> {
    const list = [...live]
    return this.enqueue(async () => {
      this.state.clear()
      for (const h of list) this.state.set(h.id, h)
      await this.replace()
    })
  }

  /** Rewrites the file from the state it holds now. */
  private async replace(): Promise<void> {
    await this.file.replace([...this.state.values()].map((h) => `${JSON.stringify({ put: h })}\n`).join(''))
    this.lines = this.state.size
  }

  /** The highlights the file holds, as the journal knows them (tests compare it with memory and disk). */
  held(): ReadonlyMap<string, JournalHighlight> {
    return this.state
  }

  /**
   * Rewrites the journal as one line per live highlight, if it has grown well past that. The decision and
   * the rewrite are made when the queue reaches it, from what the file holds then.
   */
  compactIfLarge(): Promise<void> {
    return this.enqueue(async () => {
      if (this.lines - this.state.size < Math.max(this.compactSlack, this.state.size)) return
      await this.replace()
      // Within the queued write, so whoever waits for the journal (close) also finds the backup asked for.
      try {
        this.afterCompaction()
      } catch {
        // A backup is never allowed to fail the compaction it follows.
      }
    })
  }

  /** The file as it stands after any write under way (null if there is none): what a backup copies. */
  snapshot(): Promise<Buffer | null> {
    return this.enqueue(() => this.file.read())
  }

  async close(): Promise<void> {
    await this.queue.idle()
    await this.file.close()
  }
}
