// The first screen, in a real Chromium through the test bridge: the library opens on the sample,
// three columns with the three titles, each scrolling on its own; errors read as sentences.

import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, startApp, type RunningApp } from './harness'

const TITLES = [
  'Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia',
  "Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests'",
  "Syria set to dominate talks between Kerry and Russia's Putin",
]

describe('the built-in sample in Chromium', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('lists the sample in the library and opens it as three columns with the three titles', async () => {
    const { page } = app
    await page.goto(app.bridge.url)
    const item = page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /Kerry in Moscow, May 2013/ })
    await expect(item.textContent()).resolves.toContain('3 reports')
    await item.click()

    const columns = page.locator('[data-doc]')
    await columns.nth(2).waitFor()
    await expect(columns.count()).resolves.toBe(3)
    for (const [index, title] of TITLES.entries()) {
      await expect(page.locator(`[data-doc="${index}"] h2`).textContent()).resolves.toBe(title)
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Kerry in Moscow, May 2013' }).count()).resolves.toBe(1)
    // Report 2 as seeded: cleaned of the page's clutter (the "By" label, the tags, "More News" and the other
    // stories after it) and of its headline, which is the title above the column: 363 of its 482 words kept.
    // The headline shared "Secretary of State John Kerry" and "Russian President Vladimir Putin" with the
    // others, so the share found in them goes from 26% to 24%.
    // The screenshot shows the comparison as a person sees it once compared: with its passages.
    await page.locator('[data-doc] [data-passage]').first().waitFor()
    await expect(page.locator('[data-doc="1"] .column-meta').textContent()).resolves.toBe('363 words · 24% found in other reports')
    await expect(item.getAttribute('aria-current')).resolves.toBe('page')

    const path = await screenshot(page, 'sample-comparison')
    expect((await readFile(path)).subarray(1, 4).toString()).toBe('PNG')
    expect(app.pageErrors).toEqual([])
  })

  it('keeps paragraphs as in the text', async () => {
    const { page } = app
    const paragraphs = await page.locator('[data-doc="1"] .paragraph').allTextContents()
    const carney = paragraphs.filter((p) => p.startsWith('"We have consistently, in our conversations with the Russians'))
    expect(carney).toHaveLength(1)
    expect(carney[0]).toMatch(/White House spokesman Jay Carney said\.$/)
  })

  it('scrolls each column on its own', async () => {
    const { page } = app
    const body = (index: number) => page.locator(`[data-doc="${index}"] .column-body`)
    await body(2).hover()
    await page.mouse.wheel(0, 600)
    await expect.poll(() => body(2).evaluate((el) => el.scrollTop)).toBeGreaterThan(100)
    await expect(body(0).evaluate((el) => el.scrollTop)).resolves.toBe(0)
    await expect(body(1).evaluate((el) => el.scrollTop)).resolves.toBe(0)
  })

  it('reopens the same comparison after a reload, and shows a readable message for one that does not exist', async () => {
    const { page } = app
    const url = page.url()
    expect(url).toMatch(/#\/comparison\/[\w-]+$/)
    await page.reload()
    await page.locator('[data-doc="2"]').waitFor()

    await page.goto(`${app.bridge.url}#/comparison/no-such-comparison`)
    const alert = page.getByRole('main').getByRole('alert')
    await expect(alert.textContent()).resolves.toContain('That comparison is not in the library')
    await expect(alert.getByRole('heading').textContent()).resolves.toBe('Not found')
    await screenshot(page, 'missing-comparison')
  })
})

describe('the theme', () => {
  it('follows the system: dark surfaces and light text when the system is dark', async () => {
    const dark = await startApp({ colorScheme: 'dark' })
    try {
      await dark.page.goto(dark.bridge.url)
      await dark.page.locator('[data-doc="2"]').waitFor()
      const colours = await dark.page.evaluate(() => {
        const column = getComputedStyle(document.querySelector('[data-doc="0"]') as Element)
        return { background: column.backgroundColor, text: column.color }
      })
      expect(colours).toEqual({ background: 'rgb(36, 38, 42)', text: 'rgb(228, 228, 226)' })
      await dark.page.locator('[data-doc] [data-passage]').first().waitFor()
      await screenshot(dark.page, 'sample-comparison-dark')
      expect(dark.pageErrors).toEqual([])
    } finally {
      await dark.close()
    }
  })
})
