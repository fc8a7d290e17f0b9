// Keeps Parallax a polite visitor: at most one fetch at a time to a site, and a pause after each fetch
// before the next to the same site. A check of a whole library may ask for dozens of pages of one outlet
// at once; they go one by one, while pages of other sites go ahead unhindered. A site is the host of the
// address asked for (with its port); the redirects a fetch follows are part of that fetch. A fetch
// cancelled while it waits for its turn answers "cancelled" at once and never reaches the site. One small
// record is kept per site visited in the session.

import { SAME_HOST_PAUSE_MS } from '../../shared/domain/versions'
import { webAddressOf } from '../../shared/domain/webPage'
import type { PageFetch } from '../../shared/ipc/pages'
import type { PageFetcher } from './pageFetch'

export interface Politeness {
  /** The pause after a fetch before the next to the same site. */
  pauseMs?: number
  /** Waits `ms`, or rejects once `signal` aborts (tests give one they control). */
  wait?: (ms: number, signal: AbortSignal | undefined) => Promise<void>
  now?: () => number
}

interface Lane {
  /** Settles once every fetch queued on this site so far has finished. */
  tail: Promise<void>
  /** When the last fetch to this site ended; null before any did. */
  lastEnd: number | null
}

const CANCELLED: PageFetch = { status: 'failed', problem: 'cancelled', message: 'The fetch was stopped before the page arrived.' }

function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason as Error)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', stop)
      resolve()
    }, ms)
    const stop = (): void => {
      clearTimeout(timer)
      reject(signal?.reason as Error)
    }
    signal?.addEventListener('abort', stop, { once: true })
  })
}

/** Settles once `promise` does, or rejects as soon as `signal` aborts. */
function untilAborted(promise: Promise<void>, signal: AbortSignal | undefined): Promise<void> {
  if (!signal) return promise
  if (signal.aborted) return Promise.reject(signal.reason as Error)
  return new Promise<void>((resolve, reject) => {
    const stop = (): void => reject(signal.reason as Error)
    signal.addEventListener('abort', stop, { once: true })
    void promise.then(() => {
      signal.removeEventListener('abort', stop)
      resolve()
    })
  })
}

export function politeFetcher(inner: PageFetcher, { pauseMs = SAME_HOST_PAUSE_MS, wait = sleep, now = Date.now }: Politeness = {}): PageFetcher {
  const lanes = new Map<string, Lane>()
  return {
    async fetch(address, cancel) {
      const checked = webAddressOf(address)
      // An address that cannot be fetched is refused by the fetcher, without waiting for anyone.
      if (!checked.ok) return inner.fetch(address, cancel)
      const host = new URL(checked.url).host
      const lane = lanes.get(host) ?? { tail: Promise.resolve(), lastEnd: null }
      lanes.set(host, lane)
      const before = lane.tail
      let finish: () => void = () => undefined
      const mine = new Promise<void>((resolve) => (finish = resolve))
      // The next in line waits for this fetch and for every one before it, even when this one is cancelled early.
      const tail = Promise.all([before, mine]).then(() => undefined)
      lane.tail = tail
      try {
        try {
          await untilAborted(before, cancel)
          const since = lane.lastEnd === null ? Number.POSITIVE_INFINITY : now() - lane.lastEnd
          if (since < pauseMs) await wait(pauseMs - since, cancel)
        } catch {
          // Cancelled while waiting for its turn: the site never hears of it.
          return CANCELLED
        }
        try {
          return await inner.fetch(address, cancel)
        } finally {
          lane.lastEnd = now()
        }
      } finally {
        finish()
      }
    },
  }
}
