// For tests that look at, or tamper with, a library as it is on disk: library.json plus the changes saved
// since it was written (library-changes.jsonl), read by the app's own reader.

import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LibraryFile } from '../../../../src/main/storage/libraryFile'
import { CHANGES_FILE, LIBRARY_FILE } from '../../../../src/main/storage/openStore'
import type { LibraryData } from '../../../../src/main/storage/schema'

function fileIn(folder: string): LibraryFile {
  return new LibraryFile(join(folder, LIBRARY_FILE), join(folder, CHANGES_FILE))
}

/** The library as saved in `folder` (null when nothing is). */
export async function readSavedLibrary(folder: string): Promise<LibraryData | null> {
  const file = fileIn(folder)
  try {
    return await file.read()
  } finally {
    await file.close()
  }
}

/** Changes the library on disk as something other than Parallax would: library.json rewritten whole, no changes file. */
export async function editSavedLibrary(folder: string, edit: (data: LibraryData) => void): Promise<void> {
  const file = fileIn(folder)
  const data = structuredClone(await file.read())
  await file.close()
  if (data === null) throw new Error(`No library is saved in ${folder}`)
  edit(data)
  await writeFile(join(folder, LIBRARY_FILE), JSON.stringify({ ...data, changesThrough: file.lastChange }))
  await rm(join(folder, CHANGES_FILE), { force: true })
}

/** The bytes of both metadata files, for checking that something left them exactly as they were. */
export async function savedBytes(folder: string): Promise<{ library: Buffer | null; changes: Buffer | null }> {
  const read = (name: string): Promise<Buffer | null> => readFile(join(folder, name)).catch(() => null)
  return { library: await read(LIBRARY_FILE), changes: await read(CHANGES_FILE) }
}
