// Highlights live in their own append-only journal (highlights.jsonl), not in library.json: saving one
// appends one line and flushes it (a few milliseconds, however large the library), where rewriting the
// whole metadata file would grow with every highlight. The journal is read once at start; a last line cut
// short by a crash is ignored; when it has grown well past what it holds, it is rewritten compactly.

import { open, readFile, type FileHandle } from 'node:fs/promises'
import { z } from 'zod'
import type { Highlight } from '../../shared/domain/highlight'
import { writeFileAtomic } from './atomicFile'
import { highlightSchema } from './schema'

const entrySchema = z.union([z.object({ put: highlightSchema }), z.object({ remove: z.string().min(1) })])
type Entry = z.infer<typeof entrySchema>

export interface JournalLoad {
  highlights: Map<string, Highlight>
  /** Lines that could not be read (a torn last line after a crash, or damage): skipped, counted. */
  skippedLines: number
}

/** Rewrite when the journal holds this many more lines than live highlights (and at least this many). */
const COMPACT_SLACK = 1000

export class HighlightJournal {
  private handle: FileHandle | null = null
  private lines = 0
  private queue: Promise<void> = Promise.resolve()

  constructor(readonly path: string) {}

  async load(): Promise<JournalLoad> {
    let text = ''
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }
    const highlights = new Map<string, Highlight>()
    let skippedLines = 0
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue
      this.lines++
      let entry: Entry
      try {
        entry = entrySchema.parse(JSON.parse(line))
      } catch {
        skippedLines++
        continue
      }
      if ('put' in entry) highlights.set(entry.put.id, entry.put)
      else highlights.delete(entry.remove)
    }
    // A torn last line must not glue itself to the next append: start appends on a fresh line.
    if (text.length > 0 && !text.endsWith('\n')) await this.write('\n', 0)
    return { highlights, skippedLines }
  }

  /** Appends text and flushes it to disk, one write at a time. */
  private write(text: string, lines: number): Promise<void> {
    const next = this.queue.then(async () => {
      this.handle ??= await open(this.path, 'a', 0o600)
      await this.handle.write(text)
      await this.handle.sync()
      this.lines += lines
    })
    this.queue = next.catch(() => undefined)
    return next
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

  /** Rewrites the journal as one line per live highlight, if it has grown well past that. */
  async compactIfLarge(live: Iterable<Highlight>, liveCount: number): Promise<void> {
    if (this.lines - liveCount < Math.max(COMPACT_SLACK, liveCount)) return
    const snapshot = [...live].map((h) => `${JSON.stringify({ put: h })}\n`).join('')
    const next = this.queue.then(async () => {
      await this.handle?.close()
      this.handle = null
      await writeFileAtomic(this.path, snapshot)
      this.lines = liveCount
    })
    this.queue = next.catch(() => undefined)
    return next
  }

  async close(): Promise<void> {
    await this.queue
    await this.handle?.close()
    this.handle = null
  }
}
