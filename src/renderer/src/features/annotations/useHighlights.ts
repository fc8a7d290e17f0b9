// The comparison's highlights, loaded from the main process and placed on the current texts: each is
// re-anchored (exact, moved, edited) or, if its text is gone, kept as orphaned with its quote and note.
// Changes go to the main process first; the list updates from what it answers. A deleted highlight can be
// brought back (undo) with the same colour, note and place.

import { useCallback, useEffect, useMemo, useState } from 'react'
import { reanchor } from '../../../../shared/anchoring'
import type { Article } from '../../../../shared/domain/article'
import type { Highlight, HighlightColor } from '../../../../shared/domain/highlight'
import { client } from '../../api'
import { useNotify } from '../../app/Notifications'

export interface PlacedHighlight {
  highlight: Highlight
  doc: number
  /** Where it sits in the current text, or null when its text is gone (orphaned). */
  range: { start: number; end: number } | null
}

export interface HighlightsApi {
  placed: PlacedHighlight[]
  labels: Record<HighlightColor, string> | null
  add: (input: { articleId: string; start: number; end: number; color: HighlightColor; note?: string; passageId?: string }) => Promise<Highlight | null>
  update: (id: string, change: { color?: HighlightColor; note?: string }) => Promise<void>
  remove: (id: string) => Promise<void>
  undoRemove: (() => Promise<void>) | null
}

export function useHighlights(comparisonId: string, articles: Article[]): HighlightsApi {
  const notify = useNotify()
  const [highlights, setHighlights] = useState<Highlight[]>([])
  const [labels, setLabels] = useState<Record<HighlightColor, string> | null>(null)
  const [removed, setRemoved] = useState<Highlight | null>(null)

  useEffect(() => {
    let current = true
    Promise.all([client.listHighlights({ comparisonId }), client.getColorLabels()]).then(
      ([list, names]) => {
        if (!current) return
        setHighlights(list)
        setLabels(names)
      },
      (error: unknown) => current && notify.error(error),
    )
    return () => {
      current = false
    }
  }, [comparisonId, notify])

  const placed = useMemo(() => {
    const docOf = new Map(articles.map((a, i) => [a.id, i]))
    return highlights.flatMap((highlight) => {
      const doc = docOf.get(highlight.articleId)
      const article = doc === undefined ? undefined : articles[doc]
      if (doc === undefined || !article) return []
      const found = reanchor(article.text, highlight.anchor)
      return [{ highlight, doc, range: found.status === 'orphaned' ? null : { start: found.start, end: found.end } }]
    })
  }, [articles, highlights])

  const add = useCallback<HighlightsApi['add']>(
    async (input) => {
      try {
        const highlight = await client.addHighlight({ comparisonId, ...input })
        setHighlights((list) => [...list, highlight])
        return highlight
      } catch (error) {
        notify.error(error)
        return null
      }
    },
    [comparisonId, notify],
  )

  const update = useCallback<HighlightsApi['update']>(
    async (id, change) => {
      try {
        const updated = await client.updateHighlight({ id, ...change })
        setHighlights((list) => list.map((h) => (h.id === id ? updated : h)))
      } catch (error) {
        notify.error(error)
      }
    },
    [notify],
  )

  const remove = useCallback<HighlightsApi['remove']>(
    async (id) => {
      try {
        const gone = await client.deleteHighlight({ id })
        setHighlights((list) => list.filter((h) => h.id !== id))
        setRemoved(gone)
      } catch (error) {
        notify.error(error)
      }
    },
    [notify],
  )

  const undoRemove = useMemo(() => {
    if (!removed) return null
    return async () => {
      const { articleId, anchor, color, note, passageId } = removed
      const article = articles.find((a) => a.id === articleId)
      const found = article ? reanchor(article.text, anchor) : { status: 'orphaned' as const }
      if (found.status === 'orphaned') {
        notify.info('The highlight cannot come back', 'Its text is no longer in the report.')
        return
      }
      const back = await add({ articleId, start: found.start, end: found.end, color, note, ...(passageId ? { passageId } : {}) })
      if (back) setRemoved(null)
    }
  }, [add, articles, notify, removed])

  return { placed, labels, add, update, remove, undoRemove }
}
