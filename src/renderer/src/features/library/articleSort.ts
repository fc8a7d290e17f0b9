// The orders the library list offers, as comparators over article metadata.

import { tagKey, type ArticleMeta } from '../../../../shared/domain/article'

export const SORTS = {
  imported: { label: 'Newest import', compare: (a: ArticleMeta, b: ArticleMeta) => b.importedAt.localeCompare(a.importedAt) },
  published: { label: 'Newest publication', compare: (a: ArticleMeta, b: ArticleMeta) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') },
  title: { label: 'Title', compare: (a: ArticleMeta, b: ArticleMeta) => a.title.localeCompare(b.title) },
  outlet: { label: 'Outlet', compare: (a: ArticleMeta, b: ArticleMeta) => (a.outlet ?? '\uffff').localeCompare(b.outlet ?? '\uffff') || a.title.localeCompare(b.title) },
  words: { label: 'Longest', compare: (a: ArticleMeta, b: ArticleMeta) => b.wordCount - a.wordCount },
} as const

export type SortKey = keyof typeof SORTS

export function sortArticles(articles: readonly ArticleMeta[], key: SortKey): ArticleMeta[] {
  return [...articles].sort(SORTS[key].compare)
}

/** Every tag in use, in alphabetical order, each once (case-insensitive). */
export function tagsOf(articles: readonly ArticleMeta[]): string[] {
  const byKey = new Map<string, string>()
  for (const article of articles) for (const tag of article.tags) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag)
  return [...byKey.values()].sort((a, b) => a.localeCompare(b))
}
