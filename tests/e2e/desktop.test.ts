// The desktop side of the app in Chromium through the test bridge: the shortcuts the page matches itself
// where no native menu carries them, the menu and context-menu commands as the preload would deliver
// them, the theme and text size (kept across a reload), About, the recent comparisons (the one open last
// reopens at start), and an article's link opening outside the window.

import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { ComparisonSummary } from '../../src/shared/domain/comparison'
import type { ImportOutcome } from '../../src/shared/ipc/contract'
import { openSample, screenshot, useSampleApp, type RunningApp } from './harness'
import { playMenu } from './playMenu'

/** The value of a successful call made straight to the services (setting up what a test needs). */
async function call<T>(app: RunningApp, channel: string, input?: unknown): Promise<T> {
  const result = await app.bridge.services.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

const activePassage = (page: Page) => page.evaluate(() => document.querySelector<HTMLElement>('[data-passage][data-active]')?.dataset['passage'] ?? null)

/** Selects `phrase` in column `doc` as the mouse would, without moving it (the context menu keeps the selection). */
async function select(page: Page, doc: number, phrase: string): Promise<void> {
  await page.locator(`[data-doc="${doc}"] .column-body`).evaluate((body, wanted) => {
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(wanted) ?? -1
      if (at < 0) continue
      node.parentElement?.scrollIntoView({ block: 'center' })
      const range = document.createRange()
      range.setStart(node, at)
      range.setEnd(node, at + wanted.length)
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
      return
    }
    throw new Error(`"${wanted}" not found in one text node`)
  }, phrase)
  await expect.poll(() => page.getByRole('toolbar', { name: 'Highlight the selection' }).count()).toBe(1)
}

describe('shortcuts the page matches itself (no native menu in a browser)', () => {
  const running = useSampleApp()

  it('moves to the next and previous shared passage of the focused report with Ctrl+] and Ctrl+[', async () => {
    const app = running.current
    const { page } = app
    const focusedPassage = () => page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null
      return active?.dataset['passage'] ? `${active.closest<HTMLElement>('[data-doc]')?.dataset['doc']}:${active.dataset['passage']}` : null
    })
    expect(await activePassage(page)).toBeNull()
    await page.locator('[data-doc="2"] .column-body').focus()
    await page.keyboard.press('Control+BracketRight')
    // The sample shares one passage (Carney's quote, reports 2 and 3): it becomes active, with the focus on it in report 3.
    await expect.poll(() => activePassage(page)).toBe('p1')
    expect(await focusedPassage()).toBe('2:p1')
    await page.keyboard.press('Escape')
    await expect.poll(() => activePassage(page)).toBeNull()
    await page.keyboard.press('Control+BracketLeft')
    await expect.poll(() => activePassage(page)).toBe('p1')
    expect(await focusedPassage()).toBe('2:p1')
    await page.keyboard.press('Escape')
  })

  it('hides and shows the passages panel with Ctrl+Alt+P', async () => {
    const app = running.current
    const { page } = app
    await expect.poll(() => page.locator('.side-panel').count()).toBe(1)
    await page.keyboard.press('Control+Alt+KeyP')
    await expect.poll(() => page.locator('.side-panel').count()).toBe(0)
    await page.keyboard.press('Control+Alt+KeyP')
    await expect.poll(() => page.locator('.side-panel').count()).toBe(1)
  })

  it('hides and shows the library sidebar with Ctrl+Alt+L, the reports taking the room', async () => {
    const { page } = running.current
    const sidebar = page.getByRole('navigation', { name: 'Library' })
    const columnWidth = () => page.locator('[data-doc="0"]').evaluate((column) => column.getBoundingClientRect().width)
    const before = await columnWidth()
    await page.keyboard.press('Control+Alt+KeyL')
    await expect.poll(() => sidebar.count()).toBe(0)
    await expect.poll(columnWidth).toBeGreaterThan(before + 50)
    await page.keyboard.press('Control+Alt+KeyL')
    await expect.poll(() => sidebar.count()).toBe(1)
  })

  it.each([
    ['Control+KeyP', 'Export PDF'],
    ['Control+KeyO', 'Import articles'],
    ['Control+Comma', 'Settings'],
  ])('opens a dialog with %s (%s), and Escape closes it', async (keys, heading) => {
    const app = running.current
    const { page } = app
    await page.locator('[data-doc="0"] .column-body').focus()
    await page.keyboard.press(keys)
    const dialog = page.getByRole('dialog', { name: heading })
    await dialog.waitFor()
    // While it is open, no shortcut reaches the view behind it. Keys are handled in turn: once Escape has
    // closed the dialog, the shortcuts pressed before it have been handled too.
    await page.keyboard.press('Control+KeyF')
    await page.keyboard.press('Control+Alt+KeyP')
    expect(await page.getByRole('dialog').count()).toBe(1)
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await page.getByRole('searchbox', { name: 'Find in the reports' }).count()).toBe(0)
    expect(await page.locator('.side-panel').count()).toBe(1)
  })

  it('opens find with Ctrl+G when the bar is closed, then steps with Ctrl+G and Ctrl+Shift+G', async () => {
    const app = running.current
    const { page } = app
    await page.keyboard.press('Control+KeyG')
    const input = page.getByRole('searchbox', { name: /find/i })
    await input.waitFor()
    await input.fill('Kerry')
    const count = page.locator('.find-status')
    await expect.poll(() => count.textContent()).toMatch(/^1 of \d+ · /)
    await page.keyboard.press('Control+KeyG')
    await expect.poll(() => count.textContent()).toMatch(/^2 of \d+ · /)
    await page.keyboard.press('Control+Shift+KeyG')
    await expect.poll(() => count.textContent()).toMatch(/^1 of \d+ · /)
    await page.keyboard.press('Escape')
  })

  it('takes no shortcut without its modifier: typing "o" in the page opens nothing', async () => {
    const app = running.current
    const { page } = app
    await page.locator('[data-doc="0"] .column-body').focus()
    await page.keyboard.press('KeyO')
    // Keys are handled in turn: once the find bar that Ctrl+F opens is there, "o" has been handled too.
    await page.keyboard.press('Control+KeyF')
    await page.getByRole('searchbox', { name: /find/i }).waitFor()
    expect(await page.getByRole('dialog').count()).toBe(0)
    await page.keyboard.press('Escape')
  })
})

