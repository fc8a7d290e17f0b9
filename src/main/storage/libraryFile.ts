// The lowdb adapter of the library's metadata: library.json, plus library-changes.jsonl for the saves made
// since library.json was last written. A save appends one line holding what it changed (libraryChanges.ts)
// and flushes it, a few milliseconds however large the library; rewriting the whole file took 110–530 ms
// at 10,000 articles. When the changes file has grown to `compactSlack` lines, library.json is rewritten
// from the state saved so far, saying up to which change it holds, and the changes file starts again empty.
// A crash between those two steps leaves changes that library.json already holds: they are passed over.
//
// Reading never repairs: library.json that cannot be read raises StoreDamagedError and is left as it was
// (recovery.ts decides). Changes that cannot all be applied (a line damaged, cut short by a crash, or
// continuing another library.json than this one) are reported in `lastLoad`, and openStore keeps a copy of
// the file as found before anything is written over it.
//
// Acknowledged means on disk: a save resolves once its line is flushed (appendOnlyFile.ts), and library.json
// is always rewritten from what was acknowledged, after every save queued before it, never from an older state.

import type { Adapter } from 'lowdb'
import { AppendOnlyFile, readLines } from './appendOnlyFile'
import { writePiecesAtomic } from './atomicFile'
import { DurableJsonFile, readBytes } from './durableJsonFile'
import { bytesInPieces, jsonPieces } from './jsonInPieces'
import { ChangeReplay, changeBetween, readChange, SavedList } from './libraryChanges'
import { isLibraryData } from './libraryShape'
import { emptyLibrary, libraryDataSchema, migrateLibrary, SCHEMA_VERSION, shallowCopy, type LibraryData } from './schema'
import { SerialQueue } from './serialQueue'
import type { ArticleMeta } from '../../shared/domain/article'
import type { Comparison } from '../../shared/domain/comparison'

/**
 * Rewrite library.json once the changes file holds this many lines, or as many bytes as library.json (so
 * reading the library never reads more than twice its size, and rewrites cost as much as the saves they follow).
 */
export const CHANGES_SLACK = 1000
const MIN_CHANGES_BYTES = 1_000_000

/** What reading found in the changes file. */
export interface ChangesLoad {
  /** Changes applied on top of library.json. */
  applied: number
  /** Lines that could not be read (damaged, or cut short by a crash): skipped. */
  skippedLines: number
  /** The only line skipped is the last one, with no line end: a save a crash cut short, never acknowledged. */
  tornLastLine: boolean
  /** The changes do not follow on from library.json (it was replaced by a backup): none was applied. */
  notApplied: number
}

const NOTHING_FOUND: ChangesLoad = { applied: 0, skippedLines: 0, tornLastLine: false, notApplied: 0 }

interface Saved {
  data: LibraryData
  articles: SavedList<ArticleMeta>
  comparisons: SavedList<Comparison>
}

export interface LibraryFileOptions {
  newerVersion?: (raw: unknown) => boolean
  /** How many lines the changes file may reach before library.json is rewritten (the crash test makes it small). */
  compactSlack?: number
}

export class LibraryFile implements Adapter<LibraryData> {
  private readonly file: DurableJsonFile<LibraryData>
  private readonly changes: AppendOnlyFile
  private readonly compactSlack: number
  private readonly queue = new SerialQueue()
  /** The state acknowledged so far (lists copied: the library changes its own lists in place). */
  private saved: Saved | null = null
  /** The number of the last change saved. */
  private seq = 0
  private lines = 0
  private changesBytes = 0
  private fileBytes = 0
  /** library.json exists and is of this version, so changes may be appended to follow it. */
  private fileCurrent = false
  private migrated = false
  /** What the last read found in the changes file. */
  lastLoad: ChangesLoad = NOTHING_FOUND
  /** Called after every successful save (the backups listen here); it must not throw. */
  afterWrite: () => void = () => undefined

  constructor(
    readonly path: string,
    readonly changesPath: string,
    options: LibraryFileOptions = {},
  ) {
    this.compactSlack = Math.max(1, options.compactSlack ?? CHANGES_SLACK)
    this.changes = new AppendOnlyFile(changesPath)
    this.file = new DurableJsonFile<LibraryData>(path, libraryDataSchema, {
      ...(options.newerVersion ? { newerVersion: options.newerVersion } : {}),
      quick: isLibraryData,
      migrate: (raw) => {
        this.migrated = (raw as { schemaVersion?: unknown } | null)?.schemaVersion !== SCHEMA_VERSION
        return migrateLibrary(raw)
      },
    })
  }

  /** library.json as read was of an earlier schema, and has not been rewritten since. */
  get olderOnDisk(): boolean {
    return this.migrated && !this.fileCurrent
  }

  /** The number of the last change saved (or read): library.json rewritten now would hold changes 1 to this. */
  get lastChange(): number {
    return this.seq
  }

