// Article bodies, one file each, named by the SHA-256 of their text. Content addressing makes a body
// immutable (a changed text is a new file), deduplicates identical imports and lets a read verify itself.

import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../../shared/domain/errors'
import { makeFolderDurably, writeFileAtomic } from './atomicFile'

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

const HASH_PATTERN = /^[0-9a-f]{64}$/
const BODY_FILE = /^([0-9a-f]{64})\.txt$/

export type BodyState = 'ok' | 'missing' | 'changed'

export class BodyStore {
  constructor(readonly folder: string) {}

  async init(): Promise<void> {
    await makeFolderDurably(this.folder)
  }

  pathOf(hash: string): string {
    if (!HASH_PATTERN.test(hash)) throw new AppError('internal', `Not a text hash: ${hash.slice(0, 80)}`)
    return join(this.folder, `${hash}.txt`)
  }

  /** The hashes of every body on disk, from one listing of the folder (cheaper than a look per body). */
  async list(): Promise<Set<string>> {
    const hashes = new Set<string>()
    for (const name of await readdir(this.folder)) {
      const match = BODY_FILE.exec(name)
      if (match) hashes.add(match[1] as string)
    }
    return hashes
  }

  /**
   * Stores the text and returns its hash (given when the caller has worked it out already). A file already
   * there is kept when it holds this text, and written again when it is missing, damaged or unreadable:
   * importing an article again is how its text is restored.
   */
  async put(text: string, hash = hashText(text)): Promise<string> {
    const state = await this.verify(hash).catch(() => 'unreadable')
    if (state !== 'ok') await writeFileAtomic(this.pathOf(hash), text)
    return hash
  }

  async get(hash: string): Promise<string> {
    const path = this.pathOf(hash)
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT'
      throw new AppError(
        'storage',
        missing
          ? `The text file of this article is missing: ${path}. Import the article again to restore it.`
          : `The text of this article could not be read from ${path}: ${(error as Error).message}`,
        { cause: error },
      )
    }
    if (hashText(text) !== hash) {
      throw new AppError('storage', `The text of this article at ${path} has been changed or damaged on disk. Import the article again to restore it.`)
    }
    return text
  }

  /** Whether a body is there and still holds the text its name promises. */
  async verify(hash: string): Promise<BodyState> {
    try {
      return hashText(await readFile(this.pathOf(hash), 'utf8')) === hash ? 'ok' : 'changed'
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing'
      throw error
    }
  }
}
