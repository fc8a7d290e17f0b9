// Every dialog, opened from the keyboard in Chromium through the test bridge, gives the focus back where it
// was when it closes (Escape), and axe-core finds no serious or critical violations while it is open:
// export PDF (its button, and Ctrl+P from a passage), keyboard shortcuts (?), settings (Ctrl+,), about
// (the menu), import, and the library's edit and delete dialogs.

import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { axeCheck, blocking, saveAxeResults, type AxeState } from './axeCheck'
import { openSample, screenshot, startApp, type RunningApp } from './harness'
import { playMenu } from './playMenu'

/** Something that tells the focused element apart: its passage, its column, or its name. */
const focusedName = (page: Page): Promise<string> =>
  page.evaluate(() => {
    const active = document.activeElement as HTMLElement | null
    if (!active || active === document.body) return '(the page)'
    if (active.dataset['passage']) return `passage ${active.dataset['passage']} in report ${Number(active.closest('[data-doc]')?.getAttribute('data-doc')) + 1}`
    return active.getAttribute('aria-label') ?? active.textContent?.trim() ?? active.tagName
  })

describe('dialogs opened from the keyboard', () => {
  let app: RunningApp
  const axe: AxeState[] = []

  beforeAll(async () => {
    app = await startApp({ bypassCSP: true, viewport: { width: 1440, height: 900 } })
    await openSample(app.page, app.bridge.url)
  })
  afterAll(async () => {
    await saveAxeResults('dialogs', axe)
    await app?.close()
  })

  /** Opens a dialog with `open` while `from` has the focus, checks it, closes it with Escape, and says where the focus went. */
  async function roundTrip(state: string, from: Locator, open: () => Promise<void>): Promise<{ before: string; after: string }> {
    const { page } = app
    await from.focus()
    const before = await focusedName(page)
    await open()
    const dialog = page.locator('dialog[open]')
    await dialog.waitFor()
    await expect.poll(() => dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true)
    axe.push(await axeCheck(page, state))
    expect(blocking(axe.at(-1) as AxeState)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    return { before, after: await focusedName(page) }
  }

  it('export PDF, from its button', async () => {
    const button = app.page.getByRole('button', { name: 'Export PDF…' })
    const { before, after } = await roundTrip('export PDF dialog', button, () => app.page.keyboard.press('Enter'))
    expect(before).toBe('Export PDF…')
    expect(after).toBe(before)
  })

  it('export PDF, with Ctrl+P from a passage reached with n', async () => {
    const { page } = app
    const passage = async (): Promise<Locator> => {
      await page.locator('[data-doc="1"] [data-column-body]').focus()
      await page.keyboard.press('n')
      return page.locator('[data-doc="1"] [data-passage]:focus')
    }
    const { before, after } = await roundTrip('export PDF dialog (Ctrl+P)', await passage(), () => page.keyboard.press('Control+P'))
    expect(before).toMatch(/^passage p\d+ in report 2$/)
    expect(after).toBe(before)
  })

  it('keyboard shortcuts, with ? from a column, listing the selection keys', async () => {
    const { page } = app
    const body = page.locator('[data-doc="2"] [data-column-body]')
    const { before, after } = await roundTrip('keyboard shortcuts dialog', body, async () => {
      await page.keyboard.press('?')
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
      await dialog.waitFor()
      await expect(dialog.textContent()).resolves.toMatch(/Enter.*Select the focused passage.*S.*Select the sentence.*Shift\+→.*Extend the selection by a word/)
      await expect(dialog.textContent()).resolves.toContain('Explain the difference')
      await screenshot(page, 'keyboard-shortcuts')
    })
    expect(before).toMatch(/^Text of report 3/)
    expect(after).toBe(before)
  })

  it('keyboard shortcuts, from the keys hint in the toolbar', async () => {
    const hint = app.page.getByRole('button', { name: /all keys/ })
    const { before, after } = await roundTrip('keyboard shortcuts dialog (hint)', hint, () => app.page.keyboard.press('Enter'))
    expect(after).toBe(before)
  })

  it('settings, with Ctrl+, from a column', async () => {
    const body = app.page.locator('[data-doc="0"] [data-column-body]')
    const { before, after } = await roundTrip('settings dialog', body, () => app.page.keyboard.press('Control+Comma'))
    expect(before).toMatch(/^Text of report 1/)
    expect(after).toBe(before)
  })

  it('about, from the menu', async () => {
    const body = app.page.locator('[data-doc="1"] [data-column-body]')
    const { before, after } = await roundTrip('about dialog', body, () => playMenu(app.page, { command: 'about' }))
    expect(after).toBe(before)
  })

  it('import, from the sidebar', async () => {
    const button = app.page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: 'Import…' })
    const { before, after } = await roundTrip('import dialog', button, () => app.page.keyboard.press('Enter'))
    expect(before).toBe('Import…')
    expect(after).toBe(before)
  })

  it("edit and delete, from an article's row in the library", async () => {
    const { page } = app
    await page.getByRole('navigation', { name: 'Library' }).getByRole('button', { name: /^Articles/ }).focus()
    await page.keyboard.press('Enter')
    const edit = page.getByRole('button', { name: /^Edit “/ }).first()
    await edit.waitFor()
    axe.push(await axeCheck(page, 'library'))
    expect(blocking(axe.at(-1) as AxeState)).toEqual([])
    const edited = await roundTrip('edit article dialog', edit, () => page.keyboard.press('Enter'))
    expect(edited.before).toMatch(/^Edit “/)
    expect(edited.after).toBe(edited.before)
    const remove = page.getByRole('button', { name: /^Delete “/ }).first()
    const removed = await roundTrip('delete article dialog', remove, () => page.keyboard.press('Enter'))
    expect(removed.before).toMatch(/^Delete “/)
    expect(removed.after).toBe(removed.before)
    expect(app.pageErrors).toEqual([])
  })
})
