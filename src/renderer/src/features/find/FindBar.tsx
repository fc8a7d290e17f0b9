// The find bar of the comparison: opened with Ctrl/Cmd+F, it searches every report at once and says
// where the current match is ("3 of 17 · report 2"). It owns all find state, so the comparison view
// only renders it and the columns never re-render while someone types.

import type { KeyboardEvent, RefObject } from 'react'
import type { ColumnsDom } from './matchRanges'
import { useFind } from './useFind'
import './find.css'

export interface FindBarProps {
  texts: readonly string[]
  /** The element holding the columns. */
  columnsRef: RefObject<HTMLElement | null>
  /** Where the columns, their bodies and paragraphs are in it (the comparison's columnDom). */
  dom: ColumnsDom
}

export function FindBar({ texts, columnsRef, dom }: FindBarProps) {
  // Destructured: the compiler's ref check would otherwise treat the whole object as a ref.
  const { open, query, setQuery, matches, current, pending, next, previous, close, inputRef } = useFind(texts, columnsRef, dom)
  if (!open) return null
  const match = matches[current]
  const status =
    query.trim() === '' ? '' : match ? `${current + 1} of ${matches.length} · report ${match.doc + 1}` : pending ? '' : 'No matches'

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return
    event.preventDefault()
    if (event.shiftKey) previous()
    else next()
  }
  // On the whole bar, so Escape also closes from its buttons.
  const onBarKey = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.key === 'Escape') {
      // Escape here closes find only; the view's own Escape (clear the passage) must not also fire.
      event.preventDefault()
      event.stopPropagation()
      close()
    }
  }

  return (
    <div className="find-bar" role="search" aria-label="Find in the reports" onKeyDown={onBarKey}>
      <input
        ref={inputRef}
        type="search"
        aria-label="Find in the reports"
        placeholder="Find in the reports"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={onInputKey}
      />
      <span className="find-status" role="status" aria-live="polite">
        {status}
      </span>
      <button type="button" onClick={previous} disabled={matches.length === 0} aria-label="Previous match" title="Previous match (Shift+Enter)">
        ↑
      </button>
      <button type="button" onClick={next} disabled={matches.length === 0} aria-label="Next match" title="Next match (Enter)">
        ↓
      </button>
      <button type="button" onClick={close} aria-label="Close find" title="Close (Esc)">
        ×
      </button>
    </div>
  )
}
