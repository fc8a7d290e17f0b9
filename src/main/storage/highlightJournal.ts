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

import { open, readFile, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { z } from 'zod'
import type { Highlight } from '../../shared/domain/highlight'
import { flushFolder, writeFileAtomic } from './atomicFile'
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
export const COMPACT_SLACK = 1000
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
  /** The file's length after the last write that succeeded, or -1 when not known. */
  private length = -1
  /** What the file holds: the highlights of every line written, in order. */
  private readonly state = new Map<string, Highlight>()
  private queue: Promise<void> = Promise.resolve()
  /** Called after every compaction (the backups listen here); it must not throw. */
  afterCompaction: () => void = () => undefined

  constructor(
    readonly path: string,
    /** How many more lines than live highlights the file may hold before it is compacted. */
    private readonly compactSlack = COMPACT_SLACK,
  ) {}

  /** Reads the journal, writing nothing: a damaged file stays as it was found. */
  async load(): Promise<JournalLoad> {
    await this.queue
    const bytes = (await this.readFile()) ?? new Uint8Array(0)
    const load = readJournal(bytes)
    this.lines = load.readLines + load.skippedLines
    this.needsLineEnd = bytes.length > 0 && bytes.at(-1) !== LINE_END
    this.length = bytes.length
    this.state.clear()
    for (const [id, highlight] of load.highlights) this.state.set(id, highlight)
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

  /** Opens the file for appending; a file made now has its folder flushed, so the new name survives a crash. */
  private async opened(): Promise<FileHandle> {
    if (this.handle) return this.handle
    const created = await open(this.path, 'wx', 0o600).then(
      (handle) => handle,
      (error: NodeJS.ErrnoException) => {
        if (error.code === 'EEXIST') return null
        throw error
      },
    )
    if (created) {
      await created.sync()
      await flushFolder(dirname(this.path))
      await created.close()
    }
    this.handle = await open(this.path, 'a', 0o600)
    if (this.length < 0) this.length = (await this.handle.stat()).size
    return this.handle
  }

  /**
   * Appends the entries and flushes them, one write at a time: every byte, or none. A write that fails
   * part way is cut back off the file (or, if that fails too, the next one starts on a new line).
   */
  private append(entries: Entry[]): Promise<void> {
    return this.enqueue(async () => {
      const handle = await this.opened()
      const text = entries.map((e) => `${JSON.stringify(e)}\n`).join('')
      const bytes = Buffer.from(this.needsLineEnd ? `\n${text}` : text, 'utf8')
      const before = this.length
      try {
        for (let written = 0; written < bytes.length; ) {
          const { bytesWritten } = await handle.write(bytes, written, bytes.length - written)
          if (bytesWritten <= 0) throw Object.assign(new Error('the disk took no more bytes'), { code: 'ENOSPC' })
          written += bytesWritten
        }
        await handle.sync()
      } catch (error) {
        await this.cutBack(handle, before)
        throw error
      }
      this.length = before + bytes.length
      this.needsLineEnd = false
      this.lines += entries.length
      for (const entry of entries) {
        if ('put' in entry) this.state.set(entry.put.id, entry.put)
        else this.state.delete(entry.remove)
      }
    })
  }

  /** Cuts the file back to `length` after a failed write, so no torn line stays; if that fails, marks it. */
  private async cutBack(handle: FileHandle, length: number): Promise<void> {
    try {
      if (length < 0) throw new Error('length not known')
      await handle.truncate(length)
      await handle.sync()
    } catch {
      this.needsLineEnd = true
      this.length = -1
      await handle.close().catch(() => undefined)
      this.handle = null
    }
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
  rewrite(live: Iterable<Highlight>): Promise<void> {
    const list = [...live]
    return this.enqueue(async () => {
      this.state.clear()
      for (const h of list) this.state.set(h.id, h)
      await this.replace()
    })
  }

  /** Rewrites the file from the state it holds now. */
  private async replace(): Promise<void> {
    await this.handle?.close()
    this.handle = null
    const text = [...this.state.values()].map((h) => `${JSON.stringify({ put: h })}\n`).join('')
    await writeFileAtomic(this.path, text)
    this.lines = this.state.size
    this.length = Buffer.byteLength(text, 'utf8')
    this.needsLineEnd = false
  }

  /** The highlights the file holds, as the journal knows them (tests compare it with memory and disk). */
  held(): ReadonlyMap<string, Highlight> {
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
    return this.enqueue(() => this.readFile())
  }

  async close(): Promise<void> {
    await this.queue
    await this.handle?.close()
    this.handle = null
  }
}
