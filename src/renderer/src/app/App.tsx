// The app shell: library sidebar beside the open view. With nothing chosen yet, the newest comparison
// opens (on first start, the built-in sample), so the window never starts empty.

import { useCallback, useEffect, useState } from 'react'
import { client } from '../api'
import { ComparisonView } from '../features/comparison'
import { PrintView } from '../features/export'
import { LibrarySidebar } from '../features/library'
import { PRINT_FAILED_PREFIX } from '../../../shared/domain/pdf'
import { toErrorData } from '../../../shared/domain/errors'
import { useRequest } from '../hooks/useRequest'
import { ErrorBoundary } from './ErrorBoundary'
import { NotificationsProvider, useNotify } from './Notifications'
import { useRoute } from './useRoute'

function Shell() {
  const [route, navigate] = useRoute()
  const [libraryVersion, setLibraryVersion] = useState(0)
  const [comparisons, retry] = useRequest(() => client.listComparisons(), libraryVersion)
  const notify = useNotify()

  const first = comparisons.status === 'done' ? comparisons.value[0] : undefined
  useEffect(() => {
    if (route.view === 'home' && first) navigate({ view: 'comparison', id: first.id }, { replace: true })
  }, [route.view, first, navigate])

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

  const openId = route.view === 'comparison' ? route.id : null
  return (
    <div className="shell">
      <ErrorBoundary>
        <LibrarySidebar
          comparisons={comparisons}
          openId={openId}
          onOpen={(id) => navigate({ view: 'comparison', id })}
          onRetry={retry}
          onRestoreSample={restoreSample}
        />
      </ErrorBoundary>
      <main className="main">
        <ErrorBoundary resetKey={openId}>
          {openId !== null ? (
            <ComparisonView id={openId} />
          ) : (
            <p className="main-empty">Choose a comparison in the library.</p>
          )}
        </ErrorBoundary>
      </main>
    </div>
  )
}

export function App() {
  const [route] = useRoute()
  if (route.view === 'print') {
    return (
      <ErrorBoundary onError={(error) => (document.title = `${PRINT_FAILED_PREFIX} ${toErrorData(error).message}`)}>
        <PrintView id={route.id} options={route.options} />
      </ErrorBoundary>
    )
  }
  return (
    <NotificationsProvider>
      <Shell />
    </NotificationsProvider>
  )
}
