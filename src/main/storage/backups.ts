// Rolling backups of the library's metadata and highlights, in <library>/backups/. After a save of the
// metadata (or a compaction of the highlight journal), the library as saved (library.json with the changes
// saved since, written as one library.json) and highlights.jsonl as it stands are copied into a folder named
// by the time, so names sort in the order they were made (2026-03-04T05-06-07-089Z): a pair that was
// current together. The newest five are kept, and for each of
// the last seven days the newest of that day.
//
// Article bodies (bodies/<sha256>.txt) are not backed up: each is named by the hash of its content and is
// never written over or deleted, so every body a backup's library.json names is still there.
//
// A backup never holds up or fails a save: it starts a while after the save (BACKUP_DELAY_MS; the saves made
// meanwhile are covered by the same backup), at most one runs at a time, the saves made while it runs are
// covered by a single further one, and its errors are logged, not thrown. Closing the library writes the one
// still waiting. Waiting matters at 10,000 articles: a backup takes tens of milliseconds of the main process,
// which after every save would double the save's time; what a save acknowledges is on disk without it. A backup
// is written under a temporary name and renamed into place, so a crash never leaves half of one among them.

import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { flushFolder, makeFolderDurably, writeFileAtomic } from './atomicFile'

export const BACKUP_LIBRARY_FILE = 'library.json'
export const BACKUP_JOURNAL_FILE = 'highlights.jsonl'
const PARTIAL = '.partial-'
const DAY_MS = 86_400_000
const NAME = /^\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z(-\d{3})?$/

export type Log = (message: string, error: unknown) => void

export interface BackupSources {
  /** The library as saved, as one library.json that reads on its own; null when there is none yet. */
  library(): Promise<Uint8Array | null>
  /** highlights.jsonl as it stands; null when there is none. */
  journal(): Promise<Uint8Array | null>
}

export interface Retention {
  /** The newest this many backups are kept... */
  recent: number
  /** ...and the newest backup of each of the last this many days (today included). */
  days: number
}

export const DEFAULT_RETENTION: Retention = { recent: 5, days: 7 }

/** How long after a save its backup is written. */
export const BACKUP_DELAY_MS = 15_000

/** A time as a name that sorts like the time and is allowed in file names everywhere (no colons). */
export function timeStamp(date: Date): string {
  return date.toISOString().replace(/[:.]/g, '-')
}

/** The time a backup's name stands for, as a person reads it: "2026-03-04 05:06 UTC". */
export function describeBackupTime(name: string): string {
  return `${name.slice(0, 10)} ${name.slice(11, 13)}:${name.slice(14, 16)} UTC`
}

export function isBackupName(name: string): boolean {
  return NAME.test(name)
}

/** Which backups to keep: the newest `recent`, and the newest of each of the last `days` days (UTC). */
export function backupsToKeep(names: readonly string[], now: Date, retention: Retention = DEFAULT_RETENTION): Set<string> {
  const newestFirst = names.filter(isBackupName).sort().reverse()
  const keep = new Set(newestFirst.slice(0, retention.recent))
  const firstDay = new Date(now.getTime() - (retention.days - 1) * DAY_MS).toISOString().slice(0, 10)
  const days = new Set<string>()
  for (const name of newestFirst) {
    const day = name.slice(0, 10)
    if (day < firstDay || days.has(day)) continue
    days.add(day)
    keep.add(name)
  }
  return keep
}

/** A name after every existing one: the time, or when the clock has not moved on, the newest name with a counter. */
function nextName(stamp: string, existing: readonly string[]): string {
  const newest = existing.filter(isBackupName).sort().at(-1)
  if (newest === undefined || newest < stamp) return stamp
  const count = Number(newest.slice(25) || '0') + 1
  return `${newest.slice(0, 24)}-${String(count).padStart(3, '0')}`
}

export class Backups {
  private running: Promise<void> | null = null
  private waiting: ReturnType<typeof setTimeout> | null = null
  private pending = false

