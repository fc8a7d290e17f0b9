// The app shell: library sidebar beside the open view. With nothing chosen yet, the comparison open last
// time reopens (else the newest; on first start, the built-in sample), so the window never starts empty.
// The shell also takes the commands that belong to no view (import, open recent; settings and about
// through SettingsHost), and composes features that must not import each other (the comparison view
// opens the export feature's dialog, which draws with the comparison's parts). What is not on the first
// screen (import, export, the print view, the Articles view, the dialogs) loads on first use, and in idle
// time once the first screen is drawn (firstScreen.ts).

import { useCallback, useEffect, useState, type ComponentProps } from 'react'
import { client } from '../api'
import { ComparisonView } from '../features/comparison'
import type { ExportPdfDialog as ExportPart, PrintView as PrintPart, VersionsPrintView as VersionsPrintPart } from '../features/export'
import type { ImportDialogProps } from '../features/import'
import { LibrarySidebar, LibraryView } from '../features/library'
import { SettingsHost } from '../features/settings'
import { VersionChecksProvider } from '../features/versions'
import type { VersionsView as VersionsPart } from '../features/revisions'
import { PRINT_FAILED_PREFIX } from '../../../shared/domain/pdf'
import { toErrorData } from '../../../shared/domain/errors'
import { useRequest } from '../ui/useRequest'
import { deferred } from '../ui/deferred'
import { useCommand, useCommandSources } from '../ui/commands'
import { ErrorBoundary } from './ErrorBoundary'
import { NotificationsProvider, useNotify } from '../ui/Notifications'
import { useRoute } from './useRoute'
import { usePreloadAfterFirstScreen } from './firstScreen'
import './App.css'

const ImportDialog = deferred<ImportDialogProps>(() => import('../features/import').then((m) => m.ImportDialog))
const ExportPdfDialog = deferred<ComponentProps<typeof ExportPart>>(() => import('../features/export').then((m) => m.ExportPdfDialog))
// The printer's window opens on the print view; it comes in the export feature's chunk with the dialog.
const PrintView = deferred<ComponentProps<typeof PrintPart>>(() => import('../features/export').then((m) => m.PrintView))
const VersionsPrintView = deferred<ComponentProps<typeof VersionsPrintPart>>(() => import('../features/export').then((m) => m.VersionsPrintView))
// Compare versions is opened from the Articles view, never on the first screen.
const VersionsView = deferred<ComponentProps<typeof VersionsPart>>(() => import('../features/revisions').then((m) => m.VersionsView))

