// The parts of the benchmark that also run alone (`--fidelity PATH`, `--matrix`, `--quotes [PATH]`,
// `--first-screen`, `--pdf`, `--view`): the fidelity of the alignment on real news, the overview of passages ×
// reports, the quote ledger, the window's first screen, the PDF export, and the comparison view in Chromium.

import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildCases, threeReportSets, type BenchCase } from './cases'
import { viewTargets } from './caseReport'
import { measureFidelity, type FidelityResult, type FidelityRun } from './fidelity'
import { describeMatrix, matrixTargets, measureMatrix, type MatrixFigures } from './matrix'
import { realNewsTexts } from './newsCorpus'
import { attempt, progress, say } from './output'
import { describeFirstScreen, firstScreenTargets, measureFirstScreen } from './firstScreen'
import { describePages, measurePages } from './pages'
import { describePdf, measurePdf, pdfTargets, type PdfFigures } from './pdf'
import { probePdf } from './pdfProbe'
import { describeStartup, measureStartup, startupTargets } from './startup'
import { describeView, measureView, type ViewFigures } from './view'
import { describeQuotes, measureQuoteSpeed, measureQuotes, quoteTargets, type QuoteFigures, type QuoteSpeed } from './quotes'

const root = fileURLToPath(new URL('..', import.meta.url))

export type FidelityOutcome = FidelityRun | { error: string } | { skipped: string }

/** The fidelity benchmark on the corpus, or why it was not measured. */
export function fidelityOf(corpus: string | undefined): FidelityOutcome {
  if (corpus === undefined) return { skipped: 'no corpus given (npm run bench -- --corpus PATH)' }
  try {
    return measureFidelity(corpus, progress)
  } catch (error) {
    return { error: (error as Error).message }
  }
}

export function sayFidelity(fidelity: FidelityOutcome): void {
  say()
  if ('skipped' in fidelity) say(`Fidelity on real news: skipped, ${fidelity.skipped}.`)
  else if ('error' in fidelity) say(`Fidelity on real news could not be measured: ${fidelity.error}`)
  else for (const line of fidelity.report) say(line)
}

export const fidelityFigures = (fidelity: FidelityOutcome): FidelityResult | { error: string } | { skipped: string } => ('result' in fidelity ? fidelity.result : fidelity)

export function fidelityAlone(corpus: string): void {
  const fidelity = fidelityOf(corpus)
  sayFidelity(fidelity)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), fidelity: fidelityFigures(fidelity) }))
  process.exitCode = 'error' in fidelity ? 1 : 0
}

/** The quote ledger's accuracy on the labelled set, and its speed on 3 × 10k words (and real news, given a corpus).
 *  QUOTE_LABELS=FILE scores another labels file instead of the fixture's, its reports read from QUOTE_ARTICLES
 *  (a folder of <cluster>/<file>, such as a corpus) or else from the folder beside it: a set labelled apart,
 *  measured before it joins the fixture. */
export function quotesOf(corpus: string | undefined): { accuracy: QuoteFigures | { error: string }; heldOut: QuoteFigures | { error: string } | null; speeds: QuoteSpeed[] } {
  const labels = process.env['QUOTE_LABELS']
  const fixture = join(root, 'tests/fixtures/quotes')
  const measured = (measure: () => QuoteFigures): QuoteFigures | { error: string } => {
    try {
      return measure()
    } catch (error) {
      return { error: (error as Error).message }
    }
  }
  const accuracy = measured(() => (labels ? measureQuotes(fixture, labels, process.env['QUOTE_ARTICLES'] ?? dirname(labels)) : measureQuotes(fixture)))
  // The set held out (tests/fixtures/quotes-heldout), whose errors are never studied: reported, not a target.
  const heldOutFolder = join(root, 'tests/fixtures/quotes-heldout')
  const heldOut = labels || !existsSync(join(heldOutFolder, 'labels.json')) ? null : measured(() => measureQuotes(heldOutFolder))
  const threeByTen = buildCases().find((c) => c.id === 'reports-3x10k')
  const speeds = [...(threeByTen ? [measureQuoteSpeed('3 × 10k (the speed case)', threeByTen.texts)] : []), ...(corpus ? [measureQuoteSpeed('3 × 10k words of real news', realNewsTexts(corpus))] : [])]
  return { accuracy, heldOut, speeds }
}

/** Figures without the examples kept for reading (the held-out set's are never to be read). */
export function withoutExamples(figures: QuoteFigures | { error: string }): Omit<QuoteFigures, 'examples'> | { error: string } {
  if ('error' in figures) return figures
  const { examples: _examples, ...rest } = figures
  return rest
}

