// The selection toolbar never covers the text it is about, in Chromium through the test bridge: with the
// selected words on the first line of a column it goes below them, on the last line above them, and a
// selection made with the keyboard is brought into view with the toolbar beside it.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { screenshot, useSampleApp } from './harness'

/** Near the start of report 3, and far enough down it to sit on the column's last line. */
const EARLY = "Moscow's Vnukovo Airport"
const LATER = 'Mouaz Alkhatib'

/** Scrolls report 3's column so `phrase` sits at its top or bottom edge, then selects it. */
function selectAtEdge(page: Page, phrase: string, edge: 'top' | 'bottom'): Promise<void> {
  return page.locator('[data-doc="2"] [data-column-body]').evaluate(
    (body, [wanted, where]) => {
      const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent?.indexOf(wanted as string) ?? -1
        if (at < 0) continue
        const range = document.createRange()
        range.setStart(node, at)
        range.setEnd(node, at + (wanted as string).length)
        const view = body.getBoundingClientRect()
        const rect = range.getBoundingClientRect()
        body.scrollTop += where === 'top' ? rect.top - view.top - 2 : rect.bottom - view.bottom + 2
        document.getSelection()?.removeAllRanges()
        document.getSelection()?.addRange(range)
        return
      }
      throw new Error(`"${wanted}" is not in report 3`)
    },
    [phrase, edge],
  )
}

/** The toolbar's box, the selected text's line boxes, and the visible box of its column. */
function layout(page: Page) {
  return page.evaluate(() => {
    const toolbar = document.querySelector('[role="toolbar"][aria-label="Highlight the selection"]') as HTMLElement | null
    const selection = document.getSelection()
    if (!toolbar || !selection || selection.rangeCount === 0) return null
    const box = (r: DOMRect) => ({ top: r.top, bottom: r.bottom, left: r.left, right: r.right })
    const body = (selection.anchorNode?.parentElement?.closest('[data-column-body]') as HTMLElement).getBoundingClientRect()
    return {
      side: toolbar.dataset['side'],
      toolbar: box(toolbar.getBoundingClientRect()),
      lines: [...selection.getRangeAt(0).getClientRects()].filter((r) => r.width > 0).map(box),
      column: box(body),
    }
  })
}

type Box = { top: number; bottom: number; left: number; right: number }
const overlaps = (a: Box, b: Box): boolean => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom

describe('the selection toolbar beside the selection', () => {
  const running = useSampleApp()

  it('goes below words selected on the first line of a column', async () => {
    const { page } = running.current
    await selectAtEdge(page, EARLY, 'top')
    await expect.poll(async () => (await layout(page))?.side).toBe('below')
    const placed = await layout(page)
    if (!placed) throw new Error('no toolbar')
    expect(placed.lines.length).toBeGreaterThan(0)
    for (const line of placed.lines) expect(overlaps(line, placed.toolbar)).toBe(false)
    expect(placed.toolbar.top).toBeGreaterThanOrEqual(Math.max(...placed.lines.map((l) => l.bottom)))
    expect(placed.toolbar.bottom).toBeLessThanOrEqual(placed.column.bottom)
    expect(Math.min(...placed.lines.map((l) => l.top)) - placed.column.top).toBeLessThan(8)
    await screenshot(page, 'selection-toolbar-below')
  })

  it('goes above words selected on the last line of a column', async () => {
    const { page } = running.current
    await selectAtEdge(page, LATER, 'bottom')
    await expect.poll(async () => (await layout(page))?.side).toBe('above')
    const placed = await layout(page)
    if (!placed) throw new Error('no toolbar')
    for (const line of placed.lines) expect(overlaps(line, placed.toolbar)).toBe(false)
    expect(placed.toolbar.bottom).toBeLessThanOrEqual(Math.min(...placed.lines.map((l) => l.top)))
    expect(placed.toolbar.top).toBeGreaterThanOrEqual(placed.column.top)
    // On the column's last line, as asked.
    expect(placed.column.bottom - Math.max(...placed.lines.map((l) => l.bottom))).toBeLessThan(8)
    await screenshot(page, 'selection-toolbar-above')
  })

  it('brings words selected with Shift+→ past the bottom of the column into view, the toolbar clear of them', async () => {
    const { page } = running.current
    await page.keyboard.press('Escape')
    await selectAtEdge(page, LATER, 'bottom')
    // Word by word past the last line the column shows.
    for (let i = 0; i < 12; i++) await page.keyboard.press('Shift+ArrowRight')
    await expect.poll(async () => (await layout(page))?.lines.length ?? 0).toBeGreaterThan(1)
    // The column scrolls the new words into view and the toolbar follows them a frame later: wait for both
    // to settle, then every line in view is clear of the toolbar and the last one is in view.
    const settled = async (): Promise<string> => {
      const placed = await layout(page)
      if (!placed) return 'no toolbar'
      const end = placed.lines.at(-1) as Box
      if (end.bottom > placed.column.bottom) return 'the last word is below the column'
      const covered = placed.lines.filter((line) => line.bottom > placed.column.top && line.top < placed.column.bottom && overlaps(line, placed.toolbar))
      return covered.length === 0 ? 'clear' : `${covered.length} lines under the toolbar`
    }
    await expect.poll(settled).toBe('clear')
    expect(running.current.pageErrors).toEqual([])
  })
})
