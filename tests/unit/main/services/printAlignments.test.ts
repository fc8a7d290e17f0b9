// The alignment an open comparison hands to its PDF export, through the real contract handlers and a real
// library, with the printer faked: it asks getPrintAlignment, as the print window does, while it "prints".
// The hand-off is given out only during its export and only while the reports' texts are those it was
// computed on; a malformed one is refused at the boundary before anything is printed.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import type { Result } from '../../../../src/shared/domain/errors'
import { DEFAULT_PDF_OPTIONS } from '../../../../src/shared/domain/pdf'
import type { PrintAlignment } from '../../../../src/shared/ipc/contract'
import { buildQuoteLedger } from '../../../../src/shared/quotes'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import type { DesktopPorts } from '../../../../src/main/services/pdfExport'
import { getComparison, listComparisons } from '../../../../src/main/storage/comparisons'
import { MALFORMED } from '../../shared/ipc/printAlignmentCases'

/** A one-page PDF, enough for the export to count and write. */
const ONE_PAGE = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
)

let dataFolder: string
let services: AppServices
/** What the "print window" is told when it asks for the hand-off; and what it does before asking. */
let heard: Array<Result<unknown>>
let beforeAsking: () => Promise<void>

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-hand-off-'))
  heard = []
  beforeAsking = async () => {}
  const ports: DesktopPorts = {
    choosePdfPath: async () => join(dataFolder, 'out.pdf'),
    printToPdf: vi.fn(async () => {
      await beforeAsking()
      heard.push(await services.dispatch('getPrintAlignment', { comparisonId: comparisonId() }))
      return new Uint8Array(ONE_PAGE)
    }),
    openPath: async () => {},
  }
  services = await createAppServices({ dataFolder, samplesFolder: 'resources/samples', desktop: ports })
})
afterEach(async () => {
  await services.library.close()
  await rm(dataFolder, { recursive: true, force: true })
})

function comparisonId(): string {
  const [comparison] = listComparisons(services.library.store)
  if (!comparison) throw new Error('no sample')
  return comparison.id
}

/** The sample's alignment and quotations as the comparison view computes them. */
async function computed(): Promise<PrintAlignment> {
  const { articles } = await getComparison(services.library.store, comparisonId())
  const texts = articles.map((a) => a.text)
  const alignment = alignDocuments(texts)
  return { textHashes: articles.map((a) => a.textHash), alignment, ledger: buildQuoteLedger(texts, alignment) }
}

async function exportWith(prepared?: unknown): Promise<Result<unknown>> {
  const chosen = await services.dispatch('choosePdfFile', { comparisonId: comparisonId() })
  if (!chosen.ok) throw new Error(chosen.error.message)
  const { token } = chosen.value as { token: string }
  return services.dispatch('exportPdf', { comparisonId: comparisonId(), token, options: DEFAULT_PDF_OPTIONS, ...(prepared === undefined ? {} : { prepared }) })
}

describe('the alignment handed to a PDF export', () => {
  it('is given to the print window during its export, and forgotten after', async () => {
    const prepared = await computed()
    expect(await exportWith(prepared)).toMatchObject({ ok: true })
    expect(heard).toEqual([{ ok: true, value: prepared }])
    expect(await services.dispatch('getPrintAlignment', { comparisonId: comparisonId() })).toEqual({ ok: true, value: null })
  })

  it('is none for an export handed nothing (the print window then aligns the reports itself)', async () => {
    expect(await exportWith()).toMatchObject({ ok: true })
    expect(heard).toEqual([{ ok: true, value: null }])
  })

  it('is not used when it was computed on other texts than the reports’ now', async () => {
    const prepared = await computed()
    const stale = { ...prepared, textHashes: prepared.textHashes.map((hash, i) => (i === 0 ? '0'.repeat(64) : hash)) }
    expect(await exportWith(stale)).toMatchObject({ ok: true })
    expect(heard).toEqual([{ ok: true, value: null }])
  })

  it('is withheld once a report’s text changes during the export', async () => {
    const prepared = await computed()
    const { articleIds } = listComparisons(services.library.store)[0]!
    beforeAsking = async () => {
      expect(await services.dispatch('setCleanup', { id: articleIds[0]!, dropped: [0] })).toMatchObject({ ok: true })
    }
    expect(await exportWith(prepared)).toMatchObject({ ok: true })
    expect(heard).toEqual([{ ok: true, value: null }])
  })

  it('is refused at the boundary when malformed, with a reason naming the call, before anything is printed', async () => {
    const result = await exportWith(MALFORMED['a span past its document’s end'])
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    expect((result as { error: { message: string } }).error.message).toMatch(/^Parallax rejected a request \(exportPdf\) with an invalid argument: .*outside its reports/)
    expect(heard).toEqual([])
  })
})
