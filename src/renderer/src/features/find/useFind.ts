// The state and keys of find in the comparison. Everything that changes per keystroke lives here and in
// the find bar, never in the comparison view, so typing does not re-render the columns. Typing is
// debounced; the texts are folded for searching once, on first use.
// Commands (menu or shortcut): Find (Ctrl/Cmd+F) opens and focuses; Find Next / Previous (Ctrl/Cmd+G,
// with Shift) step, as do F3 and Shift+F3 (Enter and Escape are the bar's own, in its input).

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react'
import { useCommand } from '../../ui/commands'
import { findInFolded, foldText, type Folded, type Match } from './findMatches'
import { clearHighlights, paintHighlights } from './findHighlights'
import { centreInColumn, RangeFinder, type ColumnsDom } from './matchRanges'

export const TYPING_DELAY_MS = 100

export interface FindState {
  open: boolean
  query: string
  setQuery: (query: string) => void
  matches: readonly Match[]
  /** Index of the current match, or -1 when there is none. */
  current: number
  /** True while the query typed is not yet the one searched for. */
  pending: boolean
  next: () => void
  previous: () => void
  close: () => void
  inputRef: RefObject<HTMLInputElement | null>
}

const NO_MATCHES: readonly Match[] = []

// Folded texts per list of texts (the view memoises the list, so it stays the same object while the comparison is open).
const foldedTexts = new WeakMap<readonly string[], Folded[]>()

function foldedOf(texts: readonly string[]): Folded[] {
  let folded = foldedTexts.get(texts)
  if (!folded) {
    folded = texts.map(foldText)
    foldedTexts.set(texts, folded)
  }
  return folded
}

export function useFind(texts: readonly string[], columnsRef: RefObject<HTMLElement | null>, dom: ColumnsDom): FindState {
  const [open, setOpen] = useState(false)
  const [query, setQuery] = useState('')
  const [searched, setSearched] = useState('')
  // The index belongs to one list of matches: a new search starts again at the first.
  const [position, setPosition] = useState<{ of: readonly Match[]; index: number }>({ of: NO_MATCHES, index: -1 })
  const inputRef = useRef<HTMLInputElement | null>(null)
  const returnFocus = useRef<HTMLElement | null>(null)

  useEffect(() => {
    const timer = setTimeout(() => setSearched(query), TYPING_DELAY_MS)
    return () => clearTimeout(timer)
  }, [query])

  const matches = useMemo(() => {
    if (!open || searched.trim() === '') return NO_MATCHES
    return findInFolded(foldedOf(texts), searched)
  }, [open, searched, texts])

  const current = position.of === matches ? position.index : matches.length > 0 ? 0 : -1

  const step = useCallback(
    (by: number): void => {
      if (matches.length === 0) return
      setPosition({ of: matches, index: (current + by + matches.length) % matches.length })
    },
    [current, matches],
  )
  const next = useCallback(() => step(1), [step])
  const previous = useCallback(() => step(-1), [step])
  // Focus goes back where it was when the bar opened. When that was nowhere (the page itself, as after a
  // menu command) or it is gone, it goes to the column of the match the bar was showing, so reading goes
  // on from there rather than from the top of the page.
  const close = useCallback((): void => {
    setOpen(false)
    const target = returnFocus.current
    returnFocus.current = null
    if (target?.isConnected && target !== document.body) {
      target.focus()
      return
    }
    const match = matches[current]
    const container = columnsRef.current
    if (match && container) dom.columnBodyOf(container, match.doc)?.focus({ preventScroll: true })
  }, [matches, current, columnsRef, dom])

  // Instead of the browser's own find, which cannot see across the columns' separate scrollers.
  const openBar = useCallback((): void => {
    const input = inputRef.current
    if (document.activeElement !== input && document.activeElement instanceof HTMLElement) returnFocus.current = document.activeElement
    setOpen(true)
    // The input exists only once the bar is open: focus it after React has rendered it.
    requestAnimationFrame(() => {
      inputRef.current?.focus()
      inputRef.current?.select()
    })
  }, [])
  useFindKeys(open, openBar, next, previous)
  usePaintedMatches(open ? matches : NO_MATCHES, current, columnsRef, dom)

  return { open, query, setQuery, matches, current, pending: query !== searched, next, previous, close, inputRef }
}

function useFindKeys(open: boolean, openBar: () => void, next: () => void, previous: () => void): void {
  useCommand('find', openBar)
  // With the bar closed, next and previous open it: there is nothing to step through yet.
  useCommand('findNext', () => (open ? next() : openBar()))
  useCommand('findPrevious', () => (open ? previous() : openBar()))

  // F3 and Shift+F3 as well, while the bar is open (no menu carries them).
  const latest = useRef({ next, previous })
  useEffect(() => {
    latest.current = { next, previous }
  })
  useEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'F3' || event.ctrlKey || event.metaKey || event.altKey) return
      event.preventDefault()
      if (event.shiftKey) latest.current.previous()
      else latest.current.next()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [open])
}

/** Draws all matches and the current one over the columns, and brings the current one into view. */
function usePaintedMatches(matches: readonly Match[], current: number, columnsRef: RefObject<HTMLElement | null>, dom: ColumnsDom): void {
  const paint = useCallback(
    (scroll: boolean): void => {
      const container = columnsRef.current
      if (!container || matches.length === 0) {
        clearHighlights()
        return
      }
      const finder = new RangeFinder(container, dom)
      const ranges: Range[] = []
      let currentRange: Range | null = null
      matches.forEach((match, index) => {
        const range = finder.rangeOf(match)
        if (range) ranges.push(range)
        if (index === current) currentRange = range
      })
      paintHighlights(ranges, currentRange)
      const match = matches[current]
      const body = match ? finder.bodyOf(match.doc) : null
      if (scroll && match && body) {
        // Only the column sideways if it is off screen, then the match to the middle of its own column.
        body.closest(dom.column)?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
        centreInColumn(body, currentRange, finder.elementOf(match))
      }
    },
    [columnsRef, current, dom, matches],
  )

  useEffect(() => {
    paint(true)
  }, [paint])

  // The columns re-render under find (the alignment arrives, a highlight is added): ranges over the old
  // text nodes go stale, so repaint once per frame after any change, without scrolling.
  useEffect(() => {
    const container = columnsRef.current
    if (!container || matches.length === 0) return
    let frame = 0
    const observer = new MutationObserver(() => {
      if (frame) return
      frame = requestAnimationFrame(() => {
        frame = 0
        paint(false)
      })
    })
    observer.observe(container, { childList: true, subtree: true, characterData: true })
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [columnsRef, matches.length, paint])

  useEffect(() => clearHighlights, [])
}
