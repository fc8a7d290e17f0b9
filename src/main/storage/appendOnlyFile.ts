// A file of lines that only grows, for the library's journals (highlights.jsonl, library-changes.jsonl).
// What an append acknowledges is on disk: every byte written (a short write is continued, a failed one cut
// back off the file so nothing is glued to it) and flushed, and a file made now has its folder flushed too,
// so its name survives a crash. The owner runs one call at a time (its own queue); this class keeps none.

import { open, readFile, type FileHandle } from 'node:fs/promises'
import { dirname } from 'node:path'
import { flushFolder, writeFileAtomic } from './atomicFile'

const LINE_END = 0x0a

export class AppendOnlyFile {
  private handle: FileHandle | null = null
  /** The file ends inside a line (a torn append): the next append starts with a line end, so it is not glued to it. */
  private needsLineEnd = false
  /** The file's length after the last write that succeeded, or -1 when not known. */
  private length = -1

  constructor(readonly path: string) {}

  /** The whole file (null if there is none); what it ends with is noted for the next append. */
  async read(): Promise<Buffer | null> {
    let bytes: Buffer
    try {
      bytes = await readFile(this.path)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    this.needsLineEnd = bytes.length > 0 && bytes.at(-1) !== LINE_END
    this.length = bytes.length
    return bytes
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

  /** Appends whole lines (`text` ends with a line end) and flushes them: every byte, or none. */
  async append(text: string): Promise<void> {
    const handle = await this.opened()
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

  /** Replaces the whole file, atomically, with these lines (a compaction, or a repair). */
  async replace(text: string): Promise<void> {
    await this.close()
    await writeFileAtomic(this.path, text)
    this.length = Buffer.byteLength(text, 'utf8')
    this.needsLineEnd = false
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close()
  }
}

export interface Lines<T> {
  /** The entries of the lines that read, in order. */
  entries: T[]
  /** Lines that could not be read (cut short by a crash, or damaged): skipped, counted. */
  skippedLines: number
  /** The only line skipped is the last, after lines that read, with no line end: an append a crash cut short. */
  tornLastLine: boolean
}

/**
 * The entries of a journal's lines, each read on its own by `read` (null when it cannot be), blank lines
 * passed over. Splitting the bytes is safe: a line end never occurs inside a UTF-8 character.
 */
export function readLines<T>(bytes: Uint8Array, read: (line: Uint8Array) => T | 'blank' | null): Lines<T> {
  const entries: T[] = []
  let skippedLines = 0
  let lastSkipped = false
  for (let start = 0; start < bytes.length; ) {
    const found = bytes.indexOf(LINE_END, start)
    const end = found < 0 ? bytes.length : found
    const entry = read(bytes.subarray(start, end))
    start = end + 1
    if (entry === 'blank') continue
    lastSkipped = entry === null
    if (entry === null) skippedLines++
    else entries.push(entry)
  }
  const tornLastLine = entries.length > 0 && skippedLines === 1 && lastSkipped && bytes.at(-1) !== LINE_END
  return { entries, skippedLines, tornLastLine }
}
