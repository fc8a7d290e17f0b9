// A web page's photo captions, known by its markup in the import worker, show in the import preview in
// Chromium as every dropped block does: listed, unchecked, with the reason, so a person can keep one.
// The Guardian's saved page is chosen; its captions follow each photo, and the preview is photographed.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { chooseImportFiles, openLibrary, screenshot, startApp, type RunningApp } from './harness'
import { savedPages } from './webPages'

const NAME = 'guardian-1.html'
const CAPTION = 'Hori Parata at his Pātaua farm, the place where he was born and grew up'

describe('captions in the import preview', () => {
  let app: RunningApp
  let folder: string
  let pages: string[]

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-captions-'))
    pages = await savedPages(folder, [NAME])
    app = await startApp({ viewport: { width: 1300, height: 900 } })
    await openLibrary(app)
  })
  afterAll(async () => {
    await app?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('lists a dropped caption unchecked with its reason, and keeps it when its box is checked', async () => {
    const { page } = app
    const dialog = await chooseImportFiles(page, pages)
    await dialog.locator('section.draft').waitFor({ timeout: 30_000 })

    const caption = dialog.locator('.draft-blocks li', { hasText: CAPTION })
    await expect.poll(() => caption.count()).toBe(1)
    await expect.poll(() => caption.getAttribute('class')).toBe('block-dropped')
    expect(await caption.locator('.block-reason').textContent()).toBe('a photo caption')
    const box = caption.getByRole('checkbox')
    expect(await box.isChecked()).toBe(false)
    // Every caption the page's markup names is listed so, none left out.
    const reasons = await dialog.locator('.draft-blocks li.block-dropped .block-reason').allTextContents()
    expect(reasons.filter((r) => r === 'a photo caption').length).toBeGreaterThanOrEqual(6)

    await caption.scrollIntoViewIfNeeded()
    await screenshot(page, 'import-preview-captions')

    await box.check()
    await expect.poll(() => caption.getAttribute('class')).toBe(null)
    expect(app.pageErrors).toEqual([])
  })
})
