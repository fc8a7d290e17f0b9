// The overview of passages × reports: a grid with a row per passage (numbered as in the passages panel, with
// its opening words) and a column per report (its number and outlet in a header that stays at the top),
// each cell showing whether the report carries the passage and how it words it. Only the rows in view are
// drawn (and the focused one), so 500 passages × 50 reports stay a few thousand elements; a click or Enter on
// a cell shows that passage in the reports that carry it. The keyboard follows the grid pattern: one Tab
// stop (the focused cell), arrow keys, Home/End, Page Up/Down. Opening words are untrusted: React text only.

import { memo, useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type KeyboardEvent, type MouseEvent } from 'react'
import { CELL_NAMES, cellAt, describeCell, type PassageMatrix as Matrix } from './passageMatrixModel'
import { nextPlace, rowWindow, type GridPlace } from './matrixKeys'
import './PassageMatrix.css'

export interface MatrixReport {
  /** What the column header shows: the outlet, or "Report N". */
  short: string
  /** How a sentence names it: "report 3 (Daily Post)". */
  name: string
  hidden: boolean
}

export interface PassageMatrixProps {
  matrix: Matrix
  reports: readonly MatrixReport[]
  activePassage: string | null
  /** The reader chose a cell (click, Enter or Space): show row's passage, from report `doc`. */
  onShow: (row: number, doc: number) => void
}

const ROW_HEIGHT = 26
const HEAD_HEIGHT = 120
const MIN_CELL = 12
const MAX_CELL = 32

/** The passages' headers take less room when many reports need it. */
export const rowHeaderWidthFor = (reports: number): number => (reports > 30 ? 168 : 224)

/** Cells share the width there is, between a size still easy to click and one that keeps the grid compact. */
export function cellWidthFor(reports: number, width: number): number {
  const share = Math.floor((width - rowHeaderWidthFor(reports) - 2) / Math.max(1, reports))
  return Math.max(MIN_CELL, Math.min(MAX_CELL, share))
}

const placeKey = (row: number, col: number): string => `${row}:${col}`

interface RowProps {
  matrix: Matrix
  row: number
  reports: readonly MatrixReport[]
  /** The focused column in this row, or -1. */
  focusCol: number
  active: boolean
}

const MatrixRowView = memo(function MatrixRowView({ matrix, row, reports, focusCol, active }: RowProps) {
  const passage = matrix.rows[row]
  if (!passage) return null
  const name = (doc: number): string => reports[doc]?.name ?? `report ${doc + 1}`
  return (
    <div role="row" aria-rowindex={row + 2} className="matrix-row" data-matrix-row={passage.id} aria-selected={active} data-fifth={(row + 1) % 5 === 0 || undefined} style={{ top: row * ROW_HEIGHT }}>
      <div
        role="rowheader"
        className="matrix-passage"
        data-cell={placeKey(row, 0)}
        tabIndex={focusCol === 0 ? 0 : -1}
        aria-label={`Passage ${passage.number}, in ${passage.docs.length} reports: ${passage.opening}`}
      >
        <span className={`matrix-swatch tint-solid tint-${passage.tint}`} aria-hidden="true" />
        <span className="matrix-number">{passage.number}</span>
        <span className="matrix-opening">{passage.opening}</span>
      </div>
      {Array.from({ length: matrix.reports }, (_, doc) => (
        <div
          key={doc}
          role="gridcell"
          className="matrix-cell"
          data-cell={placeKey(row, doc + 1)}
          data-state={CELL_NAMES[cellAt(matrix, row, doc)]}
          data-hidden-report={reports[doc]?.hidden || undefined}
          tabIndex={focusCol === doc + 1 ? 0 : -1}
          aria-label={describeCell(matrix, row, doc, name)}
        />
      ))}
    </div>
  )
})