describe('menu commands, settings and About (the browser reporting a light system theme)', () => {
  const running = useSampleApp()

  it('shows About with the version from package.json', async () => {
    const app = running.current
    const { page } = app
    await playMenu(page, { command: 'about' })
    const about = page.getByRole('dialog', { name: 'About Parallax' })
    await about.waitFor()
    await expect.poll(() => about.textContent()).toContain('Version 0.1.0')
    await screenshot(page, 'about')
    await about.getByRole('button', { name: 'Close' }).click()
    await expect.poll(() => about.count()).toBe(0)
  })

  it('switches to the dark theme and a larger text size at once, keeps both after a reload, and keeps the name for annotations', async () => {
    const app = running.current
    const { page } = app
    const scheme = () => page.evaluate(() => document.documentElement.dataset['scheme'])
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor)
    const textSize = () => page.locator('[data-doc="0"] .column-body').evaluate((body) => parseFloat(getComputedStyle(body).fontSize))
    expect(await scheme()).toBe('light')
    const lightBackground = await background()
    const defaultSize = await textSize()

    await playMenu(page, { command: 'openSettings' })
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByRole('radio', { name: 'Dark' }).check()
    await settings.getByRole('combobox', { name: 'Size' }).selectOption('140')
    await expect.poll(scheme).toBe('dark')
    expect(await background()).not.toBe(lightBackground)
    await expect.poll(textSize).toBeCloseTo(defaultSize * 1.4, 1)
    // The name for exported annotations is saved as the dialog closes.
    await settings.getByRole('textbox', { name: 'Your name' }).fill('  Reader One ')
    await screenshot(page, 'settings-dark')
    await settings.getByRole('button', { name: 'Done' }).click()

    await openSample(page, app.bridge.url)
    await expect.poll(scheme).toBe('dark')
    await expect.poll(textSize).toBeCloseTo(defaultSize * 1.4, 1)
    expect(await call(app, 'getSettings')).toEqual({ theme: 'dark', textSize: 140, authorName: 'Reader One', versionThreshold: 1, checkAtStart: false })
  })

  it('follows the system again when asked: light here, as the browser reports', async () => {
    const app = running.current
    const { page } = app
    await playMenu(page, { command: 'openSettings' })
    const settings = page.getByRole('dialog', { name: 'Settings' })
    await settings.getByRole('radio', { name: 'Same as the system' }).check()
    await settings.getByRole('combobox', { name: 'Size' }).selectOption('100')
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['scheme'])).toBe('light')
    await page.emulateMedia({ colorScheme: 'dark' })
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset['scheme'])).toBe('dark')
    await page.emulateMedia({ colorScheme: 'light' })
    await settings.getByRole('button', { name: 'Done' }).click()
  })

  it('highlights the selected text from the context menu, and adds a note with Add Note', async () => {
    const app = running.current
    const { page } = app
    const comparisonId = await sampleId(app)
    await select(page, 2, "Moscow's Vnukovo Airport")
    await playMenu(page, { command: 'highlightSelection' })
    await expect.poll(() => call<{ highlights: unknown[] }>(app, 'listHighlights', { comparisonId }).then((page) => page.highlights.length)).toBe(1)
    await select(page, 1, 'Jay Carney')
    await playMenu(page, { command: 'noteSelection' })
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('TEXTAREA')
    const { highlights } = await call<{ highlights: { color: string }[] }>(app, 'listHighlights', { comparisonId })
    expect(highlights.map((h) => h.color)).toEqual(['yellow', 'yellow'])
  })

  it('does nothing on Highlight when no report text is selected', async () => {
    const app = running.current
    const { page } = app
    await page.evaluate(() => document.getSelection()?.removeAllRanges())
    await playMenu(page, { command: 'highlightSelection' })
    // Menu commands are handled in turn: once the settings dialog the next one opens is there, Highlight has
    // been handled, and any highlight it made was asked for before the count below.
    await playMenu(page, { command: 'openSettings' })
    await page.getByRole('dialog', { name: 'Settings' }).waitFor()
    await page.keyboard.press('Escape')
    expect((await call<{ highlights: unknown[] }>(app, 'listHighlights', { comparisonId: await sampleId(app) })).highlights).toHaveLength(2)
  })

  it('opens the import dialog from File › Import…', async () => {
    const app = running.current
    const { page } = app
    await playMenu(page, { command: 'import' })
    await page.getByRole('dialog', { name: 'Import articles' }).waitFor()
    await page.keyboard.press('Escape')
  })
})

