// The library sidebar: the way to the articles and to import, the comparisons the person has (the open
// one marked), and a way back to the built-in sample when there are no comparisons.

import type { ComparisonSummary } from '../../../../shared/domain/comparison'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { Loading } from '../../ui/Loading'
import type { RequestState } from '../../ui/useRequest'
import './LibrarySidebar.css'

export interface LibrarySidebarProps {
  comparisons: RequestState<ComparisonSummary[]>
  openId: string | null
  onOpen: (id: string) => void
  onRetry: () => void
  onRestoreSample: () => void
  /** Whether the articles view is open. */
  libraryOpen: boolean
  onOpenLibrary: () => void
  onImport: () => void
}

const numberFormat = new Intl.NumberFormat()

function describeComparison(comparison: ComparisonSummary): string {
  const words = comparison.articles.reduce((sum, a) => sum + a.wordCount, 0)
  return `${comparison.articles.length} reports · ${numberFormat.format(words)} words`
}

export function LibrarySidebar({ comparisons, openId, onOpen, onRetry, onRestoreSample, libraryOpen, onOpenLibrary, onImport }: LibrarySidebarProps) {
  return (
    <nav className="sidebar" aria-label="Library">
      <h1 className="app-name">Parallax</h1>
      <div className="sidebar-actions">
        <button type="button" className="comparison-item" aria-current={libraryOpen ? 'page' : undefined} onClick={onOpenLibrary}>
          <span className="comparison-title">Articles</span>
          <span className="comparison-meta">Search, import, compare</span>
        </button>
        <button type="button" onClick={onImport}>
          Import…
        </button>
      </div>
      <h2 className="sidebar-heading">Comparisons</h2>
      {comparisons.status === 'loading' && <Loading label="Loading the library…" />}
      {comparisons.status === 'failed' && <ErrorMessage error={comparisons.error} onRetry={onRetry} />}
      {comparisons.status === 'done' && comparisons.value.length === 0 && (
        <div className="sidebar-empty">
          <p>Your library has no comparisons yet.</p>
          <button type="button" onClick={onRestoreSample}>
            Add the sample comparison
          </button>
        </div>
      )}
      {comparisons.status === 'done' && comparisons.value.length > 0 && (
        <ul className="comparison-list">
          {comparisons.value.map((comparison) => (
            <li key={comparison.id}>
              <button
                type="button"
                className="comparison-item"
                aria-current={comparison.id === openId ? 'page' : undefined}
                onClick={() => onOpen(comparison.id)}
              >
                <span className="comparison-title">{comparison.title}</span>
                <span className="comparison-meta">{describeComparison(comparison)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
