// Opens the files of a library folder: library.json and its changes file through lowdb (libraryFile.ts), the
// highlight journal and the backups, wired so saves are followed by a backup, with the recovery of
// recovery.ts for files that cannot be read. What it found and did is the StartupReport the person is shown.

import { join } from 'node:path'
import { Low } from 'lowdb'
import { AppError } from '../../shared/domain/errors'
import type { Highlight } from '../../shared/domain/highlight'
import { Backups, DEFAULT_RETENTION, type Log, type Retention } from './backups'
import { StoreDamagedError } from './durableJsonFile'
import { HighlightJournal } from './highlightJournal'
import { bindHighlights, stampSchema } from './highlightVersions'
import { LibraryFile } from './libraryFile'
import { loadJournal, recoverLibraryFile, reportChanges, restoreMissingLibrary, type StartupReport } from './recovery'
import { emptyLibrary, SCHEMA_VERSION, type LibraryData } from './schema'

export const LIBRARY_FILE = 'library.json'
export const CHANGES_FILE = 'library-changes.jsonl'
export const BODIES_FOLDER = 'bodies'
export const HIGHLIGHTS_FILE = 'highlights.jsonl'
export const BACKUPS_FOLDER = 'backups'

export interface OpenStoreOptions {
  now: () => Date
  log?: Log
  retention?: Retention
  /** How far the journals may grow before they are compacted (the crash test makes it small). */
  compactSlack?: number
}

export interface OpenedStore {
  db: Low<LibraryData>
  file: LibraryFile
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
  const adapter = new LibraryFile(join(folder, LIBRARY_FILE), join(folder, CHANGES_FILE), { newerVersion: isNewerVersion, ...(compactSlack === undefined ? {} : { compactSlack }) })
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
  const changes = await reportChanges(adapter, now())
  if (changes !== null) startup.repairs.push(changes)
  const loaded = await loadJournal(journal, backups, now())
  if (loaded.message !== null) startup.repairs.push(loaded.message)
  const highlights = await bindHighlights(journal, loaded.highlights, db.data.articles)
  await stampSchema(adapter, highlights.size)
  // Backups follow saves from here on: what was just restored is a backup already.
  adapter.afterWrite = () => backups.schedule()
  journal.afterCompaction = () => backups.schedule()
  return { db, file: adapter, journal, highlights, backups, startup }
}
