// Many reports at once: which of them show as columns (the reader's choice, kept per comparison, and the
// chooser that edits it), and the overview of passages × reports that takes the columns' place when chosen.
// A cell chosen in the overview shows that passage in the reports that carry it: the columns become those
// reports for the moment (a line above them says so and leads back to the reader's own columns), levelled
// at the passage. The comparison view places what this returns: the toolbar's controls, the line above the
// columns, the overview and the dialog.

import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react'
import type { Alignment } from '../../../../shared/alignment'
import type { ComparisonWithArticles, ShownColumn } from '../../../../shared/domain/comparison'
import { Loading } from '../../ui/Loading'
import { ColumnChooser } from './ColumnChooser'
import type { ComparisonViewModel } from './model'
import { PassageMatrix, type MatrixReport } from './PassageMatrix'
import { buildPassageMatrix } from './passageMatrixModel'
import { useColumnChoice } from './useColumnChoice'
import './ManyReports.css'

export type ReportsView = 'columns' | 'overview'

export interface ManyReports {
  /** The columns to draw, in order. */
  shown: readonly ShownColumn[]
  /** The texts Find searches: those of the reports drawn as columns ('' for the others). */
  findTexts: readonly string[]
  view: ReportsView
  /** The toolbar's controls: columns or overview, the chooser, and how many reports are hidden. */
  controls: ReactNode
  /** The line above the columns while they show one passage's reports. */
  notice: ReactNode
  /** The overview, while it is chosen. */
  overview: ReactNode
  /** The column chooser, while it is open. */
  chooser: ReactNode
}

interface Spotlight {
  passage: string
  number: number
  docs: ReadonlySet<number>
}

export function useManyReports(
  comparison: ComparisonWithArticles,
  model: ComparisonViewModel | undefined,
  alignment: Alignment | undefined,
  linked: { selected: string | null; select: (id: string) => void },
): ManyReports {
  const { articles } = comparison
  const columns = useColumnChoice(comparison)
  const [view, setView] = useState<ReportsView>('columns')
  const [choosing, setChoosing] = useState(false)
  const [spotlight, setSpotlight] = useState<Spotlight | null>(null)
  /** The passage to level the columns at once they are drawn. */
  const reveal = useRef<string | null>(null)
  const matrix = useMemo(() => (alignment && model ? buildPassageMatrix(alignment, model) : undefined), [alignment, model])
  const hiddenDocs = useMemo(() => new Set(columns.hidden), [columns.hidden])
  const reports = useMemo<MatrixReport[]>(
    () =>
      articles.map((a, doc) => ({
        short: a.outlet?.trim() || `Report ${doc + 1}`,
        name: `report ${doc + 1}${a.outlet?.trim() ? ` (${a.outlet.trim()})` : ''}`,
        hidden: hiddenDocs.has(doc),
      })),
    [articles, hiddenDocs],
  )

  // The reports carrying the passage, in the order of the reader's columns (hidden ones too), pinned ones first.
  const shown = useMemo(() => {
    if (!spotlight) return columns.shown
    const order = columns.choice.order.map((id) => articles.findIndex((a) => a.id === id)).filter((doc) => spotlight.docs.has(doc))
    const pinned = new Set(columns.shown.filter((c) => c.pinned).map((c) => c.doc))
    return [...order.filter((doc) => pinned.has(doc)), ...order.filter((doc) => !pinned.has(doc))].map((doc) => ({ doc, pinned: pinned.has(doc) }))
  }, [articles, columns.choice.order, columns.shown, spotlight])

  const showPassage = useCallback(
    (row: number): void => {
      const passage = matrix?.rows[row]
      if (!passage) return
      setSpotlight({ passage: passage.id, number: passage.number, docs: new Set(passage.docs) })
      setView('columns')
      reveal.current = passage.id
    },
    [matrix],
  )

  // Once the columns of the passage's reports are drawn, level them at it.
  const { select } = linked
  useEffect(() => {
    const id = reveal.current
    if (id === null || view !== 'columns') return
    // In the next frame, outside React's commit, so a long column can finish drawing its passages first
    // (columnDrawing.ts), which React cannot do from inside an effect.
    const frame = requestAnimationFrame(() => {
      reveal.current = null
      select(id)
    })
    return () => cancelAnimationFrame(frame)
  }, [select, shown, view])

  const findTexts = useMemo(() => {
    const drawn = new Set(shown.map((c) => c.doc))
    return articles.map((a, doc) => (drawn.has(doc) ? a.text : ''))
  }, [articles, shown])

  const hiddenCount = columns.hidden.length
  const controls = (
    <span className="reports-controls">
      <span className="reports-view" role="group" aria-label="Show the reports as">
        <button type="button" aria-pressed={view === 'columns'} onClick={() => setView('columns')}>
          Columns
        </button>
        <button type="button" aria-pressed={view === 'overview'} onClick={() => setView('overview')}>
          Overview
        </button>
      </span>
      <button type="button" onClick={() => setChoosing(true)}>
        Choose columns…
      </button>
      {hiddenCount > 0 && (
        <button type="button" className="reports-hidden" onClick={() => setChoosing(true)} aria-label={`${hiddenCount} hidden: choose which reports show as columns`}>
          {hiddenCount} hidden
        </button>
      )}
    </span>
  )

  const notice = spotlight ? (
    <p className="reports-spotlight" role="status">
      <span>
        Showing the {spotlight.docs.size} reports that carry passage {spotlight.number}.
      </span>
      <button type="button" onClick={() => setSpotlight(null)}>
        Show your columns
      </button>
      <button type="button" onClick={() => setView('overview')}>
        Back to the overview
      </button>
    </p>
  ) : null

  const overview =
    view !== 'overview' ? null : matrix ? (
      <PassageMatrix matrix={matrix} reports={reports} activePassage={linked.selected} onShow={showPassage} />
    ) : (
      <div className="reports-overview-waiting">
        <Loading label="The overview shows once the reports are compared…" />
      </div>
    )

  const chooser = choosing ? (
    <ColumnChooser
      articles={articles}
      choice={columns.choice}
      onChange={(next) => {
        setSpotlight(null)
        columns.change(next)
      }}
      onClose={() => setChoosing(false)}
    />
  ) : null

  return { shown, findTexts, view, controls, notice, overview, chooser }
}
