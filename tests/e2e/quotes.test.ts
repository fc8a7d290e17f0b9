// The Quotes tab in Chromium on the built-in sample: Carney's quotation under his name, carried by reports 2
// and 3 with report 2's wording described; choosing it levels both columns at the words they share; the filters narrow the
// list; and every control is reached from the keyboard. A screenshot of the tab.

import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openSample, screenshot, startApp, type RunningApp } from './harness'
import { axeCheck, blocking } from './axeCheck'

describe('the Quotes tab on the sample', () => {
  let app: RunningApp
  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1440, height: 900 }, bypassCSP: true })
    await openSample(app.page, app.bridge.url)
    await app.page.getByRole('tab', { name: /^Quotes \(\d+\)$/ }).click()
    await app.page.getByRole('heading', { name: /Jay Carney/ }).waitFor()
  })
  afterAll(async () => app?.close())

  it("lists Carney's shared quotation under his name with how report 2 words it", async () => {
    const { page } = app
    const carney = page.locator('.quotes-speaker').filter({ has: page.getByRole('heading', { name: /Jay Carney \(3\)/ }) })
    const shared = carney.locator('.quote-item').filter({ hasText: 'We have seen over the course' })
    await expect(shared.locator('.quote-instance').allTextContents()).resolves.toEqual(['2trimmedre-capitalisedrewordedthat → the', '3fullest wording'])
    await screenshot(page, 'quotes-tab-sample')
  })

  it('levels the two columns at the words they share when the quotation is chosen, and marks both copies', async () => {
    const { page } = app
    await page.locator('.quote-item').filter({ hasText: 'We have seen over the course' }).getByRole('button').click()
    const placed = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights
      const marked = [...(registry.get('quote-shown') ?? [])].map((r) => ({ doc: r.startContainer.parentElement?.closest('[data-doc]')?.getAttribute('data-doc'), text: String(r).slice(0, 20) }))
      // Where "we have consistently" stands in each column: report 2 opens its quotation there, report 3 has
      // it inside its fuller one.
      // The words may run over several text nodes (marks and passages wrap them): find them in the column's
      // whole text, then the node and offset their first letter is at.
      const topOf = (doc: number, words: string): number | null => {
        const body = document.querySelector(`[data-doc="${doc}"] [data-column-body]`) as HTMLElement
        const nodes: Array<{ node: Text; at: number }> = []
        let text = ''
        const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          nodes.push({ node: node as Text, at: text.length })
          text += node.textContent ?? ''
        }
        const at = text.toLowerCase().indexOf(words)
        const holder = nodes.findLast((n) => n.at <= at)
        if (at < 0 || !holder) return null
        const range = document.createRange()
        range.setStart(holder.node, at - holder.at)
        range.setEnd(holder.node, at - holder.at + 1)
        return Math.round(range.getBoundingClientRect().top)
      }
      return { marked, two: topOf(1, 'we have consistently'), three: topOf(2, 'we have consistently') }
    })
    expect(placed.marked).toEqual([
      { doc: '1', text: 'We have consistently' },
      { doc: '2', text: 'We have seen over th' },
    ])
    expect(Math.abs((placed.two ?? 0) - (placed.three ?? 1000))).toBeLessThanOrEqual(2)
    await screenshot(page, 'quotes-levelled-sample')
  })

  it('narrows the list by kind and by speaker, and says how many it shows', async () => {
    const { page } = app
    const show = page.getByLabel('Show', { exact: true })
    const speaker = page.getByLabel('Speaker', { exact: true })
    await show.selectOption({ label: 'Reworded or trimmed' })
    const badges = await page.locator('.quote-item').evaluateAll((items) => items.map((item) => [...item.querySelectorAll('.quote-badge')].map((b) => b.textContent)))
    expect(badges.length).toBeGreaterThan(0)
    for (const list of badges) expect(list.some((b) => ['trimmed', 'spliced', 'reworded', 'without quotation marks'].includes(b ?? ''))).toBe(true)
    await expect(page.getByRole('status').filter({ hasText: /of \d+ quotations/ }).textContent()).resolves.toMatch(new RegExp(`^${badges.length} of \\d+ quotations$`))
    await show.selectOption({ label: 'All quotations' })
    await speaker.selectOption({ label: 'No speaker named' })
    await expect(page.getByRole('heading', { name: /Jay Carney/ }).count()).resolves.toBe(0)
    await expect(page.getByRole('heading', { name: /No speaker named/ }).count()).resolves.toBe(1)
    await speaker.selectOption({ label: 'Everyone' })
  })

  it('gives axe-core nothing serious or critical to report in the Quotes tab', async () => {
    const result = await axeCheck(app.page, 'quotes tab')
    expect(blocking(result)).toEqual([])
  })

  it('reaches a quotation from the keyboard and shows it with Enter', async () => {
    const { page } = app
    await page.getByLabel('Speaker', { exact: true }).focus()
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    const focused = await page.evaluate(() => document.activeElement?.closest('.quote-item') !== null && document.activeElement?.tagName)
    expect(focused).toBe('BUTTON')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('quote-shown')?.size ?? 0)).resolves.toBeGreaterThan(0)
  })
})
