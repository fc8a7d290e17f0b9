// The whole path without the mouse, in Chromium through the test bridge: Tab to report 3's text, n to a
// passage, Enter to select it, Shift+→ and Shift+← to move its end by words, a number key to colour it;
// S for a sentence, N for a note typed at once; V for the explanation of a variant, announced as a dialog,
// and Escape giving the focus back to the passage. axe-core checks the view, the popover and the Notes tab.

import { listComparisons } from '../../src/main/storage/comparisons'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeCheck, blocking, saveAxeResults, type AxeState } from './axeCheck'
import { openSample, screenshot, startApp, type RunningApp } from './harness'
import { focused, selected, tabTo } from './keys'

describe('the keyboard all the way', () => {
  let app: RunningApp
  const axe: AxeState[] = []

  beforeAll(async () => {
    app = await startApp({ bypassCSP: true, viewport: { width: 1440, height: 900 } })
    await openSample(app.page, app.bridge.url)
  })
  afterAll(async () => {
    await saveAxeResults('keyboard-path', axe)
    await app?.close()
  })

  it('the view has no serious or critical axe-core violations', async () => {
    axe.push(await axeCheck(app.page, 'comparison view'))
    expect(blocking(axe.at(-1) as AxeState)).toEqual([])
  })

  it('selects a passage with Enter, moves its end by words with Shift+→ and Shift+←, and colours it with 3', async () => {
    const { page } = app
    await tabTo(page, 2)
    await page.keyboard.press('n')
    const passage = (await focused(page)).passage
    expect(passage).toMatch(/^p\d+$/)
    const passageText = await page.locator(`[data-doc="2"] [data-passage="${passage}"]`).first().textContent()
    await page.keyboard.press('Enter')
    expect(await selected(page)).toBe(passageText)
    const toolbar = page.getByRole('toolbar', { name: 'Highlight the selection' })
    await toolbar.waitFor()
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    expect(await selected(page)).toBe(`${passageText}. “We make`)
    await page.keyboard.press('Shift+ArrowLeft')
    expect(await selected(page)).toBe(`${passageText}. “We`)
    // Shift+→ extended the selection: it did not move the focus to another column.
    expect(await focused(page)).toMatchObject({ passage, doc: '2' })
    await page.keyboard.press('3')
    await expect.poll(() => page.locator('[data-doc="2"] mark[data-highlight]').allTextContents().then((t) => t.join(''))).toBe(`${passageText}. “We`)
    await expect(page.locator('[data-doc="2"] mark[data-highlight]').first().getAttribute('class')).resolves.toContain('hl-blue')
    expect(await focused(page)).toMatchObject({ doc: '2' })
  })

  it('selects the sentence around the focused passage with S, the next one with S again, and N adds a note typed straight away', async () => {
    const { page } = app
    await page.keyboard.press('s')
    expect(await selected(page)).toMatch(/^“We have seen over the course of weeks .* supported Assad\.$/)
    await page.keyboard.press('s')
    expect(await selected(page)).toBe('“We make that case repeatedly with the Russian government and others, and I’m sure we will continue to do that.”')
    await page.getByRole('toolbar', { name: 'Highlight the selection' }).waitFor()
    await page.keyboard.press('n')
    const note = page.getByRole('textbox', { name: 'Note' }).last()
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type('Said twice in report 3.')
    await page.keyboard.press('Tab')
    const { library } = app.bridge.services
    const comparisonId = listComparisons(library.store)[0]?.id ?? ''
    await expect.poll(() => library.highlights.list(comparisonId).map((h) => h.note)).toContain('Said twice in report 3.')
    axe.push(await axeCheck(page, 'Notes tab'))
    expect(blocking(axe.at(-1) as AxeState)).toEqual([])
  })

  it('opens the explanation of a variant with V, announced as a dialog, and Escape gives the focus back', async () => {
    const { page } = app
    await tabTo(page, 1)
    await page.keyboard.press('n')
    const passage = (await focused(page)).passage
    await page.keyboard.press('v')
    const popover = page.getByRole('dialog', { name: /Report 2/ })
    await popover.waitFor()
    expect(await focused(page)).toMatchObject({ role: 'dialog' })
    await expect(popover.textContent()).resolves.toContain('Report 3')
    const first = await popover.textContent()
    await screenshot(page, 'variant-popover-keyboard')
    axe.push(await axeCheck(page, 'variant popover'))
    expect(blocking(axe.at(-1) as AxeState)).toEqual([])
    await page.keyboard.press('v')
    await expect.poll(() => popover.textContent()).not.toBe(first)
    await page.keyboard.press('Escape')
    await expect(popover.count()).resolves.toBe(0)
    expect(await focused(page)).toMatchObject({ passage, doc: '1' })
  })

  it('shows the same explanation while the pointer is on a mark', async () => {
    const { page } = app
    const mark = page.locator('[data-doc="2"] mark[data-variant="substitution"]').first()
    await mark.scrollIntoViewIfNeeded()
    await mark.hover()
    const tooltip = page.getByRole('tooltip')
    await expect.poll(() => tooltip.textContent()).toContain('Report 3: “that” (other words)')
    await expect(tooltip.textContent()).resolves.toContain('Report 2: “the”')
    await screenshot(page, 'variant-popover-hover')
    await page.mouse.move(5, 5)
    await expect.poll(() => tooltip.count()).toBe(0)
    expect(app.pageErrors).toEqual([])
  })
})
