// Choosing which reports show as columns: every report of the comparison in the order its column takes,
// each with a box to show or hide it, a button to pin it (it stays at the left while the others scroll)
// and buttons to move it left or right. Buttons, never dragging, so the keyboard does all of it; after a
// move the focus stays on the button that moved the report. Changes show behind the dialog as they are made.
// Titles and outlets are untrusted and rendered only as React text.

import { useEffect, useId, useRef } from 'react'
import type { Article } from '../../../../shared/domain/article'
import { MAX_PINNED_COLUMNS, settleColumnChoice, type ColumnChoice } from '../../../../shared/domain/comparison'
import { DialogButtons, DialogHint, ModalDialog } from '../../ui/ModalDialog'
import { canHide, canMove, canPin, hideColumn, inDisplayOrder, moveColumn, pinColumn, showAllColumns } from './columnChoiceEdits'
import './ColumnChooser.css'

export interface ColumnChooserProps {
  articles: readonly Article[]
  choice: ColumnChoice
  onChange: (next: ColumnChoice) => void
  onClose: () => void
}

type Action = 'show' | 'pin' | 'left' | 'right'

/** "3 · Daily Post: Title", or "3: Title" where the outlet is not known. */
export function reportName(article: Pick<Article, 'title' | 'outlet'>, doc: number): string {
  return `${doc + 1}${article.outlet ? ` · ${article.outlet}` : ''}: ${article.title}`
}

export function ColumnChooser({ articles, choice, onChange, onClose }: ColumnChooserProps) {
  const headingId = useId()
  const list = useRef<HTMLOListElement>(null)
  const lastAction = useRef<{ id: string; action: Action } | null>(null)
  const docOf = new Map(articles.map((a, doc) => [a.id, doc]))
  const shown = choice.order.length - choice.hidden.length

  // A row moved is drawn anew in its place: the focus goes back to the button that moved it (or, at an end,
  // to the one that moves it back).
  useEffect(() => {
    const last = lastAction.current
    if (!last || !list.current) return
    const row = list.current.querySelector<HTMLElement>(`[data-column-row="${CSS.escape(last.id)}"]`)
    const wanted = row?.querySelector<HTMLButtonElement | HTMLInputElement>(`[data-action="${last.action}"]`)
    const other = row?.querySelector<HTMLButtonElement>(`[data-action="${last.action === 'left' ? 'right' : 'left'}"]`)
    const target = wanted && !wanted.disabled ? wanted : last.action === 'left' || last.action === 'right' ? other : wanted
    if (target && document.activeElement !== target) target.focus()
  }, [choice])

  const act = (id: string, action: Action, next: ColumnChoice): void => {
    lastAction.current = { id, action }
    onChange(next)
  }

  return (
    <ModalDialog labelledBy={headingId} className="column-chooser" onClose={onClose}>
      <h2 id={headingId}>Columns</h2>
      <DialogHint>
        Pinned columns (at most {MAX_PINNED_COLUMNS}) stay at the left while the others scroll. Hidden reports still show in the overview.
      </DialogHint>
      <p className="column-chooser-status" role="status">
        {shown} of {choice.order.length} reports shown
        {choice.hidden.length > 0 ? `, ${choice.hidden.length} hidden` : ''}
        {choice.pinned.length > 0 ? `, ${choice.pinned.length} pinned` : ''}
      </p>
      <ol className="column-chooser-list" ref={list} aria-label="Reports, in the order of their columns">
        {choice.order.map((id) => {
          const doc = docOf.get(id)
          const article = doc === undefined ? undefined : articles[doc]
          if (doc === undefined || !article) return null
          const hidden = choice.hidden.includes(id)
          const pinned = choice.pinned.includes(id)
          const number = `report ${doc + 1}`
          return (
            <li key={id} className="column-chooser-row" data-column-row={id} data-hidden={hidden || undefined}>
              <label className="column-chooser-show">
                <input type="checkbox" data-action="show" checked={!hidden} disabled={!hidden && !canHide(choice, id)} onChange={(e) => act(id, 'show', hideColumn(choice, id, !e.target.checked))} />
                <span className="column-chooser-name">{reportName(article, doc)}</span>
              </label>
              <button type="button" data-action="pin" aria-pressed={pinned} aria-label={`Pin ${number}`} disabled={!canPin(choice, id)} onClick={() => act(id, 'pin', pinColumn(choice, id, !pinned))}>
                Pin
              </button>
              <button type="button" data-action="left" aria-label={`Move ${number} left`} disabled={!canMove(choice, id, -1)} onClick={() => act(id, 'left', moveColumn(choice, id, -1))}>
                <span aria-hidden="true">←</span>
              </button>
              <button type="button" data-action="right" aria-label={`Move ${number} right`} disabled={!canMove(choice, id, 1)} onClick={() => act(id, 'right', moveColumn(choice, id, 1))}>
                <span aria-hidden="true">→</span>
              </button>
            </li>
          )
        })}
      </ol>
      <DialogButtons>
        <button type="button" disabled={choice.hidden.length === 0} onClick={() => onChange(showAllColumns(choice))}>
          Show all
        </button>
        <button type="button" onClick={() => onChange(inDisplayOrder(settleColumnChoice(articles.map((a) => a.id), undefined)))}>
          Comparison order
        </button>
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </DialogButtons>
    </ModalDialog>
  )
}
