// Where the PDF export's time and pages go, on the 3 × 10k case: the print view opened as the export opens
// it (the time to its load event, to the document drawn, to ready), its DOM counted, the time setting the title and outline takes
// over the printed file, then the page printed as it is and in variants (sections left out, marks drawn
// otherwise or unwrapped, the columns' table replaced, untagged), in rounds of every variant in turn, the
// median kept, with the CPU time each print took in Chromium (processCpu.ts: on a busy machine the wall
// clock measures the others' work too). A diagnostic, run by `BENCH_VERBOSE=1 npm run bench -- --pdf` (PDF_PROBE_ONLY=a|b picks
// variants by name, PDF_PROBE_ROUNDS the rounds, PDF_PROBE_OUT a folder to keep the PDFs in); the verdicts are pdf.ts's.

import { writeFile } from 'node:fs/promises'
import type { Page } from 'playwright-core'
import { printHash, PRINT_READY_TITLE } from '../src/shared/domain/pdf'
import { withDocumentInfo } from '../src/main/services/pdfDocumentInfo'
import { buildCases } from './cases'
import { addTextsComparison, startBenchBrowser } from './browser'
import { PDF_OPTIONS } from './pdf'
import { treeCpuMs } from './processCpu'

export interface ProbeLine {
  variant: string
  ms: number
  /** CPU ms of the print, in Node and Chromium; null where it cannot be read. */
  cpuMs: number | null
  pages: number
  bytes: number
}

/** Opens the print view; the ms from navigation to the load event, to the laid-out document's first appearance, and to the ready title. */
async function openPrintView(page: Page, url: string): Promise<{ loadMs: number; drawnMs: number; readyMs: number; cpuMs: number | null }> {
  // Only the hash would change otherwise, and the same document would stay.
  await page.goto('about:blank')
  const cpu = treeCpuMs()
  const began = performance.now()
  await page.goto(url)
  const loadMs = performance.now() - began
  let drawnMs = 0
  for (;;) {
    const [title, drawn] = await page.evaluate(() => [document.title, document.querySelector('.print-doc') !== null] as const)
    if (drawn && drawnMs === 0) drawnMs = performance.now() - began
    if (title === PRINT_READY_TITLE) {
      const readyMs = performance.now() - began
      const cpuAfter = treeCpuMs()
      return { loadMs, drawnMs, readyMs, cpuMs: cpu === null || cpuAfter === null ? null : cpuAfter - cpu }
    }
    await new Promise((done) => setTimeout(done, 5))
  }
}

const countPages = async (bytes: Uint8Array): Promise<number> => (await withDocumentInfo(bytes, { title: 'x', creator: 'x', headings: [] })).pages

const COLUMNS_ONLY = `for (const s of document.querySelectorAll('.print-quotes,.print-appendix,.print-notes')) s.remove();`
const APPENDIX_ONLY = `for (const s of document.querySelectorAll('.print-quotes,.print-group,.print-notes')) s.remove();`
const QUOTES_ONLY = `for (const s of document.querySelectorAll('.print-appendix,.print-group,.print-notes')) s.remove();`
/** A rule added to the page's own stylesheet (the CSP allows changes through the CSSOM). */
const rule = (css: string): string => `document.styleSheets[0].insertRule(${JSON.stringify(css)}, document.styleSheets[0].cssRules.length);`
const TEXT_ONLY = `for (const p of document.querySelectorAll('.print-columns .print-paragraph')) p.textContent = p.textContent;`

