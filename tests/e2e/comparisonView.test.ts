// The comparison view on the sample, in Chromium through the test bridge: shared passages with the same
// hook in every column, variant marks, hover ribbons, click-to-level, filters, keyboard, both themes,
// and an accessibility check with axe-core.

import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openSample, screenshot, startApp, useSampleApp } from './harness'

const require = createRequire(import.meta.url)
const QUOTE = 'We have consistently'


/** The data-passage of the element holding the start of the Carney quote in a column. */
function quotePassage(page: Page, doc: number) {
  return page.locator(`[data-doc="${doc}"] [data-passage]`, { hasText: /we have consistently/i }).first()
}

describe('the comparison view on the sample', () => {
  const running = useSampleApp()

  it("gives Carney's quote the same passage hook in columns 2 and 3, and marks 'that' as a substitution in column 3", async () => {
    const { page } = running.current
    const inTwo = await quotePassage(page, 1).getAttribute('data-passage')
    const inThree = await quotePassage(page, 2).getAttribute('data-passage')
    expect(inTwo).toMatch(/^p\d+$/)
    expect(inThree).toBe(inTwo)
    await expect(page.locator(`[data-doc="0"] [data-passage="${inTwo}"]`).count()).resolves.toBe(0)
    const substitutions = await page.locator(`[data-doc="2"] [data-passage="${inTwo}"] mark[data-variant="substitution"]`).allTextContents()
    expect(substitutions).toEqual(['that'])
    // The view's one popover explains the mark under the pointer (the marks carry no tooltip of their own).
    await page.locator(`[data-doc="2"] mark[data-variant="substitution"]`).first().hover()
    await expect.poll(() => page.getByRole('tooltip').textContent()).toContain('Report 2: “the”')
    await expect(page.locator(`[data-doc="2"] [data-passage="${inTwo}"] mark[data-variant="case"]`).allTextContents()).resolves.toEqual(['we'])
  })

  it('draws a ribbon from column 2 to column 3 while the quote is hovered', async () => {
    const { page } = running.current
    await quotePassage(page, 1).scrollIntoViewIfNeeded()
    await quotePassage(page, 1).hover()
    await expect.poll(() => page.locator('svg.ribbons path.ribbon').count()).toBe(1)
    const id = await quotePassage(page, 1).getAttribute('data-passage')
    await expect(page.locator(`[data-doc="2"] [data-passage="${id}"][data-active]`).count()).resolves.toBeGreaterThan(0)
    await screenshot(page, 'comparison-hover-light')
  })

  it('underlines every line of the lit quote in each column, in a layer that scrolls with the text', async () => {
    const { page } = running.current
    await quotePassage(page, 1).scrollIntoViewIfNeeded()
    const id = await quotePassage(page, 1).getAttribute('data-passage')
    // Hovered, it is lit; the pointer leaving the columns puts the light out.
    await quotePassage(page, 1).hover()
    await expect.poll(() => page.locator('[data-doc="1"] .active-mark').count()).toBeGreaterThan(3)
    await page.locator('h1.view-heading').hover()
    await expect.poll(() => page.locator('.active-mark').count()).toBe(0)
    await expect(page.locator('[data-passage][data-active]').count()).resolves.toBe(0)
    // Pinned by a click, it stays lit wherever the pointer goes (a scroll moves the text under a pointer left on it).
    await quotePassage(page, 1).click()
    await page.locator('h1.view-heading').hover()
    // Each column's lines of the passage against the bars drawn under them, in page coordinates, as one string
    // ("bars" and "lines" the same list when each line has its bar).
    const barsAndLines = (doc: number): Promise<string> =>
      page.evaluate(
        ({ doc, id }) => {
          const body = document.querySelector(`[data-doc="${doc}"] [data-column-body]`) as HTMLElement
          const lines = [...body.querySelectorAll(`[data-passage="${id}"]`)].flatMap((el) => [...el.getClientRects()].filter((r) => r.width > 0))
          const bars = [...body.querySelectorAll('[data-active-marks] .active-mark')].map((el) => el.getBoundingClientRect())
          return JSON.stringify({
            bars: bars.map((r) => ({ left: Math.round(r.left), top: Math.round(r.top), width: Math.round(r.width), height: r.height })),
            lines: lines.map((r) => ({ left: Math.round(r.left), top: Math.round(r.bottom), width: Math.round(r.width), height: 2 })),
          })
        },
        { doc, id },
      )
    const EVERY_LINE_BARRED = /^\{"bars":(\[(?:\{[^\]]*\},?){4,}\]),"lines":\1\}$/
    for (const doc of [1, 2]) await expect.poll(() => barsAndLines(doc)).toMatch(EVERY_LINE_BARRED)
    // Report 1 does not carry the quote: nothing is drawn in its column.
    await expect(page.locator('[data-doc="0"] .active-mark').count()).resolves.toBe(0)
    // The bars are in the scrolled text: they stay under its lines as the column scrolls.
    await page.locator('[data-doc="1"] .column-body').evaluate((el) => (el.scrollTop += 40))
    await expect.poll(() => barsAndLines(1)).toMatch(EVERY_LINE_BARRED)
    // The text made larger (the settings' text size), the columns at their tops so that nothing scrolls: the bars
    // follow its lines.
    for (const body of await page.locator('.column-body').all()) await body.evaluate((el) => (el.scrollTop = 0))
    await expect.poll(() => barsAndLines(1)).toMatch(EVERY_LINE_BARRED)
    await page.evaluate(() => document.documentElement.style.setProperty('--text-scale', '1.3'))
    await expect.poll(() => barsAndLines(1)).toMatch(EVERY_LINE_BARRED)
    await page.evaluate(() => document.documentElement.style.removeProperty('--text-scale'))
    // Escape, from the keyboard in a column, unpins it: the bars go.
    await page.locator('[data-doc="1"] .column-body').focus()
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('.active-mark').count()).toBe(0)
  })

  it('scrolls column 3 on a click so the quote sits level with column 2', async () => {
    const { page } = running.current
    await page.locator('[data-doc="2"] .column-body').evaluate((el) => (el.scrollTop = 0))
    await quotePassage(page, 1).click()
    const topOf = (doc: number) => quotePassage(page, doc).evaluate((el) => el.getBoundingClientRect().top)
    await expect.poll(async () => Math.abs((await topOf(2)) - (await topOf(1))), { timeout: 5000 }).toBeLessThan(24)
    await screenshot(page, 'comparison-levelled')
  })

  it('carries column 3 along when column 2 scrolls, with linked scrolling on', async () => {
    const { page } = running.current
    await page.keyboard.press('Escape')
    await page.getByRole('checkbox', { name: 'Linked scrolling' }).check()
    await page.locator('[data-doc="2"] .column-body').evaluate((el) => (el.scrollTop = 0))
    await page.locator('[data-doc="1"] .column-body').evaluate((el) => (el.scrollTop = 0))
    await expect.poll(() => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))))).toBe(true)
    // Bring the quote in column 2 to the middle of its column, as a reader scrolling would: linked
    // scrolling follows the passage that crosses the column's middle line.
    await quotePassage(page, 1).evaluate((el) => {
      const body = el.closest('.column-body') as HTMLElement
      const quote = el.getBoundingClientRect()
      const view = body.getBoundingClientRect()
      body.scrollTop += quote.top + quote.height / 2 - (view.top + body.clientHeight / 2)
    })
    const topOf = (doc: number) => quotePassage(page, doc).evaluate((el) => el.getBoundingClientRect().top)
    await expect.poll(async () => Math.abs((await topOf(2)) - (await topOf(1))), { timeout: 5000 }).toBeLessThan(24)
    await page.getByRole('checkbox', { name: 'Linked scrolling' }).uncheck()
  })

  it('lists the passages and filters to what only one report carries', async () => {
    const { page } = running.current
    const panel = page.getByRole('complementary', { name: 'Shared passages' })
    await expect(panel.locator('[data-passage-item]').first().textContent()).resolves.toContain(QUOTE)
    const select = panel.getByRole('combobox')
    await select.selectOption({ label: await select.locator('option', { hasText: /^Only in 3/ }).first().textContent() ?? '' })
    const items = await panel.locator('[data-unique-item]').allTextContents()
    // The sample is seeded cleaned: report 3 opens with its photo caption, not the page's "Discuss as:"
    // label, nor its headline again (the title above the column).
    expect(items[0]).toContain("arrives at Moscow's Vnukovo Airport")
    expect(items.some((t) => t.includes('Discuss as:'))).toBe(false)
    expect(items.some((t) => t.includes('Syria set to dominate talks'))).toBe(false)
    expect(items.some((t) => t.includes('Talk Boston Bombing'))).toBe(false)
    await select.selectOption({ index: 0 })
  })

  it('moves through passages with the keyboard and clears with Escape', async () => {
    const { page } = running.current
    await page.keyboard.press('Escape')
    await page.locator('[data-doc="1"] .column-body').focus()
    await page.keyboard.press('n')
    const focused = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['passage'] ?? null)
    expect(focused).toMatch(/^p\d+$/)
    await expect(page.locator('[data-passage][data-active]').count()).resolves.toBeGreaterThan(1)
    await page.keyboard.press('p')
    await page.keyboard.press('ArrowRight')
    await expect(page.evaluate(() => document.activeElement?.closest('[data-doc]')?.getAttribute('data-doc'))).resolves.toBe('2')
    await page.keyboard.press('Escape')
    await expect(page.locator('[data-passage][data-active]').count()).resolves.toBe(0)
    expect(running.current.pageErrors).toEqual([])
  })
})

describe('the comparison view, dark and checked for accessibility', () => {
  it('follows a dark system theme', async () => {
    const dark = await startApp({ colorScheme: 'dark', viewport: { width: 1600, height: 900 } })
    try {
      await openSample(dark.page, dark.bridge.url)
      await quotePassage(dark.page, 1).scrollIntoViewIfNeeded()
      await quotePassage(dark.page, 1).hover()
      await expect.poll(() => dark.page.locator('svg.ribbons path.ribbon').count()).toBe(1)
      await screenshot(dark.page, 'comparison-hover-dark')
      expect(dark.pageErrors).toEqual([])
    } finally {
      await dark.close()
    }
  })

  it('has no serious or critical axe-core violations', async () => {
    const checked = await startApp({ bypassCSP: true, viewport: { width: 1600, height: 900 } })
    try {
      await openSample(checked.page, checked.bridge.url)
      await checked.page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
      const violations = await checked.page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe
        const result = await axe.run(document)
        return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))
      })
      expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([])
    } finally {
      await checked.close()
    }
  })
})
