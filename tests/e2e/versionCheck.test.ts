// Checking an article fetched from a web address for changes, in Chromium through the test bridge, with the
// page served from 127.0.0.1 and changed between checks the ways reports change: a page whose advertising,
// related stories and "updated" time changed keeps its one version; a sentence reworded, a paragraph added,
// a quotation corrected and the headline changed each make a new version with its words counted; a page now
// gone (404) or behind a consent wall keeps the versions and says why; a check cancelled while its page is
// on its way stops the fetch and changes nothing. The checks start from each place the app offers them.

import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { listArticles } from '../../src/main/storage/articles'
import { createComparison } from '../../src/main/storage/comparisons'
import { listVersions } from '../../src/main/storage/versions'
import { axeCheck, blocking } from './axeCheck'
import { ARS_TITLE, CONSENT_WALL, NEW_TITLE, servedPages } from './changedPages'
import { screenshot, startApp, type RunningApp } from './harness'
import { importByAddress } from './importByAddress'

const PATH = '/2015/04/minecraft-exploit.html'

describe('checking a fetched article for changes', () => {
  let app: RunningApp
  let news: Server
  let origin: string
  let pages: Awaited<ReturnType<typeof servedPages>>
  /** What the site answers now: a page, a status with a body, or nothing until the test says (held). */
  let serving: { status: number; body: string } | 'hold' = { status: 200, body: '' }
  const held: ServerResponse[] = []
  let articleId = ''

  beforeAll(async () => {
    pages = await servedPages()
    serving = { status: 200, body: pages.first }
    news = createServer((request, response) => {
      if (request.url !== PATH) return void response.writeHead(404).end()
      if (serving === 'hold') return void held.push(response)
      response.writeHead(serving.status, { 'content-type': 'text/html; charset=utf-8' }).end(serving.body)
    })
    await new Promise<void>((done) => news.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(news.address() as AddressInfo).port}`
    // bypassCSP lets the accessibility checker in; the app's own policy is tested elsewhere.
    app = await startApp({ viewport: { width: 1400, height: 950 }, bypassCSP: true })
    await app.page.goto(`${app.bridge.url}#/library`)
    await app.page.getByRole('heading', { name: /^Articles/ }).waitFor()
  })
  afterAll(async () => {
    for (const response of held) response.destroy()
    await app?.close()
    await new Promise<void>((done) => news?.close(() => done()))
  })

  const versions = () => listVersions(app.bridge.services.library.store, articleId)
  const row = (): Locator => app.page.locator(`tr[data-article="${articleId}"]`)
  const panel = (): Locator => app.page.getByRole('region', { name: /^Check for changes/ })

  /** Checks the article from its row, waits for the result, closes the panel; the result line as shown. */
  async function checkFromRow(shot?: string): Promise<string> {
    await row().getByRole('button', { name: /^Check “.*” for changes$/ }).click()
    return finished(shot)
  }
  /** Waits for the check to finish, takes a screenshot if asked, closes the panel; the first result line. */
  async function finished(shot?: string): Promise<string> {
    const result = panel().locator('li[data-outcome]')
    await expect.poll(() => panel().getByRole('status').textContent()).toMatch(/^(Done|Cancelled):/)
    if (shot) await screenshot(app.page, shot)
    const text = (await result.first().textContent()) ?? ''
    await panel().getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => panel().count()).toBe(0)
    return text
  }

  it('imports the page by its address, and keeps its one version when only the advertising, the related stories and the "updated" time changed', async () => {
    // Imported by its address, as a person would.
    const { page } = app
    await importByAddress(page, `${origin}${PATH}`)
    articleId = listArticles(app.bridge.services.library.store).find((a) => a.title === ARS_TITLE)?.id ?? ''
    expect(articleId).not.toBe('')
    expect(versions()).toHaveLength(1)
    serving = { status: 200, body: pages.furniture }
    expect(await checkFromRow()).toBe(`${ARS_TITLE}: unchanged`)
    expect(versions()).toHaveLength(1)
    await expect(row().locator('[data-changed]').count()).resolves.toBe(0)
  })

  it('keeps a reworded sentence as a new version, and the library says what changed and when', async () => {
    serving = { status: 200, body: pages.reworded }
    expect(await checkFromRow()).toBe(`${ARS_TITLE}: new version — +6 / \u22129 words.`)
    expect(versions().map((v) => [v.added, v.removed, v.headlineChanged])).toEqual([[0, 0, false], [6, 9, false]])
    await expect.poll(() => row().locator('.article-changed').textContent()).toMatch(/^changed on .+\d: \+6 \/ \u22129 words$/)
    await row().scrollIntoViewIfNeeded()
    await screenshot(app.page, 'versions-library-changed')
  })

  it('keeps an added paragraph, checked with the whole library', async () => {
    serving = { status: 200, body: pages.paragraph }
    await app.page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Check for changes' }).click()
    await expect.poll(() => panel().getByRole('heading').textContent()).toBe('Check for changes: the library')
    expect(await finished()).toBe(`${ARS_TITLE}: new version — +26 / \u22120 words.`)
    expect(versions().map((v) => v.added)).toEqual([0, 6, 26])
  })

  it('keeps a corrected quotation, checked from the article editor', async () => {
    serving = { status: 200, body: pages.quote }
    await row().getByRole('button', { name: /^Edit/ }).click()
    const editor = app.page.getByRole('dialog', { name: `Edit “${ARS_TITLE}”` })
    await expect(editor.locator('.article-fetched').textContent()).resolves.toMatch(/\(changed 2 times, last on .+: \+26 \/ \u22120 words\)/)
    await editor.getByRole('button', { name: 'Check for changes' }).click()
    expect(await finished()).toBe(`${ARS_TITLE}: new version — +3 / \u22122 words.`)
    expect(versions()).toHaveLength(4)
  })

  it('keeps a changed headline on its own, checked from a comparison, whose column header then says so', async () => {
    serving = { status: 200, body: pages.headline }
    const store = app.bridge.services.library.store
    const other = listArticles(store).find((a) => a.id !== articleId && !a.fetched)
    const comparison = await createComparison(store, { title: 'Minecraft exploit', articleIds: [articleId, other?.id ?? ''] })
    await app.page.goto(`${app.bridge.url}#/comparison/${comparison.id}`)
    await app.page.getByRole('toolbar', { name: 'Comparison view' }).getByRole('button', { name: 'Check for changes' }).click()
    await expect.poll(() => panel().locator('li[data-outcome]').count()).toBe(1)
    await expect(panel().locator('li').first().textContent()).resolves.toBe(`${ARS_TITLE}: new version — headline changed.`)
    // The comparison opens again with the newest version: its title, and the line saying it changed.
    const header = app.page.locator('[data-doc="0"] .column-header')
    await expect.poll(() => header.locator('h2').textContent()).toBe(NEW_TITLE)
    await expect(header.locator('.column-changed').textContent()).resolves.toMatch(/^changed 4 times, last on .+: headline changed$/)
    await screenshot(app.page, 'versions-check-results')
    await panel().getByRole('button', { name: 'Close' }).click()
    expect(versions().map((v) => [v.title, v.headlineChanged])).toEqual([
      [ARS_TITLE, false], [ARS_TITLE, false], [ARS_TITLE, false], [ARS_TITLE, false], [NEW_TITLE, true],
    ])
    await app.page.goto(`${app.bridge.url}#/library`)
    await row().waitFor()
  })

  it('says the page is gone (404), or behind a consent wall, and keeps the versions as they were', async () => {
    const before = versions()
    serving = { status: 404, body: '<h1>Not found</h1>' }
    expect(await checkFromRow()).toBe(
      `${NEW_TITLE}: failed — The page is gone: The site has no page at this address (404 Not Found). Check the address, or whether the article was moved or taken down. The stored versions are kept as they were.`,
    )
    expect(versions()).toEqual(before)
    serving = { status: 200, body: CONSENT_WALL }
    expect(await checkFromRow('versions-check-failed')).toBe(
      `${NEW_TITLE}: failed — No article was found in the page now: it may be behind a consent or sign-in wall, or replaced by another page. The stored versions are kept as they were.`,
    )
    expect(versions()).toEqual(before)
  })

  it('says in words what changed from the first version to the newest, and between any two', async () => {
    await row().getByRole('button', { name: `What changed in “${NEW_TITLE}”` }).click()
    const dialog = app.page.getByRole('dialog', { name: `What changed in “${NEW_TITLE}”` })
    const lines = dialog.getByRole('list', { name: 'Changes from version 1 to version 5' }).locator('li')
    await expect.poll(() => lines.count(), { timeout: 30_000 }).toBeGreaterThan(0)
    const said = await lines.allTextContents()
    expect(said[0]).toBe(`Headline: “${ARS_TITLE}” → “${NEW_TITLE}”`)
    expect(said.some((l) => l.startsWith('Added: '))).toBe(true)
    expect(said.some((l) => l.startsWith('Reworded: ') && l.includes('lets almost anyone bring down the server that hosts the game'))).toBe(true)
    expect(said.some((l) => /^Quote of .* (corrected|extended|trimmed): .*long and hard/.test(l))).toBe(true)
    expect(said.at(-1)).toMatch(/^Words: \d+ added, \d+ removed$/)
    await screenshot(app.page, 'versions-what-changed')
    // Two neighbouring versions: only the headline, no word of the text.
    await dialog.getByRole('combobox', { name: 'From' }).selectOption({ index: 3 })
    await expect.poll(() => dialog.getByRole('list', { name: 'Changes from version 4 to version 5' }).locator('li').allTextContents()).toEqual([
      `Headline: “${ARS_TITLE}” → “${NEW_TITLE}”`,
      'Words: 0 added, 0 removed',
    ])
    expect(blocking(await axeCheck(app.page, 'what changed'))).toEqual([])
    await dialog.getByRole('button', { name: 'Close' }).click()
  })

  it('stops the fetch in flight when the check is cancelled, and changes nothing', async () => {
    const before = versions()
    serving = 'hold'
    // By keyboard this time: Enter on the row's button, Enter on Cancel.
    await row().getByRole('button', { name: /^Check “.*” for changes$/ }).press('Enter')
    await expect.poll(() => panel().getByRole('status').textContent()).toBe('Checking 1 of 1…')
    await expect.poll(() => held.length).toBe(1)
    expect(blocking(await axeCheck(app.page, 'checking for changes'))).toEqual([])
    const closed = new Promise<void>((done) => held[0]?.on('close', () => done()))
    await panel().getByRole('button', { name: 'Cancel' }).press('Enter')
    // The main process gave up the request: the site sees its connection closed.
    await closed
    expect(await finished()).toBe(`${NEW_TITLE}: not checked — Not checked: the check was cancelled.`)
    expect(versions()).toEqual(before)
    expect(app.pageErrors).toEqual([])
  })
})
