// Opens one comparison: loads it, shows the reports at once, brings their alignment (from the main process,
// or aligned in a worker), then shows the shared passages, variants, ribbons, minimaps and the passages panel.

import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react'
import type { Span } from '../../../../shared/alignment'
import type { ComparisonWithArticles } from '../../../../shared/domain/comparison'
import type { PrintAlignment } from '../../../../shared/ipc/contract'
import { client } from '../../api'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { Loading } from '../../ui/Loading'
import { useRequest } from '../../ui/useRequest'
import { Toolbar } from '../../ui/Toolbar'
import { ViewHeader } from '../../ui/ViewHeader'
import { ComparisonColumns } from './ComparisonColumns'
import { viewModelCache } from './model'
import { PassagesPanel } from './PassagesPanel'
import { SidePanelTabs } from './SidePanelTabs'
import { columnsOf } from './passageDom'
import { finishDrawing } from './columnDrawing'
import { columnDom, PARAGRAPH } from './columnDom'
import { NotesPanel, SelectionToolbar, useHighlights, useKeyboardSelection, type HighlightRequest, type PlacedHighlight, type UndoStep } from '../annotations'
import { isTextEntry, modKey } from '../../ui/keyboard'
import { useCommand } from '../../ui/commands'
import { useNotify } from '../../ui/Notifications'
import { drawnHighlights } from './highlightMarks'
import { ALIGNMENT_STAGES, useAlignment } from './useAlignment'
import { loadComparison } from './openComparison'
import { useLinkedPassages } from './useLinkedPassages'
import { useManyReports } from './useManyReports'
import { FindBar } from '../find'
import { useVersionChecks } from '../versions'
import { QuotesPanel, showQuotation } from '../quotes'
import { deferred } from '../../ui/deferred'
import { useShortcutsKey } from './useShortcutsKey'
import { VariantPopover } from './VariantPopover'
import './ComparisonView.css'

const ShortcutsDialog = deferred<{ onClose: () => void }>(() => import('./ShortcutsDialog').then((m) => m.ShortcutsDialog))

/**
 * The export dialog the view opens on Export PDF (⌘/Ctrl+P). It belongs to the export feature, which
 * itself draws with this feature's parts, so the shell hands it in rather than this feature importing it.
 */
export type ExportDialog = ComponentType<{ comparisonId: string; reports: number; onClose: () => void; prepared?: PrintAlignment | undefined }>

export function ComparisonView({ id, exportDialog }: { id: string; exportDialog: ExportDialog }) {
  // The alignment is asked for as the texts arrive, while React draws them as plain columns.
  const [comparison, retry] = useRequest(() => loadComparison(id), id)
  useReloadOnNewVersions(id, comparison.status === 'done' ? comparison.value.articleIds : null, retry)
  const opened = comparison.status === 'done'
  useEffect(() => {
    // For File › Open Recent and the next start. Not worth a message if it fails: the comparison is open.
    if (opened) client.comparisonOpened({ id }).catch(() => {})
  }, [id, opened])
  if (comparison.status === 'loading') return <Loading label="Opening the comparison…" />
  if (comparison.status === 'failed') return <ErrorMessage error={comparison.error} onRetry={retry} />
  return <AlignedComparison comparison={comparison.value} exportDialog={exportDialog} />
}

/** Opens the comparison again when a check keeps a new version of one of its reports, so the columns show the newest. */
function useReloadOnNewVersions(id: string, reportIds: readonly string[] | null, reload: () => void): void {
  const { changed } = useVersionChecks()
  const newVersions = reportIds === null ? null : reportIds.reduce((n, a) => n + (changed.get(a) ?? 0), 0)
  const seen = useRef<{ id: string; count: number } | null>(null)
  useEffect(() => {
    if (newVersions === null) return
    const before = seen.current
    seen.current = { id, count: newVersions }
    if (before?.id === id && newVersions > before.count) reload()
  }, [id, newVersions, reload])
}

