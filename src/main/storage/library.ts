// The library: articles, comparisons, highlights and their colour labels, kept as metadata in lowdb with bodies in
// the BodyStore. Every change goes through commit(): if the write to disk fails, the in-memory state is
// put back as it was, so memory never holds a change the file does not.

import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { mkdir } from 'node:fs/promises'
import { Low } from 'lowdb'
import type { Article, ArticleMeta, NewArticle } from '../../shared/domain/article'
import type { Comparison, ComparisonSummary, ComparisonWithArticles } from '../../shared/domain/comparison'
import { AppError } from '../../shared/domain/errors'
import { countWords } from '../../shared/domain/text'
import type { Highlight, HighlightColor } from '../../shared/domain/highlight'
import { describeRange } from '../../shared/anchoring'
import { BodyStore, hashText } from './bodies'
import { DurableJsonFile } from './durableJsonFile'
import { HighlightJournal } from './highlightJournal'
import { emptyLibrary, libraryDataSchema, migrateLibrary, SCHEMA_VERSION, type LibraryData, type SampleState } from './schema'

export const LIBRARY_FILE = 'library.json'

export type NewHighlight = Pick<Highlight, 'comparisonId' | 'articleId' | 'color' | 'note' | 'passageId'> & { start: number; end: number }
export const BODIES_FOLDER = 'bodies'
export const HIGHLIGHTS_FILE = 'highlights.jsonl'
/** How many deletes of one session can be undone. */
const MAX_UNDOABLE_DELETES = 200

function byNewest<T>(dateOf: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => dateOf(b).localeCompare(dateOf(a))
}