async function sampleId(app: RunningApp): Promise<string> {
  const list = await call<ComparisonSummary[]>(app, 'listComparisons')
  return (list.find((c) => c.title === 'Kerry in Moscow, May 2013') as ComparisonSummary).id
}

describe('recent comparisons and links', () => {
  const running = useSampleApp()

  it('opens a comparison from File › Open Recent, and reopens the one open last at the next start', async () => {
    const app = running.current
    const { page } = app
    const [sample] = await call<ComparisonSummary[]>(app, 'listComparisons')
    const reports = sample!.articleIds
    const budget = await call<ComparisonSummary>(app, 'createComparison', { title: 'Reports 1 and 3', articleIds: [reports[0], reports[2]] })
    await playMenu(page, { openComparison: budget.id })
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Reports 1 and 3')
    await expect.poll(() => call<{ title: string }[]>(app, 'recentComparisons').then((list) => list.map((c) => c.title))).toEqual(['Reports 1 and 3', 'Kerry in Moscow, May 2013'])

    // A newer comparison is made, but the one open last is what comes back.
    await call<ComparisonSummary>(app, 'createComparison', { title: 'Reports 2 and 3', articleIds: [reports[1], reports[2]] })
    await page.goto(app.bridge.url)
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Reports 1 and 3')
  })

  it('shows an article’s web address as a link that opens outside the window', async () => {
    const app = running.current
    const { page } = app
    const [outcome] = await call<ImportOutcome[]>(app, 'importArticles', {
      items: [{ title: 'Carney on Assad', outlet: 'Capital Ledger', byline: null, url: 'https://www.example.org/news/carney', publishedAt: null, tags: [], extracted: 'White House spokesman Jay Carney said the evidence pointed clearly to Assad.' }],
    })
    const [sample] = await call<ComparisonSummary[]>(app, 'listComparisons')
    const withLink = await call<ComparisonSummary>(app, 'createComparison', { title: 'With a link', articleIds: [outcome!.article!.id, sample!.articleIds.at(-1)] })
    await playMenu(page, { openComparison: withLink.id })
    const link = page.locator('[data-doc="0"] a.column-source')
    await link.waitFor()
    expect(await link.textContent()).toBe('example.org ↗')
    expect(await link.getAttribute('href')).toBe('https://www.example.org/news/carney')
    expect(await link.getAttribute('target')).toBe('_blank')
    expect(await link.getAttribute('rel')).toContain('noopener')
    expect(await page.locator('[data-doc="1"] a.column-source').count()).toBe(0)
    await screenshot(page, 'column-link')
    // A click asks the main process to open it; the page stays where it is.
    const before = page.url()
    await link.click()
    await expect.poll(() => app.openedLinks).toEqual(['https://www.example.org/news/carney'])
    expect(page.url()).toBe(before)
    expect(app.bridge.url).toBeTruthy()
  })
})
