// The overview of passages × reports in Chromium at 50 reports and 500 passages (generated, passages known):
// how long it takes to show, and to answer an arrow key and a click, each against what the view already does
// in the same run with the same comparison open: showing the passages panel (its 500 items), the n key
// (next passage in the columns), and a click on a passage in the panel. Every time runs from the event to
// the paint after the frame that shows its result. Also counts the elements the grid puts in the page.

import type { Page } from 'playwright-core'
import { generateReports } from '../tests/fixtures/manyReports'
import { addTextsComparison, startBenchBrowser } from './browser'

export interface Timed {
  medianMs: number
  p95Ms: number
  runs: number
}

export interface MatrixFigures {
  reports: number
  passages: number
  words: number
  /** Showing the overview in the columns' place, against showing the passages panel's tab. */
  firstRender: Timed
  panelRender: Timed
  /** An arrow key (down, a row) in the grid, against n (next passage) in the columns. */
  arrowKey: Timed
  nextPassageKey: Timed
  /** A click on a cell (its passage shown in the columns of its reports), against a click on a passage of the panel. */
  cellClick: Timed
  panelClick: Timed
  /** Elements inside the overview once shown. */
  gridElements: number
}

const REPORTS = 50
const PASSAGES = 500

// In-page scripts are plain JavaScript strings (see view.ts).
const HELPERS = `
  window.__paint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  window.__until = (test) => new Promise((resolve) => { const check = () => (test() ? resolve() : requestAnimationFrame(check)); check() })
  window.__timed = async (act, done) => { const start = performance.now(); act(); await window.__until(done); await window.__paint(); return performance.now() - start }
`

const timedIn = (page: Page, act: string, done: string): Promise<number> => page.evaluate<number>(`window.__timed(() => { ${act} }, () => ${done})`)

const summary = (times: number[]): Timed => {
  const sorted = [...times].sort((a, b) => a - b)
  return { medianMs: sorted[sorted.length >> 1] as number, p95Ms: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))] as number, runs: times.length }
}

const button = (name: string): string => `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === ${JSON.stringify(name)})`

export async function measureMatrix(runs = 7): Promise<MatrixFigures> {
  const generated = generateReports({ reports: REPORTS, sentences: PASSAGES, share: 0.3 })
  const { bridge, context, close } = await startBenchBrowser('matrix', { width: 1440, height: 900 })
  try {
    const comparisonId = await addTextsComparison(bridge, `Bench: ${REPORTS} reports, ${PASSAGES} passages`, generated.texts)
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${bridge.url}#/comparison/${comparisonId}`)
    await page.locator('[data-passage-item]').nth(PASSAGES - 1).waitFor({ timeout: 120_000 })
    await page.evaluate(HELPERS)

    const firstRender: number[] = []
    const panelRender: number[] = []
    for (let run = 0; run < runs; run++) {
      await page.evaluate(`${button('Notes (0)')}.click(); window.__paint()`)
      panelRender.push(await timedIn(page, `${button('Passages')}.click()`, `document.querySelectorAll('[data-passage-item]').length === ${PASSAGES}`))
      firstRender.push(await timedIn(page, `${button('Overview')}.click()`, `document.querySelector('[role="grid"] [data-matrix-row]') !== null`))
      await page.evaluate(`${button('Columns')}.click(); window.__paint()`)
    }
    await page.evaluate(`${button('Overview')}.click(); window.__paint()`)
    const gridElements = await page.evaluate<number>(`document.querySelectorAll('.matrix *').length`)

    // Arrow keys: down the first column of reports, through rows that must be drawn as the grid scrolls.
    await page.locator('[role="grid"] [tabindex="0"]').focus()
    await page.keyboard.press('ArrowRight')
    const arrowKey: number[] = []
    for (let i = 0; i < 60; i++) {
      arrowKey.push(
        await timedIn(
          page,
          `window.__from = document.activeElement.dataset.cell; document.activeElement.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }))`,
          `document.activeElement?.dataset.cell !== window.__from`,
        ),
      )
    }

    // Clicks on cells of rows in view: each shows the passage in its reports' columns.
    const cellClick: number[] = []
    for (let i = 0; i < runs; i++) {
      const act = `document.querySelectorAll('[role="gridcell"]:not([data-state="absent"])')[${i * 7}].click()`
      cellClick.push(await timedIn(page, act, `document.querySelector('.reports-spotlight') !== null && !document.querySelector('.columns-area').hasAttribute('data-behind')`))
      await page.evaluate(`${button('Show your columns')}.click(); window.__paint()`)
      await page.evaluate(`${button('Overview')}.click(); window.__paint()`)
    }
    await page.evaluate(`${button('Columns')}.click(); window.__paint()`)

    // The baselines in the columns: n moves to the next passage of the focused column; a click on the panel's passage.
    await page.locator('[data-doc="0"] [data-column-body]').focus()
    const nextPassageKey: number[] = []
    for (let i = 0; i < 60; i++) {
      nextPassageKey.push(
        await timedIn(
          page,
          `window.__from = document.querySelector('[data-passage][data-active]')?.dataset.passage; (document.activeElement ?? document.body).dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }))`,
          `document.querySelector('[data-passage][data-active]')?.dataset.passage !== window.__from`,
        ),
      )
    }
    const panelClick: number[] = []
    for (let i = 0; i < runs; i++) {
      panelClick.push(await timedIn(page, `document.querySelectorAll('[data-passage-item]')[${i * 7 + 3}].click()`, `document.querySelector('[data-passage-item][aria-current="true"]') === document.querySelectorAll('[data-passage-item]')[${i * 7 + 3}]`))
    }

    return {
      reports: REPORTS,
      passages: PASSAGES,
      words: generated.texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0),
      firstRender: summary(firstRender),
      panelRender: summary(panelRender),
      arrowKey: summary(arrowKey),
      nextPassageKey: summary(nextPassageKey),
      cellClick: summary(cellClick),
      panelClick: summary(panelClick),
      gridElements,
    }
  } finally {
    await close()
  }
}

