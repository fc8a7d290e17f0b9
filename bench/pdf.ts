// Export as PDF, timed through the contract (choosePdfFile, then exportPdf through services.dispatch: the
// print view laid out in Chromium, page.pdf, the file written), on the sample and on the 3 × 10k case,
// with columns, appendix and notes. As from an open comparison, the export is handed the alignment and
// quote ledger the view has (computed here beforehand, untimed, by the same functions as the view's
// worker); the same export without them, the print window aligning the reports itself (the command line,
// a stale hand-off), is timed beside it. The baseline, in the same run and the same Chromium: printing the same
// texts as a static page of <p> elements (no alignment, no print view) to the same paper, and writing it.
// Each is also measured in CPU time (Node and every Chromium process, processCpu.ts), which the others'
// work on a shared machine does not move as it moves the wall clock.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { DEFAULT_PDF_OPTIONS, type PdfOptions } from '../src/shared/domain/pdf'
import type { PdfExportResult, PrintAlignment } from '../src/shared/ipc/contract'
import { alignDocuments } from '../src/shared/alignment'
import { buildQuoteLedger } from '../src/shared/quotes'
import { addTextsComparison, startBenchBrowser, type BenchBrowser } from './browser'
import { getComparison, listComparisons } from '../src/main/storage/comparisons'
import { treeCpuMs } from './processCpu'

export const PDF_OPTIONS: PdfOptions = { ...DEFAULT_PDF_OPTIONS, appendix: true, notes: true }