export function PassageMatrix({ matrix, reports, activePassage, onShow }: PassageMatrixProps) {
  const scroller = useRef<HTMLDivElement>(null)
  const statusId = useId()
  const rows = matrix.rows.length
  const [view, setView] = useState({ top: 0, height: 600, width: 900 })
  const cellWidth = cellWidthFor(matrix.reports, view.width)
  const rowHeaderWidth = rowHeaderWidthFor(matrix.reports)
  const activeRow = useMemo(() => matrix.rows.findIndex((r) => r.id === activePassage), [matrix, activePassage])
  const [chosen, setFocus] = useState<GridPlace>(() => ({ row: Math.max(0, activeRow), col: 0 }))
  // Within the grid even when it shrinks (the comparison aligned again with fewer passages).
  const focus = useMemo(() => ({ row: Math.min(chosen.row, Math.max(0, rows - 1)), col: Math.min(chosen.col, matrix.reports) }), [chosen, rows, matrix.reports])
  const moved = useRef(false)

  useLayoutEffect(() => {
    const element = scroller.current
    if (!element) return
    const measure = (): void => setView({ top: element.scrollTop, height: element.clientHeight, width: element.clientWidth })
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  // Opening on a passage chosen elsewhere: its row in view.
  useLayoutEffect(() => {
    const element = scroller.current
    if (element && activeRow >= 0) element.scrollTop = Math.max(0, activeRow * ROW_HEIGHT - (element.clientHeight - HEAD_HEIGHT) / 2)
    // Only when the grid opens: later choices come from the grid itself.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  const bodyHeight = Math.max(0, view.height - HEAD_HEIGHT)
  const { from, to } = rowWindow(view.top, bodyHeight, ROW_HEIGHT, rows)
  const drawn = useMemo(() => {
    const list: number[] = []
    for (let r = from; r < to; r++) list.push(r)
    // The focused row stays drawn wherever the grid is scrolled, so the grid always has its Tab stop.
    if (focus.row < from || focus.row >= to) list.push(focus.row)
    return list
  }, [from, to, focus.row])

  /** Scrolls so the place shows clear of the sticky headers. */
  const reveal = useCallback(
    (place: GridPlace): void => {
      const element = scroller.current
      if (!element) return
      const top = place.row * ROW_HEIGHT
      const height = element.clientHeight - HEAD_HEIGHT
      if (top < element.scrollTop) element.scrollTop = top
      else if (top + ROW_HEIGHT > element.scrollTop + height) element.scrollTop = top + ROW_HEIGHT - height
      if (place.col > 0) {
        const left = rowHeaderWidth + (place.col - 1) * cellWidth
        if (left < element.scrollLeft + rowHeaderWidth) element.scrollLeft = left - rowHeaderWidth
        else if (left + cellWidth > element.scrollLeft + element.clientWidth) element.scrollLeft = left + cellWidth - element.clientWidth
      }
      setView({ top: element.scrollTop, height: element.clientHeight, width: element.clientWidth })
    },
    [cellWidth, rowHeaderWidth],
  )

  useLayoutEffect(() => {
    if (!moved.current) return
    moved.current = false
    scroller.current?.querySelector<HTMLElement>(`[data-cell="${placeKey(focus.row, focus.col)}"]`)?.focus({ preventScroll: true })
  }, [focus])

  const moveTo = (place: GridPlace): void => {
    moved.current = true
    reveal(place)
    setFocus(place)
  }

  const show = (place: GridPlace): void => {
    const row = matrix.rows[place.row]
    if (row) onShow(place.row, place.col > 0 ? place.col - 1 : row.base)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    if (event.altKey || event.metaKey) return
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault()
      show(focus)
      return
    }
    const page = Math.max(1, Math.floor((view.height - HEAD_HEIGHT) / ROW_HEIGHT) - 1)
    const next = nextPlace(focus, event.key, event.ctrlKey, { rows, cols: matrix.reports + 1, page })
    if (!next) return
    event.preventDefault()
    moveTo(next)
  }

  const onClick = (event: MouseEvent<HTMLDivElement>): void => {
    const cell = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-cell]') : null
    const [row, col] = (cell?.dataset['cell'] ?? '').split(':').map(Number)
    if (row === undefined || col === undefined || Number.isNaN(row) || Number.isNaN(col)) return
    moveTo({ row, col })
    show({ row, col })
  }

  const focused = matrix.rows[focus.row]
  const status = !focused
    ? 'No shared passages were found in these reports.'
    : focus.col === 0
      ? `Passage ${focused.number}: ${focused.words} words, in ${focused.docs.length} of ${matrix.reports} reports. Enter shows it in them side by side.`
      : `${describeCell(matrix, focus.row, focus.col - 1, (doc) => reports[doc]?.name ?? `report ${doc + 1}`)}. Enter shows it in the reports that carry it.`
  const width = rowHeaderWidth + matrix.reports * cellWidth

  return (
    <section className="matrix" aria-label="Overview of passages by report" style={{ '--cell-width': `${cellWidth}px`, '--row-height': `${ROW_HEIGHT}px`, '--head-height': `${HEAD_HEIGHT}px`, '--row-header-width': `${rowHeaderWidth}px`, '--mark': `${Math.min(12, cellWidth - 4)}px` } as CSSProperties}>
      <MatrixLegend anyHidden={reports.some((r) => r.hidden)} />
      <div className="matrix-scroller" ref={scroller} onScroll={(e) => setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight, width: e.currentTarget.clientWidth })}>
        <div
          role="grid"
          className="matrix-grid"
          aria-label="Passages by report"
          aria-describedby={statusId}
          aria-rowcount={rows + 1}
          aria-colcount={matrix.reports + 1}
          style={{ width }}
          onKeyDown={onKeyDown}
          onClick={onClick}
        >
          <div role="rowgroup" className="matrix-head">
            <div role="row" aria-rowindex={1} className="matrix-head-row">
              <div role="columnheader" className="matrix-corner">
                Passage
              </div>
              {reports.map((report, doc) => (
                <div key={doc} role="columnheader" className="matrix-report" data-hidden-report={report.hidden || undefined} title={report.name} aria-label={`${report.name}${report.hidden ? ', hidden from the columns' : ''}`}>
                  <span className="matrix-report-label">
                    <span className="matrix-report-number">{doc + 1}</span> {report.short}
                  </span>
                </div>
              ))}
            </div>
          </div>
          <div role="rowgroup" className="matrix-body" style={{ height: rows * ROW_HEIGHT }}>
            {drawn.map((row) => (
              <MatrixRowView key={row} matrix={matrix} row={row} reports={reports} focusCol={row === focus.row ? focus.col : -1} active={row === activeRow} />
            ))}
          </div>
        </div>
      </div>
      <p className="matrix-status" id={statusId} aria-live="polite">
        {status}
      </p>
    </section>
  )
}

function MatrixLegend({ anyHidden }: { anyHidden: boolean }) {
  return (
    <ul className="matrix-legend" aria-label="Key">
      {(
        [
          ['same', 'worded as the first report that carries it'],
          ['minor', 'punctuation or capitals changed'],
          ['differs', 'other words'],
          ['absent', 'not carried'],
        ] as const
      ).map(([state, label]) => (
        <li key={state}>
          <span className="matrix-cell matrix-sample" data-state={state} aria-hidden="true" /> {label}
        </li>
      ))}
      {anyHidden && (
        <li>
          <span className="matrix-cell matrix-sample" data-state="same" data-hidden-report aria-hidden="true" /> faded, name in italics: a report hidden from the columns
        </li>
      )}
    </ul>
  )
}
