// The background job behind "Check for changes": the articles to check (one, a comparison's, or the whole
// library's), a few at a time (the main process holds each site to one fetch at a time, with a pause, so
// checking several at once only lets different sites go ahead), progress as each finishes, and Cancel,
// which stops the reads under way here and the fetches under way in the main process. Articles not yet
// checked when it is cancelled are listed as not checked. A second request while one runs is refused.

import { useCallback, useRef, useState } from 'react'
import { client } from '../../api'
import type { CheckResult, CheckTarget, Tickets } from './checkArticle'

/** How many articles are checked at once. */
const AT_ONCE = 3

export interface CheckJob {
  /** What is being checked, for the panel's heading: "this article", "the comparison “…”", "the library". */
  scope: string
  total: number
  /** Results so far, in the order the articles finished. */
  results: CheckResult[]
  running: boolean
  cancelled: boolean
}

export interface VersionCheck {
  job: CheckJob | null
  /** Bumped whenever a check kept a new version, for views to reload what they show. */
  changes: number
  /** How many new versions this window's checks kept, by article id (a comparison reloads only for its own). */
  changed: ReadonlyMap<string, number>
  /** Starts checking these articles (those fetched from an address); false when a check is already running. */
  check: (targets: readonly CheckTarget[], scope: string) => boolean
  cancel: () => void
  /** Closes a finished check's results. */
  dismiss: () => void
}

export function useVersionCheck(): VersionCheck {
  const [job, setJob] = useState<CheckJob | null>(null)
  const [changed, setChanged] = useState<ReadonlyMap<string, number>>(new Map())
  const session = useRef<{ stop: AbortController; tickets: Tickets } | null>(null)

  const check = useCallback((targets: readonly CheckTarget[], scope: string): boolean => {
    if (session.current) return false
    const queue = targets.filter((t) => t.fetched)
    const stop = new AbortController()
    const tickets: Tickets = new Set()
    session.current = { stop, tickets }
    setJob({ scope, total: queue.length, results: [], running: true, cancelled: false })
    const add = (result: CheckResult): void => {
      setJob((current) => (current ? { ...current, results: [...current.results, result] } : current))
      if (result.outcome === 'new-version') setChanged((map) => new Map(map).set(result.id, (map.get(result.id) ?? 0) + 1))
    }
    let next = 0
    const worker = async (): Promise<void> => {
      for (let i = next++; i < queue.length; i = next++) {
        const target = queue[i] as CheckTarget
        if (stop.signal.aborted) {
          add({ id: target.id, title: target.title, outcome: 'cancelled', detail: 'Not checked: the check was cancelled.' })
          continue
        }
        try {
          // Reading a page is the import's work (Readability, the clean-up): its code loads with the first check.
          const { checkArticle } = await import('./checkArticle')
          add(await checkArticle(target, stop.signal, tickets))
        } catch {
          // Only a cancel while the page was being read rejects.
          add({ id: target.id, title: target.title, outcome: 'cancelled', detail: 'Not checked: the check was cancelled.' })
        }
      }
    }
    void Promise.all(Array.from({ length: Math.min(AT_ONCE, queue.length) }, worker)).finally(() => {
      session.current = null
      setJob((current) => (current ? { ...current, running: false } : current))
    })
    return true
  }, [])

  const cancel = useCallback((): void => {
    const running = session.current
    if (!running) return
    running.stop.abort()
    setJob((current) => (current ? { ...current, cancelled: true } : current))
    const tickets = [...running.tickets]
    // The answers are no longer wanted; the main process stops fetching them (a failure to ask changes nothing stored).
    if (tickets.length > 0) void client.cancelFetches({ tickets }).catch(() => undefined)
  }, [])

  const dismiss = useCallback(() => setJob((current) => (current?.running ? current : null)), [])
  let changes = 0
  for (const n of changed.values()) changes += n
  return { job, changes, changed, check, cancel, dismiss }
}
