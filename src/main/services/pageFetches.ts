// Fetches of web pages in flight, by the ticket the window gave each, so that stopping a read or closing
// the import dialog stops them here too, rather than only leaving their answers unread: a page of 20 MB
// from a slow site would otherwise go on downloading for up to a minute.

import type { PageFetch } from '../../shared/ipc/contract'
import type { PageFetcher } from './pageFetch'

export interface PageFetches {
  fetch: (address: string, ticket?: string) => Promise<PageFetch>
  /** Stops the fetches with these tickets still running; how many there were. */
  cancel: (tickets: readonly string[]) => number
}

export function trackPageFetches(fetcher: PageFetcher): PageFetches {
  const running = new Map<string, AbortController>()
  return {
    async fetch(address, ticket) {
      if (ticket === undefined) return fetcher.fetch(address)
      const stop = new AbortController()
      // A ticket given twice names the newer fetch; the older one runs on, as it would without a ticket.
      running.set(ticket, stop)
      try {
        return await fetcher.fetch(address, stop.signal)
      } finally {
        if (running.get(ticket) === stop) running.delete(ticket)
      }
    },
    cancel(tickets) {
      let cancelled = 0
      for (const ticket of tickets) {
        const stop = running.get(ticket)
        if (!stop) continue
        running.delete(ticket)
        stop.abort()
        cancelled++
      }
      return cancelled
    },
  }
}
