// `npm run bench`: times Parallax's alignDocuments against jsdiff's diffWords on every case of cases.ts,
// each engine and case in its own child process (child.ts), one after another so they do not compete
// for the two cores; then 10 to 100 reports of 800 words (many.ts); then, in Chromium, the comparison view
// and PDF export; then highlight saves; then the article library at 10,000 articles; then how long very
// large imports hold up the main process and the page (importBlock.ts, importResponsiveness.ts); then the
// overview of passages × reports at 50 × 500 (matrix.ts); then the main process's start-up with the sample
// and with 10,000 articles (startup.ts); then the window's first screen (firstScreen.ts); then, given a
// folder of news clusters (--corpus PATH), the fidelity of the alignment on real news (fidelity.ts). Prints
// a table, the figures, the targets as pass/fail, and as the very last line one JSON object. `--fidelity
// PATH` runs the fidelity benchmark alone, `--matrix` the overview's, `--startup` the start-up's,
// `--first-screen` the first screen's, `--view` the comparison view's, `--pdf` the PDF export's (BENCH_VERBOSE=1: where its time goes,
// bench/pdfProbe.ts), `--many` the table of 10 to 100 reports (many.ts), `--quotes [PATH]` the quote
// ledger's (bench/quotes.ts: accuracy on the labelled set, and speed against the alignment), `--pages PAGES`
// the reading of saved web pages against a reference (bench/pages.ts; BENCH_VERBOSE=1 lists the blocks
// dropped), `--sweep PATH` the command line on every cluster of a corpus, its output checked (bench/sweep.ts).

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { BENCH_USAGE, parseBenchArguments, type BenchArguments } from './benchArguments'
import { buildCases, type BenchCase } from './cases'
import { runChild } from './childRun'
import { describeMany, manyAlone, manyTargets, measureMany } from './many'
import { BASELINE_CAP_MS } from './protocol'
import { countWordsOf } from './corpus'
import { measureSaves, type SaveFigures } from './highlights'
import { measureImportBlock, type ImportBlockFigures } from './importBlock'
import { measureImportReading, type ReadingFigures } from './importResponsiveness'
import { measureLibrary, type LibraryFigures } from './library'
import { describeLibrary, libraryTargets } from './libraryReport'
import { describePdf, measurePdf, pdfTargets, type PdfFigures } from './pdf'
import { describeMatrix, matrixTargets, measureMatrix, type MatrixFigures } from './matrix'
import { describeQuotes, quoteTargets } from './quotes'
import { describeStartup, measureStartup, startupTargets, type StartupFigures } from './startup'
import { describeFirstScreen, firstScreenTargets, measureFirstScreen, type FirstScreenFigures } from './firstScreen'
import { describeView } from './view'
import { sweepAlone } from './sweep'
import { fidelityAlone, fidelityFigures, fidelityOf, firstScreenAlone, matrixAlone, pagesAlone, pdfAlone, quotesAlone, quotesOf, sayFidelity, withoutExamples, startupAlone, viewAlone, viewOf } from './alone'
import { row, table, targets, viewTargets, type CaseFigures } from './caseReport'
import { attempt, median, ms, progress, say } from './output'

const MEMORY_METHOD = 'peak RSS (getrusage maxRSS) during the first run, above the RSS just before it, each case and engine in a fresh node --expose-gc process'

const mb = (bytes: number): number => Math.round(bytes / 104857.6) / 10

function measure(benchCase: BenchCase, caseFile: string): CaseFigures {
  const p = runChild('parallax', caseFile)
  const b = runChild('jsdiff', caseFile)
  const parallax: CaseFigures['parallax'] = p.ok
    ? {
        medianMs: median(p.result.runs),
        coldMs: p.result.coldMs,
        runs: p.result.runs.length,
        peakRssMB: mb(p.result.peakRssGrowth),
        passages: p.result.passages ?? 0,
        phrases: p.result.phrases ?? 0,
        readingMs: median(p.result.readingRuns ?? []),
        cpuMs: median(p.result.cpuRuns ?? []),
      }
    : { error: p.error }
  const baseline: CaseFigures['baseline'] = b.ok
    ? { medianMs: b.result.capped ? null : median(b.result.runs), runs: b.result.runs.length, capped: b.result.capped, peakRssMB: mb(b.result.peakRssGrowth) }
    : { error: b.error }
  let speedup: number | null = null
  let speedupIsLowerBound = false
  if ('medianMs' in parallax && 'capped' in baseline) {
    speedup = (baseline.medianMs ?? BASELINE_CAP_MS) / parallax.medianMs
    speedupIsLowerBound = baseline.capped
  }
  return {
    id: benchCase.id,
    label: benchCase.label,
    documents: benchCase.texts.length,
    words: benchCase.texts.reduce((sum, text) => sum + countWordsOf(text), 0),
    selfRepetition: Math.round(benchCase.selfRepetition * 100) / 100,
    parallax,
    baseline,
    speedup: speedup === null ? null : Math.round(speedup * 10) / 10,
    speedupIsLowerBound,
  }
}

