// A lowdb adapter for one JSON file, written atomically and durably (see atomicFile.ts), one write at a time.
// Reading never repairs: a file that cannot be read as what was written (empty, only NUL bytes, not UTF-8,
// not JSON, the wrong shape, a newer version) raises StoreDamagedError and is left exactly as it was; what
// to do with it is decided by the caller (see recovery.ts), never by overwriting it.

import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { AppError } from '../../shared/domain/errors'
import { writeFileAtomic } from './atomicFile'
import { SerialQueue } from './serialQueue'
import { decodeUtf8 } from './strictUtf8'

export class StoreDamagedError extends AppError {
  constructor(
    readonly path: string,
    /** Why, in words that fit after "because" (e.g. "the file is empty"). */
    readonly reason: string,
    /** True when the file was written by a later version of Parallax rather than damaged. */
    readonly newerVersion = false,
  ) {
    super('storage', `Your library file could not be read (${reason}). It has been left untouched at ${path}.`)
  }
}

export interface DurableJsonFileOptions {
  /** True for data written by a later version, which this one must not read (or write over). */
  newerVersion?: (raw: unknown) => boolean
  /** Brings data of an earlier version up to date, in memory. */
  migrate?: (raw: unknown) => unknown
  /**
   * A check faster than the schema that says yes only to data the schema takes unchanged (libraryShape.ts);
   * when it says no, the schema decides.
   */
  quick?: (data: unknown) => boolean
}

/** Reads a whole file as bytes; null when there is none. */
export async function readBytes(path: string): Promise<Buffer | null> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw new AppError('storage', `Your library file at ${path} could not be opened: ${(error as Error).message}`, { cause: error })
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  private readonly queue = new SerialQueue()
  /** Called after every successful write (the backups listen here); it must not throw. */
  afterWrite: () => void = () => undefined

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly options: DurableJsonFileOptions = {},
  ) {}

  async read(): Promise<T | null> {
    const bytes = await readBytes(this.path)
    return bytes === null ? null : this.parse(bytes, this.path)
  }

  /** The data these bytes hold, checked and brought up to date; StoreDamagedError (naming `path`) if they cannot be read. */
  parse(bytes: Uint8Array, path: string): T {
    if (bytes.length === 0) throw new StoreDamagedError(path, 'the file is empty')
    if (bytes.every((b) => b === 0)) throw new StoreDamagedError(path, 'the file holds only zero bytes, as a disk can leave it after a crash')
    const text = decodeUtf8(bytes)
    if (text === null) throw new StoreDamagedError(path, 'the file is not valid UTF-8 text')
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      throw new StoreDamagedError(path, 'the file is not valid JSON')
    }
    if (this.options.newerVersion?.(raw)) {
      throw new StoreDamagedError(path, 'it was written by a newer version of Parallax, which this version cannot read', true)
    }
    const data = this.options.migrate ? this.options.migrate(raw) : raw
    if (this.options.quick?.(data)) return data as T
    const parsed = this.schema.safeParse(data)
    if (!parsed.success) throw new StoreDamagedError(path, 'its contents are not in the expected shape')
    return parsed.data
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data)
    // A failed write does not block the ones after it; the caller still sees its own failure.
    return this.queue.run(() => writeFileAtomic(this.path, text)).then(() => {
      try {
        this.afterWrite()
      } catch {
        // A backup is never allowed to fail the save it follows.
      }
    })
  }

  /**
   * The file as last written, read after any write under way (null if there is none): what a backup copies.
   * It is queued with the writes, so a save made meanwhile waits at most for this one read.
   */
  snapshot(): Promise<Buffer | null> {
    return this.queue.run(() => readBytes(this.path))
  }
}
