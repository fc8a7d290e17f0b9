// Caret browsing (F7 in Chromium; here its command-line switch) with the selection toolbar, in Chromium
// through the test bridge: the arrow keys move a caret through a report's text, Shift+End selects to the
// line's end and the toolbar colours it; S selects the sentence at the caret; Escape closes the toolbar and
// leaves the caret where the selection ended.

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSample, startApp, type RunningApp } from './harness'
import { selected, tabTo } from './keys'

/** Where the caret or the selection's moving end is: its report (0-based), and whether it is just a caret. */
const caret = (page: Page) =>
  page.evaluate(() => {
    const selection = document.getSelection()
    const node = selection?.focusNode ?? null
    const element = node instanceof Element ? node : (node?.parentElement ?? null)
    return { doc: element?.closest('[data-doc]')?.getAttribute('data-doc') ?? null, collapsed: selection?.isCollapsed ?? true }
  })

describe('caret browsing with the selection toolbar', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1440, height: 900 }, args: ['--enable-caret-browsing'] })
    await openSample(app.page, app.bridge.url)
  })
  afterAll(async () => {
    await app?.close()
  })

  it('selects to the end of a line with Shift+End from the caret, and 2 colours it', async () => {
    const { page } = app
    await tabTo(page, 2)
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown')
    await expect.poll(() => caret(page)).toEqual({ doc: '2', collapsed: true })
    await page.keyboard.press('Shift+End')
    const line = (await selected(page)).trim()
    expect(line.length).toBeGreaterThan(3)
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).waitFor()
    await page.keyboard.press('2')
    await expect.poll(() => page.locator('[data-doc="2"] mark.hl-green').allTextContents().then((t) => t.join('').trim())).toBe(line)
  })

  it('selects the sentence at the caret with S, and Escape leaves the caret where the selection ended', async () => {
    const { page } = app
    await page.locator('[data-doc="2"] [data-column-body]').focus()
    for (let i = 0; i < 6; i++) await page.keyboard.press('ArrowDown')
    await expect.poll(() => caret(page)).toEqual({ doc: '2', collapsed: true })
    await page.keyboard.press('s')
    const sentence = await selected(page)
    expect(sentence).toMatch(/^\S.*[.”"]$/)
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).waitFor()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.getByRole('toolbar', { name: 'Highlight the selection' }).count()).toBe(0)
    expect(await caret(page)).toEqual({ doc: '2', collapsed: true })
    expect(app.pageErrors).toEqual([])
  })
})
