// Highlights, passage tints and passage numbers as Chromium draws them, on the sample in both themes: a
// highlight inside the tinted Carney quote shows its fill and its bar, the quote starts with its number,
// and the number is not part of the text a selection copies or is counted in. Screenshots of both themes.

import { afterEach, describe, expect, it } from 'vitest'
import { openSample, screenshot, startApp, type RunningApp } from './harness'
import { listComparisons } from '../../src/main/storage/comparisons'
import { getArticle } from '../../src/main/storage/articles'

const WORDS = 'pointed clearly to'

async function withHighlights(app: RunningApp): Promise<void> {
  const { library } = app.bridge.services
  const comparison = listComparisons(library.store)[0]
  const articleId = comparison?.articleIds[2] ?? ''
  const { text } = await getArticle(library.store, articleId)
  const inQuote = text.indexOf(WORDS)
  const outside = text.indexOf("Moscow's Vnukovo Airport")
  await library.highlights.add({ comparisonId: comparison?.id ?? '', articleId, start: inQuote, end: inQuote + WORDS.length, color: 'yellow', note: '' })
  await library.highlights.add({ comparisonId: comparison?.id ?? '', articleId, start: outside, end: outside + "Moscow's Vnukovo Airport".length, color: 'blue', note: '' })
}

describe('highlights, tints and passage numbers on screen', () => {
  let app: RunningApp | undefined
  afterEach(async () => {
    await app?.close()
    app = undefined
  })

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`draws a highlight on a tinted passage with its bar, and the passage's number, in the ${colorScheme} theme`, async () => {
      app = await startApp({ colorScheme, viewport: { width: 1440, height: 900 } })
      await withHighlights(app)
      await openSample(app.page, app.bridge.url)
      const { page } = app
      const passage = page.locator('[data-doc="2"] [data-passage]').first()
      const mark = passage.locator('mark[data-highlight]')
      await expect(mark.textContent()).resolves.toBe(WORDS)
      await mark.scrollIntoViewIfNeeded()
      const looks = await mark.evaluate((el) => {
        const style = getComputedStyle(el)
        const tint = getComputedStyle(el.closest('[data-passage]') as Element).backgroundColor
        return { fill: style.backgroundColor, bar: style.backgroundImage, tint }
      })
      expect(looks.bar).toMatch(/^linear-gradient\(to top, rgb\(\d+, \d+, \d+\) /)
      expect(looks.fill).not.toBe(looks.tint)
      // The number the passages panel gives it, drawn before its first words in both reports.
      const number = await passage.evaluate((el) => ({ attribute: (el as HTMLElement).dataset['passageNumber'], drawn: getComputedStyle(el, '::before').content }))
      expect(number).toEqual({ attribute: '1', drawn: '"1"' })
      await expect(page.locator('[data-doc="1"] [data-passage-number="1"]').count()).resolves.toBe(1)
      await expect(page.getByRole('tab', { name: /Passages/ }).count()).resolves.toBe(1)
      await expect(page.locator('.passages-list').textContent()).resolves.toContain('We have consistently')
      // Selecting the whole paragraph copies the report's words only, without the number.
      const selected = await passage.evaluate((el) => {
        const paragraph = el.closest('[data-paragraph]') as HTMLElement
        const range = document.createRange()
        range.selectNodeContents(paragraph)
        document.getSelection()?.removeAllRanges()
        document.getSelection()?.addRange(range)
        return { selected: String(document.getSelection()), text: paragraph.textContent, start: el.textContent?.slice(0, 12) }
      })
      expect(selected.selected).toBe(selected.text)
      expect(selected.start).toMatch(/^We have cons/i)
      await page.evaluate(() => document.getSelection()?.removeAllRanges())
      await screenshot(page, `colours-${colorScheme}`)
      expect(app.pageErrors).toEqual([])
    })
  }
})
