// For storage tests: a fresh folder per test, libraries opened in it through open(), and everything
// closed and removed after the test.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach } from 'vitest'
import type { Log } from '../../../../src/main/storage/backups'
import { openLibrary, type Library } from '../../../../src/main/storage/library'

export interface TempLibraries {
  /** This test's folder. */
  readonly dir: string
  /** Opens the library in the folder, with a clock and a log when given, closing any opened before. */
  open: (now?: () => Date, log?: Log) => Promise<Library>
}

export function useTempLibraries(prefix: string): TempLibraries {
  const opened: Library[] = []
  const temp = {
    dir: '',
    open: async (now?: () => Date, log?: Log): Promise<Library> => {
      // One owner at a time, as in the app (its single-instance lock): opening cleans up what a crash left,
      // which must not be the files another instance is writing. The earlier one is closed first.
      await Promise.all(opened.map((library) => library.close()))
      const library = await openLibrary(temp.dir, now, log ? { log } : {})
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

/** A clock that stands still until moved: `clock.set('2026-03-01T10:00:00Z')`, `clock.advance(ms)`. */
export function testClock(start: string): { now: () => Date; set: (iso: string) => void; advance: (ms: number) => void } {
  let time = Date.parse(start)
  return {
    now: () => new Date(time),
    set: (iso) => {
      time = Date.parse(iso)
    },
    advance: (ms) => {
      time += ms
    },
  }
}
