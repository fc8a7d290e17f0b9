// Deleting an article, and undoing that within the session. A delete takes the article out of every
// comparison, removes comparisons left with fewer than two reports, and removes the highlights that were on
// the article or in those comparisons; all of it is remembered so restoreArticle can put it back exactly.
// Bodies stay: they are named by their content and may be shared with other articles. Removing bodies no
// article names any more is a separate clean-up, not done here.

import type { ArticleMeta } from '../../shared/domain/article'
import { MIN_ARTICLES_PER_COMPARISON, type Comparison } from '../../shared/domain/comparison'
import { AppError } from '../../shared/domain/errors'
import type { Highlight } from '../../shared/domain/highlight'
import type { ArticleUsage } from '../../shared/ipc/contract'
import type { LibraryStore } from './libraryStore'

/** How many article deletes of one session can be undone. */
const MAX_UNDOABLE_DELETES = 100

interface DeletedArticle {
  article: ArticleMeta
  /** Where it stood in the library's list. */
  index: number
  /** The comparisons it stayed part of, and its place in each. */
  memberships: { comparisonId: string; position: number }[]
  /** The comparisons removed with it, with their place in the library's list. */
  removed: { comparison: Comparison; index: number }[]
  highlights: Highlight[]
}

export class ArticleDeletions {
  private readonly deleted = new Map<string, DeletedArticle>()

  constructor(private readonly store: LibraryStore) {}

  usage(id: string): ArticleUsage {
    const article = this.store.article(id)
    let highlights = 0
    for (const h of this.store.highlightsById.values()) if (h.articleId === id) highlights++
    const comparisons = this.store.data.comparisons
      .filter((c) => c.articleIds.includes(id))
      .map((c) => ({ id: c.id, title: c.title, reports: c.articleIds.length }))
    return { article, highlights, comparisons }
  }

  delete(id: string): Promise<ArticleUsage> {
    return this.store.serial(async () => {
      const usage = this.usage(id)
      const { data } = this.store
      const record: DeletedArticle = {
        article: usage.article,
        index: data.articles.findIndex((a) => a.id === id),
        memberships: [],
        removed: [],
        highlights: [],
      }
      data.comparisons.forEach((comparison, index) => {
        const position = comparison.articleIds.indexOf(id)
        if (position < 0) return
        if (comparison.articleIds.length - 1 < MIN_ARTICLES_PER_COMPARISON) record.removed.push({ comparison: structuredClone(comparison), index })
        else record.memberships.push({ comparisonId: comparison.id, position })
      })
      const removedIds = new Set(record.removed.map((r) => r.comparison.id))
      record.highlights = [...this.store.highlightsById.values()].filter((h) => h.articleId === id || removedIds.has(h.comparisonId))

      await this.store.commit((d) => {
        d.articles = d.articles.filter((a) => a.id !== id)
        d.comparisons = d.comparisons
          .filter((c) => !removedIds.has(c.id))
          .map((c) => (c.articleIds.includes(id) ? { ...c, articleIds: c.articleIds.filter((a) => a !== id) } : c))
      })
      this.remember(record)
      this.store.search.refresh(id)
      await this.removeHighlights(record.highlights)
      return usage
    })
  }

  /** Undoes a delete of this session, once: the article, its places in comparisons, removed comparisons and highlights. */
  restore(id: string): Promise<ArticleMeta> {
    return this.store.serial(async () => {
      const record = this.deleted.get(id)
      if (!record) {
        throw new AppError('not-found', 'That article can no longer be brought back: only deletes made since Parallax started can be undone, and each only once.')
      }
      const { article } = record
      const present = new Set(this.store.data.articles.map((a) => a.id))
      present.add(id)
      const comeBack = record.removed.filter((r) => r.comparison.articleIds.filter((a) => present.has(a)).length >= MIN_ARTICLES_PER_COMPARISON)
      await this.store.commit((d) => {
        d.articles.splice(Math.min(record.index, d.articles.length), 0, article)
        d.comparisons = d.comparisons.map((c) => {
          const membership = record.memberships.find((m) => m.comparisonId === c.id)
          if (!membership || c.articleIds.includes(id)) return c
          const articleIds = [...c.articleIds]
          articleIds.splice(Math.min(membership.position, articleIds.length), 0, id)
          return { ...c, articleIds }
        })
        for (const { comparison, index } of comeBack) {
          const articleIds = comparison.articleIds.filter((a) => present.has(a))
          d.comparisons.splice(Math.min(index, d.comparisons.length), 0, { ...comparison, articleIds })
        }
      })
      this.deleted.delete(id)
      this.store.search.refresh(id)
      const highlights = record.highlights.filter((h) => {
        const comparison = this.store.findComparison(h.comparisonId)
        return comparison?.articleIds.includes(h.articleId) === true
      })
      if (highlights.length > 0) {
        await this.store.saveHighlights(
          () => this.store.journal.put(highlights),
          () => highlights.forEach((h) => this.store.highlightsById.set(h.id, h)),
        )
      }
      return article
    })
  }

  private remember(record: DeletedArticle): void {
    this.deleted.set(record.article.id, record)
    if (this.deleted.size > MAX_UNDOABLE_DELETES) this.deleted.delete(this.deleted.keys().next().value as string)
  }

  /**
   * The article is already gone from the metadata, so a journal that cannot be written leaves its highlights
   * in place: they point at an article or comparison that no longer exists and are never listed, and the
   * delete still stands and can still be undone.
   */
  private async removeHighlights(highlights: Highlight[]): Promise<void> {
    if (highlights.length === 0) return
    const ids = highlights.map((h) => h.id)
    await this.store
      .saveHighlights(
        () => this.store.journal.removeAll(ids),
        () => ids.forEach((h) => this.store.highlightsById.delete(h)),
      )
      .catch(() => undefined)
  }
}