  constructor(
    readonly folder: string,
    private readonly sources: BackupSources,
    private readonly now: () => Date = () => new Date(),
    private readonly log: Log = (message, error) => console.error(message, error),
    private readonly retention: Retention = DEFAULT_RETENTION,
    private readonly delayMs = BACKUP_DELAY_MS,
  ) {}

  /** Asks for a backup after a save. Returns at once; the calls before it starts make one, those while it runs one more. */
  schedule(): void {
    if (this.running) {
      this.pending = true
      return
    }
    if (this.waiting) return
    this.waiting = setTimeout(() => this.start(), this.delayMs)
    // A backup waiting never keeps the process alive; closing the library writes it.
    this.waiting.unref?.()
  }

  private start(): void {
    if (this.waiting) clearTimeout(this.waiting)
    this.waiting = null
    this.running = this.run()
  }

  private async run(): Promise<void> {
    try {
      await this.backUp()
    } catch (error) {
      this.log(`Parallax could not write a backup of your library in ${this.folder}.`, error)
    }
    this.running = null
    if (this.pending) {
      this.pending = false
      this.schedule()
    }
  }

  /** Writes the backup that is waiting, if any, and resolves once none is being written or waiting (on close, and in tests). */
  async idle(): Promise<void> {
    for (;;) {
      if (this.waiting) this.start()
      if (!this.running) return
      await this.running
    }
  }

  /** The backups, newest first. */
  async list(): Promise<string[]> {
    return (await this.entries()).filter(isBackupName).sort().reverse()
  }

  private async entries(): Promise<string[]> {
    try {
      return await readdir(this.folder)
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw error
    }
  }

  /** Writes one backup now and prunes the old ones; returns its name, or null when there is nothing to back up. */
  async backUp(): Promise<string | null> {
    const library = await this.sources.library()
    if (library === null) return null
    const journal = await this.sources.journal()
    await makeFolderDurably(this.folder)
    const existing = await this.entries()
    const name = nextName(timeStamp(this.now()), existing)
    const partial = join(this.folder, `${PARTIAL}${name}`)
    await rm(partial, { recursive: true, force: true })
    await mkdir(partial)
    await writeFileAtomic(join(partial, BACKUP_LIBRARY_FILE), library)
    if (journal !== null) await writeFileAtomic(join(partial, BACKUP_JOURNAL_FILE), journal)
    await rename(partial, join(this.folder, name))
    await flushFolder(this.folder)
    await this.prune([...existing.filter((e) => e !== `${PARTIAL}${name}`), name])
    return name
  }

  /** Removes the backups a crash left half written (at start, before any backup runs). */
  async removeLeftovers(): Promise<void> {
    const partial = (await readdir(this.folder).catch(() => [] as string[])).filter((e) => e.startsWith(PARTIAL))
    for (const entry of partial) await rm(join(this.folder, entry), { recursive: true, force: true })
    if (partial.length > 0) await flushFolder(this.folder)
  }

  /** Removes the backups past the retention, and any left half-written by a crash (only one backup runs at a time). */
  private async prune(entries: readonly string[]): Promise<void> {
    const keep = backupsToKeep(entries, this.now(), this.retention)
    const drop = entries.filter((e) => (isBackupName(e) && !keep.has(e)) || e.startsWith(PARTIAL))
    for (const entry of drop) await rm(join(this.folder, entry), { recursive: true, force: true })
  }

  /**
   * Copies one file of the newest backup that `accept` takes into `target`, durably, and returns the path it
   * was copied from; null when no backup holds an acceptable one.
   */
  async restoreNewest(file: string, target: string, accept: (bytes: Uint8Array, path: string) => boolean): Promise<string | null> {
    for (const name of await this.list()) {
      const path = join(this.folder, name, file)
      const bytes = await readFile(path).catch(() => null)
      if (bytes === null || !accept(bytes, path)) continue
      await writeFileAtomic(target, bytes)
      return path
    }
    return null
  }
}
