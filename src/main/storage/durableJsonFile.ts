// A lowdb adapter for one JSON file, written atomically and durably (see atomicFile.ts), one write at a time.
// Reading never repairs: a file that cannot be parsed or has the wrong shape raises StoreDamagedError and
// is left exactly as it was, so nothing is ever written over data that failed to load.

import { readFile } from 'node:fs/promises'
import type { Adapter } from 'lowdb'
import type { z } from 'zod'
import { AppError } from '../../shared/domain/errors'
import { writeFileAtomic } from './atomicFile'

export class StoreDamagedError extends AppError {
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super('storage', `Your library file could not be read (${reason}). It has been left untouched at ${path}.`)
  }
}

export class DurableJsonFile<T> implements Adapter<T> {
  private queue: Promise<void> = Promise.resolve()

  constructor(
    readonly path: string,
    private readonly schema: z.ZodType<T>,
    private readonly newerVersion: (raw: unknown) => boolean = () => false,
    private readonly migrate: (raw: unknown) => unknown = (raw) => raw,
  ) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw new AppError('storage', `Your library file at ${this.path} could not be opened: ${(error as Error).message}`, {
        cause: error,
      })
    }
    let raw: unknown
    try {
      raw = JSON.parse(text)
    } catch {
      throw new StoreDamagedError(this.path, text.length === 0 ? 'the file is empty' : 'the file is not valid JSON')
    }
    if (this.newerVersion(raw)) {
      throw new StoreDamagedError(this.path, 'it was written by a newer version of Parallax')
    }
    const parsed = this.schema.safeParse(this.migrate(raw))
    if (!parsed.success) throw new StoreDamagedError(this.path, 'its contents are not in the expected shape')
    return parsed.data
  }

  write(data: T): Promise<void> {
    const text = JSON.stringify(data)
    const next = this.queue.then(() => writeFileAtomic(this.path, text))
    // A failed write must not block the ones after it; the caller still sees its own failure.
    this.queue = next.catch(() => undefined)
    return next
  }
}
