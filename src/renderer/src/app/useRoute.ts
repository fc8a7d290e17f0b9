// The app's location lives in the URL hash (#/comparison/<id>), so a reload reopens the same view
// and the back and forward keys work. Hash changes never navigate the window away.

import { useCallback, useSyncExternalStore } from 'react'

export type Route = { view: 'comparison'; id: string } | { view: 'home' }

export function parseRoute(hash: string): Route {
  const match = /^#\/comparison\/([\w-]{1,128})$/.exec(hash)
  return match?.[1] ? { view: 'comparison', id: match[1] } : { view: 'home' }
}

export function routeHash(route: Route): string {
  return route.view === 'comparison' ? `#/comparison/${route.id}` : '#/'
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
