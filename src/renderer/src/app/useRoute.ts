// The app's location lives in the URL hash (#/comparison/<id>), so a reload reopens the same view
// and the back and forward keys work. Hash changes never navigate the window away.

import { useCallback, useSyncExternalStore } from 'react'
import { parsePrintQuery, printHash, printVersionsHash, type PdfOptions } from '../../../shared/domain/pdf'

/** The print view (#/print/<id>?…) is what a PDF export lays out; it is opened by the printer, not by the person. */
export type Route =
  | { view: 'comparison'; id: string }
  | { view: 'library' }
  /** The versions of one fetched article side by side (id: the article's). */
  | { view: 'versions'; id: string }
  | { view: 'print'; id: string; options: PdfOptions }
  | { view: 'print-versions'; id: string; options: PdfOptions }
  | { view: 'home' }

export function parseRoute(hash: string): Route {
  const comparison = /^#\/comparison\/([\w-]{1,128})$/.exec(hash)
  if (comparison?.[1]) return { view: 'comparison', id: comparison[1] }
  if (hash === '#/library') return { view: 'library' }
  const versions = /^#\/versions\/([\w-]{1,128})$/.exec(hash)
  if (versions?.[1]) return { view: 'versions', id: versions[1] }
  const print = /^#\/print(-versions)?\/([\w-]{1,128})(?:\?([^#]*))?$/.exec(hash)
  if (print?.[2]) return { view: print[1] ? 'print-versions' : 'print', id: print[2], options: parsePrintQuery(print[3] ?? '') }
  return { view: 'home' }
}

export function routeHash(route: Route): string {
  if (route.view === 'comparison') return `#/comparison/${route.id}`
  if (route.view === 'versions') return `#/versions/${route.id}`
  if (route.view === 'print') return printHash(route.id, route.options)
  if (route.view === 'print-versions') return printVersionsHash(route.id, route.options)
  if (route.view === 'library') return '#/library'
  return '#/'
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange)
  return () => window.removeEventListener('hashchange', onChange)
}

export function useRoute(): [Route, (route: Route, options?: { replace?: boolean }) => void] {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash)
  const navigate = useCallback((route: Route, options?: { replace?: boolean }) => {
    const next = routeHash(route)
    if (options?.replace) {
      window.history.replaceState(null, '', next)
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    } else {
      window.location.hash = next
    }
  }, [])
  return [parseRoute(hash), navigate]
}
