// Selecting words with the mouse, as a reader does, for the tests that highlight: in the test bridge's
// Chromium and in the real Electron window alike.

import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Drags the mouse across `phrase` inside the given column, as a reader selecting it would. */
export async function dragAcross(page: Page, doc: number, phrase: string): Promise<void> {
  // Measure until the layout holds still (a column may still be finishing a smooth scroll).
  let box = await boxOf(page, doc, phrase)
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(100)
    const again = await boxOf(page, doc, phrase)
    if (JSON.stringify(again) === JSON.stringify(box)) break
    box = again
  }
  await page.mouse.move(box.x1, box.y1)
  await page.mouse.down()
  await page.mouse.move(box.x2, box.y2, { steps: 8 })
  await page.mouse.up()
  await expect.poll(() => page.evaluate(() => String(document.getSelection()))).toBe(phrase)
  // The click that ends the drag levels the other columns (smoothly); let that settle before acting.
  await expect.poll(() => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(true)))))).toBe(true)
}

function boxOf(page: Page, doc: number, phrase: string): Promise<{ x1: number; y1: number; x2: number; y2: number }> {
  return page.locator(`[data-doc="${doc}"] .column-body`).evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1
      if (at < 0) continue
      const parent = node.parentElement as HTMLElement
      const view = body.getBoundingClientRect()
      const where = parent.getBoundingClientRect()
      if (where.top < view.top || where.bottom > view.bottom) parent.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      const rects = range.getClientRects()
      const first = rects[0] as DOMRect
      const last = rects[rects.length - 1] as DOMRect
      return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 3, y2: last.top + last.height / 2 }
    }
    throw new Error(`"${wanted}" not found in one text node`)
  }, phrase)
}