export class Library {
  constructor(
    private readonly db: Low<LibraryData>,
    private readonly bodies: BodyStore,
    private readonly journal: HighlightJournal,
    private readonly highlights: Map<string, Highlight>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Highlights deleted in this session, newest last, so a delete can be undone with the same id and place. */
  private readonly deleted = new Map<string, Highlight>()

  /** Writes highlights to the journal first; memory changes only once they are on disk. */
  private async saveHighlights(write: () => Promise<void>, apply: () => void): Promise<void> {
    try {
      await write()
    } catch (error) {
      throw new AppError('storage', `Parallax could not save your highlights: ${(error as Error).message}`, { cause: error })
    }
    apply()
    void this.journal.compactIfLarge(this.highlights.values(), this.highlights.size).catch(() => undefined)
  }

  private get data(): LibraryData {
    return this.db.data
  }

  private async commit(change: (data: LibraryData) => void): Promise<void> {
    // Restored from a copy, not re-read: before the first save there is no file to re-read.
    const before = structuredClone(this.db.data)
    change(this.db.data)
    try {
      await this.db.write()
    } catch (error) {
      this.db.data = before
      throw new AppError('storage', `Parallax could not save your library: ${(error as Error).message}`, { cause: error })
    }
  }

  listArticles(): ArticleMeta[] {
    return [...this.data.articles].sort(byNewest((a) => a.importedAt))
  }

  private articleMeta(id: string): ArticleMeta {
    const meta = this.data.articles.find((a) => a.id === id)
    if (!meta) throw new AppError('not-found', 'That article is not in the library. It may have been deleted.')
    return meta
  }

  async getArticle(id: string): Promise<Article> {
    const { wordCount: _wordCount, ...meta } = this.articleMeta(id)
    return { ...meta, text: await this.bodies.get(meta.textHash) }
  }

  findArticleByHash(textHash: string): ArticleMeta | undefined {
    return this.data.articles.find((a) => a.textHash === textHash)
  }

  /** Adds an article, or returns the one already holding exactly this text. */
  async addArticle(input: NewArticle): Promise<{ article: ArticleMeta; created: boolean }> {
    const existing = this.findArticleByHash(hashText(input.text))
    if (existing) return { article: existing, created: false }
    const textHash = await this.bodies.put(input.text)
    const article: ArticleMeta = {
      id: randomUUID(),
      title: input.title,
      outlet: input.outlet,
      url: input.url,
      publishedAt: input.publishedAt,
      importedAt: this.now().toISOString(),
      textHash,
      wordCount: countWords(input.text),
    }
    await this.commit((data) => data.articles.push(article))
    return { article, created: true }
  }

  listComparisons(): ComparisonSummary[] {
    return [...this.data.comparisons].sort(byNewest((c) => c.createdAt)).map((c) => this.summarise(c))
  }

  findComparison(id: string): Comparison | undefined {
    return this.data.comparisons.find((c) => c.id === id)
  }

  private comparison(id: string): Comparison {
    const comparison = this.findComparison(id)
    if (!comparison) throw new AppError('not-found', 'That comparison is not in the library. It may have been deleted.')
    return comparison
  }

  summarise(comparison: Comparison): ComparisonSummary {
    return { ...comparison, articleIds: [...comparison.articleIds], articles: comparison.articleIds.map((id) => this.articleMeta(id)) }
  }

  getComparisonSummary(id: string): ComparisonSummary {
    return this.summarise(this.comparison(id))
  }

  async getComparison(id: string): Promise<ComparisonWithArticles> {
    const comparison = this.comparison(id)
    const articles = await Promise.all(comparison.articleIds.map((articleId) => this.getArticle(articleId)))
    return { ...comparison, articleIds: [...comparison.articleIds], articles }
  }

  async addComparison(title: string, articleIds: string[]): Promise<Comparison> {
    for (const id of articleIds) this.articleMeta(id)
    const comparison: Comparison = { id: randomUUID(), title, articleIds: [...articleIds], createdAt: this.now().toISOString() }
    await this.commit((data) => data.comparisons.push(comparison))
    return comparison
  }

  listHighlights(comparisonId: string): Highlight[] {
    this.comparison(comparisonId)
    return [...this.highlights.values()].filter((h) => h.comparisonId === comparisonId)
  }

  private highlight(id: string): Highlight {
    const found = this.highlights.get(id)
    if (!found) throw new AppError('not-found', 'That highlight is not in the library. It may have been deleted.')
    return found
  }

  /** Anchors a new highlight to the article's current text; the range must lie inside it. */
  async addHighlight(input: NewHighlight): Promise<Highlight> {
    const comparison = this.comparison(input.comparisonId)
    if (!comparison.articleIds.includes(input.articleId)) {
      throw new AppError('invalid-argument', 'That article is not part of this comparison.')
    }
    const { text } = await this.getArticle(input.articleId)
    if (input.end > text.length || input.start >= input.end) {
      throw new AppError('invalid-argument', `That selection (${input.start}–${input.end}) is outside the article's text of ${text.length} characters.`)
    }
    const now = this.now().toISOString()
    const highlight: Highlight = {
      id: randomUUID(),
      comparisonId: input.comparisonId,
      articleId: input.articleId,
      anchor: describeRange(text, input.start, input.end),
      color: input.color,
      note: input.note,
      passageId: input.passageId,
      createdAt: now,
      updatedAt: now,
    }
    await this.saveHighlights(
      () => this.journal.put([highlight]),
      () => this.highlights.set(highlight.id, highlight),
    )
    return highlight
  }

  /** Adds already anchored highlights (an import) in one save. */
  async addHighlights(list: ReadonlyArray<Omit<Highlight, 'id' | 'createdAt' | 'updatedAt'>>): Promise<Highlight[]> {
    const now = this.now().toISOString()
    const added = list.map((h) => ({ ...h, id: randomUUID(), createdAt: now, updatedAt: now }))
    if (added.length > 0) {
      await this.saveHighlights(
        () => this.journal.put(added),
        () => added.forEach((h) => this.highlights.set(h.id, h)),
      )
    }
    return added
  }

  async updateHighlight(id: string, change: { color?: HighlightColor | undefined; note?: string | undefined }): Promise<Highlight> {
    const current = this.highlight(id)
    const updated: Highlight = {
      ...current,
      ...(change.color === undefined ? {} : { color: change.color }),
      ...(change.note === undefined ? {} : { note: change.note }),
      updatedAt: this.now().toISOString(),
    }
    await this.saveHighlights(
      () => this.journal.put([updated]),
      () => this.highlights.set(id, updated),
    )
    return updated
  }

  /** Removes a highlight and returns it; restoreHighlight(id) brings it back during this session. */
  async deleteHighlight(id: string): Promise<Highlight> {
    const removed = this.highlight(id)
    await this.saveHighlights(
      () => this.journal.remove(id),
      () => {
        this.highlights.delete(id)
        this.deleted.set(id, removed)
        if (this.deleted.size > MAX_UNDOABLE_DELETES) this.deleted.delete(this.deleted.keys().next().value as string)
      },
    )
    return removed
  }

  /** Undoes a delete of this session: the highlight comes back as it was, same id, anchor, colour and note. */
  async restoreHighlight(id: string): Promise<Highlight> {
    const removed = this.deleted.get(id)
    if (!removed) throw new AppError('not-found', 'That highlight can no longer be brought back: only deletes made since Parallax started can be undone.')
    const comparison = this.comparison(removed.comparisonId)
    if (!comparison.articleIds.includes(removed.articleId)) throw new AppError('not-found', 'The report that highlight belonged to is no longer part of this comparison.')
    const restored: Highlight = { ...removed, updatedAt: this.now().toISOString() }
    await this.saveHighlights(
      () => this.journal.put([restored]),
      () => {
        this.highlights.set(id, restored)
        this.deleted.delete(id)
      },
    )
    return restored
  }

  get colorLabels(): Readonly<Record<HighlightColor, string>> {
    return this.data.colorLabels
  }

  async setColorLabel(color: HighlightColor, label: string): Promise<Record<HighlightColor, string>> {
    await this.commit((data) => {
      data.colorLabels = { ...data.colorLabels, [color]: label }
    })
    return { ...this.data.colorLabels }
  }

  /** Finishes pending writes and releases the highlight journal (on quit). */
  close(): Promise<void> {
    return this.journal.close()
  }

  get sampleState(): Readonly<SampleState> {
    return this.data.sample
  }

  async setSampleState(state: SampleState): Promise<void> {
    await this.commit((data) => {
      data.sample = { ...state }
    })
  }
}

/** Opens (or creates) the library in a folder: `library.json` for metadata, `bodies/` for texts, `highlights.jsonl`. */
export async function openLibrary(folder: string, now?: () => Date): Promise<Library> {
  await mkdir(folder, { recursive: true })
  const bodies = new BodyStore(join(folder, BODIES_FOLDER))
  await bodies.init()
  const adapter = new DurableJsonFile<LibraryData>(
    join(folder, LIBRARY_FILE),
    libraryDataSchema,
    (raw) => {
      const version = (raw as { schemaVersion?: unknown } | null)?.schemaVersion
      return typeof version === 'number' && version > SCHEMA_VERSION
    },
    migrateLibrary,
  )
  const db = new Low<LibraryData>(adapter, emptyLibrary())
  await db.read()
  const journal = new HighlightJournal(join(folder, HIGHLIGHTS_FILE))
  const { highlights } = await journal.load()
  return new Library(db, bodies, journal, highlights, now)
}