// ---- run ------------------------------------------------------------------------------------------
async function fullBench(corpus: string | undefined): Promise<void> {
  const started = performance.now()
  progress('Building the cases…')
  const cases = buildCases()
  const dir = mkdtempSync(join(tmpdir(), 'parallax-bench-'))
  const figures: CaseFigures[] = []
  try {
    for (const benchCase of cases) {
      const caseFile = join(dir, `${benchCase.id}.json`)
      writeFileSync(caseFile, JSON.stringify({ texts: benchCase.texts }))
      const caseStart = performance.now()
      figures.push(measure(benchCase, caseFile))
      progress(`  ${benchCase.label}: done in ${((performance.now() - caseStart) / 1000).toFixed(1)} s`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }

  say()
  say(`Parallax alignDocuments (variants included) against jsdiff diffWords over every pair of whole documents.`)
  say(`Times are medians (number of runs in brackets). The baseline is capped at ${BASELINE_CAP_MS / 1000} s per run, and then run once;`)
  say(`otherwise it runs 5 times, or fewer once its runs for the case pass ${(2 * BASELINE_CAP_MS) / 1000} s.`)
  say(`Memory: ${MEMORY_METHOD}, in MB. rep4: share of document 1's 4-gram positions repeated within it.`)
  say()
  for (const line of table(['case', 'words', 'rep4', 'Parallax', 'jsdiff', 'speed-up', 'P MB', 'jsdiff MB', 'passages', 'phrases'], figures.map(row))) say(line)
  progress('Measuring many reports…')
  const many = measureMany(figures)
  say()
  for (const line of describeMany(many)) say(line)

  // The comparison view in Chromium, on the 3 × 10k case (needs the built renderer and /usr/bin/chromium).
  const view = await viewOf(cases)
  say()
  for (const line of describeView(view)) say(line)
  // PDF export of the sample and of the 3 × 10k case, against a plain print of the same texts (no target).
  let pdf: PdfFigures[] | { error: string }
  try {
    const threeByTen = cases.find((c) => c.id === 'reports-3x10k')
    if (!threeByTen) throw new Error('no 3 × 10k case')
    progress('Measuring PDF export in Chromium…')
    pdf = await measurePdf(threeByTen.texts)
  } catch (error) {
    pdf = { error: (error as Error).message }
  }
  say()
  say('PDF export (A4 landscape; columns, appendix and notes), wall time around exportPdf through the dispatcher, against')
  say('Chromium printing the same texts as a plain page of paragraphs to the same paper (ratio in brackets):')
  if ('error' in pdf) say(`  could not be measured: ${pdf.error}`)
  else for (const f of pdf) say(`  ${describePdf(f)}`)
  progress('Measuring highlight saves…')
  const saves: SaveFigures[] = await measureSaves()
  say()
  say('Saving a highlight (IPC call to answer, written and flushed to disk), by library size:')
  for (const s of saves) say(`  ${s.articles} articles, ${s.highlights} highlights (${s.fileMB} MB): p50 ${ms(s.p50Ms)}, p95 ${ms(s.p95Ms)}`)
  const [emptySaves, , largest] = saves
  if (emptySaves && largest) say(`  p95 at 5,000 articles and 20,000 highlights is ${(largest.p95Ms / emptySaves.p95Ms).toFixed(1)}× the empty library's`)
  progress('Measuring the article library at 10,000 articles…')
  const library = await attempt<LibraryFigures>(() => measureLibrary(progress))
  say()
  if ('error' in library) say(`The article library could not be measured: ${library.error}`)
  else for (const line of describeLibrary(library, ms)) say(line)
  progress('Measuring how long a very large import holds up the main process…')
  const importBlock = await attempt<ImportBlockFigures>(() => measureImportBlock())
  say()
  if ('error' in importBlock) say(`The large import could not be measured: ${importBlock.error}`)
  else {
    say(`Importing two articles of ${(importBlock.characters / 2_000_000).toFixed(1)} million characters each through the dispatcher: ${ms(importBlock.importMs)};`)
    say(`  the main process held up at most ${ms(importBlock.longestBlockMs)} at a time (idle, the same timer: ${ms(importBlock.idleLongestBlockMs)})`)
  }
  progress('Measuring the page while the import dialog reads large files…')
  const reading = await attempt<ReadingFigures[]>(() => measureImportReading())
  say()
  say('The page while the import dialog reads files, from choosing them until their preview is ready (Chromium, long-task observer):')
  if ('error' in reading) say(`  could not be measured: ${reading.error}`)
  else for (const r of reading) say(`  ${r.what}: read in ${ms(r.readMs)}; longest task ${r.longestTaskMs === 0 ? 'none over 50 ms' : ms(r.longestTaskMs)}, longest gap between frames ${ms(r.longestFrameGapMs)}`)
  progress('Measuring the overview of passages × reports in Chromium…')
  const matrix = await attempt<MatrixFigures>(() => measureMatrix())
  say()
  if ('error' in matrix) say(`The overview could not be measured: ${matrix.error}`)
  else for (const line of describeMatrix(matrix)) say(line)
  progress('Measuring the main process\'s start-up…')
  const startup = await attempt<StartupFigures>(() => measureStartup(progress))
  say()
  if ('error' in startup) say(`The start-up could not be measured: ${startup.error}`)
  else for (const line of describeStartup(startup)) say(line)
  progress('Measuring the window\'s first screen in Chromium…')
  const firstScreen = await attempt<FirstScreenFigures>(() => measureFirstScreen(9, progress))
  say()
  if ('error' in firstScreen) say(`The first screen could not be measured: ${firstScreen.error}`)
  else for (const line of describeFirstScreen(firstScreen)) say(line)
  progress('Measuring the quote ledger…')
  const quotes = quotesOf(corpus)
  say()
  for (const line of describeQuotes(quotes.accuracy, quotes.speeds, quotes.heldOut)) say(line)
  const fidelity = fidelityOf(corpus)
  sayFidelity(fidelity)
  say()
  const results = [
    ...targets(figures),
    ...manyTargets(many),
    ...viewTargets(view),
    ...pdfTargets(pdf),
    { name: 'save a highlight, 5,000 articles and 20,000 highlights: p95 ≤ 50 ms', pass: (largest?.p95Ms ?? Infinity) <= 50, measured: largest ? ms(largest.p95Ms) : 'failed' },
    ...libraryTargets(library, ms),
    {
      name: 'reading a 20 MB text file and five 2 MB web pages in the import dialog: no task over 200 ms',
      pass: !('error' in reading) && reading.every((r) => r.longestTaskMs <= 200),
      measured: 'error' in reading ? 'failed' : reading.map((r) => `${r.what} ${ms(r.longestTaskMs)}`).join(', '),
    },
    {
      name: 'importing two 19-million-character articles: no event-loop block over 100 ms',
      pass: !('error' in importBlock) && importBlock.longestBlockMs <= 100,
      measured: 'error' in importBlock ? 'failed' : ms(importBlock.longestBlockMs),
    },
    ...matrixTargets(matrix),
    ...startupTargets(startup),
    ...firstScreenTargets(firstScreen),
    ...quoteTargets(quotes.accuracy, quotes.speeds),
  ]
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  const totalSeconds = Math.round((performance.now() - started) / 100) / 10
  say(`(${totalSeconds} s in all, Node ${process.versions.node}, ${availableParallelism()} cores)`)
  say(
    JSON.stringify({
      node: process.versions.node,
      cores: availableParallelism(),
      baselineCapMs: BASELINE_CAP_MS,
      memory: MEMORY_METHOD,
      cases: figures,
      many,
      view,
      pdf,
      saves,
      library,
      importBlock,
      reading,
      matrix,
      startup,
      firstScreen,
      quotes: { accuracy: withoutExamples(quotes.accuracy), heldOut: quotes.heldOut && withoutExamples(quotes.heldOut), speeds: quotes.speeds },
      fidelity: fidelityFigures(fidelity),
      targets: results,
      totalSeconds,
    }),
  )
  // Targets missed are a finding, not a failure of the benchmark; a measurement that could not be made is.
  process.exitCode = figures.every((f) => !('error' in f.parallax) && !('error' in f.baseline)) && !('error' in view) && !('error' in pdf) && !('error' in library) && !('error' in importBlock) && !('error' in reading) && !('error' in matrix) && !('error' in startup) && !('error' in firstScreen) && !('error' in fidelity) ? 0 : 1
}

let benchArguments: BenchArguments | undefined
try {
  benchArguments = parseBenchArguments(process.argv.slice(2))
} catch {
  progress(BENCH_USAGE)
  process.exitCode = 2
}
// A mistyped corpus path should stop the bench now, not after the minutes the other parts take.
if (benchArguments?.corpus !== undefined && !existsSync(benchArguments.corpus)) {
  progress(`No folder at ${benchArguments.corpus}. ${BENCH_USAGE}`)
  process.exitCode = 2
} else if (benchArguments?.fidelityOnly && benchArguments.corpus !== undefined) fidelityAlone(benchArguments.corpus)
else if (benchArguments?.matrixOnly) await matrixAlone()
else if (benchArguments?.startupOnly) await startupAlone()
else if (benchArguments?.manyOnly) manyAlone()
else if (benchArguments?.firstScreenOnly) await firstScreenAlone()
else if (benchArguments?.pdfOnly) await pdfAlone(process.env['BENCH_VERBOSE'] === '1')
else if (benchArguments?.viewOnly) await viewAlone()
else if (benchArguments?.quotesOnly) quotesAlone(benchArguments.corpus)
else if (benchArguments?.sweepOnly && benchArguments.corpus !== undefined) await sweepAlone(benchArguments.corpus, process.env['BENCH_VERBOSE'] === '1')
else if (benchArguments?.pages !== undefined) await pagesAlone(benchArguments.pages, process.env['BENCH_VERBOSE'] === '1')
else if (benchArguments !== undefined) await fullBench(benchArguments.corpus)
