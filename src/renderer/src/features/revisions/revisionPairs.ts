// The summary of what changed, as lines of words, for each version against the one before it. Each pair
// rather than only the first against the newest: a silent edit is dated by the fetch that found it, and a
// change made and later undone (a quote corrected, then put back) would not show between the ends at all.
// With two versions it is the one pair. The comparison of versions (the alignment and the quote ledger it
// runs) loads when first asked for.

import type { Article } from '../../../../shared/domain/article'
import type { RevisionLine } from '../../../../shared/revisions'

export interface RevisionPair {
  /** The versions compared, by their place (0 the first): `to` is always `from + 1`. */
  from: number
  to: number
  lines: RevisionLine[]
}

/** Each version against the one before it, oldest first. */
export async function revisionPairs(columns: readonly Pick<Article, 'title' | 'text'>[]): Promise<RevisionPair[]> {
  const { revisionLines, summariseRevision } = await import('../../../../shared/revisions')
  const pairs: RevisionPair[] = []
  for (let to = 1; to < columns.length; to++) {
    const older = columns[to - 1]!
    const newer = columns[to]!
    pairs.push({ from: to - 1, to, lines: revisionLines(summariseRevision({ title: older.title, text: older.text }, { title: newer.title, text: newer.text })) })
    // Between pairs, let the page paint and take input: each pair is an alignment of its own.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return pairs
}