export interface PdfFigures {
  id: 'sample' | 'reports-3x10k'
  label: string
  reports: number
  words: number
  /** Measured runs, after one warm-up run of each. */
  runs: number
  /** Median wall ms around the exportPdf call through services.dispatch, handed the view's alignment. */
  exportMs: number
  /** The same without the hand-off: the print window aligns the reports itself. */
  unpreparedMs: number
  /** Median CPU ms of the export (handed the alignment), of the export without it, and of the plain print; null where CPU time cannot be read. */
  exportCpuMs: number | null
  unpreparedCpuMs: number | null
  plainCpuMs: number | null
  /** Median of the export's own timing (exportPdf's `milliseconds`: laying out, printing, writing). */
  exportOwnMs: number
  pages: number
  bytes: number
  /** Median wall ms to print the same texts as a plain page (new tab, setContent, page.pdf, write). */
  plainMs: number
  plainPages: number
  plainBytes: number
  /** exportMs / plainMs. */
  ratio: number
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number
const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length

const escapeHtml = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The texts as one static page: each report's title, then its paragraphs as <p> elements. */
function plainHtml(reports: readonly { title: string; text: string }[]): string {
  const sections = reports.map(
    ({ title, text }) =>
      `<h2>${escapeHtml(title)}</h2>\n${text
        .split(/\n+/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => `<p>${escapeHtml(p)}</p>`)
        .join('\n')}`,
  )
  return `<!doctype html><html><head><meta charset="utf-8"><title>Plain</title></head><body>${sections.join('\n')}</body></html>`
}

/** What an open comparison hands to its export: its texts' hashes, the alignment and the quote ledger. */
function handOff(articles: readonly { text: string; textHash: string }[]): PrintAlignment {
  const texts = articles.map((a) => a.text)
  const alignment = alignDocuments(texts)
  let ledger: PrintAlignment['ledger'] = null
  try {
    ledger = buildQuoteLedger(texts, alignment)
  } catch {
    // As the view: the comparison stands without its quotations.
  }
  return { textHashes: articles.map((a) => a.textHash), alignment, ledger }
}

/** CPU ms since `since` (a treeCpuMs reading), or null. */
const cpuSince = (since: number | null): number | null => {
  const now = treeCpuMs()
  return since === null || now === null ? null : now - since
}

async function exportOnce(browser: BenchBrowser, comparisonId: string, path: string, prepared?: PrintAlignment): Promise<{ wallMs: number; cpuMs: number | null; result: PdfExportResult }> {
  const { services } = browser.bridge
  browser.desktop.nextSavePath = path
  const chosen = await services.dispatch('choosePdfFile', { comparisonId })
  if (!chosen.ok) throw new Error(chosen.error.message)
  const { token } = chosen.value as { token: string; fileName: string }
  const cpu = treeCpuMs()
  const began = performance.now()
  const exported = await services.dispatch('exportPdf', { comparisonId, token, options: PDF_OPTIONS, ...(prepared ? { prepared } : {}) })
  const wallMs = performance.now() - began
  const cpuMs = cpuSince(cpu)
  if (!exported.ok) throw new Error(exported.error.message)
  return { wallMs, cpuMs, result: exported.value as PdfExportResult }
}

/** The same steps as the bridge's printer (a new tab, print, close) and the export (write the file), on a plain page. */
async function plainOnce(browser: BenchBrowser, html: string, path: string): Promise<{ wallMs: number; cpuMs: number | null; pages: number; bytes: number }> {
  const cpu = treeCpuMs()
  const began = performance.now()
  const page = await browser.context.newPage()
  let bytes: Uint8Array
  try {
    await page.setContent(html)
    const landscape = PDF_OPTIONS.orientation === 'landscape'
    bytes = new Uint8Array(await page.pdf({ printBackground: true, format: PDF_OPTIONS.paper === 'a4' ? 'A4' : 'Letter', landscape }))
  } finally {
    await page.close()
  }
  await writeFile(path, bytes)
  const wallMs = performance.now() - began
  const cpuMs = cpuSince(cpu)
  return { wallMs, cpuMs, pages: (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount(), bytes: bytes.byteLength }
}

async function measureCase(
  browser: BenchBrowser,
  folder: string,
  id: PdfFigures['id'],
  label: string,
  comparisonId: string,
  runs: number,
): Promise<PdfFigures> {
  const { articles } = await getComparison(browser.bridge.services.library.store, comparisonId)
  const html = plainHtml(articles)
  const prepared = handOff(articles)
  const exports: Array<Awaited<ReturnType<typeof exportOnce>>> = []
  const unprepared: Array<Awaited<ReturnType<typeof exportOnce>>> = []
  const plains: Array<Awaited<ReturnType<typeof plainOnce>>> = []
  // Run 0 is the warm-up. Exports and plain print alternate, so all see the machine in the same state.
  for (let run = 0; run <= runs; run++) {
    const exported = await exportOnce(browser, comparisonId, join(folder, `${id}-${run}.pdf`), prepared)
    const plain = await plainOnce(browser, html, join(folder, `${id}-${run}-plain.pdf`))
    const alone = await exportOnce(browser, comparisonId, join(folder, `${id}-${run}-unprepared.pdf`))
    if (run === 0) continue
    exports.push(exported)
    plains.push(plain)
    unprepared.push(alone)
  }
  const last = exports[exports.length - 1] as (typeof exports)[number]
  const lastPlain = plains[plains.length - 1] as (typeof plains)[number]
  const round = (value: number): number => Math.round(value * 10) / 10
  const exportMs = round(median(exports.map((e) => e.wallMs)))
  const plainMs = round(median(plains.map((p) => p.wallMs)))
  const cpuOf = (xs: ReadonlyArray<{ cpuMs: number | null }>): number | null => (xs.every((x) => x.cpuMs !== null) ? Math.round(median(xs.map((x) => x.cpuMs as number))) : null)
  return {
    id,
    label,
    reports: articles.length,
    words: articles.reduce((n, a) => n + countWords(a.text), 0),
    runs,
    exportMs,
    unpreparedMs: round(median(unprepared.map((u) => u.wallMs))),
    exportCpuMs: cpuOf(exports),
    unpreparedCpuMs: cpuOf(unprepared),
    plainCpuMs: cpuOf(plains),
    exportOwnMs: median(exports.map((e) => e.result.milliseconds)),
    pages: last.result.pages,
    bytes: last.result.bytes,
    plainMs,
    plainPages: lastPlain.pages,
    plainBytes: lastPlain.bytes,
    ratio: Math.round((exportMs / plainMs) * 100) / 100,
  }
}

/** Measures the sample comparison and a comparison of `threeByTen` (the 3 × 10k case's texts). */
export async function measurePdf(threeByTen: readonly string[], runs = 3): Promise<PdfFigures[]> {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-pdf-bench-out-'))
  const browser = await startBenchBrowser('pdf', { width: 1440, height: 900 })
  try {
    // A fresh library holds only the sample until the 3 × 10k comparison is added.
    const sample = listComparisons(browser.bridge.services.library.store)[0]
    if (!sample) throw new Error('no sample comparison')
    const big = await addTextsComparison(browser.bridge, 'Bench: 3 × 10k words', threeByTen)
    return [
      await measureCase(browser, folder, 'sample', 'sample', sample.id, runs),
      await measureCase(browser, folder, 'reports-3x10k', '3 × 10k words', big, runs),
    ]
  } finally {
    await browser.close()
    await rm(folder, { recursive: true, force: true })
  }
}

const seconds = (ms: number): string => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${Math.round(ms)} ms`)
const megabytes = (bytes: number): string => `${(bytes / 1048576).toFixed(bytes < 1048576 ? 2 : 1)} MB`

/** One line of the report, e.g. "PDF export, sample: 1.90 s median (3 runs), 6 pages, 0.14 MB; plain print …". */
export function describePdf(f: PdfFigures): string {
  return (
    `PDF export, ${f.label}: ${seconds(f.exportMs)} median (${f.runs} runs; ${seconds(f.exportOwnMs)} by the export's own clock; ` +
    `${seconds(f.unpreparedMs)} without the view's alignment handed over), ` +
    `${f.pages} pages, ${megabytes(f.bytes)}; plain print of the same text ${seconds(f.plainMs)}, ${f.plainPages} pages, ` +
    `${megabytes(f.plainBytes)} (${f.ratio.toFixed(1)}×)` +
    (f.exportCpuMs !== null && f.plainCpuMs !== null && f.unpreparedCpuMs !== null
      ? `; in CPU time: the export ${seconds(f.exportCpuMs)}, without the hand-off ${seconds(f.unpreparedCpuMs)}, the plain print ${seconds(f.plainCpuMs)} (${(f.exportCpuMs / f.plainCpuMs).toFixed(1)}×)`
      : '')
  )
}

/** The targets of issue 22 (part 4), on the 3 × 10k case: at most 1.5 s, and at most twice the plain print. */
export function pdfTargets(pdf: PdfFigures[] | { error: string }): Array<{ name: string; pass: boolean; measured: string }> {
  const big = 'error' in pdf ? undefined : pdf.find((f) => f.id === 'reports-3x10k')
  const measured = big ? `${seconds(big.exportMs)}, ${big.pages} pages, ${megabytes(big.bytes)}` : 'failed'
  return [
    { name: 'PDF export of 3 × 10k words: median ≤ 1.5 s', pass: big !== undefined && big.exportMs <= 1500, measured },
    {
      name: 'PDF export of 3 × 10k words: ≤ 2× a plain print of the same text',
      pass: big !== undefined && big.ratio <= 2,
      measured: big ? `${big.ratio.toFixed(2)}× (plain ${seconds(big.plainMs)}, ${big.plainPages} pages, ${megabytes(big.plainBytes)})` : 'failed',
    },
  ]
}
