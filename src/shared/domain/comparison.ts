// A comparison is a named set of two or more articles read side by side, in the order given.

import type { Article, ArticleMeta } from './article'

export interface Comparison {
  id: string
  title: string
  articleIds: string[]
  /** ISO 8601 date-time. */
  createdAt: string
}

/** What the library sidebar lists: a comparison with enough to label it, without any article text. */
export interface ComparisonSummary extends Comparison {
  articles: ArticleMeta[]
}

/** What the comparison view opens: the comparison with its articles' full texts, in column order. */
export interface ComparisonWithArticles extends Comparison {
  articles: Article[]
}

export const MIN_ARTICLES_PER_COMPARISON = 2
export const MAX_ARTICLES_PER_COMPARISON = 50
/** The longest title a comparison may have. */
export const MAX_COMPARISON_TITLE_LENGTH = 200

/** A comparison named in a list of links (File › Open Recent): its id and title only. */
export type ComparisonLink = Pick<Comparison, 'id' | 'title'>