const ms = (value: number): string => `${value.toFixed(1)} ms`
const ratio = (a: Timed, b: Timed): string => `${(a.medianMs / b.medianMs).toFixed(2)}×`

export function describeMatrix(f: MatrixFigures): string[] {
  return [
    `The overview of passages × reports in Chromium, ${f.reports} reports × ${f.passages} passages (${f.words.toLocaleString('en')} words); medians (95th percentile), event to the paint that shows it:`,
    `  showing the overview ${ms(f.firstRender.medianMs)} (${ms(f.firstRender.p95Ms)}); the passages panel's 500 items (baseline) ${ms(f.panelRender.medianMs)}: ${ratio(f.firstRender, f.panelRender)} the baseline`,
    `  an arrow key in the grid ${ms(f.arrowKey.medianMs)} (${ms(f.arrowKey.p95Ms)}); n in the columns (baseline) ${ms(f.nextPassageKey.medianMs)}: ${ratio(f.arrowKey, f.nextPassageKey)} the baseline`,
    `  a click on a cell, its passage's reports shown as columns ${ms(f.cellClick.medianMs)} (${ms(f.cellClick.p95Ms)}); a click on a passage of the panel (baseline) ${ms(f.panelClick.medianMs)}: ${ratio(f.cellClick, f.panelClick)} the baseline`,
    `  elements in the overview: ${f.gridElements.toLocaleString('en')} (the grid has ${(f.reports * f.passages).toLocaleString('en')} cells)`,
  ]
}

export interface MatrixTarget {
  name: string
  pass: boolean
  measured: string
}

export function matrixTargets(f: MatrixFigures | { error: string }): MatrixTarget[] {
  if ('error' in f) return [{ name: 'overview: measured in Chromium', pass: false, measured: f.error }]
  return [
    { name: 'overview, 50 × 500: shown within 2× the passages panel', pass: f.firstRender.medianMs <= 2 * f.panelRender.medianMs, measured: `${ms(f.firstRender.medianMs)}, ${ratio(f.firstRender, f.panelRender)}` },
    { name: 'overview, 50 × 500: an arrow key painted within 50 ms (95%)', pass: f.arrowKey.p95Ms <= 50, measured: `p95 ${ms(f.arrowKey.p95Ms)}, ${ratio(f.arrowKey, f.nextPassageKey)} the n key` },
    {
      name: 'overview, 50 × 500: a cell shown as its reports’ columns within 3× a click on the panel (it changes which columns are drawn)',
      pass: f.cellClick.medianMs <= 3 * f.panelClick.medianMs,
      measured: `${ms(f.cellClick.medianMs)}, ${ratio(f.cellClick, f.panelClick)}`,
    },
    { name: 'overview, 50 × 500: at most 5,000 elements in the page', pass: f.gridElements <= 5000, measured: f.gridElements.toLocaleString('en') },
  ]
}
