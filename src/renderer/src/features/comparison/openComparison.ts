// Loading a comparison's reports and asking for their alignment as they arrive. A window that opens on
// a comparison asks for it before React has drawn anything (openComparisonEarly, from the first screen's
// preparation): the library's answer and the alignment then no longer wait for the app's first render and
// the view's mount. The view takes that answer over once; any later load (a retry, another comparison)
// asks afresh.

import type { ComparisonWithArticles } from '../../../../shared/domain/comparison'
import { client } from '../../api'
import { alignEarly } from './useAlignment'

let early: { id: string; loading: Promise<ComparisonWithArticles> } | null = null

function load(id: string): Promise<ComparisonWithArticles> {
  return client.getComparison({ id }).then((loaded) => {
    alignEarly(
      loaded.articles.map((a) => a.text),
      { comparisonId: loaded.id, textHashes: loaded.articles.map((a) => a.textHash) },
    )
    return loaded
  })
}

/** Starts loading comparison `id` for the view about to open it. */
export function openComparisonEarly(id: string): void {
  const loading = load(id)
  // A failure is the view's to show, when it takes this answer over; until then it is not unhandled.
  loading.catch(() => {})
  early = { id, loading }
}

/** Comparison `id` with its reports: the early answer if one is waiting for this id, else a new request. */
export function loadComparison(id: string): Promise<ComparisonWithArticles> {
  const waiting = early
  early = null
  return waiting?.id === id ? waiting.loading : load(id)
}