  /** The library these bytes of a library.json hold; StoreDamagedError (naming `path`) if they cannot be read. */
  parse(bytes: Uint8Array, path: string): LibraryData {
    return this.file.parse(bytes, path)
  }

  private enqueue<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task)
  }

  read(): Promise<LibraryData | null> {
    return this.enqueue(async () => {
      this.migrated = false
      const bytes = await readBytes(this.path)
      const base = bytes === null ? null : this.parse(bytes, this.path)
      this.fileCurrent = base !== null && !this.migrated
      const changes = await this.changes.read()
      const lines = readLines(changes ?? new Uint8Array(0), readChange)
      let data = base ?? emptyLibrary()
      const later = lines.entries.filter((c) => c.seq > data.changesThrough)
      // Changes follow the library.json they were made on. With none (it was lost, and no backup could take
      // its place) they follow nothing; with no line skipped, the first must be the next after library.json's
      // last, or they were made on another library.json, one a backup has since replaced.
      const follows = later.length === 0 || (base !== null && (lines.skippedLines > 0 || (later[0] as { seq: number }).seq === data.changesThrough + 1))
      if (follows && later.length > 0) {
        const replay = new ChangeReplay(data)
        for (const change of later) replay.apply(change)
        data = replay.result()
      }
      // Numbers already used are never used again, so changes not applied can never pass for later ones.
      this.seq = lines.entries.reduce((most, c) => Math.max(most, c.seq), data.changesThrough)
      this.lines = lines.entries.length + lines.skippedLines
      this.changesBytes = changes?.length ?? 0
      this.fileBytes = bytes?.length ?? 0
      this.lastLoad = {
        applied: follows ? later.length : 0,
        skippedLines: lines.skippedLines,
        tornLastLine: lines.tornLastLine,
        notApplied: follows ? 0 : later.length,
      }
      this.accept(data)
      return bytes === null && changes === null ? null : data
    })
  }

  /** Takes `data` as saved, all of it. */
  private accept(data: LibraryData): void {
    const copy = shallowCopy(data)
    this.saved = { data: copy, articles: new SavedList(copy.articles), comparisons: new SavedList(copy.comparisons) }
  }

  /** Saves what changed since the last save, as one flushed line; the first save (or one after a migration) writes library.json. */
  write(data: LibraryData): Promise<void> {
    const next = this.enqueue(async () => {
      const saved = this.saved
      if (!this.fileCurrent || saved === null) {
        const before = saved
        this.accept(data)
        // The memory taken as saved goes back as it was if library.json cannot be written.
        await this.rewrite().catch((error: unknown) => {
          this.saved = before
          throw error
        })
        return
      }
      const change = changeBetween(saved, data)
      if (change === null) return
      const seq = this.seq + 1
      const line = `${JSON.stringify({ seq, ...change })}\n`
      await this.changes.append(line)
      this.seq = seq
      this.lines++
      this.changesBytes += Buffer.byteLength(line, 'utf8')
      saved.articles.apply(change.articles, change.removeArticles)
      saved.comparisons.apply(change.comparisons, change.removeComparisons)
      saved.data = shallowCopy(data)
    })
    return next.then(() => {
      if (this.full()) void this.compact().catch(() => undefined)
      try {
        this.afterWrite()
      } catch {
        // A backup is never allowed to fail the save it follows.
      }
    })
  }

  /** The whole library as saved, as the pieces of one library.json that reads on its own (null before anything
   *  was). Read only in the queue: what is saved does not change until the pieces are all made. */
  private pieces(): Iterable<string> | null {
    return this.saved === null ? null : jsonPieces({ ...this.saved.data, changesThrough: this.seq })
  }

  /** Rewrites library.json from what is saved, then empties the changes file it now holds. */
  private async rewrite(): Promise<void> {
    const pieces = this.pieces()
    if (pieces === null) return
    this.fileBytes = await writePiecesAtomic(this.path, pieces)
    this.fileCurrent = true
    await this.changes.replace('')
    this.lines = 0
    this.changesBytes = 0
  }

  /** Whether the changes file has grown enough for library.json to be rewritten. */
  private full(): boolean {
    return this.lines >= this.compactSlack || this.changesBytes >= Math.max(MIN_CHANGES_BYTES, this.fileBytes)
  }

  /** Rewrites library.json if the changes file has reached its slack, when the queue gets to it. */
  compact(force = false): Promise<void> {
    return this.enqueue(async () => {
      if (!force && !this.full()) return
      await this.rewrite()
    })
  }

  /** The library as saved, as one library.json (null when nothing is): what a backup holds. */
  snapshot(): Promise<Buffer | null> {
    return this.enqueue(async () => {
      const pieces = this.pieces()
      return pieces === null || !this.fileCurrent ? null : bytesInPieces(pieces)
    })
  }

  async close(): Promise<void> {
    await this.enqueue(() => this.changes.close())
  }
}
