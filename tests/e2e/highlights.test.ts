// Highlights and notes in Chromium through the test bridge: select words with the mouse in report 3,
// highlight them with a note, reload and find both again; mark a whole shared passage and see it in
// reports 2 and 3; export the notes as Markdown.

import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, startApp, type RunningApp } from './harness'
import { dragAcross } from './selection'

const WORDS = "Moscow's Vnukovo Airport"

describe('highlights and notes', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1600, height: 900 } })
    await app.page.goto(app.bridge.url)
    await app.page.locator('[data-doc="2"] [data-passage]').first().waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('highlights words selected with the mouse in report 3, with a note, and finds both after a reload', async () => {
    const { page } = app
    await dragAcross(page, 2, WORDS)
    const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
    await toolbar.waitFor()
    await toolbar.getByRole('button', { name: 'Note…' }).click()
    const note = page.getByRole('textbox', { name: 'Note' }).first()
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true)
    await note.fill('Which airport? Report 1 does not say.')
    await page.getByRole('tab', { name: /Passages/ }).focus()
    await expect.poll(() => page.locator('[data-doc="2"] mark[data-highlight]').allTextContents()).toEqual([WORDS])
    await screenshot(page, 'highlight-with-note')

    await page.reload()
    await page.locator('[data-doc="2"] mark[data-highlight]').first().waitFor()
    await expect(page.locator('[data-doc="2"] mark[data-highlight]').allTextContents()).resolves.toEqual([WORDS])
    await page.getByRole('tab', { name: /Notes/ }).click()
    await expect(page.getByRole('textbox', { name: 'Note' }).first().inputValue()).resolves.toBe('Which airport? Report 1 does not say.')
  })

  it('marks a whole shared passage in every report that carries it', async () => {
    const { page } = app
    // Mouse selection is covered above; here the selection is made directly, inside the quote in report 2,
    // and the toolbar's button is clicked with the mouse.
    await page.locator('[data-doc="1"] .column-body').evaluate((body) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf('behavior as proof') ?? -1
        if (at < 0) continue
        // As a reader would: the text is in view when it is selected (the toolbar hides for text out of view).
        node.parentElement?.scrollIntoView({ block: 'center' })
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + 'behavior as proof'.length)
        document.getSelection()?.removeAllRanges()
        document.getSelection()?.addRange(range)
        return
      }
      throw new Error('the quote is not in report 2')
    })
    const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
    await expect.poll(() => toolbar.textContent(), { timeout: 5000 }).toContain('Whole passage')
    // The toolbar follows the selected text when its column scrolls, and hides while the text is out of view.
    const body = page.locator('[data-doc="1"] .column-body')
    const topOf = async (): Promise<number> => ((await toolbar.count()) === 0 ? Number.NaN : ((await toolbar.boundingBox({ timeout: 1000 }))?.y ?? Number.NaN))
    const scrollTo = (top: number): Promise<void> => body.evaluate((el, y) => el.scrollTo({ top: y, behavior: 'instant' }), top)
    const start = await body.evaluate((el) => el.scrollTop)
    const before = await topOf()
    await scrollTo(start + 60)
    await expect.poll(topOf).toBeCloseTo(before - 60, 0)
    await scrollTo(0)
    await expect.poll(() => toolbar.count()).toBe(0)
    await scrollTo(start)
    await expect.poll(topOf).toBeCloseTo(before, 0)
    await toolbar.getByRole('button', { name: 'Whole passage' }).click()
    await expect.poll(() => page.locator('[data-doc="1"] [data-passage-highlight]').count()).toBeGreaterThan(0)
    await expect(page.locator('[data-doc="2"] [data-passage-highlight]').count()).resolves.toBeGreaterThan(0)
    await expect(page.locator('[data-doc="0"] [data-passage-highlight]').count()).resolves.toBe(0)
    await page.getByRole('tab', { name: /Notes/ }).click()
    await page.getByText('Colour labels').click()
    await screenshot(page, 'notes-panel-labels')
  })

  it('exports the notes as Markdown with the quote and the note', async () => {
    const { page } = app
    await page.getByRole('tab', { name: /Notes/ }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export Markdown' }).click()])
    const path = await download.path()
    const markdown = await readFile(path, 'utf8')
    expect(download.suggestedFilename()).toBe('Kerry-in-Moscow-May-2013-notes.md')
    expect(markdown).toContain(`> ${WORDS}`)
    expect(markdown).toContain('Which airport? Report 1 does not say.')
    expect(app.pageErrors).toEqual([])
  })
})
