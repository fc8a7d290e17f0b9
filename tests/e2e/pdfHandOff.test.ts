// The PDF export handed the open comparison's alignment and quotations, in Chromium through the test bridge:
// the comparison view sends them with the export, the print window lays out the pages from them instead of
// aligning the reports again, and the PDF reads, word for word, as the one the print window makes by
// aligning the reports itself. An alignment of other texts than the reports' now is not used.

import { execFileSync } from 'node:child_process'
import { mkdir, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { alignDocuments } from '../../src/shared/alignment'
import { DEFAULT_PDF_OPTIONS, type PdfOptions } from '../../src/shared/domain/pdf'
import type { PdfExportResult, PrintAlignment } from '../../src/shared/ipc/contract'
import { buildQuoteLedger } from '../../src/shared/quotes'
import { getComparison, listComparisons } from '../../src/main/storage/comparisons'
import { openSample, startApp, type RunningApp } from './harness'

const OUT = resolve('artifacts/pdf-hand-off')
const OPTIONS: PdfOptions = { ...DEFAULT_PDF_OPTIONS, appendix: true, notes: true, quotes: true }

const layoutText = (path: string): string => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })

/** The PDF's text, without the one line that differs between two exports (the export's date and time). */
const pdfText = (path: string): string =>
  layoutText(path)
    .split('\n')
    .filter((line) => !/^\s*Exported /.test(line))
    .join('\n')

/** The cover's count of reports and passages. */
const counts = (path: string): string => /\d+ reports · \d+ shared passages?/.exec(layoutText(path))?.[0] ?? ''

describe('PDF export with the open comparison’s alignment handed over', () => {
  let app: RunningApp
  let comparisonId: string
  /** The calls the page made, with what each was given. */
  const calls: Array<{ channel: unknown; input: unknown; answer: unknown }> = []

  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true })
    await mkdir(OUT, { recursive: true })
    app = await startApp({ viewport: { width: 1440, height: 900 } })
    comparisonId = listComparisons(app.bridge.services.library.store)[0]?.id ?? ''
    const { services } = app.bridge
    const dispatch = services.dispatch
    services.dispatch = async (channel, input) => {
      const answer = await dispatch(channel, input)
      calls.push({ channel, input, answer })
      return answer
    }
  })
  afterAll(async () => {
    await app?.close()
  })

  /** Exports the comparison through the contract, as a window would, handing over `prepared` if given. */
  async function exportDirectly(name: string, prepared?: PrintAlignment): Promise<{ path: string; result: PdfExportResult }> {
    const { services } = app.bridge
    const path = join(OUT, name)
    app.desktop.nextSavePath = path
    const chosen = await services.dispatch('choosePdfFile', { comparisonId })
    if (!chosen.ok) throw new Error(chosen.error.message)
    const { token } = chosen.value as { token: string }
    const exported = await services.dispatch('exportPdf', { comparisonId, token, options: OPTIONS, ...(prepared ? { prepared } : {}) })
    if (!exported.ok) throw new Error(exported.error.message)
    return { path, result: exported.value as PdfExportResult }
  }

  /** What the comparison view computes from the reports' texts: their alignment and quotations. */
  async function computed(): Promise<PrintAlignment> {
    const { articles } = await getComparison(app.bridge.services.library.store, comparisonId)
    const texts = articles.map((a) => a.text)
    const alignment = alignDocuments(texts)
    return { textHashes: articles.map((a) => a.textHash), alignment, ledger: buildQuoteLedger(texts, alignment) }
  }

  it('sends the view’s alignment with the export, and the PDF reads as one whose print window aligned the reports itself', async () => {
    const { page, desktop } = app
    await openSample(page, app.bridge.url)
    // The quotations are found after the passages; the view hands both over once it has them.
    await page.getByRole('tab', { name: /^Quotes \(\d+\)$/ }).waitFor()
    const path = join(OUT, 'from-the-view.pdf')
    desktop.nextSavePath = path
    calls.length = 0
    await page.getByRole('button', { name: 'Export PDF…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export PDF' })
    for (const part of ['Shared passages appendix', 'Notes', 'Quotations']) await dialog.getByRole('checkbox', { name: part }).check()
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await dialog.getByText(/^Saved from-the-view\.pdf: \d+ pages/).waitFor({ timeout: 60_000 })

    const exportCall = calls.find((c) => c.channel === 'exportPdf')
    const sent = (exportCall?.input as { prepared?: PrintAlignment } | undefined)?.prepared
    const expected = await computed()
    expect(sent?.textHashes).toEqual(expected.textHashes)
    expect(sent?.alignment.passages.length).toBe(expected.alignment.passages.length)
    expect(sent?.ledger?.groups.length).toBe(expected.ledger?.groups.length)
    // The print window asked for it, and had it.
    const asked = calls.find((c) => c.channel === 'getPrintAlignment')
    expect(asked?.answer).toMatchObject({ ok: true, value: { textHashes: expected.textHashes } })

    const alone = await exportDirectly('aligned-by-the-print-window.pdf')
    expect(pdfText(path)).toBe(pdfText(alone.path))
    expect(pdfText(path)).toContain('Shared passages')
  })

  it('lays out the alignment it is handed, not one of its own, and only while it is of the reports’ texts now', async () => {
    const prepared = await computed()
    const passages = prepared.alignment.passages.length
    // One passage fewer, taking one no other passage lies inside: a print window that aligned again would find it.
    const parents = new Set(prepared.alignment.passages.map((p) => p.parent))
    const dropped = prepared.alignment.passages.findLastIndex((p) => !parents.has(p.id))
    const fewer: PrintAlignment = { ...prepared, alignment: { ...prepared.alignment, passages: prepared.alignment.passages.filter((_, i) => i !== dropped) } }
    const handed = await exportDirectly('handed.pdf', fewer)
    expect(counts(handed.path)).toBe(`3 reports · ${passages - 1} shared ${passages - 1 === 1 ? 'passage' : 'passages'}`)

    // The same, said to be of another text in report 2: not used.
    const stale: PrintAlignment = { ...fewer, textHashes: fewer.textHashes.map((hash, i) => (i === 1 ? '0'.repeat(64) : hash)) }
    const notUsed = await exportDirectly('stale.pdf', stale)
    expect(counts(notUsed.path)).toBe(`3 reports · ${passages} shared ${passages === 1 ? 'passage' : 'passages'}`)
    // Nor kept after its export: the print window of a later export without one aligns the reports itself.
    expect(await app.bridge.services.dispatch('getPrintAlignment', { comparisonId })).toEqual({ ok: true, value: null })
  })
})
