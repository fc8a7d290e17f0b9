// "Carry to the newest version": a comparison's highlights on one article that were made on an earlier
// version of its text are found again in the newest text by their quote, its context and their place
// (shared/anchoring). Those found are bound to the newest version, their anchor described anew on its text,
// and stored in one append to the highlights file (one write, flushed): a kill leaves each highlight whole,
// on its old version or on the new. Those not found are answered with the reason and left exactly as they
// were, on the version they were made on, with their quote and note: never dropped.

import { describeRange, reanchor } from '../../shared/anchoring'
import { AppError } from '../../shared/domain/errors'
import type { CarryResult, Highlight, UnplacedHighlight } from '../../shared/domain/highlight'
import type { LibraryStore } from './libraryStore'

export const NOT_FOUND_REASON =
  'Its words are not in the newest version, and nothing there is close enough to them to be sure it is the same passage, so it stays on the version it was made on.'

/** The comparison's highlights on the article that were made on another version of its text than the newest. */
export function earlierHighlights(store: LibraryStore, comparisonId: string, articleId: string): Highlight[] {
  const newest = store.article(articleId).extractedHash
  return [...store.highlightsById.values()].filter((h) => h.comparisonId === comparisonId && h.articleId === articleId && h.versionHash !== newest)
}

export function carryHighlights(store: LibraryStore, comparisonId: string, articleId: string): Promise<CarryResult> {
  return store.serial(async () => {
    if (!store.comparison(comparisonId).articleIds.includes(articleId)) throw new AppError('invalid-argument', 'That article is not part of this comparison.')
    const article = store.article(articleId)
    const earlier = earlierHighlights(store, comparisonId, articleId)
    if (earlier.length === 0) return { carried: [], unplaced: [] }
    let text: string
    try {
      text = await store.bodies.get(article.textHash)
    } catch (error) {
      throw new AppError('storage', `Parallax could not read the newest version of “${article.title}”: ${(error as Error).message}. Your highlights stay on the versions they were made on.`, { cause: error })
    }
    const now = store.now().toISOString()
    const carried: Highlight[] = []
    const unplaced: UnplacedHighlight[] = []
    for (const highlight of earlier) {
      const found = reanchor(text, highlight.anchor)
      if (found.status === 'orphaned') unplaced.push({ highlight, reason: NOT_FOUND_REASON })
      else carried.push({ ...highlight, versionHash: article.extractedHash, anchor: describeRange(text, found.start, found.end), updatedAt: now })
    }
    if (carried.length > 0) {
      await store.saveHighlights(
        () => store.journal.put(carried),
        () => carried.forEach((h) => store.highlightsById.set(h.id, h)),
      )
    }
    return { carried, unplaced }
  })
}
