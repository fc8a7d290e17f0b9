// Writes a whole file so that a crash leaves either the old contents or the new, never a mix:
// write a temporary file beside it, flush it to disk, rename it over the target, flush the folder.

import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, rename, rm, type FileHandle } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** Flushes a folder's entries (a rename or a new file in it) to disk. */
export async function flushFolder(folder: string): Promise<void> {
  // Windows cannot open a folder for flushing; NTFS journals the rename itself.
  if (process.platform === 'win32') return
  const handle = await open(folder, 'r')
  try {
    await handle.sync()
  } finally {
    await handle.close()
  }
}

/** The name of the temporary file written beside `target`: `.name.<12 hex>.tmp`. */
function temporaryName(target: string): string {
  return `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`
}
const TEMPORARY = /^\..+\.[0-9a-f]{12}\.tmp$/

/**
 * Removes the temporary files a crash left in a folder (between writing one and renaming it into place);
 * returns how many. Only names this module makes are touched. A folder that is not there has none.
 */
export async function removeCrashLeftovers(folder: string): Promise<number> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0
    throw error
  }
  const leftovers = names.filter((name) => TEMPORARY.test(name))
  for (const name of leftovers) await rm(join(folder, name), { force: true })
  if (leftovers.length > 0) await flushFolder(folder)
  return leftovers.length
}

/** Makes a folder (and those above it) if missing, and flushes the folder above each one made, so it lasts. */
export async function makeFolderDurably(folder: string): Promise<void> {
  const first = await mkdir(folder, { recursive: true })
  if (first === undefined) return
  // `first` is the top folder made; flush the folder holding it and every folder made below it.
  for (let made = folder; ; made = dirname(made)) {
    await flushFolder(dirname(made))
    if (made === first || dirname(made) === made) break
  }
}

/** `mode` applies to a new file: private (0600) by default; a document the person shares can be 0644. */
export async function writeFileAtomic(target: string, data: string | Uint8Array, mode = 0o600): Promise<void> {
  await replaceAtomically(target, mode, (handle) => handle.writeFile(data))
}

/** The same for text given in pieces, each turned into bytes as it is written (not all at once, which holds
 *  up the process on a file of megabytes); resolves with the number of bytes written. */
export async function writePiecesAtomic(target: string, pieces: Iterable<string>, mode = 0o600): Promise<number> {
  let bytes = 0
  await replaceAtomically(target, mode, async (handle) => {
    const write = async (chunk: Buffer): Promise<void> => {
      // A write may take less than it is given: the rest is written after it.
      for (let written = 0; written < chunk.length; ) written += (await handle.write(chunk, written)).bytesWritten
      bytes += chunk.length
    }
    // Pieces gathered up to a size worth one write: a write for each small piece costs more than it saves.
    let gathered: Buffer[] = []
    let size = 0
    for (const piece of pieces) {
      const chunk = Buffer.from(piece, 'utf8')
      gathered.push(chunk)
      size += chunk.length
      if (size < WRITE_SIZE) continue
      await write(Buffer.concat(gathered))
      gathered = []
      size = 0
    }
    if (size > 0) await write(Buffer.concat(gathered))
  })
  return bytes
}

/** How many bytes of pieces are gathered for one write: a few milliseconds of work to make them. */
const WRITE_SIZE = 512 * 1024

/** Writes a temporary file beside `target` with `write`, flushes it, renames it over the target and flushes
 *  the folder; on any failure, removes the temporary file and leaves the target as it was. */
async function replaceAtomically(target: string, mode: number, write: (handle: FileHandle) => Promise<void>): Promise<void> {
  const folder = dirname(target)
  const temporary = join(folder, temporaryName(target))
  try {
    const handle = await open(temporary, 'wx', mode)
    try {
      await write(handle)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temporary, target)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  await flushFolder(folder)
}
