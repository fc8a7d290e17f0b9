// Compare versions opens in place of the library; coming back (Escape, Back), the library puts the person
// where they were: the focus on the row's Compare versions button, or the What changed dialog open again
// when they came from it. The place is kept in the library's own history entry, so Back finds it, and is
// forgotten once used.

import { useCallback, useEffect, useRef, useState } from 'react'
import type { ArticleListing } from '../../../../shared/domain/article'

interface Place {
  compareVersionsOf: string
  fromDialog: boolean
}

/** The mark on a row's Compare versions button, where the focus returns. */
export const COMPARE_VERSIONS_MARK = { 'data-compare-versions': '' } as const

function placeIn(state: unknown): Place | null {
  if (typeof state !== 'object' || state === null) return null
  const { compareVersionsOf, fromDialog } = state as Partial<Place>
  return typeof compareVersionsOf === 'string' && typeof fromDialog === 'boolean' ? { compareVersionsOf, fromDialog } : null
}

/** Returns what to call before leaving for Compare versions; on the way back, restores the place once the article's row is listed. */
export function useReturnPlace(byId: ReadonlyMap<string, ArticleListing>, reopenDialog: (article: ArticleListing) => void): (articleId: string, fromDialog: boolean) => void {
  const [place] = useState(() => placeIn(window.history.state))
  const restored = useRef(false)
  useEffect(() => {
    if (!place || restored.current) return
    const article = byId.get(place.compareVersionsOf)
    if (!article) return
    restored.current = true
    window.history.replaceState(null, '')
    if (place.fromDialog) reopenDialog(article)
    else document.querySelector<HTMLElement>(`tr[data-article="${CSS.escape(article.id)}"] [data-compare-versions]`)?.focus()
  }, [byId, place, reopenDialog])
  return useCallback((articleId: string, fromDialog: boolean) => window.history.replaceState({ compareVersionsOf: articleId, fromDialog } satisfies Place, ''), [])
}
