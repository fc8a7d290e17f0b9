// A comparison is a named set of two or more articles read side by side, in the order given, with the
// reader's choice of which of them show as columns (kept per comparison).

import type { Article, ArticleMeta } from './article'

export interface Comparison {
  id: string
  title: string
  articleIds: string[]
  /** ISO 8601 date-time. */
  createdAt: string
  /** Which reports show as columns and in what order; absent until the reader changes it (every report, in order). */
  columns?: ColumnChoice
}

/**
 * Which reports of a comparison show as columns. A choice is kept as made: when a report leaves the
 * comparison (its article deleted) or joins it (the delete undone), settleColumnChoice fits it to the
 * comparison as it is now, so a report that comes back finds its place again.
 */
export interface ColumnChoice {
  /** The reports by article id, in the order the columns show them. */
  order: string[]
  /** Reports kept at the left while the others scroll, drawn first, in `order`'s order. */
  pinned: string[]
  /** Reports not shown as columns (the overview still lists them). */
  hidden: string[]
}

/** What the sidebar lists: a comparison with enough to label it, without any article text. */
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
/** Pinned columns stay on screen while the others scroll; past three at the narrowest column width nothing is left to scroll. */
export const MAX_PINNED_COLUMNS = 3

/** A comparison named in a list of links (File › Open Recent): its id and title only. */
export type ComparisonLink = Pick<Comparison, 'id' | 'title'>

/**
 * The choice fitted to the comparison's reports as they are now: ids no longer in it dropped, reports
 * not in the choice added at the end, shown. With no choice, every report shows in the comparison's order.
 */
export function settleColumnChoice(articleIds: readonly string[], choice: ColumnChoice | undefined): ColumnChoice {
  const present = new Set(articleIds)
  const order = (choice?.order ?? []).filter((id, i, all) => present.has(id) && all.indexOf(id) === i)
  const listed = new Set(order)
  for (const id of articleIds) if (!listed.has(id)) order.push(id)
  const inOrder = (ids: readonly string[] | undefined): string[] => {
    const wanted = new Set(ids ?? [])
    return order.filter((id) => wanted.has(id))
  }
  const pinned = inOrder(choice?.pinned).slice(0, MAX_PINNED_COLUMNS)
  const pinnedSet = new Set(pinned)
  let hidden = inOrder(choice?.hidden).filter((id) => !pinnedSet.has(id))
  // Every report hidden leaves nothing to read: then they all show.
  if (hidden.length === order.length) hidden = []
  return { order, pinned, hidden }
}

/** One column as drawn: the report's index in the comparison (its number less one) and whether it is pinned. */
export interface ShownColumn {
  doc: number
  pinned: boolean
}

/** The columns to draw, pinned ones first, and the reports hidden, each by its index in the comparison. */
export function columnsToShow(articleIds: readonly string[], choice: ColumnChoice | undefined): { shown: ShownColumn[]; hidden: number[] } {
  const settled = settleColumnChoice(articleIds, choice)
  const docOf = new Map(articleIds.map((id, doc) => [id, doc]))
  const pinned = new Set(settled.pinned)
  const hidden = new Set(settled.hidden)
  const place = (id: string): ShownColumn => ({ doc: docOf.get(id) as number, pinned: pinned.has(id) })
  return {
    shown: [...settled.order.filter((id) => pinned.has(id)), ...settled.order.filter((id) => !pinned.has(id) && !hidden.has(id))].map(place),
    hidden: settled.order.filter((id) => hidden.has(id)).map((id) => docOf.get(id) as number),
  }
}
