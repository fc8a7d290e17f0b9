// Compare versions: the versions of one fetched article side by side, oldest to newest, one column each
// (headed by its headline and fetch time), aligned by the same engine as any comparison so added, removed
// and reworded text shows as it does there, under the summary of what changed between each version and
// the one before. Read-only: the versions are not a stored comparison, so there is nothing to highlight or
// note. Escape or Back returns where the person came from.

import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType, type ReactNode } from 'react'
import type { Article } from '../../../../shared/domain/article'
import type { ArticleVersion } from '../../../../shared/domain/versions'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { Loading } from '../../ui/Loading'
import { useRequest } from '../../ui/useRequest'
import { Toolbar } from '../../ui/Toolbar'
import { ViewHeader } from '../../ui/ViewHeader'
import { useCommand } from '../../ui/commands'
import { modKey } from '../../ui/keyboard'
import { buildViewModel, COLUMN_BODY, ComparisonColumns, useAlignment, useLinkedPassages, VariantPopover } from '../comparison'
import { loadVersions } from './loadVersions'
import { revisionPairs } from './revisionPairs'
import { RevisionSummary } from './RevisionSummary'
import './VersionsView.css'

/** The export dialog, handed in by the shell (the export feature draws with this feature's parts). */
export type VersionsExportDialog = ComponentType<{ versionsOf: string; reports: number; onClose: () => void }>

export interface VersionsViewProps {
  /** The article whose versions are compared. */
  id: string
  onBack: () => void
  exportDialog: VersionsExportDialog
}

export function VersionsView({ id, onBack, exportDialog }: VersionsViewProps) {
  const [loaded, retry] = useRequest(() => loadVersions(id), id)
  // Until the aligned versions show (they take Escape themselves).
  useEscapeBack(onBack, null, loaded.status !== 'done' || loaded.value.columns.length < 2)
  if (loaded.status === 'loading') return <Loading label="Reading the versions…" />
  if (loaded.status === 'failed') return <ErrorMessage error={loaded.error} onRetry={retry} />
  const { article, versions, columns } = loaded.value
  if (columns.length < 2) {
    return (
      <article className="versions-view" aria-label={`Versions of “${article.title}”`}>
        <ViewHeader title={`Versions of “${article.title}”`}>
          <BackBar onBack={onBack} />
        </ViewHeader>
        <p className="versions-one">This article has one version: nothing has changed since it was fetched.</p>
      </article>
    )
  }
  return <AlignedVersions id={id} title={article.title} versions={versions} columns={columns} onBack={onBack} exportDialog={exportDialog} />
}

function BackBar({ onBack, children }: { onBack: () => void; children?: ReactNode }) {
  return (
    <Toolbar label="Compare versions">
      <button type="button" onClick={onBack} title="Back to where you were (Escape)">
        ← Back
      </button>
      {children}
    </Toolbar>
  )
}

/**
 * Escape goes back, unless something on the page took it first: a dialog, a popover, a text field, or the
 * columns clearing the passage chosen in them (`selected`: that passage, as rendered before the key).
 */
function useEscapeBack(onBack: () => void, selected: string | null, enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target instanceof Element ? event.target : null
      if (target?.closest('dialog, [role="dialog"], input, select, textarea')) return
      if (event.defaultPrevented && selected !== null) return
      event.preventDefault()
      onBack()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [onBack, selected, enabled])
}

interface AlignedVersionsProps {
  id: string
  title: string
  versions: ArticleVersion[]
  columns: Article[]
  onBack: () => void
  exportDialog: VersionsExportDialog
}

function AlignedVersions({ id, title, versions, columns, onBack, exportDialog: ExportPdfDialog }: AlignedVersionsProps) {
  const texts = useMemo(() => columns.map((c) => c.text), [columns])
  const alignment = useAlignment(texts)
  const aligned = alignment.status === 'done' ? alignment.alignment : undefined
  // No highlights: the versions are read, not annotated.
  const model = useMemo(() => (aligned ? buildViewModel(texts, aligned) : undefined), [aligned, texts])
  const [summary, retrySummary] = useRequest(() => revisionPairs(columns), columns)
  const [showMinor, setShowMinor] = useState(true)
  const [exporting, setExporting] = useState(false)
  const columnsRef = useRef<HTMLDivElement>(null)
  const linked = useLinkedPassages(columnsRef, { linkedScrolling: false })
  useEscapeBack(onBack, linked.selected, !exporting)
  useCommand('exportPdf', () => setExporting(true))
  useCommand('nextPassage', () => linked.step(1))
  useCommand('previousPassage', () => linked.step(-1))
  const nameOf = useCallback((doc: number) => `Version ${doc + 1}`, [])
  const jump = useCallback((doc: number, fraction: number): void => {
    const body = columnsRef.current?.querySelector<HTMLElement>(`[data-doc="${doc}"] ${COLUMN_BODY}`)
    if (body) body.scrollTop = fraction * (body.scrollHeight - body.clientHeight)
  }, [])
  const heading = `Versions of “${title}”`

  return (
    <article className={`versions-view${showMinor ? '' : ' hide-minor'}`} aria-label={heading}>
      <ViewHeader title={heading}>
        <BackBar onBack={onBack}>
          <label>
            <input type="checkbox" checked={showMinor} onChange={(e) => setShowMinor(e.target.checked)} /> Punctuation and capitals
          </label>
          <button type="button" onClick={() => setExporting(true)} title={`Export the versions as a PDF (${modKey()}+P)`}>
            Export PDF…
          </button>
        </BackBar>
        {alignment.status === 'aligning' && <p role="status">Comparing the versions…</p>}
        {alignment.status === 'failed' && <p role="alert">The versions could not be compared: {alignment.message}. They are shown without alignment.</p>}
      </ViewHeader>
      <section className="versions-summary" aria-label="What changed">
        {summary.status === 'loading' && <Loading label="Summarising what changed…" />}
        {summary.status === 'failed' && <ErrorMessage error={summary.error} onRetry={retrySummary} />}
        {summary.status === 'done' && <RevisionSummary pairs={summary.value} versions={versions} />}
      </section>
      <div className="versions-body">
        <ComparisonColumns
          ref={columnsRef}
          articles={columns}
          model={model}
          unit="version"
          onJump={jump}
          notice={<p className="versions-notice">{columns.length} versions, oldest first. Read only: highlights and notes belong to the article’s comparisons.</p>}
        />
        {model && <VariantPopover containerRef={columnsRef} model={model} nameOf={nameOf} />}
      </div>
      {exporting && <ExportPdfDialog versionsOf={id} reports={columns.length} onClose={() => setExporting(false)} />}
    </article>
  )
}
