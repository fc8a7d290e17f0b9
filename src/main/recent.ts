// The recent-comparisons list behind File > Open Recent: most recent first, each comparison once, at
// most ten, and comparisons that have since been deleted left out. The list is a pure value; the
// store keeps it in <userData>/recent.json beside window-state.json, and a damaged file reads as empty.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import type { ComparisonLink } from '../shared/domain/comparison'
import { writeFileAtomic } from './storage/atomicFile'

export const MAX_RECENT = 10

/** `id` moved (or added) to the front; duplicates removed; cut to MAX_RECENT. */
export function addRecent(list: readonly string[], id: string): string[] {
  return [id, ...list.filter((other) => other !== id)].slice(0, MAX_RECENT)
}

/** The list without ids of comparisons that no longer exist, nor repeats, nor more than MAX_RECENT. */
export function pruneRecent(list: readonly string[], exists: (id: string) => boolean): string[] {
  return [...new Set(list)].filter(exists).slice(0, MAX_RECENT)
}

const recentFileSchema = z.object({ comparisons: z.array(z.string().min(1)) })

/** Reads the file's list, or [] when it is not JSON or not the right shape. */
export function parseRecent(text: string): string[] {
  try {
    const parsed = recentFileSchema.safeParse(JSON.parse(text))
    return parsed.success ? pruneRecent(parsed.data.comparisons, () => true) : []
  } catch {
    return []
  }
}

export const RECENT_FILE = 'recent.json'

export class RecentStore {
  readonly path: string
  private writing: Promise<void> = Promise.resolve()

  constructor(
    folder: string,
    private readonly log: (message: string, error: unknown) => void = () => {},
  ) {
    this.path = join(folder, RECENT_FILE)
  }

  async load(): Promise<string[]> {
    try {
      return parseRecent(await readFile(this.path, 'utf8'))
    } catch {
      return []
    }
  }

  /** Writes the list durably; writes are chained so the last one asked for wins. */
  save(list: readonly string[]): Promise<void> {
    const text = `${JSON.stringify({ comparisons: list.slice(0, MAX_RECENT) }, null, 2)}\n`
    this.writing = this.writing.then(() => writeFileAtomic(this.path, text)).catch((error: unknown) => this.log('Could not save the recent comparisons', error))
    return this.writing
  }
}

/** Finds a comparison in the library by id (its title is what the menu shows). */
export type FindComparison = (id: string) => ComparisonLink | undefined

/** The menu's entries for `list`, in order, titled from the library; ids with no comparison are left out. */
export function recentEntries(list: readonly string[], find: FindComparison): ComparisonLink[] {
  return pruneRecent(list, (id) => find(id) !== undefined).flatMap((id) => {
    const found = find(id)
    return found ? [{ id, title: found.title }] : []
  })
}

/**
 * The recent list as the app uses it: loaded once, moved along as comparisons are opened, saved after
 * each change, and reported to `onChange` (which rebuilds File > Open Recent). Titles come from the
 * library at the time of asking, so a renamed comparison shows its new title and a deleted one drops out.
 */
export class RecentComparisons {
  private list: string[] = []

  constructor(
    private readonly store: RecentStore,
    /** Looks up only the (at most ten) ids on the list, never the whole library. */
    private readonly find: FindComparison,
    private readonly onChange: (entries: ComparisonLink[]) => void = () => {},
  ) {}

  /** Reads the saved list; ids of comparisons deleted since are dropped from the file too. */
  async load(): Promise<ComparisonLink[]> {
    const saved = await this.store.load()
    const entries = recentEntries(saved, this.find)
    this.list = entries.map((entry) => entry.id)
    if (this.list.length !== saved.length) await this.store.save(this.list)
    return entries
  }

  entries(): ComparisonLink[] {
    return recentEntries(this.list, this.find)
  }

  /** Puts `id` first. Returns false, changing nothing, when there is no such comparison. */
  async opened(id: string): Promise<boolean> {
    if (this.find(id) === undefined) return false
    const before = this.list
    this.list = addRecent(pruneRecent(this.list, (other) => this.find(other) !== undefined), id)
    if (before.join('\n') === this.list.join('\n')) return true
    await this.store.save(this.list)
    this.onChange(this.entries())
    return true
  }
}