/** Variants: each a change to the laid-out print view, made before printing. */
const VARIANTS: Record<string, string> = {
  'as exported, untagged': '',
  'no quotations section': `document.querySelector('.print-quotes')?.remove()`,
  'no appendix': `document.querySelector('.print-appendix')?.remove()`,
  'columns only': COLUMNS_ONLY,
  'columns, untagged': COLUMNS_ONLY,
  'columns, no passage numbers': COLUMNS_ONLY + rule('.print-doc .passage[data-passage-number]::before { content: none !important }'),
  'columns, passage numbers square': COLUMNS_ONLY + rule('.print-doc .passage[data-passage-number]::before { border-radius: 0 !important }'),
  'columns, passage numbers inline': COLUMNS_ONLY + rule('.print-doc .passage[data-passage-number]::before { display: inline !important }'),
  'columns, passage numbers unringed': COLUMNS_ONLY + rule('.print-doc .passage[data-passage-number]::before { border: none !important; background: none !important }'),
  'columns, passage numbers in the text font': COLUMNS_ONLY + rule('.print-doc .passage[data-passage-number]::before { font-family: inherit !important }'),
  'columns, no nested frame': COLUMNS_ONLY + rule('.print-doc .passage-nested { outline: none !important }'),
  'columns, no variant underlines': COLUMNS_ONLY + rule('.print-doc mark.variant { text-decoration: none !important }'),
  'columns, no tints': COLUMNS_ONLY + rule('.print-doc .passage { background: none !important }'),
  'columns, head not repeated': COLUMNS_ONLY + rule('.print-doc .print-columns thead { display: table-row-group !important }'),
  'columns, head without its gap row': COLUMNS_ONLY + `for (const r of document.querySelectorAll('.print-columns-gap')) r.remove()`,
  'columns, head free to break': COLUMNS_ONLY + rule('.print-doc .print-columns thead { break-inside: auto !important }'),
  'columns side by side in a flex row, no head': COLUMNS_ONLY + `for (const t of document.querySelectorAll('.print-columns')) { const wrap = document.createElement('div'); wrap.style.display = 'flex'; wrap.style.gap = '6mm'; wrap.style.alignItems = 'flex-start'; for (const td of t.querySelectorAll('td.print-column')) { const d = document.createElement('div'); d.style.flex = '1 1 0'; d.style.minWidth = '0'; d.append(...td.childNodes); wrap.append(d) } t.replaceWith(wrap) }`,
  'columns, variant marks not in the tags (role none)': COLUMNS_ONLY + `for (const m of document.querySelectorAll('.print-columns mark.variant:not([role])')) m.setAttribute('role', 'none')`,
  'columns, passages not in the tags (role none)': COLUMNS_ONLY + `for (const m of document.querySelectorAll('.print-columns .passage, .print-columns .phrase')) m.setAttribute('role', 'none')`,
  'columns, variant marks unwrapped': COLUMNS_ONLY + `for (const m of document.querySelectorAll('.print-columns mark.variant')) m.replaceWith(...m.childNodes)`,
  'columns, text only (marks unwrapped)': COLUMNS_ONLY + TEXT_ONLY,
  'columns, text only, untagged': COLUMNS_ONLY + TEXT_ONLY,
  'columns, text only, no page margin boxes': COLUMNS_ONLY + TEXT_ONLY + rule('@page { @top-left { content: none } @top-right { content: none } @bottom-right { content: none } }'),
  'appendix only': APPENDIX_ONLY,
  'appendix only, untagged': APPENDIX_ONLY,
  'appendix only, text only (marks unwrapped)': APPENDIX_ONLY + `for (const p of document.querySelectorAll('.print-appendix .print-paragraph')) p.textContent = p.textContent;`,
  'appendix only, no tints': APPENDIX_ONLY + rule('.print-doc .passage { background: none !important }'),
  'quotations only': QUOTES_ONLY,
  'quotations only, untagged': QUOTES_ONLY,
  'columns, text only, table without head': COLUMNS_ONLY + TEXT_ONLY + `for (const t of document.querySelectorAll('.print-columns thead')) t.remove()`,
}

