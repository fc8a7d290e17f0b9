// The orders the library list offers, as comparators over article metadata.

import { tagKey, type ArticleListing } from '../../../../shared/domain/article'

export const SORTS = {
  imported: { label: 'Newest import', compare: (a: ArticleListing, b: ArticleListing) => b.importedAt.localeCompare(a.importedAt) },
  published: { label: 'Newest publication', compare: (a: ArticleListing, b: ArticleListing) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? '') },
  title: { label: 'Title', compare: (a: ArticleListing, b: ArticleListing) => a.title.localeCompare(b.title) },
  outlet: { label: 'Outlet', compare: (a: ArticleListing, b: ArticleListing) => (a.outlet ?? '\uffff').localeCompare(b.outlet ?? '\uffff') || a.title.localeCompare(b.title) },
  words: { label: 'Longest', compare: (a: ArticleListing, b: ArticleListing) => b.wordCount - a.wordCount },
} as const

export type SortKey = keyof typeof SORTS

export function sortArticles(articles: readonly ArticleListing[], key: SortKey): ArticleListing[] {
  return [...articles].sort(SORTS[key].compare)
}

/** Every tag in use, in alphabetical order, each once (case-insensitive). */
export function tagsOf(articles: readonly ArticleListing[]): string[] {
  const byKey = new Map<string, string>()
  for (const article of articles) for (const tag of article.tags) if (!byKey.has(tagKey(tag))) byKey.set(tagKey(tag), tag)
  return [...byKey.values()].sort((a, b) => a.localeCompare(b))
}