/** The quote ledger's benchmark alone. */
export function quotesAlone(corpus: string | undefined): void {
  const quotes = quotesOf(corpus)
  for (const line of describeQuotes(quotes.accuracy, quotes.speeds, quotes.heldOut)) say(line)
  const results = quoteTargets(quotes.accuracy, quotes.speeds)
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), quotes: { ...quotes, accuracy: withoutExamples(quotes.accuracy), heldOut: quotes.heldOut && withoutExamples(quotes.heldOut) }, targets: results }))
  process.exitCode = 'error' in quotes.accuracy ? 1 : 0
}

/** The overview's benchmark alone (it needs the built renderer, as the view's does). */
export async function matrixAlone(): Promise<void> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  const matrix = await attempt<MatrixFigures>(() => measureMatrix())
  if ('error' in matrix) say(`The overview could not be measured: ${matrix.error}`)
  else for (const line of describeMatrix(matrix)) say(line)
  const results = matrixTargets(matrix)
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), matrix, targets: results }))
  process.exitCode = 'error' in matrix ? 1 : 0
}

/** The reading of saved web pages alone: details and text against the folder's reference reading. */
export async function pagesAlone(folder: string, verbose: boolean): Promise<void> {
  const figures = await measurePages(folder)
  for (const line of describePages(figures, verbose)) say(line)
  say(JSON.stringify({ node: process.versions.node, pages: figures.map(({ dropped, ...f }) => ({ ...f, dropped: dropped.length })) }))
}

/** The main process's start-up alone (it needs the built main bundle). */
export async function startupAlone(): Promise<void> {
  const figures = await measureStartup(progress)
  for (const line of describeStartup(figures)) say(line)
  const results = startupTargets(figures)
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), startup: figures, targets: results }))
}

/** The window's first screen alone (it needs the built renderer and /usr/bin/chromium). */
export async function firstScreenAlone(): Promise<void> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) {
    progress('Building the app for the first-screen benchmark…')
    spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  }
  progress('Measuring the first screen in Chromium…')
  const figures = await measureFirstScreen(9, progress)
  for (const line of describeFirstScreen(figures)) say(line)
  const results = firstScreenTargets(figures)
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), firstScreen: figures, targets: results }))
}

/** The PDF export's benchmark alone (it needs the built renderer): the sample and 3 × 10k words, against a
 *  plain print; verbose, first where the time and pages go (pdfProbe.ts). */
export async function pdfAlone(verbose: boolean): Promise<void> {
  if (!existsSync(join(root, 'out/renderer/index.html'))) spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (verbose) {
    say('Where the PDF export of 3 × 10k words spends its time and pages (print times are medians of page.pdf alone):')
    const probed = await attempt(async () => {
      await probePdf((line) => say(`  ${line}`))
      return {}
    })
    if ('error' in probed) say(`  could not be probed: ${probed.error}`)
  }
  const threeByTen = buildCases().find((c) => c.id === 'reports-3x10k')
  const pdf = await attempt<PdfFigures[]>(async () => {
    if (!threeByTen) throw new Error('no 3 × 10k case')
    return measurePdf(threeByTen.texts)
  })
  if ('error' in pdf) say(`The PDF export could not be measured: ${pdf.error}`)
  else for (const f of pdf) say(describePdf(f))
  const results = pdfTargets(pdf)
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), pdf, targets: results }))
  process.exitCode = 'error' in pdf ? 1 : 0
}

// Built every time, not only when out/ is missing: a build left from before an edit measures the code
// as it was, and the view's figures are what a change to the renderer is judged by.
const buildRenderer = (): void => {
  progress('Building the app for the view benchmark…')
  spawnSync('npx', ['electron-vite', 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
}

/** The comparison view in Chromium on the 3 × 10k case (needs the built renderer and /usr/bin/chromium). */
export async function viewOf(cases: readonly BenchCase[]): Promise<ViewFigures | { error: string }> {
  return attempt<ViewFigures>(async () => {
    buildRenderer()
    const threeByTen = cases.find((c) => c.id === 'reports-3x10k')
    if (!threeByTen) throw new Error('no 3 × 10k case')
    // The 3 × 10k case first, then other texts of the same size: one comparison for each load. Nine
    // loads: with five, the two medians moved by up to 0.2× of their ratio from run to run on 2 cores.
    const [, ...others] = threeReportSets(10)
    progress('Measuring the comparison view in Chromium…')
    return measureView(others.pop() as string[], [threeByTen.texts, ...others])
  })
}

/** The comparison view's benchmark alone: first frames against the plain columns, hover, scrolling. */
export async function viewAlone(): Promise<void> {
  const view = await viewOf(buildCases())
  for (const line of describeView(view)) say(line)
  const results = viewTargets(view)
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), view, targets: results }))
  process.exitCode = 'error' in view ? 1 : 0
}
