// Many reports in Chromium through the test bridge, on generated comparisons whose passages are known:
// choosing columns with buttons and keys (hide, pin, move), the choice kept over a restart, pinned columns
// staying at the left while the others scroll; the overview of passages × reports, cell by cell as the
// reports were made, moved through with the keyboard, and a cell shown as the columns of the reports that
// carry its passage, levelled at it; axe-core on the overview and the chooser. Screenshots of the chooser and of the overview at 14 and 50 reports.

import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ComparisonSummary } from '../../src/shared/domain/comparison'
import type { ImportOutcome } from '../../src/shared/ipc/contract'
import { generateReports, type GeneratedReports } from '../fixtures/manyReports'
import { screenshot, startApp, type RunningApp } from './harness'

const require = createRequire(import.meta.url)

/** axe-core's serious and critical findings on the page as it is. */
async function seriousViolations(page: Page): Promise<{ id: string; impact: string; nodes: number }[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe
    const result = await axe.run(document)
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }))
  })
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
}

async function call<T>(app: RunningApp, channel: string, input?: unknown): Promise<T> {
  const result = await app.bridge.services.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

async function addComparison(app: RunningApp, generated: GeneratedReports, title: string): Promise<ComparisonSummary> {
  const items = generated.texts.map((text, doc) => ({ title: `Generated report ${doc + 1}`, outlet: generated.outlets[doc], byline: null, url: null, publishedAt: null, tags: [], extracted: text }))
  const outcomes = await call<ImportOutcome[]>(app, 'importArticles', { items })
  return call<ComparisonSummary>(app, 'createComparison', { title, articleIds: outcomes.map((o) => o.article?.id) })
}

async function open(page: Page, url: string, comparison: ComparisonSummary): Promise<void> {
  await page.goto(`${url}#/comparison/${comparison.id}`)
  await page.locator('[data-doc] [data-passage]').first().waitFor()
}

/** The reports drawn as columns, by number, pinned ones marked: "5* 1 3 4". */
const columnOrder = (page: Page): Promise<string> =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.columns [data-doc]')].map((c) => `${Number(c.dataset['doc']) + 1}${c.classList.contains('column-pinned') ? '*' : ''}`).join(' '),
  )

const focusedCell = (page: Page): Promise<string | undefined> => page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset['cell'])

