// The library: articles, comparisons, highlights and their colour labels, kept as metadata in lowdb with bodies
// in the BodyStore and highlights in their journal. This class is the one face the rest of the main process
// sees; the work is done by the modules beside it (articles, articleDeletion, highlights, searchIndex), all on
// one LibraryStore, whose commit() never leaves in memory a change the file does not hold.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { Low } from 'lowdb'
import { tagKey, type Article, type ArticleDetails, type ArticleMeta, type NewArticle } from '../../shared/domain/article'
import {
  MAX_ARTICLES_PER_COMPARISON,
  MAX_COMPARISON_TITLE_LENGTH,
  MIN_ARTICLES_PER_COMPARISON,
  type Comparison,
  type ComparisonSummary,
  type ComparisonWithArticles,
} from '../../shared/domain/comparison'
import { AppError } from '../../shared/domain/errors'
import type { Highlight, HighlightColor, HighlightPage } from '../../shared/domain/highlight'
import type { ArticleUsage, ImportOutcome, NewHighlight } from '../../shared/ipc/contract'
import { ArticleDeletions } from './articleDeletion'
import { makeFolderDurably, removeCrashLeftovers, writeFileAtomic } from './atomicFile'
import { getArticleTexts, importArticles, setCleanup, updateArticle } from './articles'
import type { Backups, Log, Retention } from './backups'
import { BodyStore } from './bodies'
import type { HighlightJournal } from './highlightJournal'
import type { LibraryFile } from './libraryFile'
import { Highlights } from './highlights'
import { checkBodies, checkIntegrity } from './integrity'
import { LibraryStore, newestFirst } from './libraryStore'
import type { IndexFile } from './searchIndex'
import { BACKUPS_FOLDER, BODIES_FOLDER, openStore } from './openStore'
import type { StartupReport } from './recovery'
import type { LibraryData, SampleState } from './schema'

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
  private readonly store: LibraryStore
  private readonly highlightStore: Highlights
  private readonly deletions: ArticleDeletions
  private readonly backups: Backups | null
  private readonly file: LibraryFile | null
  private closing = false
  readonly startup: StartupReport

  constructor(
    db: Low<LibraryData>,
    bodies: BodyStore,
    journal: HighlightJournal,
    highlights: Map<string, Highlight>,
    now: () => Date = () => new Date(),
    extras: LibraryExtras = {},
  ) {
    this.store = new LibraryStore(db, bodies, journal, highlights, now, extras.indexFile)
    this.highlightStore = new Highlights(this.store)
    this.deletions = new ArticleDeletions(this.store)
    this.startup = extras.startup ?? { recovered: null, repairs: [] }
    this.backups = extras.backups ?? null
    this.file = extras.file ?? null
  }

  private get data(): LibraryData {
    return this.store.data
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

  // Articles

  /** Every article, newest import first. */
  listArticles(): ArticleMeta[] {
    return newestFirst(this.data.articles)
  }

  async getArticle(id: string): Promise<Article> {
    const { wordCount: _wordCount, ...meta } = this.store.article(id)
    return { ...meta, text: await this.store.bodies.get(meta.textHash) }
  }

  /** An article's metadata; not-found when it is not in the library. */
  getArticleMeta(id: string): ArticleMeta {
    return this.store.article(id)
  }

  findArticleByHash(textHash: string): ArticleMeta | undefined {
    return this.data.articles.find((a) => a.textHash === textHash)
  }

  /** Adds an article, or returns the one already holding exactly this text; a refusal is thrown. */
  async addArticle(input: NewArticle): Promise<{ article: ArticleMeta; created: boolean }> {
    const [result] = await importArticles(this.store, [input])
    if (!result) throw new AppError('internal', 'The import gave no answer.')
    if (result.error) throw result.error
    return { article: result.outcome.article as ArticleMeta, created: result.outcome.status === 'imported' }
  }

  /** Adds up to a batch of articles in one save; each is imported, a duplicate, or refused with a reason. */
  async importArticles(items: readonly NewArticle[]): Promise<ImportOutcome[]> {
    return (await importArticles(this.store, items)).map((r) => r.outcome)
  }

  updateArticle(id: string, details: Partial<ArticleDetails>): Promise<ArticleMeta> {
    return updateArticle(this.store, id, details)
  }

  /** Re-applies clean-up from the stored extracted text, dropping exactly these blocks ([] undoes it). */
  setCleanup(id: string, dropped: readonly number[]): Promise<ArticleMeta> {
    return setCleanup(this.store, id, dropped)
  }

  getArticleTexts(id: string): Promise<{ source: string; extracted: string; text: string }> {
    return getArticleTexts(this.store, id)
  }

  /** Articles holding every word of the query (the last may be unfinished), with the tag if given; newest first. */
  async searchArticles(query: string, tag?: string): Promise<ArticleMeta[]> {
    // No words: every article, at once, without waiting for the index still being built after open.
    const found = query.trim() === '' ? null : await this.store.search.search(query)
    const key = tag === undefined ? null : tagKey(tag)
    return newestFirst(
      this.data.articles.filter((a) => (found === null || found.has(a.id)) && (key === null || a.tags.some((t) => tagKey(t) === key))),
    )
  }

  articleUsage(id: string): ArticleUsage {
    return this.deletions.usage(id)
  }

  /** Deletes an article with its highlights and the comparisons left too small; returns what it touched. */
  deleteArticle(id: string): Promise<ArticleUsage> {
    return this.deletions.delete(id)
  }

  /** Undoes deleteArticle, once, within this session. */
  restoreArticle(id: string): Promise<ArticleMeta> {
    return this.deletions.restore(id)
  }

  // Comparisons

  listComparisons(): ComparisonSummary[] {
    const byId = this.store.articlesById()
    return [...this.data.comparisons].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((c) => this.summarise(c, byId))
  }

  findComparison(id: string): Comparison | undefined {
    return this.store.findComparison(id)
  }

  summarise(comparison: Comparison, byId?: Map<string, ArticleMeta>): ComparisonSummary {
    const articles = comparison.articleIds.map((id) => byId?.get(id) ?? this.store.article(id))
    return { ...comparison, articleIds: [...comparison.articleIds], articles }
  }

  getComparisonSummary(id: string): ComparisonSummary {
    return this.summarise(this.store.comparison(id))
  }

  async getComparison(id: string): Promise<ComparisonWithArticles> {
    const comparison = this.store.comparison(id)
    const articles = await Promise.all(comparison.articleIds.map((articleId) => this.getArticle(articleId)))
    return { ...comparison, articleIds: [...comparison.articleIds], articles }
  }

  /** Adds a comparison of existing articles, as given (the built-in sample, benchmarks). */
  addComparison(title: string, articleIds: string[]): Promise<Comparison> {
    return this.store.serial(async () => {
      for (const id of articleIds) this.store.article(id)
      const comparison: Comparison = { id: randomUUID(), title, articleIds: [...articleIds], createdAt: this.store.now().toISOString() }
      await this.store.commit((data) => data.comparisons.push(comparison))
      return comparison
    })
  }

  /** A comparison a person makes: a title and 2 to 50 different articles of the library, in column order. */
  async createComparison(title: string, articleIds: readonly string[]): Promise<ComparisonSummary> {
    const tidy = title.trim()
    if (tidy === '') throw new AppError('invalid-argument', 'A comparison needs a title.')
    if (tidy.length > MAX_COMPARISON_TITLE_LENGTH) {
      throw new AppError('invalid-argument', `A comparison title has at most ${MAX_COMPARISON_TITLE_LENGTH} characters; this one has ${tidy.length}.`)
    }
    if (new Set(articleIds).size !== articleIds.length) throw new AppError('invalid-argument', 'A report can appear only once in a comparison.')
    if (articleIds.length < MIN_ARTICLES_PER_COMPARISON || articleIds.length > MAX_ARTICLES_PER_COMPARISON) {
      throw new AppError('invalid-argument', `A comparison holds ${MIN_ARTICLES_PER_COMPARISON} to ${MAX_ARTICLES_PER_COMPARISON} reports; ${articleIds.length} were chosen.`)
    }
    const missing = articleIds.filter((id) => !this.store.findArticle(id)).length
    if (missing > 0) {
      throw new AppError('not-found', `${missing === 1 ? 'One of the chosen reports is' : `${missing} of the chosen reports are`} no longer in the library. It may have been deleted.`)
    }
    return this.summarise(await this.addComparison(tidy, [...articleIds]))
  }

  // Highlights

  listHighlights(comparisonId: string): Highlight[] {
    return this.highlightStore.list(comparisonId)
  }

  /** One page of them, in the order they were made, from the first or from after a page key. */
  highlightPage(comparisonId: string, after?: string): HighlightPage {
    return this.highlightStore.page(comparisonId, after)
  }

  // Highlight changes run in the library's one queue, like every other change: a delete and an edit of one
  // highlight, or a new highlight and the delete of its article, are each decided on the state the other left.

  addHighlight(input: NewHighlight): Promise<Highlight> {
    return this.store.serial(() => this.highlightStore.add(input))
  }

  addHighlights(list: ReadonlyArray<Omit<Highlight, 'id' | 'createdAt' | 'updatedAt'>>): Promise<Highlight[]> {
    return this.store.serial(() => this.highlightStore.addAll(list))
  }

  updateHighlight(id: string, change: { color?: HighlightColor | undefined; note?: string | undefined }): Promise<Highlight> {
    return this.store.serial(() => this.highlightStore.update(id, change))
  }

  deleteHighlight(id: string): Promise<Highlight> {
    return this.store.serial(() => this.highlightStore.delete(id))
  }

  restoreHighlight(id: string): Promise<Highlight> {
    return this.store.serial(() => this.highlightStore.restore(id))
  }

  get colorLabels(): Readonly<Record<HighlightColor, string>> {
    return this.data.colorLabels
  }

  setColorLabel(color: HighlightColor, label: string): Promise<Record<HighlightColor, string>> {
    return this.store.serial(async () => {
      await this.store.commit((data) => {
        data.colorLabels = { ...data.colorLabels, [color]: label }
      })
      return { ...this.data.colorLabels }
    })
  }

  // The built-in sample and closing

  get sampleState(): Readonly<SampleState> {
    return this.data.sample
  }

  setSampleState(state: SampleState): Promise<void> {
    return this.store.serial(() =>
      this.store.commit((data) => {
        data.sample = { ...state }
      }),
    )
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
