// Three long reports in Chromium through the test bridge, whose columns draw their passages near the view
// first and the rest later: a passage far down is still levelled with its counterpart on a click, brought
// into view from the passages panel and the Quotes tab, and reached by the keyboard; find reaches a word in
// the last paragraph; the scrollbar reaches the end; and the minimap takes its colours.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ComparisonSummary } from '../../src/shared/domain/comparison'
import type { ImportOutcome } from '../../src/shared/ipc/contract'
import { screenshot, useSampleApp, type RunningApp } from './harness'
import { playMenu } from './playMenu'

const QUOTE =
  'The committee will publish every page of the inspection record before the end of the month, and no part of it will be withheld from the families who asked for it'
const LAST_WORD = 'zirconium'
const PARAGRAPHS = 120

const WORDS = 'river council budget harbour inspector ferry tunnel school clinic market bridge station tram library orchard quarry mill depot'.split(' ')

/** A paragraph of made-up sentences, different for every report and place (a fixed sequence: the same every run). */
function filler(report: number, index: number): string {
  let state = report * 7919 + index * 104729 + 1
  const next = (n: number): number => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0
    return (state >>> 8) % n
  }
  // Every word marked with its report, so no two reports share a run of words outside the quote.
  const sentence = (): string => `Note ${Array.from({ length: 12 }, () => `${WORDS[next(WORDS.length)]}-${report}`).join(' ')}.`
  return [sentence(), sentence(), sentence()].join(' ')
}

/** A long report with the shared quote as paragraph `quoteAt`, and a rare word in its last paragraph (report 1 only). */
function report(n: number, quoteAt: number): string {
  return Array.from({ length: PARAGRAPHS }, (_v, i) => {
    if (i === quoteAt) return `"${QUOTE}," the chair said.`
    if (n === 1 && i === PARAGRAPHS - 1) return `${filler(n, i)} The last word is ${LAST_WORD}.`
    return filler(n, i)
  }).join('\n\n')
}

