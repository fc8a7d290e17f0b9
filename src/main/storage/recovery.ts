// What happens at start when the library's files cannot be read, and the report of it. A damaged file is
// never written over nor deleted: it is moved aside unchanged (library.json.damaged-<time>), and the newest
// backup that reads and checks out is copied into its place; with none, the library starts empty. The
// changes saved after library.json (library-changes.jsonl) are applied on top when they follow on from the
// library.json in use; those that cannot be applied are reported, with a copy of the file as found. The
// person is told in words what happened and where the old file now is (StartupReport, shown at start).
//
// Highlights: when library.json is restored, the highlight journal in use is kept (it is append-only and
// newer than any backup, so it holds every change the backup's copy holds and the ones made since), and a
// copy of it is kept beside the moved file, so the pair as it was is still there if references are then
// repaired. A journal with lines that cannot be read keeps the lines that can; the file as found is moved
// aside and a clean journal of what was read takes its place, so the skipped lines are kept, once reported.
// A journal of which no line can be read is restored from the newest backup whose copy reads cleanly. A file
// that is missing although backups of it exist is restored too (Parallax never deletes either).

import { copyFile, lstat, readFile, rename } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import type { JournalHighlight } from './schema'
import { flushFolder, writeFileAtomic } from './atomicFile'
import { BACKUP_JOURNAL_FILE, BACKUP_LIBRARY_FILE, describeBackupTime, timeStamp, type Backups } from './backups'
import type { StoreDamagedError } from './durableJsonFile'
import { readJournal, type HighlightJournal } from './highlightJournal'
import type { LibraryFile } from './libraryFile'

/** A library file's place and how its bytes are read (a backup of it is checked the same way). */
interface ReadableFile {
  readonly path: string
  parse(bytes: Uint8Array, path: string): unknown
}

export interface RecoveredFile {
  /** Where the damaged file was found (it is no longer there). */
  damagedPath: string
  /** Where it is now, byte for byte as it was found. */
  movedTo: string
  /** Why it could not be read, in words. */
  reason: string
  /** The backup copied into its place; null when no backup could be read and the library started empty. */
  restoredFrom: string | null
}

/** What opening the library found and did, for the person to read. */
export interface StartupReport {
  recovered: RecoveredFile | null
  /** Each thing found and repaired (or found and left), in words; the recovery first. */
  repairs: string[]
}

async function exists(path: string): Promise<boolean> {
  return lstat(path).then(
    () => true,
    () => false,
  )
}

/** A name beside `path` that is not taken: `<path>.<label>-<time>`, with a counter if need be. */
async function freeName(path: string, label: string, now: Date): Promise<string> {
  const base = `${path}.${label}-${timeStamp(now)}`
  let candidate = base
  for (let n = 2; await exists(candidate); n++) candidate = `${base}-${n}`
  return candidate
}

/** Renames a file aside, unchanged, and returns its new path; never over another file. */
export async function moveAside(path: string, now: Date): Promise<string> {
  const movedTo = await freeName(path, 'damaged', now)
  await rename(path, movedTo)
  await flushFolder(dirname(path))
  return movedTo
}

function backupTime(restoredFrom: string): string {
  return describeBackupTime(basename(dirname(restoredFrom)))
}

/** Whether bytes read as a library file (damaged backups are passed over). */
function readsAs(adapter: ReadableFile): (bytes: Uint8Array, path: string) => boolean {
  return (bytes, path) => {
    try {
      adapter.parse(bytes, path)
      return true
    } catch {
      return false
    }
  }
}

/**
 * Moves a library.json that could not be read aside and restores the newest good backup in its place. The
 * report's `recovered` says what was done (the person is told from it); `message` says where the copy of
 * the highlights taken at that moment is, if there was a journal to copy. If the restore itself fails (a
 * full disk), the damaged file is moved back, so the next start finds things as this one did.
 */
export async function recoverLibraryFile(
  adapter: ReadableFile,
  journalPath: string,
  backups: Backups,
  damage: StoreDamagedError,
  now: Date,
): Promise<{ recovered: RecoveredFile; message: string | null }> {
  const movedTo = await moveAside(adapter.path, now)
  try {
    let message: string | null = null
    if (await exists(journalPath)) {
      const copy = await freeName(journalPath, 'at-recovery', now)
      await writeFileAtomic(copy, await readFile(journalPath))
      message = `Your highlights were kept; a copy of the highlights file as it was when the library file was moved aside is at ${copy}.`
    }
    // Last, so that nothing can fail after a backup is in place.
    const restoredFrom = await backups.restoreNewest(BACKUP_LIBRARY_FILE, adapter.path, readsAs(adapter))
    return { recovered: { damagedPath: adapter.path, movedTo, reason: damage.reason, restoredFrom }, message }
  } catch (error) {
    if (!(await exists(adapter.path))) await rename(movedTo, adapter.path).catch(() => undefined)
    throw error
  }
}

