// What the window does for its first screen before React draws anything, and when it may load what it
// defers (ui/deferred.tsx): not while the first screen is being made,
// whose scripts, worker and alignment would have to share the thread and the disk with it, but in idle time
// right after. The first screen is drawn when a comparison's passages are marked; a window that opens on
// another view (the Articles view, an empty library) has nothing more to wait for than its first idle time
// after LATEST_MS.

import { useEffect } from 'react'
import { openComparisonEarly, PASSAGE, prewarmAlignment } from '../features/comparison'
import { preloadDeferred } from '../ui/deferred'
import { parseRoute } from './useRoute'

/** The longest the preloading waits for passages, in ms: past it the window is not opening on a comparison. */
const LATEST_MS = 3000
/** How long idle time may keep the preloading waiting, in ms, on a window that is never idle. */
const IDLE_TIMEOUT_MS = 2000

/**
 * A window opened on a comparison by its address asks for it now, so that main, which aligns a comparison
 * as it answers for it, begins while React draws the window. The window's own alignment worker is started
 * now only for the views that align their texts in it (an article's versions): a comparison's alignment
 * comes from main (or, printing, from the window that exports), and a worker loading beside it would only
 * compete for the cores.
 */
export function prepareFirstScreen(): void {
  const route = parseRoute(window.location.hash)
  if (route.view === 'comparison') openComparisonEarly(route.id)
  else if (route.view === 'versions' || route.view === 'print-versions') prewarmAlignment()
}

function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: IDLE_TIMEOUT_MS })
    return () => cancelIdleCallback(handle)
  }
  const timer = setTimeout(work, 0)
  return () => clearTimeout(timer)
}

/** Calls `then` once passages are on screen (after the frame that draws them), or after LATEST_MS. */
function afterFirstScreen(then: () => void): () => void {
  let cancelFrame = (): void => {}
  let finished = false
  const finish = (): void => {
    if (finished) return
    finished = true
    watch.disconnect()
    clearTimeout(latest)
    const frame = requestAnimationFrame(then)
    cancelFrame = () => cancelAnimationFrame(frame)
  }
  const watch = new MutationObserver(() => {
    if (document.querySelector(PASSAGE)) finish()
  })
  const latest = setTimeout(finish, LATEST_MS)
  watch.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: [PASSAGE.slice(1, -1)] })
  if (document.querySelector(PASSAGE)) finish()
  return () => {
    finished = true
    watch.disconnect()
    clearTimeout(latest)
    cancelFrame()
  }
}

/** Once per window: preloads the deferred parts in idle time after the first screen is drawn. */
export function usePreloadAfterFirstScreen(): void {
  useEffect(() => {
    let cancelIdle = (): void => {}
    const cancelWait = afterFirstScreen(() => {
      cancelIdle = whenIdle(() => void preloadDeferred())
    })
    return () => {
      cancelWait()
      cancelIdle()
    }
  }, [])
}