export async function probePdf(say: (line: string) => void): Promise<void> {
  const threeByTen = buildCases().find((c) => c.id === 'reports-3x10k')
  if (!threeByTen) throw new Error('no 3 × 10k case')
  const browser = await startBenchBrowser('pdf-probe', { width: 1440, height: 900 })
  try {
    const id = await addTextsComparison(browser.bridge, 'Bench: 3 × 10k words', threeByTen.texts)
    const url = browser.bridge.url + printHash(id, PDF_OPTIONS)
    type Printed = { ms: number; cpuMs: number | null; bytes: Uint8Array }
    const print = async (page: Page, tagged: boolean): Promise<Printed> => {
      const cpu = treeCpuMs()
      const began = performance.now()
      const bytes = new Uint8Array(await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged, outline: tagged }))
      const ms = performance.now() - began
      const cpuAfter = treeCpuMs()
      return { ms, cpuMs: cpu === null || cpuAfter === null ? null : cpuAfter - cpu, bytes }
    }
    /** The median of three prints. */
    const best = async (page: Page, tagged: boolean): Promise<Printed> => {
      const runs = [await print(page, tagged), await print(page, tagged), await print(page, tagged)].sort((a, b) => a.ms - b.ms)
      return runs[1] as Printed
    }
    const lines: ProbeLine[] = []
    const record = async (variant: string, printed: Printed): Promise<void> => {
      lines.push({ variant, ms: printed.ms, cpuMs: printed.cpuMs, pages: await countPages(printed.bytes), bytes: printed.bytes.byteLength })
      if (process.env['PDF_PROBE_OUT']) await writeFile(`${process.env['PDF_PROBE_OUT']}/${variant.replace(/\W+/g, '-')}.pdf`, printed.bytes)
    }
    const page = await browser.context.newPage()
    const opened = [await openPrintView(page, url), await openPrintView(page, url), await openPrintView(page, url)]
    const readyMs = opened.map((o) => `load ${Math.round(o.loadMs)}, drawn ${Math.round(o.drawnMs)}, ready ${Math.round(o.readyMs)}${o.cpuMs === null ? '' : ` (CPU ${Math.round(o.cpuMs)})`}`)
    const counts = await page.evaluate(() => ({
      elements: document.querySelectorAll('*').length,
      spans: document.querySelectorAll('span').length,
      columnElements: document.querySelectorAll('.print-columns *').length,
      quoteElements: document.querySelectorAll('.print-quotes *').length,
      appendixElements: document.querySelectorAll('.print-appendix *').length,
      passages: document.querySelectorAll('.print-columns [data-passage]').length,
      variants: document.querySelectorAll('.print-columns .variant, .print-columns [data-variant]').length,
    }))
    say(`print view (ms from navigation): ${readyMs.join('; ')}; DOM ${JSON.stringify(counts)}`)
    const asExported = await best(page, true)
    await record('as exported (tagged, outline)', asExported)
    const infoBegan = performance.now()
    await withDocumentInfo(asExported.bytes, { title: 't', creator: 'c', headings: [] })
    say(`withDocumentInfo (the title and outline appended as an update) on it: ${Math.round(performance.now() - infoBegan)} ms`)
    const only = process.env['PDF_PROBE_ONLY']
    const chosen = Object.entries(VARIANTS).filter(([variant]) => !only || only.split('|').some((o) => variant.includes(o)))
    // Rounds of every variant in turn, so that each sees the machine in the same states; the median is kept.
    const printed = new Map<string, Printed[]>()
    for (let round = 0; round < Number(process.env['PDF_PROBE_ROUNDS'] ?? 3); round++) {
      for (const [variant, script] of chosen) {
        await openPrintView(page, url)
        if (script) await page.evaluate(script)
        printed.set(variant, [...(printed.get(variant) ?? []), await print(page, !variant.includes('untagged'))])
      }
    }
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number
    for (const [variant, runs] of printed) {
      const cpus = runs.flatMap((r) => (r.cpuMs === null ? [] : [r.cpuMs]))
      await record(variant, { ...([...runs].sort((a, b) => a.ms - b.ms)[runs.length >> 1] as Printed), cpuMs: cpus.length === runs.length ? median(cpus) : null })
    }
    await page.close()
    for (const l of lines) say(`  ${l.variant}: ${Math.round(l.ms)} ms${l.cpuMs === null ? '' : ` (CPU ${Math.round(l.cpuMs)} ms)`}, ${l.pages} pages, ${(l.bytes / 1048576).toFixed(2)} MB`)
  } finally {
    await browser.close()
  }
}