/** Ctrl+Z (Cmd+Z on macOS) undoes the newest highlight change, unless a text field has the focus (it has its own undo). */
function useUndoKey(undo: UndoStep | null): void {
  useEffect(() => {
    if (!undo) return
    const onKey = (event: KeyboardEvent): void => {
      if (!(event.ctrlKey || event.metaKey) || event.shiftKey || event.altKey || event.key.toLowerCase() !== 'z') return
      if (isTextEntry(event.target)) return
      event.preventDefault()
      void undo.run()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [undo])
}

/** What the menus and shortcuts can ask of an open comparison. */
function useComparisonCommands(actions: { exportPdf: () => void; togglePanel: () => void; step: (direction: 1 | -1) => void; showShortcuts: () => void }): void {
  useCommand('exportPdf', actions.exportPdf)
  useCommand('showShortcuts', actions.showShortcuts)
  useShortcutsKey()
  useCommand('togglePassagesPanel', actions.togglePanel)
  useCommand('nextPassage', () => actions.step(1))
  useCommand('previousPassage', () => actions.step(-1))
}

function AlignedComparison({ comparison, exportDialog: ExportPdfDialog }: { comparison: ComparisonWithArticles; exportDialog: ExportDialog }) {
  const { title, articles } = comparison
  const texts = useMemo(() => articles.map((a) => a.text), [articles])
  const titles = useMemo(() => articles.map((a) => a.title), [articles])
  const outlets = useMemo(() => articles.map((a) => a.outlet), [articles])
  // Main aligns a comparison's reports: it began when they were asked for, on a thread already warm.
  const source = useMemo(() => ({ comparisonId: comparison.id, textHashes: articles.map((a) => a.textHash) }), [comparison.id, articles])
  const alignment = useAlignment(texts, source)
  const highlights = useHighlights(comparison.id, articles)
  useUndoKey(highlights.undo)
  const notify = useNotify()
  const [side, setSide] = useState<'passages' | 'notes' | 'quotes'>('passages')
  const [noteFocus, setNoteFocus] = useState<string | null>(null)
  const drawn = useMemo(() => drawnHighlights(highlights.placed), [highlights.placed])
  // The view model follows the alignment itself, not the state around it (the quote ledger arrives later).
  const aligned = alignment.status === 'done' ? alignment.alignment : undefined
  const ledger = alignment.status === 'done' ? (alignment.ledger ?? null) : null
  // Handed to the PDF export with its request, so that the print window need not align the reports again.
  const prepared = aligned && alignment.status === 'done' && alignment.ledger !== undefined ? { textHashes: articles.map((a) => a.textHash), alignment: aligned, ledger: alignment.ledger } : undefined
  // Per column: a highlight changed in one report rebuilds that report's column alone.
  const viewModelOf = useMemo(() => viewModelCache(), [])
  const model = useMemo(() => (aligned ? viewModelOf(texts, aligned, drawn.ranges) : undefined), [aligned, drawn.ranges, texts, viewModelOf])
  const textOf = useCallback((doc: number) => texts[doc] ?? '', [texts])
  const [showMinor, setShowMinor] = useState(true)
  const [linkedScrolling, setLinkedScrolling] = useState(false)
  const [panelOpen, setPanelOpen] = useState(true)
  const [exporting, setExporting] = useState(false)
  const [showingKeys, setShowingKeys] = useState(false)
  const columnsRef = useRef<HTMLDivElement>(null)
  const linked = useLinkedPassages(columnsRef, { linkedScrolling })
  const reports = useManyReports(comparison, model, aligned, linked)
  useComparisonCommands({ exportPdf: () => setExporting(true), togglePanel: () => setPanelOpen((open) => !open), step: linked.step, showShortcuts: () => setShowingKeys(true) })
  useKeyboardSelection(columnsRef, columnDom, textOf)
  const nameOf = useCallback((doc: number) => `Report ${doc + 1}${outlets[doc] ? ` · ${outlets[doc]}` : ''}`, [outlets])
  const checks = useVersionChecks()
  const fetchedReports = articles.filter((a) => a.fetched)

  const bodyOf = useCallback(
    (doc: number): HTMLElement | undefined => (columnsRef.current ? columnsOf(columnsRef.current).find((c) => c.doc === doc)?.body : undefined),
    [],
  )
  const jump = useCallback(
    (doc: number, fraction: number): void => {
      const body = bodyOf(doc)
      if (body) body.scrollTop = fraction * (body.scrollHeight - body.clientHeight)
    },
    [bodyOf],
  )
  const showSpan = useCallback(
    (span: Span): void => {
      const paragraphs = bodyOf(span.doc)?.querySelectorAll<HTMLElement>(PARAGRAPH) ?? []
      const target = [...paragraphs].find((p) => Number(p.dataset['end']) > span.start)
      target?.scrollIntoView({ block: 'center' })
    },
    [bodyOf],
  )

  const highlight = async ({ selection, color, withNote, wholePassage }: HighlightRequest): Promise<void> => {
    const article = articles[selection.doc]
    if (!article) return
    const passageSpan = wholePassage && selection.passage ? model?.passageById.get(selection.passage)?.spans.find((s) => s.doc === selection.doc) : undefined
    const added = await highlights.add({
      articleId: article.id,
      start: passageSpan?.start ?? selection.start,
      end: passageSpan?.end ?? selection.end,
      color,
      ...(passageSpan && selection.passage ? { passageId: selection.passage } : {}),
    })
    if (added && withNote) {
      setSide('notes')
      setNoteFocus(added.id)
    }
  }
  const showHighlight = ({ highlight }: PlacedHighlight): void => {
    const container = columnsRef.current
    const selector = highlight.passageId ? `[data-passage-highlight="${CSS.escape(highlight.id)}"]` : `[data-highlight="${CSS.escape(highlight.id)}"]`
    if (container && !container.querySelector(selector)) for (const { body } of columnsOf(container)) finishDrawing(body)
    container?.querySelector(selector)?.scrollIntoView({ block: 'center' })
  }
  const exportNotes = (format: 'markdown' | 'annotations'): void => {
    client.exportNotes({ comparisonId: comparison.id, format }).then(
      ({ fileName, mimeType, text }) => {
        const url = URL.createObjectURL(new Blob([text], { type: mimeType }))
        const link = document.createElement('a')
        link.href = url
        link.download = fileName
        link.click()
        setTimeout(() => URL.revokeObjectURL(url), 10_000)
      },
      (error: unknown) => notify.error(error),
    )
  }

  return (
    <article className={`comparison${showMinor ? '' : ' hide-minor'}`} aria-label={title}>
      <ViewHeader title={title}>
        <Toolbar label="Comparison view">
          {reports.controls}
          <label>
            <input type="checkbox" checked={showMinor} onChange={(e) => setShowMinor(e.target.checked)} /> Punctuation and capitals
          </label>
          <label>
            <input type="checkbox" checked={linkedScrolling} onChange={(e) => setLinkedScrolling(e.target.checked)} /> Linked scrolling
          </label>
          <label>
            <input type="checkbox" checked={panelOpen} onChange={(e) => setPanelOpen(e.target.checked)} /> Passages panel
          </label>
          {fetchedReports.length > 0 && (
            <button
              type="button"
              onClick={() => checks.check(fetchedReports, `the comparison “${title}”`)}
              disabled={checks.job?.running ?? false}
              title="Fetch the pages of these reports again and keep a new version of each that changed"
            >
              Check for changes
            </button>
          )}
          <button type="button" onClick={() => setExporting(true)} title={`Export the comparison as a PDF (${modKey()}+P)`}>
            Export PDF…
          </button>
          <button type="button" className="keyboard-hint" onClick={() => setShowingKeys(true)} aria-haspopup="dialog" title="Every keyboard shortcut (?)">
            <kbd>n</kbd>/<kbd>p</kbd> passages · <kbd>Enter</kbd>/<kbd>s</kbd> select · <kbd>v</kbd> differences · <kbd>?</kbd> all keys
          </button>
        </Toolbar>
        <FindBar texts={reports.findTexts} columnsRef={columnsRef} dom={columnDom} />
        {alignment.status === 'aligning' && (
          <div className="alignment-progress" role="status" aria-live="polite">
            {/* Without stages (main's thread reports none) the bar says only that the work goes on. */}
            <progress max={ALIGNMENT_STAGES.length} value={alignment.stage ? alignment.fraction * ALIGNMENT_STAGES.length : undefined} aria-label="Comparing the reports" />
            <span>Comparing the reports{alignment.stage ? `: ${alignment.stage}…` : '…'}</span>
          </div>
        )}
        {alignment.status === 'failed' && (
          <p className="alignment-failed" role="alert">
            The reports could not be compared: {alignment.message}. They are shown without alignment.
          </p>
        )}
      </ViewHeader>
      <div className="comparison-body">
        <ComparisonColumns
          ref={columnsRef}
          articles={articles}
          shown={reports.shown}
          notice={reports.notice}
          hidden={reports.view === 'overview'}
          model={model}
          onJump={jump}
          passageHighlights={drawn.passages}
        />
        {reports.overview}
        {panelOpen && (
          <div className="side-panel">
            <SidePanelTabs
              label="Side panel"
              tabs={[
                { key: 'passages', label: 'Passages' },
                { key: 'notes', label: `Notes (${highlights.placed.length})` },
                { key: 'quotes', label: ledger ? `Quotes (${ledger.groups.length})` : 'Quotes' },
              ]}
              current={side}
              onChoose={setSide}
            >
              {side === 'passages' && model && (
                <PassagesPanel model={model} texts={texts} titles={titles} activePassage={linked.selected} onSelectPassage={linked.select} onSelectSpan={showSpan} />
              )}
              {side === 'notes' && highlights.labels && (
                <NotesPanel
                  placed={highlights.placed}
                  labels={highlights.labels}
                  titles={titles}
                  outlets={outlets}
                  focusId={noteFocus}
                  onShow={showHighlight}
                  onUpdate={(id, change) => void highlights.update(id, change)}
                  onRemove={(id) => void highlights.remove(id)}
                  undo={highlights.undo}
                  onRenameLabel={highlights.renameLabel}
                  onExport={exportNotes}
                  onImport={(file) => void highlights.importAnnotations(file)}
                  onCarry={highlights.carry}
                />
              )}
              {side === 'quotes' && (
                <QuotesPanel
                  ledger={ledger}
                  failed={alignment.status === 'failed' || (alignment.status === 'done' && alignment.ledger === null)}
                  outlets={outlets}
                  onShow={(group) => columnsRef.current && showQuotation(columnsRef.current, columnDom, group)}
                />
              )}
            </SidePanelTabs>
          </div>
        )}
        {model && <VariantPopover containerRef={columnsRef} model={model} nameOf={nameOf} />}
        {highlights.labels && <SelectionToolbar containerRef={columnsRef} dom={columnDom} textOf={textOf} labels={highlights.labels} onHighlight={(request) => void highlight(request)} />}
      </div>
      {reports.chooser}
      {exporting && <ExportPdfDialog comparisonId={comparison.id} reports={articles.length} onClose={() => setExporting(false)} prepared={prepared} />}
      {showingKeys && <ShortcutsDialog onClose={() => setShowingKeys(false)} />}
    </article>
  )
}
