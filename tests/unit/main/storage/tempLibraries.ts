// For storage tests: a fresh folder per test, libraries opened in it through open(), and everything
// closed and removed after the test.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import { openLibrary, type Library } from '../../../../src/main/storage/library'

export interface TempLibraries {
  /** This test's folder. */
  readonly dir: string
  open: () => Promise<Library>
}

export function useTempLibraries(prefix: string): TempLibraries {
  const opened: Library[] = []
  const temp = {
    dir: '',
    open: async (): Promise<Library> => {
      const library = await openLibrary(temp.dir)
      opened.push(library)
      return library
    },
  }
  beforeEach(async () => {
    temp.dir = await mkdtemp(join(tmpdir(), `parallax-${prefix}-`))
  })
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((library) => library.close()))
    await rm(temp.dir, { recursive: true, force: true })
  })
  return temp
}
