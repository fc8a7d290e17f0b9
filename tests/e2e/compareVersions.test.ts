// Compare versions in Chromium through the test bridge: a page served from 127.0.0.1 is imported by its
// address, then served changed the ways reports change (a sentence reworded, a paragraph added, a quotation
// corrected, the headline changed), each change kept as a version by "Check". Compare versions, opened from
// the library row (by keyboard too) and from What changed, shows the five versions side by side, oldest
// first, under what changed between each and the one before; Escape and Back return to the library, on the
// row's button or in the dialog it was opened from. Its PDF opens with a Revisions section in the same
// words, read back with pdftotext.

import { execFileSync } from 'node:child_process'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdir, readdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { listArticles } from '../../src/main/storage/articles'
import { listVersions } from '../../src/main/storage/versions'
import { axeCheck, blocking } from './axeCheck'
import { ARS_TITLE, NEW_TITLE, servedPages } from './changedPages'
import { screenshot, startApp, type RunningApp } from './harness'
import { importByAddress } from './importByAddress'

const PATH = '/2015/04/minecraft-exploit.html'
const OUT = resolve('artifacts/pdf')
const REWORDED = 'lets almost anyone bring down the server that hosts the game'
const ADDED = 'Mojang said on Friday that a fix would ship with the next update, and urged server owners to install it as soon as it is out.'

const flat = (text: string): string => text.replace(/-\n(?=\p{Ll})/gu, '').replace(/\s+/g, ' ')

