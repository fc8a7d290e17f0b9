// Highlights live in their own append-only journal (highlights.jsonl), not in library.json: saving one
// appends one line and flushes it (a few milliseconds, however large the library), where rewriting the
// whole metadata file would grow with every highlight. The journal is read once at start, each line on its
// own and strictly (UTF-8, JSON, a known entry), so a line cut short by a crash or damaged on disk costs
// that line only: it is skipped and counted (recovery.ts decides what to tell the person and keeps the file
// as found). When the journal has grown well past what it holds, it is rewritten compactly.

import { open, readFile, type FileHandle } from 'node:fs/promises'
import { z } from 'zod'
import type { Highlight } from '../../shared/domain/highlight'
import { writeFileAtomic } from './atomicFile'
import { highlightSchema } from './schema'
import { decodeUtf8 } from './strictUtf8'

const entrySchema = z.union([z.object({ put: highlightSchema }), z.object({ remove: z.string().min(1) })])
type Entry = z.infer<typeof entrySchema>

export interface JournalLoad {
  highlights: Map<string, Highlight>
  /** Lines read. */
  readLines: number
  /** Lines that could not be read (cut short by a crash, or damaged): skipped, counted. */
  skippedLines: number
  /** The only line skipped is the last, after lines that read, with no line end: an append a crash cut short. */
  tornLastLine: boolean
}

/** Rewrite when the journal holds this many more lines than live highlights (and at least this many). */
const COMPACT_SLACK = 1000
const LINE_END = 0x0a

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

/** What a journal's bytes hold. Splitting the bytes is safe: a line end never occurs inside a UTF-8 character. */
export function readJournal(bytes: Uint8Array): JournalLoad {
  const highlights = new Map<string, Highlight>()
  let readLines = 0
  let skippedLines = 0
  let lastSkipped = false
  for (let start = 0; start < bytes.length; ) {
    const found = bytes.indexOf(LINE_END, start)
    const end = found < 0 ? bytes.length : found
    const entry = readEntry(bytes.subarray(start, end))
    start = end + 1
    if (entry === 'blank') continue
    lastSkipped = entry === null
    if (entry === null) skippedLines++
    else {
      readLines++
      if ('put' in entry) highlights.set(entry.put.id, entry.put)
      else highlights.delete(entry.remove)
    }
  }
  const tornLastLine = readLines > 0 && skippedLines === 1 && lastSkipped && bytes.at(-1) !== LINE_END
  return { highlights, readLines, skippedLines, tornLastLine }
}

export class HighlightJournal {
  private handle: FileHandle | null = null
  private lines = 0
  /** The file ends inside a line (a torn append): the next append starts with a line end, so it is not glued to it. */
  private needsLineEnd = false
  private queue: Promise<void> = Promise.resolve()
  /** Called after every compaction (the backups listen here); it must not throw. */
  afterCompaction: () => void = () => undefined

  constructor(readonly path: string) {}

  /** Reads the journal, writing nothing: a damaged file stays as it was found. */
  async load(): Promise<JournalLoad> {
    await this.queue
    const bytes = (await this.readFile()) ?? new Uint8Array(0)
    const load = readJournal(bytes)
    this.lines = load.readLines + load.skippedLines
    this.needsLineEnd = bytes.length > 0 && bytes.at(-1) !== LINE_END
    return load
  }

  private async readFile(): Promise<Buffer | null> {
    try {
      return await readFile(this.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task)
    this.queue = next.then(
      () => undefined,
      () => undefined,
    )
    return next
  }

  /** Appends text and flushes it to disk, one write at a time. */
  private write(text: string, lines: number): Promise<void> {
    return this.enqueue(async () => {
      this.handle ??= await open(this.path, 'a', 0o600)
      await this.handle.write(this.needsLineEnd ? `\n${text}` : text)
      await this.handle.sync()
      this.needsLineEnd = false
      this.lines += lines
    })
  }

  private append(entries: Entry[]): Promise<void> {
    return this.write(entries.map((e) => `${JSON.stringify(e)}\n`).join(''), entries.length)
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

  /** Replaces the journal, atomically, with one line per live highlight. */
  rewrite(live: Iterable<Highlight>): Promise<void> {
    const list = [...live]
    return this.enqueue(() => this.replace(list))
  }

  private async replace(list: readonly Highlight[]): Promise<void> {
    await this.handle?.close()
    this.handle = null
    await writeFileAtomic(this.path, list.map((h) => `${JSON.stringify({ put: h })}\n`).join(''))
    this.lines = list.length
    this.needsLineEnd = false
  }

  /** Rewrites the journal as one line per live highlight, if it has grown well past that. */
  compactIfLarge(live: Iterable<Highlight>, liveCount: number): Promise<void> {
    if (this.lines - liveCount < Math.max(COMPACT_SLACK, liveCount)) return Promise.resolve()
    const list = [...live]
    return this.enqueue(async () => {
      await this.replace(list)
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
    return this.enqueue(() => this.readFile())
  }

  async close(): Promise<void> {
    await this.queue
    await this.handle?.close()
    this.handle = null
  }
}
