// The comparison's highlights, loaded from the main process and placed on the current texts: each is
// re-anchored (exact, moved, edited) or, if its text is gone, kept as orphaned with its quote and note. One
// made on an earlier version of its report's text is never drawn on the newest: it is listed with its
// version until carried there (the main process decides where it goes, or answers why it cannot).
// Changes go to the main process first; the list updates from what it answers. Adding, recolouring,
// editing a note and deleting can each be undone (newest first); a deleted highlight comes back as it was.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { reanchor } from '../../../../shared/anchoring'
import { MAX_IMPORT_BYTES, type Article } from '../../../../shared/domain/article'
import type { Highlight, HighlightColor } from '../../../../shared/domain/highlight'
import type { NewHighlight } from '../../../../shared/ipc/contract'
import { client } from '../../api'
import { listAllHighlights } from './allHighlights'
import { useNotify } from '../../ui/Notifications'

export interface PlacedHighlight {
  highlight: Highlight
  doc: number
  /** Where it sits in the current text, or null when its text is gone (orphaned) or it is on an earlier version. */
  range: { start: number; end: number } | null
  /** Set when it was made on an earlier version of its report: when that version was fetched (null if unknown). */
  earlier: { fetchedAt: string | null } | null
  /** Why "Carry to the newest version" could not place it, when it was tried this session. */
  unplacedReason?: string
}

/** When the version a highlight was made on was fetched: the last version with that text, as a headline-only change repeats it. */
function versionFetchedAt(article: Article, versionHash: string): string | null {
  return [...(article.versions ?? [])].reverse().find((v) => v.extractedHash === versionHash)?.fetchedAt ?? null
}

/**
 * Each highlight on its report's current text: re-anchored, or orphaned (range null) when its text is gone;
 * one made on an earlier version is left off the text (range null) and says which version.
 */
export function placeHighlights(highlights: readonly Highlight[], articles: readonly Article[]): PlacedHighlight[] {
  const docOf = new Map(articles.map((a, i) => [a.id, i]))
  return highlights.flatMap((highlight): PlacedHighlight[] => {
    const doc = docOf.get(highlight.articleId)
    const article = doc === undefined ? undefined : articles[doc]
    if (doc === undefined || !article) return []
    if (highlight.versionHash !== article.extractedHash) return [{ highlight, doc, range: null, earlier: { fetchedAt: versionFetchedAt(article, highlight.versionHash) } }]
    const found = reanchor(article.text, highlight.anchor)
    return [{ highlight, doc, range: found.status === 'orphaned' ? null : { start: found.start, end: found.end }, earlier: null }]
  })
}

/** What a carry did, as a notice's heading and detail. */
function describeCarry(carried: number, unplaced: number): [string, string] {
  const highlights = (n: number): string => `${n} highlight${n === 1 ? '' : 's'}`
  const heading = carried === 0 ? 'No highlight could be carried to the newest version' : `Carried ${highlights(carried)} to the newest version`
  if (unplaced === 0) return [heading, '']
  return [heading, `${highlights(unplaced)} could not be placed on it: ${unplaced === 1 ? 'it stays' : 'they stay'} on the version ${unplaced === 1 ? 'it was' : 'they were'} made on, listed in Notes with the reason.`]
}

/** One step that can be undone, named for the button and the tooltip ("Undo note edit"). */
export interface UndoStep {
  label: string
  run: () => Promise<void>
}

export interface HighlightsApi {
  placed: PlacedHighlight[]
  labels: Record<HighlightColor, string> | null
  add: (input: Omit<NewHighlight, 'comparisonId'>) => Promise<Highlight | null>
  update: (id: string, change: { color?: HighlightColor; note?: string }) => Promise<void>
  remove: (id: string) => Promise<void>
  /** The newest change that can be undone, or null. */
  undo: UndoStep | null
  renameLabel: (color: HighlightColor, label: string) => Promise<boolean>
  /** Adds the highlights of a Web Annotation JSON file; reports what was imported and what was not. */
  importAnnotations: (file: Blob & { name: string }) => Promise<void>
  /** Carries the article's highlights made on earlier versions to the newest; those not placed keep their reason. */
  carry: (articleId: string) => Promise<void>
}

