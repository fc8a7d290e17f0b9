// Opens the files of a library folder: library.json through lowdb, the highlight journal and the backups,
// wired so every save is followed by a backup, with the recovery of recovery.ts for files that cannot be
// read. What it found and did is the StartupReport the person is shown.

import { join } from 'node:path'
import { Low } from 'lowdb'
import { AppError } from '../../shared/domain/errors'
import type { Highlight } from '../../shared/domain/highlight'
import { Backups, DEFAULT_RETENTION, type Log, type Retention } from './backups'
import { DurableJsonFile, StoreDamagedError } from './durableJsonFile'
import { HighlightJournal } from './highlightJournal'
import { loadJournal, recoverLibraryFile, restoreMissingLibrary, type StartupReport } from './recovery'
import { emptyLibrary, libraryDataSchema, migrateLibrary, SCHEMA_VERSION, type LibraryData } from './schema'

export const LIBRARY_FILE = 'library.json'
export const BODIES_FOLDER = 'bodies'
export const HIGHLIGHTS_FILE = 'highlights.jsonl'
export const BACKUPS_FOLDER = 'backups'

export interface OpenStoreOptions {
  now: () => Date
  log?: Log
  retention?: Retention
  /** How many lines past its live highlights the journal may grow before it is compacted (the crash test makes it small). */
  compactSlack?: number
}

export interface OpenedStore {
  db: Low<LibraryData>
  journal: HighlightJournal
  highlights: Map<string, Highlight>
  backups: Backups
  startup: StartupReport
}

function isNewerVersion(raw: unknown): boolean {
  const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
  return typeof version === 'number' && version > SCHEMA_VERSION
}

export async function openStore(folder: string, { now, log, retention = DEFAULT_RETENTION, compactSlack }: OpenStoreOptions): Promise<OpenedStore> {
  const startup: StartupReport = { recovered: null, repairs: [] }
  const adapter = new DurableJsonFile<LibraryData>(join(folder, LIBRARY_FILE), libraryDataSchema, { newerVersion: isNewerVersion, migrate: migrateLibrary })
  const journal = new HighlightJournal(join(folder, HIGHLIGHTS_FILE), compactSlack)
  const backups = new Backups(join(folder, BACKUPS_FOLDER), { library: () => adapter.snapshot(), journal: () => journal.snapshot() }, now, log, retention)
  const db = new Low<LibraryData>(adapter, emptyLibrary())
  try {
    const missing = await restoreMissingLibrary(adapter, backups)
    if (missing !== null) startup.repairs.push(missing)
    await db.read()
  } catch (error) {
    if (!(error instanceof StoreDamagedError)) throw error
    // A newer Parallax's library is not damaged: it is refused, untouched, and this version does not start
    // on it (nothing is moved, restored or written over).
    if (error.newerVersion) {
      throw new AppError('storage', `Your library at ${adapter.path} was saved by a newer version of Parallax, which this one cannot read. Install the newer version to open it; the library was left exactly as it was.`)
    }
    const { recovered, message } = await recoverLibraryFile(adapter, journal.path, backups, error, now())
    startup.recovered = recovered
    if (message !== null) startup.repairs.push(message)
    // The restored backup, or no file at all: an empty library.
    await db.read()
  }
  const { highlights, message } = await loadJournal(journal, backups, now())
  if (message !== null) startup.repairs.push(message)
  // Backups follow saves from here on: what was just restored is a backup already.
  adapter.afterWrite = () => backups.schedule()
  journal.afterCompaction = () => backups.schedule()
  return { db, journal, highlights, backups, startup }
}
