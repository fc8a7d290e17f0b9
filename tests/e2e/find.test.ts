// Find in the comparison, in Chromium on the built-in sample: Ctrl+F, the count over all columns,
// next and previous, the current match centred in its own column and painted with the CSS Custom
// Highlight API (the text itself untouched), and Escape closing with the focus given back.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, useSampleApp } from './harness'


const status = (page: Page) => page.getByRole('search', { name: 'Find in the reports' }).getByRole('status').textContent()

/** The painted current match: its text, its column, and whether it sits inside its column's visible area. */
function currentMatch(page: Page) {
  return page.evaluate(() => {
    const current = CSS.highlights.get('find-current')
    const all = CSS.highlights.get('find-match')
    const range = current ? ([...current][0] as Range | undefined) : undefined
    if (!range) return null
    const body = range.startContainer.parentElement?.closest('.column-body') as HTMLElement | null
    const rect = range.getBoundingClientRect()
    const view = body?.getBoundingClientRect()
    return {
      text: range.toString(),
      doc: range.startContainer.parentElement?.closest('[data-doc]')?.getAttribute('data-doc') ?? null,
      size: current?.size ?? 0,
      matches: all?.size ?? 0,
      visible: view ? rect.top >= view.top && rect.bottom <= view.bottom : false,
      // How far from the middle of its column, as a share of the column's height.
      offCentre: view ? Math.abs(rect.top + rect.height / 2 - (view.top + view.height / 2)) / view.height : 1,
      // A match near either end of its report cannot come to the middle.
      atEdge: body ? body.scrollTop <= 0 || body.scrollTop >= body.scrollHeight - body.clientHeight - 1 : false,
    }
  })
}

describe('find in the comparison', () => {
  const running = useSampleApp()

  it('opens on Ctrl+F with the input focused and counts "Putin" over every column', async () => {
    const { page } = running.current
    await page.locator('[data-doc="0"] .column-body').focus()
    await page.keyboard.press('Control+f')
    const input = page.getByRole('searchbox', { name: 'Find in the reports' })
    await expect.poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true)
    await page.keyboard.type('Putin')
    await expect.poll(() => status(page)).toMatch(/^1 of \d+ · report 1$/)
    const total = Number((await status(page))?.match(/of (\d+)/)?.[1])
    expect(total).toBeGreaterThan(3)
    const painted = await currentMatch(page)
    expect(painted).toMatchObject({ text: 'Putin', doc: '0', size: 1, matches: total, visible: true })
  })

  it('moves to the next match on Enter and centres it in its column', async () => {
    const { page } = running.current
    await page.keyboard.press('Enter')
    await expect.poll(() => status(page)).toMatch(/^2 of \d+ · report \d$/)
    await expect.poll(async () => (await currentMatch(page))?.visible).toBe(true)
    await page.keyboard.press('Shift+Enter')
    await expect.poll(() => status(page)).toMatch(/^1 of \d+ · report 1$/)
  })

  it('reaches and paints a match in report 3, centred in that column', async () => {
    const { page } = running.current
    for (let i = 0; i < 20 && !(await status(page))?.endsWith('report 3'); i++) await page.keyboard.press('F3')
    expect(await status(page)).toMatch(/ · report 3$/)
    await expect.poll(async () => (await currentMatch(page))?.doc).toBe('2')
    const painted = await currentMatch(page)
    expect(painted).toMatchObject({ text: 'Putin', size: 1, visible: true })
    expect(painted?.atEdge || (painted?.offCentre ?? 1) < 0.1).toBe(true)
    // The text is as rendered: no elements were added around the matches.
    await expect(page.locator('.column-body mark:has-text("Putin"), .column-body [class*="find"]').count()).resolves.toBe(0)
    await screenshot(page, 'find')
  })

  it('goes back from the first match to the last, in report 3, and centres it', async () => {
    const { page } = running.current
    for (let i = 0; i < 20 && !(await status(page))?.startsWith('1 of'); i++) await page.keyboard.press('Shift+F3')
    await page.keyboard.press('Control+Shift+G')
    await expect.poll(() => status(page)).toMatch(/^(\d+) of \1 · report 3$/)
    const painted = await currentMatch(page)
    expect(painted).toMatchObject({ text: 'Putin', doc: '2', visible: true })
    expect(painted?.atEdge || (painted?.offCentre ?? 1) < 0.1).toBe(true)
  })

  it('says "No matches" for text that is in no report', async () => {
    const { page } = running.current
    await page.getByRole('searchbox', { name: 'Find in the reports' }).fill('zzqx')
    await expect.poll(() => status(page)).toBe('No matches')
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false)
    await page.getByRole('searchbox', { name: 'Find in the reports' }).fill('Putin')
    await expect.poll(() => status(page)).toMatch(/^1 of \d+/)
  })

  it('closes on Escape, clears the paint and gives the focus back', async () => {
    const { page } = running.current
    await page.keyboard.press('Escape')
    await expect(page.getByRole('search', { name: 'Find in the reports' }).count()).resolves.toBe(0)
    await expect.poll(() => page.evaluate(() => CSS.highlights.has('find-current'))).toBe(false)
    await expect(page.evaluate(() => document.activeElement?.closest('[data-doc]')?.getAttribute('data-doc'))).resolves.toBe('0')
    expect(running.current.pageErrors).toEqual([])
  })
})
