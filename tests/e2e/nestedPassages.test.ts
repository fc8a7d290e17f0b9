// Three reports of one flood in Chromium through the test bridge: a quote two of them carry whole and the
// third only in part shows as a passage nested in the longer one (in the columns and the passages panel),
// and a quote one report rewords is one passage with the changed words marked.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ComparisonSummary } from '../../src/shared/domain/comparison'
import type { ImportOutcome } from '../../src/shared/ipc/contract'
import { screenshot, useSampleApp, type RunningApp } from './harness'
import { playMenu } from './playMenu'

const WHOLE =
  'We are going to make sure that the people who did this are found and brought to justice, and we will not rest until every family has the answers it deserves'
const PART = 'We are going to make sure that the people who did this are found and brought to justice'

const REPORTS = [
  {
    title: 'River floods low-lying districts overnight',
    outlet: 'Valley Courier',
    text: `Floodwaters swept through three districts overnight after the river broke its banks.\n\n"We have never seen the water rise this fast. Our crews worked through the night to get people out safely," fire chief Dana Ortiz said.\n\nOfficials said a levee had been damaged before the storm. "${WHOLE}," Mayor Ruth Kane said at a briefing.`,
  },
  {
    title: 'Mayor vows answers after flood',
    outlet: 'Evening Ledger',
    text: `Hundreds of people were moved to shelters on Tuesday.\n\n"We have never seen the river rise so quickly. Our crews worked all night to get everyone out safely," Ortiz told reporters.\n\nMayor Ruth Kane, speaking at city hall, said: "${WHOLE}."`,
  },
  {
    title: 'Flood: levee damage under investigation',
    outlet: 'Metro Wire',
    text: `Investigators are looking at whether the levee was tampered with.\n\nKane said: "${PART}." She did not say who was suspected.`,
  },
]

async function call<T>(app: RunningApp, channel: string, input?: unknown): Promise<T> {
  const result = await app.bridge.services.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

async function openFloodComparison(app: RunningApp): Promise<Page> {
  const outcomes = await call<ImportOutcome[]>(app, 'importArticles', {
    items: REPORTS.map((r) => ({ title: r.title, outlet: r.outlet, byline: null, url: null, publishedAt: null, tags: [], extracted: r.text })),
  })
  const comparison = await call<ComparisonSummary>(app, 'createComparison', { title: 'River flood', articleIds: outcomes.map((o) => o.article?.id) })
  await playMenu(app.page, { openComparison: comparison.id })
  await app.page.locator('[data-doc="2"] [data-passage]').first().waitFor()
  return app.page
}

describe('nested and reworded passages in the view', () => {
  const running = useSampleApp()

  it('draws the part all three reports share inside the passage two of them carry whole, and lists it as part of that one', async () => {
    const page = await openFloodComparison(running.current)
    const longer = page.locator('[data-doc="0"] [data-passage]', { hasText: 'every family has the answers' }).first()
    const nested = longer.locator('[data-passage].passage-nested')
    await expect(nested.textContent()).resolves.toContain(PART)
    const nestedId = await nested.getAttribute('data-passage')
    // The nested passage is in report 3 too; the longer one is not.
    await expect(page.locator(`[data-doc="2"] .column-body [data-passage="${nestedId}"]`).count()).resolves.toBe(1)
    const longerId = await longer.getAttribute('data-passage')
    await expect(page.locator(`[data-doc="2"] .column-body [data-passage="${longerId}"]`).count()).resolves.toBe(0)
    const item = page.locator(`[data-passage-item="${nestedId}"]`)
    await expect(item.locator('.passage-parent').textContent()).resolves.toBe('part of a longer passage in reports 1 and 2')

    await nested.hover()
    await expect.poll(() => page.locator(`[data-doc="2"] .column-body [data-passage="${nestedId}"][data-active]`).count()).toBe(1)
    await page.locator('[data-doc="0"] .column-body').evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
    await screenshot(page, 'nested-passage')
  })

  it('shows the reworded flood quote as one passage, with each changed stretch marked', async () => {
    const page = running.current.page
    const quote = page.locator('[data-doc="1"] [data-passage]', { hasText: 'never seen the river rise' }).first()
    await expect(quote.textContent()).resolves.toBe('We have never seen the river rise so quickly. Our crews worked all night to get everyone out safely')
    const changed = await quote.locator('mark[data-variant="substitution"]').allTextContents()
    expect(changed).toEqual(['river', 'so quickly', 'all', 'everyone'])
    await quote.hover()
    await page.locator('[data-doc="0"] .column-body').evaluate((el) => el.scrollTo({ top: 0 }))
    await screenshot(page, 'reworded-quote')
  })
})
