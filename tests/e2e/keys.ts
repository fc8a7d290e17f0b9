// Moving through the page with the keyboard, for the tests that do without the mouse: Tab to a column's
// text, and what has the focus and what is selected.

import type { Page } from 'playwright-core'

export const selected = (page: Page): Promise<string> => page.evaluate(() => String(document.getSelection()))

/** The focused element's passage, report (0-based, as data-doc) and role. */
export const focused = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    return { passage: active?.dataset['passage'] ?? null, doc: active?.closest('[data-doc]')?.getAttribute('data-doc') ?? null, role: active?.getAttribute('role') ?? null }
  })

/** Presses Tab until report `doc`'s text has the focus, as a person moving through the page would. */
export async function tabTo(page: Page, doc: number): Promise<void> {
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab')
    const here = await page.evaluate(() => (document.activeElement?.matches('[data-column-body]') ? document.activeElement.closest('[data-doc]')?.getAttribute('data-doc') : null))
    if (here === String(doc)) return
  }
  throw new Error(`Tab never reached report ${doc + 1}'s text`)
}
