// The library as opened: the LibraryStore every storage module works on (articles, comparisons,
// highlights, colorLabels, articleDeletion, searchIndex), the two modules that keep state of their own for
// the session (the highlights and the articles deleted, so a delete can be undone), and what opening,
// checking and closing the library folder take. Handlers and services call the modules themselves.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Low } from 'lowdb'
import type { Highlight } from '../../shared/domain/highlight'
import { ArticleDeletions } from './articleDeletion'
import { makeFolderDurably, removeCrashLeftovers, writeFileAtomic } from './atomicFile'
import type { Backups, Log, Retention } from './backups'
import { BodyStore } from './bodies'
import type { HighlightJournal } from './highlightJournal'
import type { LibraryFile } from './libraryFile'
import { Highlights } from './highlights'
import { checkBodies, checkIntegrity } from './integrity'
import { LibraryStore } from './libraryStore'
import type { IndexFile } from './searchIndex'
import { BACKUPS_FOLDER, BODIES_FOLDER, openStore } from './openStore'
import type { StartupReport } from './recovery'
import type { LibraryData } from './schema'

export type { StartupReport } from './recovery'
export { BACKUPS_FOLDER, BODIES_FOLDER, CHANGES_FILE, HIGHLIGHTS_FILE, LIBRARY_FILE } from './openStore'

export const SEARCH_INDEX_FILE = 'search-index.bin'

/** What opening the library found and did, and the backups that follow its saves (close() waits for them). */
export interface LibraryExtras {
  startup?: StartupReport
  backups?: Backups
  /** The metadata files, released on close. */
  file?: LibraryFile
  /** Where the search index is kept between runs. */
  indexFile?: IndexFile
}

export class Library {
  readonly store: LibraryStore
  /** The highlights, with the deletes of this session that can be undone. */
  readonly highlights: Highlights
  /** Deleting articles, with the deletes of this session that can be undone. */
  readonly deletions: ArticleDeletions
  readonly startup: StartupReport
  private readonly backups: Backups | null
  private readonly file: LibraryFile | null
  private closing = false

  constructor(
    db: Low<LibraryData>,
    bodies: BodyStore,
    journal: HighlightJournal,
    highlightsById: Map<string, Highlight>,
    now: () => Date = () => new Date(),
    extras: LibraryExtras = {},
  ) {
    this.store = new LibraryStore(db, bodies, journal, highlightsById, now, extras.indexFile)
    this.highlights = new Highlights(this.store)
    this.deletions = new ArticleDeletions(this.store)
    this.startup = extras.startup ?? { recovered: null, repairs: [] }
    this.backups = extras.backups ?? null
    this.file = extras.file ?? null
  }

  /** Starts reading every body into the search index, without waiting for it (searches do). */
  indexInBackground(): void {
    this.store.search.start()
  }

  /** Resolves once the search index is built. */
  async indexed(): Promise<void> {
    await this.store.search.search('')
  }

  /** Checks references and body files, repairing what is safe (see integrity.ts); each finding in words. */
  checkIntegrity(): Promise<string[]> {
    return this.store.serial(() => checkIntegrity(this.store))
  }

  /** Reads every body and checks it against its hash; what is changed or unreadable, in words. Stops on close. */
  checkBodies(): Promise<string[]> {
    return checkBodies(this.store, () => this.closing)
  }

  /** Resolves once no backup is being written (tests; close() waits for it too). */
  async backedUp(): Promise<void> {
    await this.backups?.idle()
  }

  /** Finishes pending writes and the backup under way, and releases the highlight journal (on quit). */
  async close(): Promise<void> {
    this.closing = true
    this.store.search.stop()
    await this.store.serial(async () => undefined)
    await this.store.search.close()
    await this.store.journal.close()
    await this.backups?.idle()
    await this.file?.close()
  }
}

/** The search index kept in the library folder; one that cannot be read is left for the next save to replace. */
function indexFileIn(folder: string): IndexFile {
  const path = join(folder, SEARCH_INDEX_FILE)
  return {
    load: () => readFile(path).catch(() => null),
    save: (bytes) => writeFileAtomic(path, bytes),
  }
}

export interface OpenLibraryOptions {
  /** Where a backup that failed is reported (it never fails a save). */
  log?: Log
  retention?: Retention
  /** How far the highlight journal and the library's changes file may grow before they are compacted. */
  compactSlack?: number
}

/**
 * Opens (or creates) the library in a folder: `library.json` and `library-changes.jsonl` for metadata,
 * `bodies/` for texts, `highlights.jsonl`, `backups/`, and `search-index.bin`, the search index kept between runs. A file that cannot be read is moved aside and a backup restored
 * (recovery.ts), then the library checks itself (integrity.ts); `library.startup` says what was done.
 */
export async function openLibrary(folder: string, now: () => Date = () => new Date(), options: OpenLibraryOptions = {}): Promise<Library> {
  await makeFolderDurably(folder)
  const bodies = new BodyStore(join(folder, BODIES_FOLDER))
  await bodies.init()
  // A crash between writing a temporary file and renaming it into place leaves it behind: not for long.
  for (const place of [folder, bodies.folder, join(folder, BACKUPS_FOLDER)]) await removeCrashLeftovers(place)
  const { db, file, journal, highlights, backups, startup } = await openStore(folder, { now, ...options })
  await backups.removeLeftovers()
  const library = new Library(db, bodies, journal, highlights, now, { startup, backups, file, indexFile: indexFileIn(folder) })
  // A repair that cannot be saved (a full disk) must not keep the library from opening; it is tried again next start.
  startup.repairs.push(...(await library.checkIntegrity().catch((error: unknown) => [`Parallax could not finish checking your library: ${(error as Error).message}`])))
  library.indexInBackground()
  return library
}
