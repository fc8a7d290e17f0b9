// The state every part of the library works on, and the ways it changes. commit() changes the metadata in
// lowdb and puts memory back as it was if the write fails, so memory never holds a change the file does not;
// saveHighlights() changes memory only once the journal holds the change. Changes that read, wait on the
// disk and then write run one at a time (serial()), so two of them never decide on the same stale state.

import type { Low } from 'lowdb'
import type { ArticleMeta } from '../../shared/domain/article'
import type { Comparison } from '../../shared/domain/comparison'
import { AppError } from '../../shared/domain/errors'
import type { Highlight } from '../../shared/domain/highlight'
import type { BodyStore } from './bodies'
import type { HighlightJournal } from './highlightJournal'
import { shallowCopy, type LibraryData } from './schema'
import { SerialQueue } from './serialQueue'
import { SearchIndex, type IndexFile } from './searchIndex'

export class LibraryStore {
  readonly search: SearchIndex
  private readonly queue = new SerialQueue()

  constructor(
    private readonly db: Low<LibraryData>,
    readonly bodies: BodyStore,
    readonly journal: HighlightJournal,
    /** Every highlight of the library, by id, as the journal holds them. */
    readonly highlightsById: Map<string, Highlight>,
    readonly now: () => Date,
    indexFile?: IndexFile,
  ) {
    this.search = new SearchIndex({
      list: () => this.data.articles,
      find: (id) => this.findArticle(id),
      readBody: (hash) => this.bodies.get(hash),
      ...(indexFile ? { file: indexFile } : {}),
    })
  }

  get data(): LibraryData {
    return this.db.data
  }

  /** Runs changes one after another; a failed one does not hold up the next. */
  serial<T>(task: () => Promise<T>): Promise<T> {
    return this.queue.run(task)
  }

  /**
   * Changes replace objects (articles, comparisons, labels, the sample state) and never edit one in place,
   * so the copy kept for a rollback need only copy the lists: a deep copy of a 10,000-article library took
   * 55–70 ms of every save.
   */
  async commit(change: (data: LibraryData) => void): Promise<void> {
    // Restored from a copy, not re-read: before the first save there is no file to re-read.
    const before = shallowCopy(this.db.data)
    change(this.db.data)
    try {
      await this.db.write()
    } catch (error) {
      this.db.data = before
      throw new AppError('storage', `Parallax could not save your library: ${(error as Error).message}`, { cause: error })
    }
  }

  /** Writes highlights to the journal first; memory changes only once they are on disk. */
  async saveHighlights(write: () => Promise<void>, apply: () => void): Promise<void> {
    try {
      await write()
    } catch (error) {
      throw new AppError('storage', `Parallax could not save your highlights: ${(error as Error).message}`, { cause: error })
    }
    apply()
    void this.journal.compactIfLarge().catch(() => undefined)
  }

  findArticle(id: string): ArticleMeta | undefined {
    return this.data.articles.find((a) => a.id === id)
  }

  article(id: string): ArticleMeta {
    const meta = this.findArticle(id)
    if (!meta) throw new AppError('not-found', 'That article is not in the library. It may have been deleted.')
    return meta
  }

  /** For looking up many articles at once (a list of comparisons, search results). */
  articlesById(): Map<string, ArticleMeta> {
    return new Map(this.data.articles.map((a) => [a.id, a]))
  }

  findComparison(id: string): Comparison | undefined {
    return this.data.comparisons.find((c) => c.id === id)
  }

  comparison(id: string): Comparison {
    const comparison = this.findComparison(id)
    if (!comparison) throw new AppError('not-found', 'That comparison is not in the library. It may have been deleted.')
    return comparison
  }
}

/** Newest import first; articles imported in the same instant, the one added last first. */
export function newestFirst(articles: readonly ArticleMeta[]): ArticleMeta[] {
  return [...articles].reverse().sort((a, b) => b.importedAt.localeCompare(a.importedAt))
}

