// Comparisons: listing and reading them with their articles, making one, keeping which of its reports
// show as columns, and the state of the built-in sample comparison. A comparison's reports are articles
// of the library, in the order they were chosen.

import { randomUUID } from 'node:crypto'
import type { ArticleMeta } from '../../shared/domain/article'
import type { ColumnChoice, Comparison, ComparisonSummary, ComparisonWithArticles } from '../../shared/domain/comparison'
import { AppError } from '../../shared/domain/errors'
import type { ColumnChoiceChange, NewComparison } from '../../shared/ipc/contract'
import { getArticle } from './articles'
import type { LibraryStore } from './libraryStore'
import type { SampleState } from './schema'

/** Every comparison, newest first, with its articles' metadata. */
export function listComparisons(store: LibraryStore): ComparisonSummary[] {
  const byId = store.articlesById()
  return [...store.data.comparisons].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).map((c) => summarise(store, c, byId))
}

/** A comparison with its articles' metadata (looked up in `byId` when given). */
export function summarise(store: LibraryStore, comparison: Comparison, byId?: Map<string, ArticleMeta>): ComparisonSummary {
  const articles = comparison.articleIds.map((id) => byId?.get(id) ?? store.article(id))
  return { ...comparison, articleIds: [...comparison.articleIds], articles }
}

/** One comparison with its articles' metadata; not-found when it is not in the library. */
export function comparisonSummary(store: LibraryStore, id: string): ComparisonSummary {
  return summarise(store, store.comparison(id))
}

/** One comparison with its articles' texts, in column order. */
export async function getComparison(store: LibraryStore, id: string): Promise<ComparisonWithArticles> {
  const comparison = store.comparison(id)
  const articles = await Promise.all(comparison.articleIds.map((articleId) => getArticle(store, articleId)))
  return { ...comparison, articleIds: [...comparison.articleIds], articles }
}

/** Adds a comparison of existing articles, as given (the built-in sample, benchmarks). */
export function addComparison(store: LibraryStore, title: string, articleIds: string[]): Promise<Comparison> {
  return store.serial(async () => {
    for (const id of articleIds) store.article(id)
    const comparison: Comparison = { id: randomUUID(), title, articleIds: [...articleIds], createdAt: store.now().toISOString() }
    await store.commit((data) => data.comparisons.push(comparison))
    return comparison
  })
}

/**
 * A comparison a person makes, as the createComparison schema passed it (title trimmed and within its
 * length, 2 to 50 different reports): refused when a report is no longer in the library.
 */
export async function createComparison(store: LibraryStore, { title, articleIds }: NewComparison): Promise<ComparisonSummary> {
  const missing = articleIds.filter((id) => !store.findArticle(id)).length
  if (missing > 0) {
    throw new AppError('not-found', `${missing === 1 ? 'One of the chosen reports is' : `${missing} of the chosen reports are`} no longer in the library. It may have been deleted.`)
  }
  return summarise(store, await addComparison(store, title, [...articleIds]))
}

/**
 * Keeps which reports show as columns, as the setColumnChoice schema passed it (ids each once, pinned and
 * hidden among them, one report left showing): refused unless `order` holds exactly the comparison's
 * reports. Null forgets the choice: every report shows, in the comparison's order.
 */
export function setColumnChoice(store: LibraryStore, { comparisonId, columns }: ColumnChoiceChange): Promise<ColumnChoice | null> {
  return store.serial(async () => {
    const comparison = store.comparison(comparisonId)
    if (columns !== null) {
      const members = new Set(comparison.articleIds)
      const strangers = columns.order.filter((id) => !members.has(id)).length
      const left = comparison.articleIds.filter((id) => !columns.order.includes(id)).length
      if (strangers > 0) {
        throw new AppError('invalid-argument', `The column order names ${strangers === 1 ? 'a report that is' : `${strangers} reports that are`} not in this comparison.`)
      }
      if (left > 0) throw new AppError('invalid-argument', `The column order leaves out ${left === 1 ? 'a report' : `${left} reports`} of this comparison.`)
    }
    const { columns: _old, ...rest } = comparison
    const changed: Comparison = columns === null ? rest : { ...rest, columns: { order: [...columns.order], pinned: [...columns.pinned], hidden: [...columns.hidden] } }
    await store.commit((data) => {
      data.comparisons = data.comparisons.map((c) => (c.id === comparisonId ? changed : c))
    })
    return changed.columns ?? null
  })
}

/** Whether the built-in sample was added, and which comparison it became. */
export function sampleState(store: LibraryStore): Readonly<SampleState> {
  return store.data.sample
}

export function setSampleState(store: LibraryStore, state: SampleState): Promise<void> {
  return store.serial(() =>
    store.commit((data) => {
      data.sample = { ...state }
    }),
  )
}