describe('many reports: 14', () => {
  const generated = generateReports({ reports: 14, sentences: 40, share: 0.35 })
  let dataFolder: string
  let app: RunningApp
  let comparison: ComparisonSummary

  beforeAll(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), 'parallax-many-'))
    app = await startApp({ dataFolder, bypassCSP: true })
    comparison = await addComparison(app, generated, 'Fourteen reports')
    await open(app.page, app.bridge.url, comparison)
  })
  afterAll(async () => {
    await app?.close()
    await rm(dataFolder, { recursive: true, force: true })
  })

  it('hides, pins and moves columns with buttons and keys, says how many are hidden, and keeps the choice over a restart', async () => {
    const { page } = app
    expect(await columnOrder(page)).toBe('1 2 3 4 5 6 7 8 9 10 11 12 13 14')
    await page.getByRole('button', { name: 'Choose columns…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Columns' })
    await dialog.getByRole('checkbox', { name: /^2 · Evening Ledger/ }).uncheck()
    await dialog.getByRole('button', { name: 'Pin report 5' }).click()
    await expect(dialog.getByRole('button', { name: 'Pin report 5' }).getAttribute('aria-pressed')).resolves.toBe('true')
    // From the keyboard: the focus stays on the button that moved the report, wherever its row went; once
    // the report is first of the columns that scroll, on the button that moves it back.
    await dialog.getByRole('button', { name: 'Move report 4 left' }).focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move report 4 left')
    await page.keyboard.press('Enter')
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Move report 4 right')
    await expect(dialog.getByRole('button', { name: 'Move report 4 left' }).isDisabled()).resolves.toBe(true)
    await expect(dialog.getByRole('status').textContent()).resolves.toBe('13 of 14 reports shown, 1 hidden, 1 pinned')
    await screenshot(page, 'many-reports-chooser')
    await dialog.getByRole('button', { name: 'Done' }).click()

    expect(await columnOrder(page)).toBe('5* 4 1 3 6 7 8 9 10 11 12 13 14')
    await expect(page.getByRole('button', { name: '1 hidden: choose which reports show as columns' }).textContent()).resolves.toBe('1 hidden')
    // The pinned column stays at the left while the row scrolls past it.
    const columns = page.locator('.columns')
    const leftOf = (doc: number) => page.locator(`.columns [data-doc="${doc}"]`).evaluate((el) => Math.round(el.getBoundingClientRect().left))
    const pinnedAt = await leftOf(4)
    await columns.evaluate((el) => (el.scrollLeft = 2000))
    expect(await leftOf(4)).toBe(pinnedAt)
    expect(await leftOf(0)).toBeLessThan(pinnedAt)
    await screenshot(page, 'many-reports-pinned')

    // A wrong argument from the page is refused in words, through the same window.api.
    const refused = await page.evaluate((id) => (window as unknown as { api: { setColumnChoice: (x: unknown) => Promise<unknown> } }).api.setColumnChoice({ comparisonId: id, columns: { order: ['someone-else'], pinned: [], hidden: [] } }), comparison.id)
    expect(refused).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'The column order names a report that is not in this comparison.' } })

    await expect.poll(async () => (await call<ComparisonSummary[]>(app, 'listComparisons')).find((c) => c.id === comparison.id)?.columns?.pinned.length).toBe(1)
    await app.close()
    app = await startApp({ dataFolder, bypassCSP: true })
    await open(app.page, app.bridge.url, comparison)
    expect(await columnOrder(app.page)).toBe('5* 4 1 3 6 7 8 9 10 11 12 13 14')
  })

  it('draws the overview cell by cell as the reports carry each passage', async () => {
    const { page } = app
    await page.getByRole('button', { name: 'Overview' }).click()
    const grid = page.getByRole('grid', { name: 'Passages by report' })
    await expect(grid.getAttribute('aria-rowcount')).resolves.toBe(String(generated.sentences.length + 1))
    await expect(grid.getAttribute('aria-colcount')).resolves.toBe('15')
    const rows = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-matrix-row]')].map((row) => ({
        opening: row.querySelector('.matrix-opening')?.textContent ?? '',
        cells: [...row.querySelectorAll<HTMLElement>('[role="gridcell"]')].map((c) => c.dataset['state']),
      })),
    )
    expect(rows.length).toBeGreaterThan(10)
    for (const row of rows) {
      const sentence = generated.sentences.find((s) => row.opening.toLowerCase().startsWith(s.first))
      expect(sentence, row.opening).toBeDefined()
      expect(row.cells).toEqual(Array.from({ length: 14 }, (_, doc) => sentence?.carriers.get(doc) ?? 'absent'))
    }
    // The hidden report's column is marked in the overview's header.
    await expect(page.getByRole('columnheader', { name: 'report 2 (Evening Ledger), hidden from the columns' }).count()).resolves.toBe(1)
    await screenshot(page, 'many-reports-overview-14')
  })

  it('has no serious or critical axe-core violations in the overview and the column chooser', async () => {
    const { page } = app
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Choose columns…' }).click()
    expect(await seriousViolations(page)).toEqual([])
    await page.getByRole('dialog', { name: 'Columns' }).getByRole('button', { name: 'Done' }).click()
  })

  it('moves through the grid with the keyboard, one Tab stop, and shows a cell’s passage in the reports that carry it, levelled', async () => {
    const { page } = app
    const tabStops = await page.locator('[role="grid"] [tabindex="0"]').count()
    expect(tabStops).toBe(1)
    await page.locator('[role="grid"] [tabindex="0"]').focus()
    expect(await focusedCell(page)).toBe('0:0')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    expect(await focusedCell(page)).toBe('2:1')
    await page.keyboard.press('End')
    expect(await focusedCell(page)).toBe('2:14')
    await page.keyboard.press('Control+End')
    expect(await focusedCell(page)).toBe(`${generated.sentences.length - 1}:14`)
    await page.keyboard.press('Control+Home')
    await page.keyboard.press('PageDown')
    const afterPage = await focusedCell(page)
    expect(Number(afterPage?.split(':')[0])).toBeGreaterThan(5)
    await expect(page.locator('.matrix-status').textContent()).resolves.toMatch(/^Passage \d+: \d+ words, in \d+ of 14 reports/)

    // A cell of report 3 on a row it carries: Enter shows the passage in its reports, levelled.
    const row = Number(afterPage?.split(':')[0])
    const carried = await page.evaluate((r) => [...document.querySelectorAll<HTMLElement>(`[data-cell^="${r}:"][data-state]`)].filter((c) => c.dataset['state'] !== 'absent').map((c) => Number(c.dataset['cell']?.split(':')[1]) - 1), row)
    const passage = await page.locator(`[data-cell="${row}:0"]`).evaluate((el) => el.closest<HTMLElement>('[data-matrix-row]')?.dataset['matrixRow'])
    await page.keyboard.press('Home')
    for (let i = 0; i < (carried[0] as number) + 1; i++) await page.keyboard.press('ArrowRight')
    await page.keyboard.press('Enter')
    await expect(page.locator('.reports-spotlight').textContent()).resolves.toContain(`Showing the ${carried.length} reports that carry passage ${row + 1}.`)
    const shownDocs = (await columnOrder(page)).split(' ').map((d) => Number(d.replace('*', '')) - 1).sort((a, b) => a - b)
    expect(shownDocs).toEqual(carried)
    const tops = () => page.evaluate((id) => [...document.querySelectorAll<HTMLElement>('.columns [data-doc]')].map((c) => c.querySelector(`[data-passage="${id}"]`)?.getBoundingClientRect().top ?? NaN), passage)
    await expect.poll(async () => { const t = await tops(); return Math.max(...t) - Math.min(...t) }, { timeout: 5000 }).toBeLessThan(24)
    await screenshot(page, 'many-reports-shown-from-overview')
    await page.getByRole('button', { name: 'Show your columns' }).click()
    expect(await columnOrder(page)).toBe('5* 4 1 3 6 7 8 9 10 11 12 13 14')
  })
})

describe('many reports: 50', () => {
  const generated = generateReports({ reports: 50, sentences: 120, share: 0.3 })
  let app: RunningApp

  beforeAll(async () => {
    // In the dark theme, so the screenshots show the overview in both.
    app = await startApp({ colorScheme: 'dark' })
  })
  afterAll(async () => {
    await app?.close()
  })

  it('draws the overview of 50 reports with only the rows in view in the page', async () => {
    const { page } = app
    const comparison = await addComparison(app, generated, 'Fifty reports')
    await open(page, app.bridge.url, comparison)
    await page.getByRole('button', { name: 'Overview' }).click()
    const grid = page.getByRole('grid', { name: 'Passages by report' })
    await expect(grid.getAttribute('aria-rowcount')).resolves.toBe('121')
    await expect(grid.getAttribute('aria-colcount')).resolves.toBe('51')
    const drawnRows = await page.locator('[data-matrix-row]').count()
    expect(drawnRows).toBeLessThan(60)
    expect(await page.locator('[role="gridcell"]').count()).toBe(drawnRows * 50)
    await screenshot(page, 'many-reports-overview-50-dark')
  })
})