async function call<T>(app: RunningApp, channel: string, input?: unknown): Promise<T> {
  const result = await app.bridge.services.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

async function openLongComparison(app: RunningApp): Promise<Page> {
  const texts = [report(1, 110), report(2, 3), report(3, 60)]
  const outcomes = await call<ImportOutcome[]>(app, 'importArticles', {
    items: texts.map((text, i) => ({ title: `Long report ${i + 1}`, outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })),
  })
  const comparison = await call<ComparisonSummary>(app, 'createComparison', { title: 'Long reports', articleIds: outcomes.map((o) => o.article?.id) })
  await playMenu(app.page, { openComparison: comparison.id })
  await app.page.locator('[data-doc="1"] [data-passage]').first().waitFor()
  return app.page
}

const quoteIn = (page: Page, doc: number) => page.locator(`[data-doc="${doc}"] [data-passage]`, { hasText: 'inspection record' }).first()

describe('long reports, drawn near the view', () => {
  const running = useSampleApp()

  it('levels a passage far down with its counterpart on a click', async () => {
    const page = await openLongComparison(running.current)
    await quoteIn(page, 1).click()
    // Report 1 carries it 110 paragraphs down.
    const topOf = (doc: number) => quoteIn(page, doc).evaluate((el) => el.getBoundingClientRect().top)
    await expect.poll(async () => Math.abs((await topOf(0)) - (await topOf(1))), { timeout: 5000 }).toBeLessThan(24)
    await expect.poll(async () => Math.abs((await topOf(2)) - (await topOf(1))), { timeout: 5000 }).toBeLessThan(24)
    await screenshot(page, 'long-reports-levelled')
  })

  it('brings the passage into view in every column when it is chosen in the passages panel', async () => {
    const { page } = running.current
    await page.keyboard.press('Escape')
    for (const body of await page.locator('.column-body').all()) await body.evaluate((el) => (el.scrollTop = 0))
    await page.locator('.passages-list button', { hasText: 'The committee will publish' }).first().click()
    const inView = (doc: number) =>
      quoteIn(page, doc).evaluate((el) => {
        const view = (el.closest('.column-body') as HTMLElement).getBoundingClientRect()
        const rect = el.getBoundingClientRect()
        return rect.top >= view.top && rect.top <= view.bottom
      })
    for (const doc of [0, 1, 2]) await expect.poll(() => inView(doc), { timeout: 5000 }).toBe(true)
  })

  it('steps to the passage with n from the top of a column, and brings it into view', async () => {
    const { page } = running.current
    await page.keyboard.press('Escape')
    const body = page.locator('[data-doc="0"] .column-body')
    await body.evaluate((el) => (el.scrollTop = 0))
    await body.focus()
    await page.keyboard.press('n')
    const inView = () =>
      quoteIn(page, 0).evaluate((el) => {
        const view = (el.closest('.column-body') as HTMLElement).getBoundingClientRect()
        const rect = el.getBoundingClientRect()
        return rect.top >= view.top && rect.bottom <= view.bottom
      })
    await expect.poll(inView).toBe(true)
    await expect(quoteIn(page, 0).getAttribute('data-active')).resolves.toBe('')
  })

  it('finds a word in the last paragraph and centres it, and the scrollbar reaches the end', async () => {
    const { page } = running.current
    await page.keyboard.press('Escape')
    await page.locator('[data-doc="0"] .column-body').evaluate((el) => (el.scrollTop = 0))
    await page.keyboard.press('Control+f')
    await page.keyboard.type(LAST_WORD)
    const match = () =>
      page.evaluate(() => {
        const body = document.querySelector<HTMLElement>('[data-doc="0"] .column-body')
        const last = [...(body?.querySelectorAll('.paragraph') ?? [])].at(-1)
        if (!body || !last) return null
        const view = body.getBoundingClientRect()
        const rect = last.getBoundingClientRect()
        return { lastShown: rect.top < view.bottom && rect.bottom > view.top, atEnd: body.scrollTop >= body.scrollHeight - body.clientHeight - 1 || rect.top < view.bottom }
      })
    await expect.poll(match).toEqual({ lastShown: true, atEnd: true })
    await page.keyboard.press('Escape')
    // Dragged to the bottom, the column shows its last paragraph, whatever heights were estimated on the way.
    const body = page.locator('[data-doc="2"] .column-body')
    await body.evaluate((el) => (el.scrollTop = el.scrollHeight))
    const lastShown = () =>
      body.evaluate((el) => {
        el.scrollTop = el.scrollHeight
        const last = [...el.querySelectorAll('.paragraph')].at(-1) as HTMLElement
        const view = el.getBoundingClientRect()
        return last.getBoundingClientRect().bottom <= view.bottom && last.getBoundingClientRect().bottom > view.top
      })
    await expect.poll(lastShown).toBe(true)
  })

  it('brings a quotation into view level in every column from the Quotes tab', async () => {
    const { page } = running.current
    for (const body of await page.locator('.column-body').all()) await body.evaluate((el) => (el.scrollTop = 0))
    await page.getByRole('tab', { name: /^Quotes/ }).click()
    await page.locator('.quote-item').filter({ hasText: 'inspection record' }).getByRole('button').first().click()
    const tops = () => Promise.all([0, 1, 2].map((doc) => quoteIn(page, doc).evaluate((el) => Math.round(el.getBoundingClientRect().top))))
    await expect.poll(async () => {
      const [a, b, c] = await tops()
      return Math.max(Math.abs((a as number) - (b as number)), Math.abs((c as number) - (b as number)))
    }).toBeLessThan(24)
    await page.getByRole('tab', { name: /^Passages/ }).click()
  })

  it('colours each column\'s minimap, its shared and its lone stretches', async () => {
    const { page } = running.current
    const images = () => page.getByRole('navigation', { name: 'Map of report 1' }).evaluate((el) => getComputedStyle(el).backgroundImage)
    await expect.poll(images).toMatch(/^linear-gradient\(.*\), linear-gradient\(/)
  })
})