/**
 * A library.json that is missing although backups of it exist was removed by something other than
 * Parallax (which only ever replaces it): the newest good backup is restored rather than starting empty and
 * letting the next saves rotate those backups away. Returns what was done, or null when nothing was.
 */
export async function restoreMissingLibrary(adapter: ReadableFile, backups: Backups): Promise<string | null> {
  if (await exists(adapter.path)) return null
  const restoredFrom = await backups.restoreNewest(BACKUP_LIBRARY_FILE, adapter.path, readsAs(adapter))
  if (restoredFrom === null) return null
  return `Your library file was missing from ${adapter.path}; the backup of ${backupTime(restoredFrom)} was restored in its place (from ${restoredFrom}).`
}

const lines = (n: number): string => (n === 1 ? '1 line' : `${n} lines`)

/** Loads the highlight journal, dealing with lines that cannot be read; returns the highlights and what was done. */
export async function loadJournal(journal: HighlightJournal, backups: Backups, now: Date): Promise<{ highlights: Map<string, JournalHighlight>; message: string | null }> {
  // As for library.json: a journal that is missing although a backup holds one was removed by something else.
  if (!(await exists(journal.path))) {
    const restoredFrom = await backups.restoreNewest(BACKUP_JOURNAL_FILE, journal.path, (bytes) => readJournal(bytes).skippedLines === 0)
    const { highlights } = await journal.load()
    const message = restoredFrom && `Your highlights file was missing from ${journal.path}; the highlights of the backup of ${backupTime(restoredFrom)} were restored (from ${restoredFrom}).`
    return { highlights, message }
  }
  const load = await journal.load()
  if (load.skippedLines === 0) return { highlights: load.highlights, message: null }
  const movedTo = await moveAside(journal.path, now)
  if (load.readLines > 0) {
    await journal.rewrite(load.highlights.values())
    const what = load.tornLastLine
      ? 'The last highlight change before Parallax stopped was cut short and was not saved (its line in the highlights file is left out).'
      : `${lines(load.skippedLines)} of your highlights file could not be read and ${load.skippedLines === 1 ? 'was' : 'were'} skipped; the other ${lines(load.readLines)} ${load.readLines === 1 ? 'was' : 'were'} read.`
    return { highlights: load.highlights, message: `${what} The file as found was moved, unchanged, to ${movedTo}.` }
  }
  const restoredFrom = await backups.restoreNewest(BACKUP_JOURNAL_FILE, journal.path, (bytes) => readJournal(bytes).skippedLines === 0)
  const reloaded = await journal.load()
  const instead =
    restoredFrom === null
      ? ' No backup held highlights that could be read, so the library has none for now.'
      : ` The highlights of the backup of ${backupTime(restoredFrom)} were restored (from ${restoredFrom}).`
  return {
    highlights: reloaded.highlights,
    message: `Your highlights file could not be read at all (${lines(load.skippedLines)}). It was moved, unchanged, to ${movedTo}.${instead}`,
  }
}

/**
 * When the library's changes file held lines that could not all be applied, keeps a copy of it as found,
 * then rewrites library.json from what was read (which empties the changes file), so the next save does not
 * follow a damaged line; returns what was done in words, or null when all was well.
 */
export async function reportChanges(file: LibraryFile, now: Date): Promise<string | null> {
  const load = file.lastLoad
  if (load.skippedLines === 0 && load.notApplied === 0) return null
  const copy = await freeName(file.changesPath, 'damaged', now)
  await copyFile(file.changesPath, copy)
  await flushFolder(dirname(copy))
  await file.compact(true)
  const asFound = `The file of changes as found was kept, unchanged, at ${copy}.`
  if (load.notApplied > 0) {
    const changes = load.notApplied === 1 ? '1 change' : `${load.notApplied} changes`
    return `Your library's file of recent changes (${changes}) does not follow on from the library file now in use, which was restored from a backup or started afresh, so its changes were not applied. ${asFound}`
  }
  if (load.tornLastLine) return `The last change to your library before Parallax stopped was cut short and was not saved. ${asFound}`
  return `${lines(load.skippedLines)} of your library's file of recent changes could not be read and ${load.skippedLines === 1 ? 'was' : 'were'} skipped; the other ${load.applied === 1 ? 'change was' : `${load.applied} changes were`} applied. ${asFound}`
}
