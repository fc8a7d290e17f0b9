// Where the comparison view's alignment comes from, in Chromium through the test bridge: from main's
// alignment thread, with no alignment worker started in the window; from the window's own worker when main
// has no thread, or answers for texts other than those shown, with the same passages either way. A print
// view handed no alignment has it from main too.

import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { PRINT_READY_TITLE, printHash } from '../../src/shared/domain/pdf'
import { listComparisons } from '../../src/main/storage/comparisons'
import { BRIDGE_PREFIX } from '../bridge/server'
import { openSample, startApp, type RunningApp } from './harness'

const running: RunningApp[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close()))
})

async function start(options: { alignInMain?: boolean } = {}): Promise<RunningApp> {
  const app = await startApp({ viewport: { width: 1600, height: 900 }, ...options })
  running.push(app)
  return app
}

/** Where the alignment shown came from, as the page's performance mark says. */
const sourceOf = (page: Page): Promise<unknown> =>
  page.evaluate(() => (performance.getEntriesByName('parallax:alignment-done').at(-1) as PerformanceMark | undefined)?.detail?.source)

/** Every column's passages, as "doc:passage" in order: what a reader sees aligned. */
const passagesOf = (page: Page): Promise<string[]> =>
  page.locator('[data-doc] [data-passage]').evaluateAll((els) => els.map((el) => `${el.closest('[data-doc]')?.getAttribute('data-doc')}:${el.getAttribute('data-passage')}`))

const alignmentWorkers = (page: Page): string[] => page.workers().map((w) => w.url()).filter((url) => url.includes('alignment'))

/** Counts the page's calls of `channel` to the bridge. */
function countCalls(page: Page, channel: string): () => number {
  let calls = 0
  page.on('request', (request) => {
    if (request.url().endsWith(`${BRIDGE_PREFIX}/call/${channel}`)) calls++
  })
  return () => calls
}

describe('the comparison view’s alignment', () => {
  it('comes from main’s thread, and the window starts no alignment worker of its own', async () => {
    const app = await start()
    const asked = countCalls(app.page, 'getAlignment')
    const ledgers = countCalls(app.page, 'getQuoteLedger')
    await openSample(app.page, app.bridge.url)
    expect(await sourceOf(app.page)).toBe('main')
    expect(asked()).toBe(1)
    await expect.poll(ledgers).toBe(1)
    expect(alignmentWorkers(app.page)).toEqual([])
    // The Quotes tab has main's ledger.
    await app.page.getByRole('tab', { name: /Quotes/ }).click()
    await expect.poll(() => app.page.getByRole('tabpanel').textContent()).toMatch(/Kerry/)
    expect(app.pageErrors).toEqual([])
  })

  it('comes from the window’s worker, with the same passages, when main has no thread', async () => {
    const withMain = await start()
    await openSample(withMain.page, withMain.bridge.url)
    const expected = await passagesOf(withMain.page)

    const app = await start({ alignInMain: false })
    await openSample(app.page, app.bridge.url)
    expect(await sourceOf(app.page)).toBe('window')
    expect(alignmentWorkers(app.page)).toHaveLength(1)
    expect(await passagesOf(app.page)).toEqual(expected)
  })

  it('comes from the window’s worker when main answers for other texts than those shown', async () => {
    const app = await start()
    // Main's answer as if a report had changed since the window read it.
    await app.page.route(`**${BRIDGE_PREFIX}/call/getAlignment`, async (route) => {
      const answer = await (await route.fetch()).json()
      answer.value.textHashes[0] = '0'.repeat(64)
      await route.fulfill({ json: answer })
    })
    const ledgers = countCalls(app.page, 'getQuoteLedger')
    await openSample(app.page, app.bridge.url)
    expect(await sourceOf(app.page)).toBe('window')
    expect(alignmentWorkers(app.page)).toHaveLength(1)
    // Nor is main's ledger of those texts asked for.
    expect(ledgers()).toBe(0)
  })

  it('comes from main’s thread in a print view handed none by an export', async () => {
    const app = await start()
    const [sample] = listComparisons(app.bridge.services.library.store)
    const options = { paper: 'a4', orientation: 'portrait', columns: true, appendix: false, notes: false, quotes: true } as const
    await app.page.goto(`${app.bridge.url}${printHash(sample?.id as string, options)}`)
    await expect.poll(() => app.page.title()).toBe(PRINT_READY_TITLE)
    expect(await sourceOf(app.page)).toBe('main')
    expect(alignmentWorkers(app.page)).toEqual([])
  })
})
