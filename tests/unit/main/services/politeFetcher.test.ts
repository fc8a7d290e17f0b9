// Politeness against real HTTP servers on 127.0.0.1: several fetches to one site reach it one at a time,
// each after the pause that follows the one before; a fetch to another site is not held back; a fetch
// cancelled while it waits its turn answers "cancelled" and never reaches the site. The pause is a wait the
// test controls, so nothing here depends on how fast the machine is.

import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createPageFetcher } from '../../../../src/main/services/pageFetch'
import { nodePageTransport } from '../../../../src/main/services/nodePageTransport'
import { politeFetcher } from '../../../../src/main/services/politeFetcher'
import { SAME_HOST_PAUSE_MS } from '../../../../src/shared/domain/versions'

/** A site that holds every answer until the test releases it, and counts what reaches it. */
interface Site {
  origin: string
  /** Paths in the order they reached the site. */
  asked: string[]
  /** The most requests it was answering at once. */
  most: number
  /** Releases the oldest answer held. */
  release: () => void
  /** Resolves once `n` requests have reached the site. */
  reached: (n: number) => Promise<void>
  close: () => Promise<void>
}

async function site(): Promise<Site> {
  const held: ServerResponse[] = []
  const waiting: { n: number; done: () => void }[] = []
  let open = 0
  const state = { asked: [] as string[], most: 0 }
  const server: Server = createServer((request, response) => {
    state.asked.push(request.url ?? '')
    open++
    state.most = Math.max(state.most, open)
    response.on('close', () => open--)
    held.push(response)
    for (const w of waiting.filter((w) => state.asked.length >= w.n)) w.done()
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done))
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    get asked() {
      return state.asked
    },
    get most() {
      return state.most
    },
    release: () => void held.shift()?.writeHead(200, { 'content-type': 'text/html' }).end('<p>A page.</p>'),
    reached: (n) => (state.asked.length >= n ? Promise.resolve() : new Promise((done) => waiting.push({ n, done }))),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      }),
  }
}

/** A pause the test ends: each wait asked for is recorded, with what the site had seen by then. */
function controlledPause(seen: () => number): { waits: { ms: number; seenBefore: number; end: () => void }[]; asked: (n: number) => Promise<void>; wait: (ms: number, signal?: AbortSignal) => Promise<void> } {
  const waits: { ms: number; seenBefore: number; end: () => void }[] = []
  const listeners: { n: number; done: () => void }[] = []
  return {
    waits,
    asked: (n) => (waits.length >= n ? Promise.resolve() : new Promise((done) => listeners.push({ n, done }))),
    wait: (ms, signal) =>
      new Promise<void>((resolve, reject) => {
        signal?.addEventListener('abort', () => reject(signal.reason as Error), { once: true })
        waits.push({ ms, seenBefore: seen(), end: resolve })
        for (const l of listeners.filter((l) => waits.length >= l.n)) l.done()
      }),
  }
}

let one: Site
let other: Site

beforeEach(async () => {
  one = await site()
  other = await site()
})
afterEach(async () => {
  await one.close()
  await other.close()
})

describe('one fetch at a time per site', () => {
  it('sends three fetches to one site one by one, each after the pause, while another site is fetched at once', async () => {
    const pause = controlledPause(() => one.asked.length)
    const fetcher = politeFetcher(createPageFetcher(nodePageTransport()), { wait: pause.wait })
    const answers = ['/a', '/b', '/c'].map((path) => fetcher.fetch(`${one.origin}${path}`))
    await one.reached(1)
    // While the first is in flight, the other site is asked and answers.
    const elsewhere = fetcher.fetch(`${other.origin}/x`)
    await other.reached(1)
    other.release()
    await expect(elsewhere).resolves.toMatchObject({ status: 'fetched' })
    expect(one.asked).toEqual(['/a'])

    one.release()
    await expect(answers[0]).resolves.toMatchObject({ status: 'fetched' })
    await pause.asked(1)
    pause.waits[0]!.end()
    await one.reached(2)
    one.release()
    await pause.asked(2)
    pause.waits[1]!.end()
    await one.reached(3)
    one.release()
    await expect(Promise.all(answers)).resolves.toMatchObject([{ status: 'fetched' }, { status: 'fetched' }, { status: 'fetched' }])

    expect(one.asked).toEqual(['/a', '/b', '/c'])
    expect(one.most).toBe(1)
    // Each pause began once the fetch before had ended, and before the next reached the site; it is the
    // pause the domain sets, less what has passed since.
    expect(pause.waits.map((w) => w.seenBefore)).toEqual([1, 2])
    for (const w of pause.waits) expect(w.ms).toBeGreaterThan(0)
    for (const w of pause.waits) expect(w.ms).toBeLessThanOrEqual(SAME_HOST_PAUSE_MS)
  })

  it('answers "cancelled" for a fetch stopped while it waits its turn, which never reaches the site; the next goes on', async () => {
    const pause = controlledPause(() => one.asked.length)
    const fetcher = politeFetcher(createPageFetcher(nodePageTransport()), { wait: pause.wait })
    const stop = new AbortController()
    const first = fetcher.fetch(`${one.origin}/a`)
    const stopped = fetcher.fetch(`${one.origin}/b`, stop.signal)
    const third = fetcher.fetch(`${one.origin}/c`)
    await one.reached(1)
    stop.abort()
    await expect(stopped).resolves.toMatchObject({ status: 'failed', problem: 'cancelled' })
    one.release()
    await first
    await pause.asked(1)
    pause.waits[0]!.end()
    await one.reached(2)
    one.release()
    await expect(third).resolves.toMatchObject({ status: 'fetched' })
    expect(one.asked).toEqual(['/a', '/c'])
  })

  it('waits for no pause before the first fetch to a site', async () => {
    const pause = controlledPause(() => one.asked.length)
    const fetcher = politeFetcher(createPageFetcher(nodePageTransport()), { wait: pause.wait })
    const answer = fetcher.fetch(`${one.origin}/a`)
    await one.reached(1)
    one.release()
    await expect(answer).resolves.toMatchObject({ status: 'fetched' })
    expect(pause.waits).toEqual([])
  })
})