function Shell() {
  const [route, navigate] = useRoute()
  const [libraryVersion, setLibraryVersion] = useState(0)
  const [comparisons, retry] = useRequest(() => client.listComparisons(), libraryVersion)
  const notify = useNotify()
  // The import dialog: closed (null), open empty (true), or open with files dropped on the window.
  const [importing, setImporting] = useState<File[] | true | null>(null)
  useFileDrop(useCallback((files: File[]) => setImporting((open) => (open === null ? files : open)), []))

  useCommandSources((id) => navigate({ view: 'comparison', id }))
  useCommand('import', () => setImporting((open) => open ?? true))
  const [sidebarOpen, setSidebarOpen] = useState(true)
  useCommand('toggleLibrary', () => setSidebarOpen((open) => !open))

  const startAt = useStartComparison(comparisons.status === 'done' ? comparisons.value : undefined)
  useEffect(() => {
    if (route.view === 'home' && startAt) navigate({ view: 'comparison', id: startAt }, { replace: true })
  }, [route.view, startAt, navigate])

  const restoreSample = useCallback(() => {
    client.restoreSample().then(
      (comparison) => {
        setLibraryVersion((v) => v + 1)
        navigate({ view: 'comparison', id: comparison.id })
        notify.info('Sample comparison added', comparison.title)
      },
      (error: unknown) => notify.error(error),
    )
  }, [navigate, notify])

  usePreloadAfterFirstScreen()
  const openId = route.view === 'comparison' ? route.id : null
  const reload = useCallback(() => setLibraryVersion((v) => v + 1), [])
  const compareVersions = useCallback((articleId: string) => navigate({ view: 'versions', id: articleId }), [navigate])
  // Back from Compare versions: to the view it was opened from, or the library when it was opened first.
  const back = useCallback(() => (window.history.length > 1 ? window.history.back() : navigate({ view: 'library' })), [navigate])
  return (
    <div className={sidebarOpen ? 'shell' : 'shell no-sidebar'}>
      {sidebarOpen && (
        <ErrorBoundary>
          <LibrarySidebar
            comparisons={comparisons}
            openId={openId}
            onOpen={(id) => navigate({ view: 'comparison', id })}
            onRetry={retry}
            onRestoreSample={restoreSample}
            libraryOpen={route.view === 'library'}
            onOpenLibrary={() => navigate({ view: 'library' })}
            onImport={() => setImporting(true)}
          />
        </ErrorBoundary>
      )}
      <main className="main">
        <ErrorBoundary resetKey={openId ?? (route.view === 'versions' ? `versions:${route.id}` : route.view)}>
          {route.view === 'library' ? (
            <LibraryView
              version={libraryVersion}
              onImport={() => setImporting(true)}
              onOpenComparison={(id) => navigate({ view: 'comparison', id })}
              onCompareVersions={compareVersions}
              onChanged={reload}
            />
          ) : route.view === 'versions' ? (
            <VersionsView id={route.id} onBack={back} exportDialog={ExportPdfDialog} />
          ) : openId !== null ? (
            <ComparisonView id={openId} exportDialog={ExportPdfDialog} />
          ) : (
            <p className="main-empty">Choose a comparison in the library.</p>
          )}
        </ErrorBoundary>
      </main>
      {importing !== null && (
        <ImportDialog
          initialFiles={importing === true ? [] : importing}
          onClose={() => setImporting(null)}
          onImported={(outcomes) => {
            reload()
            const added = outcomes.filter((o) => o.status === 'imported').length
            notify.info(`Imported ${added} ${added === 1 ? 'article' : 'articles'}`)
          }}
        />
      )}
      <SettingsHost />
    </div>
  )
}

/**
 * The comparison to open when none is chosen: the one open last time if it is still in the library,
 * else the newest. Undefined until both the library and the recent list have answered.
 */
function useStartComparison(comparisons: readonly { id: string }[] | undefined): string | undefined {
  // Asked once: later openings move the list but must not move the start.
  const [recent] = useRequest(() => client.recentComparisons(), 'start')
  if (!comparisons || recent.status === 'loading') return undefined
  const last = recent.status === 'done' ? recent.value[0]?.id : undefined
  return comparisons.find((c) => c.id === last)?.id ?? comparisons[0]?.id
}

/** Files dropped anywhere on the window go to the import dialog (and never make the window navigate to them). */
function useFileDrop(onFiles: (files: File[]) => void): void {
  useEffect(() => {
    const over = (event: DragEvent): void => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault()
    }
    const drop = (event: DragEvent): void => {
      if (!event.dataTransfer?.files.length || event.defaultPrevented) return
      event.preventDefault()
      onFiles([...event.dataTransfer.files])
    }
    window.addEventListener('dragover', over)
    window.addEventListener('drop', drop)
    return () => {
      window.removeEventListener('dragover', over)
      window.removeEventListener('drop', drop)
    }
  }, [onFiles])
}

export function App() {
  const [route] = useRoute()
  if (route.view === 'print' || route.view === 'print-versions') {
    return (
      <ErrorBoundary onError={(error) => (document.title = `${PRINT_FAILED_PREFIX} ${toErrorData(error).message}`)}>
        {route.view === 'print' ? <PrintView id={route.id} options={route.options} /> : <VersionsPrintView id={route.id} options={route.options} />}
      </ErrorBoundary>
    )
  }
  return (
    <NotificationsProvider>
      <VersionChecksProvider>
        <Shell />
      </VersionChecksProvider>
    </NotificationsProvider>
  )
}
