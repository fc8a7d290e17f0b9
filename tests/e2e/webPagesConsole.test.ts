// Importing the seventeen saved news pages of tests/fixtures/web-pages through the app in Chromium prints
// no error in the window's console. Pages used to be parsed by Chromium's DOMParser on the UI thread, under
// the window's Content-Security-Policy, and Chromium reported a violation for every inline style and
// handler it parsed (599 errors for eight pages); the reading now parses them with linkedom in the import
// worker, where Chromium checks nothing.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseImportFiles, openLibrary, startApp, type RunningApp } from './harness'
import { savedPages } from './webPages'

describe('importing the saved news pages', () => {
  let app: RunningApp
  let folder: string
  let pages: string[]

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-web-pages-'))
    pages = await savedPages(folder)
    app = await startApp({ viewport: { width: 1500, height: 950 } })
    await openLibrary(app)
  })
  afterAll(async () => {
    await app?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('reads and imports all seventeen with no console error', async () => {
    const { page } = app
    expect(pages).toHaveLength(17)
    const dialog = await chooseImportFiles(page, pages)
    // Every page is read: a draft with its title, or a refusal in words.
    await expect.poll(() => dialog.locator('section.draft, .import-refusal').count(), { timeout: 60_000 }).toBe(pages.length)
    const refusals = await dialog.locator('.import-refusal').allTextContents()
    expect(refusals).toEqual([])
    for (const path of pages) await expect(dialog.getByRole('textbox', { name: `Title of ${basename(path)}` }).inputValue()).resolves.not.toBe('')
    await dialog.getByRole('button', { name: `Import ${pages.length} articles` }).click()
    await expect.poll(() => dialog.locator('[data-outcome]').count(), { timeout: 60_000 }).toBe(pages.length)
    expect(await dialog.locator('[data-outcome="refused"]').allTextContents()).toEqual([])
    expect(app.pageErrors).toEqual([])
  })
})