/** The largest annotations file read (the main process refuses more than this too). */
const MAX_ANNOTATION_FILE_BYTES = MAX_IMPORT_BYTES

/** How many changes can be undone, newest first. */
const UNDO_DEPTH = 50

export function useHighlights(comparisonId: string, articles: Article[]): HighlightsApi {
  const notify = useNotify()
  const [highlights, setHighlights] = useState<Highlight[]>([])
  const [labels, setLabels] = useState<Record<HighlightColor, string> | null>(null)
  const [undoStack, setUndoStack] = useState<UndoStep[]>([])
  const [unplaced, setUnplaced] = useState<ReadonlyMap<string, string>>(new Map())
  // Undo, and the reasons a carry gave, belong to one comparison: opening another starts with neither.
  const [undoFor, setUndoFor] = useState(comparisonId)
  if (undoFor !== comparisonId) {
    setUndoFor(comparisonId)
    setUndoStack([])
    setUnplaced(new Map())
  }
  // The latest list, for building undo steps inside callbacks without re-creating them on every change. It is
  // updated with each answer, not after the next render, so a second change made straight after the first
  // undoes to the first one's result rather than to what was shown before it.
  const latest = useRef(highlights)
  const setList = useCallback((next: Highlight[] | ((list: Highlight[]) => Highlight[])) => {
    latest.current = typeof next === 'function' ? next(latest.current) : next
    setHighlights(latest.current)
  }, [])

  useEffect(() => {
    let current = true
    Promise.all([listAllHighlights(comparisonId), client.getColorLabels()]).then(
      ([list, names]) => {
        if (!current) return
        setList(list)
        setLabels(names)
      },
      (error: unknown) => current && notify.error(error),
    )
    return () => {
      current = false
    }
  }, [comparisonId, notify, setList])

  const placed = useMemo(
    () => placeHighlights(highlights, articles).map((p) => (p.earlier && unplaced.has(p.highlight.id) ? { ...p, unplacedReason: unplaced.get(p.highlight.id) as string } : p)),
    [articles, highlights, unplaced],
  )

  const push = useCallback((step: UndoStep) => setUndoStack((stack) => [...stack.slice(1 - UNDO_DEPTH), step]), [])

  // The raw calls: each saves through the main process, then updates the list from its answer.
  const replace = useCallback((updated: Highlight) => setList((list) => list.map((h) => (h.id === updated.id ? updated : h))), [setList])
  const drop = useCallback((id: string) => setList((list) => list.filter((h) => h.id !== id)), [setList])
  const attempt = useCallback(
    async <T>(call: () => Promise<T>): Promise<T | null> => {
      try {
        return await call()
      } catch (error) {
        notify.error(error)
        return null
      }
    },
    [notify],
  )
  const deleteNow = useCallback(
    async (id: string) => {
      const gone = await attempt(() => client.deleteHighlight({ id }))
      if (gone) drop(gone.id)
      return gone
    },
    [attempt, drop],
  )
  const restoreNow = useCallback(
    async (id: string) => {
      const back = await attempt(() => client.restoreHighlight({ id }))
      if (back) setList((list) => [...list.filter((h) => h.id !== id), back])
    },
    [attempt, setList],
  )
  const updateNow = useCallback(
    async (id: string, change: { color?: HighlightColor; note?: string }) => {
      const updated = await attempt(() => client.updateHighlight({ id, ...change }))
      if (updated) replace(updated)
      return updated
    },
    [attempt, replace],
  )

  const add = useCallback<HighlightsApi['add']>(
    async (input) => {
      const highlight = await attempt(() => client.addHighlight({ comparisonId, ...input }))
      if (!highlight) return null
      setList((list) => [...list, highlight])
      push({ label: 'Undo highlight', run: async () => void (await deleteNow(highlight.id)) })
      return highlight
    },
    [attempt, comparisonId, deleteNow, push, setList],
  )

  // Changes are made one after another, so each undo step restores what the change before it answered,
  // however quickly the person changes a colour twice.
  const updates = useRef<Promise<void>>(Promise.resolve())
  const update = useCallback<HighlightsApi['update']>(
    (id, change) => {
      const run = async (): Promise<void> => {
        const before = latest.current.find((h) => h.id === id)
        const updated = await updateNow(id, change)
        if (!before || !updated) return
        const undoChange = { ...(change.color !== undefined ? { color: before.color } : {}), ...(change.note !== undefined ? { note: before.note } : {}) }
        push({ label: change.note !== undefined ? 'Undo note edit' : 'Undo colour change', run: async () => void (await updateNow(id, undoChange)) })
      }
      updates.current = updates.current.then(run)
      return updates.current
    },
    [push, updateNow],
  )

  const remove = useCallback<HighlightsApi['remove']>(
    async (id) => {
      const gone = await deleteNow(id)
      if (gone) push({ label: 'Undo delete', run: () => restoreNow(gone.id) })
    },
    [deleteNow, push, restoreNow],
  )

  const top = undoStack.at(-1)
  const undo = useMemo<UndoStep | null>(
    () =>
      top
        ? {
            label: top.label,
            run: async () => {
              setUndoStack((stack) => (stack.at(-1) === top ? stack.slice(0, -1) : stack))
              await top.run()
            },
          }
        : null,
    [top],
  )

  const renameLabel = useCallback<HighlightsApi['renameLabel']>(
    async (color, label) => {
      const names = await attempt(() => client.setColorLabel({ color, label }))
      if (names) setLabels(names)
      return names !== null
    },
    [attempt],
  )

  const importAnnotations = useCallback<HighlightsApi['importAnnotations']>(
    async (file) => {
      const refusal = file.size === 0 ? 'The file is empty.' : file.size > MAX_ANNOTATION_FILE_BYTES ? `The file is ${(file.size / 1e6).toFixed(0)} MB; an annotations file is at most ${MAX_ANNOTATION_FILE_BYTES / 1e6} MB.` : null
      if (refusal) {
        notify.info(`Could not import ${file.name}`, refusal)
        return
      }
      const result = await attempt(async () => client.importAnnotations({ comparisonId, json: await file.text() }))
      if (!result) return
      const { imported, problems } = result
      setList((list) => [...list, ...imported])
      const count = `${imported.length} highlight${imported.length === 1 ? '' : 's'}`
      if (problems.length === 0) notify.info(`Imported ${count}`)
      else notify.info(`Imported ${count}; ${problems.length} could not be used`, problems.slice(0, 5).join('\n') + (problems.length > 5 ? `\n…and ${problems.length - 5} more.` : ''))
    },
    [attempt, comparisonId, notify, setList],
  )

  const carry = useCallback<HighlightsApi['carry']>(
    async (articleId) => {
      const result = await attempt(() => client.carryHighlights({ comparisonId, articleId }))
      if (!result) return
      const carried = new Map(result.carried.map((h) => [h.id, h]))
      setList((list) => list.map((h) => carried.get(h.id) ?? h))
      setUnplaced((reasons) => new Map([...[...reasons].filter(([id]) => !carried.has(id)), ...result.unplaced.map((u): [string, string] => [u.highlight.id, u.reason])]))
      notify.info(...describeCarry(result.carried.length, result.unplaced.length))
    },
    [attempt, comparisonId, notify, setList],
  )

  return { placed, labels, add, update, remove, undo, renameLabel, importAnnotations, carry }
}
