// Parts of the window that are not on its first screen (dialogs, the import's reading code, export, the
// Articles view) are separate chunks, loaded on first use so that the first screen waits only for what it
// shows. Every such part is declared with deferred(), which also lists it for preloadDeferred(): once the
// first screen is drawn, the shell loads them all in idle time, so a dialog opens at once when asked for.

import { useEffect, useState, type ComponentType, type JSX } from 'react'

type Load = () => Promise<unknown>

/** Every deferred part declared so far; a part's own chunk may declare more when it loads. */
const declared = new Set<Load>()

export type Deferred<P extends object> = ((props: P) => JSX.Element | null) & {
  /** Loads the part's code (once; the same promise every time), without drawing anything. */
  preload: () => Promise<ComponentType<P>>
}

/**
 * A component whose code is loaded by `load` the first time it is drawn or preloaded. Until the code is
 * there it draws nothing (no loading fallback to flash for the moment a chunk takes); once loaded, it draws
 * at once, in the same render. A part whose code cannot be loaded throws, for the nearest error boundary,
 * and tries again when it is drawn anew.
 *
 * Not React.lazy with Suspense: React holds back the content that replaces a Suspense fallback until
 * 300 ms after the fallback was shown, so a part whose chunk came in 40 ms still appeared after 300 ms
 * (the print view of every PDF export waited so). Here the part is drawn by a plain state update as soon
 * as its code is there.
 */
export function deferred<P extends object>(load: () => Promise<ComponentType<P>>): Deferred<P> {
  let loaded: ComponentType<P> | null = null
  let loading: Promise<ComponentType<P>> | null = null
  const preload = (): Promise<ComponentType<P>> => {
    loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        // A chunk that failed to load (a file missing) may be asked for again.
        loading = null
        throw error
      },
    )
    return loading
  }
  declared.add(preload)
  function DeferredPart(props: P): JSX.Element | null {
    // Held as { part } because a component is a function, which a state setter would call.
    const [state, setState] = useState<{ part: ComponentType<P> } | { failed: unknown } | null>(() => (loaded ? { part: loaded } : null))
    useEffect(() => {
      if (state !== null) return
      let live = true
      preload().then(
        (part) => live && setState({ part }),
        (failed: unknown) => live && setState({ failed }),
      )
      return () => {
        live = false
      }
    }, [state])
    if (state === null) return null
    if ('failed' in state) throw state.failed
    const { part: Part } = state
    return <Part {...props} />
  }
  return Object.assign(DeferredPart, { preload })
}

/**
 * Loads every deferred part, and then those their chunks declared, until none is left; a part that fails
 * to load is left for its first use to report. Resolves with how many parts were loaded.
 */
export async function preloadDeferred(): Promise<number> {
  const done = new Set<Load>()
  for (;;) {
    const next = [...declared].filter((load) => !done.has(load))
    if (next.length === 0) return done.size
    for (const load of next) done.add(load)
    await Promise.allSettled(next.map((load) => load()))
  }
}
