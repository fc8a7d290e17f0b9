// What one save changed in the library's metadata, as one line of library-changes.jsonl, and how a line is
// applied again when the library is read. A save appends only what it changed (an article, a comparison, the
// labels), so its cost does not grow with the library; library.json is rewritten only now and then
// (libraryFile.ts).
//
// The change is found by comparing objects, not their contents: every change to the library replaces the
// article, comparison, labels or sample state it changes and never edits one in place (libraryStore.ts), so
// an object that is not the one last saved is a change, and comparing costs one pass over the lists.

import { z } from 'zod'
import type { ArticleMeta } from '../../shared/domain/article'
import type { Comparison } from '../../shared/domain/comparison'
import { isLibraryChange } from './libraryShape'
import { decodeUtf8 } from './strictUtf8'
import { articleMetaSchema, colorLabelsSchema, comparisonSchema, sampleStateSchema, type LibraryData } from './schema'

/** A record put at its place in its list: `at` is its index once the line is applied. */
const placed = <T extends z.ZodTypeAny>(record: T) => z.object({ at: z.number().int().nonnegative(), put: record })

export const changeSchema = z.object({
  /** Numbers the changes 1, 2, 3 ... over the library's life; library.json says up to which one it holds. */
  seq: z.number().int().positive(),
  articles: z.array(placed(articleMetaSchema)).optional(),
  removeArticles: z.array(z.string().min(1)).optional(),
  comparisons: z.array(placed(comparisonSchema)).optional(),
  removeComparisons: z.array(z.string().min(1)).optional(),
  sample: sampleStateSchema.optional(),
  colorLabels: colorLabelsSchema.optional(),
})

export type LibraryChange = z.infer<typeof changeSchema>
type Change = Omit<LibraryChange, 'seq'>

interface Keyed {
  id: string
}

/** One list as it was saved, each record by id. */
export class SavedList<T extends Keyed> {
  private byId: Map<string, T>

  constructor(list: readonly T[]) {
    this.byId = new Map(list.map((r) => [r.id, r]))
  }

  /** The records of `now` that are new or replaced, each with its index, and the ids no longer there. */
  difference(now: readonly T[]): { put: { at: number; put: T }[]; remove: string[] } {
    const put: { at: number; put: T }[] = []
    let kept = 0
    now.forEach((record, at) => {
      const saved = this.byId.get(record.id)
      if (saved !== record) put.push({ at, put: record })
      if (saved !== undefined) kept++
    })
    if (kept === this.byId.size) return { put, remove: [] }
    const present = new Set(now.map((r) => r.id))
    return { put, remove: [...this.byId.keys()].filter((id) => !present.has(id)) }
  }

  /** Takes a change as saved. */
  apply(put: readonly { put: T }[] | undefined, remove: readonly string[] | undefined): void {
    for (const id of remove ?? []) this.byId.delete(id)
    for (const entry of put ?? []) this.byId.set(entry.put.id, entry.put)
  }
}

/** What changed between the library as saved and `data`; null when nothing did. */
export function changeBetween(saved: { articles: SavedList<ArticleMeta>; comparisons: SavedList<Comparison>; data: LibraryData }, data: LibraryData): Change | null {
  const change: Change = {}
  const articles = saved.articles.difference(data.articles)
  if (articles.put.length > 0) change.articles = articles.put
  if (articles.remove.length > 0) change.removeArticles = articles.remove
  const comparisons = saved.comparisons.difference(data.comparisons)
  if (comparisons.put.length > 0) change.comparisons = comparisons.put
  if (comparisons.remove.length > 0) change.removeComparisons = comparisons.remove
  if (data.sample !== saved.data.sample) change.sample = data.sample
  if (data.colorLabels !== saved.data.colorLabels) change.colorLabels = data.colorLabels
  return Object.keys(change).length === 0 ? null : change
}

/** One list being brought forward by changes, in place, with each record's index kept alongside. */
class ListReplay<T extends Keyed> {
  readonly list: T[]
  private index: Map<string, number> | null = null

  constructor(list: readonly T[]) {
    this.list = [...list]
  }

  private indexOf(id: string): number | undefined {
    this.index ??= new Map(this.list.map((r, i) => [r.id, i]))
    return this.index.get(id)
  }

  /** Removes, then puts in index order: each record lands where it was when the change was made. */
  apply(put: readonly { at: number; put: T }[] | undefined, remove: readonly string[] | undefined): void {
    if (remove && remove.length > 0) {
      const gone = new Set(remove)
      let kept = 0
      for (const record of this.list) if (!gone.has(record.id)) this.list[kept++] = record
      this.list.length = kept
      this.index = null
    }
    const added: { at: number; put: T }[] = []
    for (const entry of put ?? []) {
      const i = this.indexOf(entry.put.id)
      if (i === undefined) added.push(entry)
      else this.list[i] = entry.put
    }
    for (const { at, put: record } of added.sort((a, b) => a.at - b.at)) {
      if (at >= this.list.length) {
        this.index?.set(record.id, this.list.length)
        this.list.push(record)
      } else {
        this.list.splice(at, 0, record)
        this.index = null
      }
    }
  }
}

/** Brings `data` forward by changes in turn; `data` itself is never changed. */
export class ChangeReplay {
  private readonly articles: ListReplay<ArticleMeta>
  private readonly comparisons: ListReplay<Comparison>
  private data: LibraryData

  constructor(data: LibraryData) {
    this.data = data
    this.articles = new ListReplay(data.articles)
    this.comparisons = new ListReplay(data.comparisons)
  }

  apply(change: LibraryChange): void {
    this.articles.apply(change.articles as { at: number; put: ArticleMeta }[] | undefined, change.removeArticles)
    this.comparisons.apply(change.comparisons, change.removeComparisons)
    this.data = { ...this.data, sample: change.sample ?? this.data.sample, colorLabels: change.colorLabels ?? this.data.colorLabels }
  }

  result(): LibraryData {
    return { ...this.data, articles: this.articles.list, comparisons: this.comparisons.list }
  }
}

/** One line of the changes file, read strictly (UTF-8, JSON, a known change); null when it cannot be. */
export function readChange(bytes: Uint8Array): LibraryChange | 'blank' | null {
  const text = decodeUtf8(bytes)
  if (text === null) return null
  if (text.trim() === '') return 'blank'
  try {
    const raw: unknown = JSON.parse(text)
    if (isLibraryChange(raw)) return raw
    const parsed = changeSchema.safeParse(raw)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