describe('Compare versions', () => {
  let app: RunningApp
  let news: Server
  let origin: string
  let body = ''
  let articleId = ''

  const row = (): Locator => app.page.locator(`tr[data-article="${articleId}"]`)
  const view = (): Locator => app.page.getByRole('article', { name: `Versions of “${NEW_TITLE}”` })
  const pair = (from: number): Locator => view().getByRole('list', { name: `Changes from version ${from} to version ${from + 1}` }).locator('li')

  /** Serves `page` and checks the article from its row until the panel says it is done. */
  async function checkWith(page: string): Promise<void> {
    body = page
    await row().getByRole('button', { name: /^Check “.*” for changes$/ }).click()
    const panel = app.page.getByRole('region', { name: /^Check for changes/ })
    await expect.poll(() => panel.getByRole('status').textContent()).toMatch(/^Done:/)
    await panel.getByRole('button', { name: 'Close' }).click()
  }

  async function backToLibrary(): Promise<void> {
    await expect.poll(() => app.page.evaluate(() => window.location.hash)).toBe('#/library')
    await row().waitFor()
  }
  /** The name of the element with the focus. */
  const focused = (): Promise<string | null | undefined> => app.page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent)

  beforeAll(async () => {
    const pages = await servedPages()
    body = pages.first
    news = createServer((request, response) => {
      if (request.url !== PATH) return void response.writeHead(404).end()
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
    })
    await new Promise<void>((done) => news.listen(0, '127.0.0.1', done))
    origin = `http://127.0.0.1:${(news.address() as AddressInfo).port}`
    // bypassCSP lets the accessibility checker in; the app's own policy is tested elsewhere.
    app = await startApp({ viewport: { width: 1500, height: 950 }, bypassCSP: true })
    await app.page.goto(`${app.bridge.url}#/library`)
    await app.page.getByRole('heading', { name: /^Articles/ }).waitFor()
    await mkdir(OUT, { recursive: true })
  })
  afterAll(async () => {
    await app?.close()
    await new Promise<void>((done) => news?.close(() => done()))
  })

  it('keeps a version for each change of the served page, checked from the library row', async () => {
    const pages = await servedPages()
    await importByAddress(app.page, `${origin}${PATH}`)
    articleId = listArticles(app.bridge.services.library.store).find((a) => a.title === ARS_TITLE)?.id ?? ''
    for (const page of [pages.reworded, pages.paragraph, pages.quote, pages.headline]) await checkWith(page)
    expect(listVersions(app.bridge.services.library.store, articleId).map((v) => v.title)).toEqual([ARS_TITLE, ARS_TITLE, ARS_TITLE, ARS_TITLE, NEW_TITLE])
  }, 120_000)

  it('opens from the library row: the versions oldest first, each headed by its headline and fetch time, under what changed', async () => {
    await row().getByRole('button', { name: `Compare versions of “${NEW_TITLE}”` }).click()
    await view().waitFor()
    const headers = view().locator('[data-doc] .column-header')
    await expect.poll(() => headers.locator('h2').allTextContents()).toEqual([ARS_TITLE, ARS_TITLE, ARS_TITLE, ARS_TITLE, NEW_TITLE])
    const numbers = await headers.locator('.column-number').allTextContents()
    expect(numbers).toEqual(['1', '2', '3', '4', '5'])
    const fetched = await headers.locator('.column-meta').allTextContents()
    for (const meta of fetched) expect(meta).toMatch(/fetched .*\d{1,2}:\d{2}/)
    // Aligned as any comparison: the shared passages are drawn, and the first version's replaced words marked.
    await view().locator('[data-doc="4"] [data-passage]').first().waitFor()
    await expect.poll(() => view().locator('[data-doc="0"] mark[data-variant="substitution"]').count()).toBeGreaterThan(0)

    // The summary, a block for each version against the one before.
    await expect.poll(() => pair(1).count(), { timeout: 30_000 }).toBeGreaterThan(0)
    const said = [await pair(1).allTextContents(), await pair(2).allTextContents(), await pair(3).allTextContents(), await pair(4).allTextContents()]
    expect(said[0]!.some((l) => l.startsWith('Reworded: ') && l.includes(REWORDED))).toBe(true)
    expect(said[0]!.at(-1)).toBe('Words: 6 added, 9 removed')
    expect(said[1]).toContain(`Added: “${ADDED}”`)
    expect(said[2]!.some((l) => /^Quote of .* corrected: “I thought a lot before writing this post,?” → “I thought long and hard before writing this post,?”/.test(l))).toBe(true)
    expect(said[3]).toEqual([`Headline: “${ARS_TITLE}” → “${NEW_TITLE}”`, 'Words: 0 added, 0 removed'])
    // No highlighting here: selecting text offers no highlight toolbar.
    await view().locator('[data-doc="0"] [data-paragraph]').first().selectText()
    expect(await app.page.getByRole('toolbar', { name: /highlight/i }).count()).toBe(0)
    await app.page.mouse.click(5, 5)
    await screenshot(app.page, 'compare-versions')
    expect(blocking(await axeCheck(app.page, 'compare versions'))).toEqual([])

    await app.page.emulateMedia({ colorScheme: 'dark' })
    await screenshot(app.page, 'compare-versions-dark')
    await app.page.emulateMedia({ colorScheme: 'light' })

    await view().getByRole('heading', { level: 1 }).click()
    await app.page.keyboard.press('Escape')
    await backToLibrary()
    // Where the person was: on the row's button.
    await expect.poll(focused).toBe(`Compare versions of “${NEW_TITLE}”`)
  })

  it('opens by keyboard from the row and from What changed, and Back and Escape return where the person was', async () => {
    await row().getByRole('button', { name: `Compare versions of “${NEW_TITLE}”` }).press('Enter')
    await view().waitFor()
    await view().getByRole('button', { name: '← Back' }).press('Enter')
    await backToLibrary()
    await expect.poll(focused).toBe(`Compare versions of “${NEW_TITLE}”`)

    await row().getByRole('button', { name: `What changed in “${NEW_TITLE}”` }).click()
    const dialog = app.page.getByRole('dialog', { name: `What changed in “${NEW_TITLE}”` })
    await dialog.getByRole('button', { name: 'Compare versions' }).press('Enter')
    await view().waitFor()
    expect(await dialog.count()).toBe(0)
    await expect.poll(() => pair(4).count(), { timeout: 30_000 }).toBe(2)
    await app.page.keyboard.press('Escape')
    await backToLibrary()
    // Where the person was: in the What changed dialog, open again.
    await dialog.getByRole('list', { name: 'Changes from version 1 to version 5' }).waitFor()
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => dialog.count()).toBe(0)
    expect(app.pageErrors).toEqual([])
  })

  it('exports a PDF that opens with the Revisions section, then the versions side by side', async () => {
    const path = join(OUT, 'compare-versions.pdf')
    await rm(path, { force: true })
    await row().getByRole('button', { name: `Compare versions of “${NEW_TITLE}”` }).click()
    await expect.poll(() => pair(4).count(), { timeout: 30_000 }).toBe(2)
    app.desktop.nextSavePath = path
    await view().getByRole('button', { name: 'Export PDF…' }).click()
    const dialog = app.page.getByRole('dialog', { name: 'Export PDF' })
    await expect(dialog.getByRole('checkbox', { name: 'The 5 versions side by side' }).isChecked()).resolves.toBe(true)
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await expect(dialog.getByText(/^Saved compare-versions\.pdf: \d+ pages/).textContent({ timeout: 90_000 })).resolves.toMatch(/pages/)
    expect(app.desktop.suggested.at(-1)).toBe('Versions-of-New-Minecraft-exploit-lets-anyone-crash-game-servers.pdf')
    await dialog.getByRole('button', { name: 'Close' }).click()

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(new RegExp(`^Title:\\s+Versions of “${NEW_TITLE}”$`, 'm'))
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    const text = flat(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))
    const revisions = text.slice(text.indexOf('Revisions'))
    expect(text.indexOf('Revisions')).toBeGreaterThan(0)
    expect(revisions).toMatch(/Version 1, fetched .+ → Version 2, fetched .+ Reworded: /)
    expect(revisions).toContain(REWORDED)
    expect(revisions).toContain(`Added: “${ADDED}”`)
    expect(revisions).toMatch(/Quote of .* corrected: “I thought a lot before writing this post,?” → “I thought long and hard/)
    expect(revisions).toContain(`Headline: “${ARS_TITLE}” → “${NEW_TITLE}”`)
    // After the Revisions, the columns: the first version's headline and the newest's.
    const columns = revisions.slice(revisions.indexOf(`Headline: “${ARS_TITLE}”`))
    expect(columns).toContain(`5 ${NEW_TITLE}`.slice(0, 30))
    execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', '3', '-png', path, join(OUT, 'compare-versions')])
    expect((await readdir(OUT)).filter((name) => name.startsWith('compare-versions') && name.endsWith('.png')).length).toBe(Math.min(3, pages))
    await view().getByRole('button', { name: '← Back' }).click()
    await backToLibrary()
    expect(app.pageErrors).toEqual([])
  })
})
