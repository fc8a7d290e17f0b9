// Highlights made on an earlier version of a fetched report, in Chromium through the test bridge: the saved
// Ars Technica page imported, three highlights made on it, then a version recorded with its real changes (a
// sentence reworded, a paragraph added, a quotation corrected). The Notes tab lists the three apart, with
// their version's date, quote and note, and none is drawn on the newest text; "Carry to the newest version",
// reached by Tab and pressed with Enter, places the two it can find and keeps the third listed with the
// reason. Screenshots of both states are kept; axe finds nothing serious in them.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseInert } from '../../src/reading/inertDocument'
import { readSource } from '../../src/reading/source'
import { addArticle, getArticle } from '../../src/main/storage/articles'
import { addComparison } from '../../src/main/storage/comparisons'
import { recordVersion } from '../../src/main/storage/versions'
import { axeCheck, blocking } from './axeCheck'
import { servedPages } from './changedPages'
import { screenshot, startApp, type RunningApp } from './harness'

const URL_ = 'http://127.0.0.1/2015/04/minecraft-exploit.html'

function reading(html: string): { title: string; extracted: string; dropped: number[] } {
  const draft = readSource('page.html', 'html', html, parseInert)
  if (draft.kind === 'refusal') throw new Error(draft.reason)
  return { title: draft.details.title, extracted: draft.extracted, dropped: [...draft.dropped] }
}

describe('carrying highlights to the newest version', () => {
  let app: RunningApp
  let comparisonId = ''

  beforeAll(async () => {
    // bypassCSP lets the accessibility checker in; the app's own policy is tested elsewhere.
    app = await startApp({ viewport: { width: 1400, height: 950 }, bypassCSP: true })
    const { store, highlights } = app.bridge.services.library
    const pages = await servedPages()
    const { article } = await addArticle(store, { ...reading(pages.first), byline: null, outlet: 'Ars Technica', url: URL_, publishedAt: null, tags: [], sourceFormat: 'html', fetched: { url: URL_, at: '2026-03-01T12:00:00.000Z' } })
    const other = await addArticle(store, { title: 'Minecraft servers at risk', extracted: 'A flaw lets almost anyone crash Minecraft servers, a developer says.', byline: null, outlet: 'Wire', url: null, publishedAt: null, tags: [], sourceFormat: 'text' })
    comparisonId = (await addComparison(store, 'Minecraft exploit', [article.id, other.article.id])).id
    const text = (await getArticle(store, article.id)).text
    for (const [quote, color, note] of [
      ['makes it easy for just about anyone', 'pink', 'Who says it is easy?'],
      ['I thought a lot before writing this post,', 'green', 'Check against the blog post.'],
      ['Pakistan-based developer Ammar Askar', 'blue', ''],
    ] as const) {
      const start = text.indexOf(quote)
      await highlights.add({ comparisonId, articleId: article.id, start, end: start + quote.length, color, note })
    }
    const { title, ...page } = reading(pages.quote)
    await recordVersion(store, { articleId: article.id, title, byline: null, ...page, fetched: { url: URL_, at: '2026-03-04T09:30:00.000Z' } }, 1)
  })
  afterAll(async () => {
    await app?.close()
  })

  it('lists the earlier-version highlights apart, carries by keyboard, and keeps the one it cannot place listed with the reason', async () => {
    const { page } = app
    await page.goto(`${app.bridge.url}#/comparison/${comparisonId}`)
    await page.locator('[data-doc="0"] [data-paragraph]').first().waitFor()
    await page.getByRole('tab', { name: /^Notes/ }).click()
    const section = page.getByRole('region', { name: 'Made on an earlier version' })
    await section.waitFor()
    const quotes = (): Promise<string[]> => section.locator('[data-earlier-highlight] .note-quote').allTextContents()
    expect((await quotes()).map((q) => q.replace(/^.* · made on the version of .+?“/, '“'))).toEqual([
      '“makes it easy for just about anyone”',
      '“I thought a lot before writing this post,”',
      '“Pakistan-based developer Ammar Askar”',
    ])
    expect(await page.locator('[data-doc] [data-highlight]').count()).toBe(0)
    await screenshot(page, 'carry-earlier-version-listed')
    expect(blocking(await axeCheck(page, 'earlier-version highlights listed'))).toEqual([])

    // By keyboard: from the colour labels, Tab reaches the button and Enter presses it.
    await page.locator('.label-editor summary').focus()
    await page.keyboard.press('Tab')
    const carry = section.getByRole('button', { name: 'Carry to the newest version' })
    await expect.poll(() => carry.evaluate((button) => button === document.activeElement)).toBe(true)
    await page.keyboard.press('Enter')

    await expect.poll(() => section.locator('[data-earlier-highlight]').count()).toBe(1)
    expect(await quotes()).toEqual([expect.stringMatching(/“makes it easy for just about anyone”$/)])
    expect(await section.locator('[data-unplaced-reason]').textContent()).toBe(
      'Not carried: Its words are not in the newest version, and nothing there is close enough to them to be sure it is the same passage, so it stays on the version it was made on.',
    )
    expect(await section.locator('textarea').inputValue()).toBe('Who says it is easy?')
    // The keyboard's place is kept: the button still has the focus.
    expect(await carry.evaluate((button) => button === document.activeElement)).toBe(true)
    await expect.poll(() => page.locator('[data-doc="0"] [data-highlight]').allTextContents()).toEqual(['I thought long and hard before writing this post,', 'Pakistan-based developer Ammar Askar'])
    await screenshot(page, 'carry-one-unplaced')
    expect(blocking(await axeCheck(page, 'after carrying, one unplaced'))).toEqual([])
    expect(app.pageErrors).toEqual([])
  })
})
