// PDF export through the real contract handlers, a real library and a real folder, with the dialog,
// printer and opener faked: the file holds exactly the printed bytes, or (on any failure) what was there before.

import { chmod, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi, type Mock } from 'vitest'
import { AppError, type Result } from '../../../../src/shared/domain/errors'
import { printHash, printVersionsHash, type PdfOptions } from '../../../../src/shared/domain/pdf'
import type { PdfExportResult } from '../../../../src/shared/ipc/contract'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import { describeWriteFailure, type DesktopPorts } from '../../../../src/main/services/pdfExport'
import { PDFDocument } from 'pdf-lib'
import { listComparisons } from '../../../../src/main/storage/comparisons'

/** A two-page PDF as Chromium lays one out: one page tree, two page objects, and a binary comment. */
const TWO_PAGES = Buffer.from(
  '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj << /Type/Page /Parent 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
)
/** What a PDF says of itself: its title, creator and number of pages. */
async function documentInfo(bytes: Uint8Array): Promise<{ title: string | undefined; creator: string | undefined; pages: number }> {
  const document = await PDFDocument.load(bytes, { updateMetadata: false })
  return { title: document.getTitle(), creator: document.getCreator(), pages: document.getPageCount() }
}
const OPTIONS: PdfOptions = { paper: 'letter', orientation: 'portrait', columns: true, appendix: true, notes: false, quotes: false }
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const isRoot = process.getuid?.() === 0

let dataFolder: string
let exportFolder: string
let services: AppServices
let chosenPath: string | null
let printer: DesktopPorts['printToPdf']
let ports: { [Port in keyof DesktopPorts]: Mock<DesktopPorts[Port]> }

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-pdf-data-'))
  exportFolder = await mkdtemp(join(tmpdir(), 'parallax-pdf-out-'))
  chosenPath = join(exportFolder, 'kerry.pdf')
  printer = async () => new Uint8Array(TWO_PAGES)
  ports = {
    choosePdfPath: vi.fn(async () => chosenPath),
    printToPdf: vi.fn((hash, options) => printer(hash, options)),
    openPath: vi.fn(async () => {}),
  }
  services = await createAppServices({ dataFolder, samplesFolder: 'resources/samples', desktop: ports })
})
afterEach(async () => {
  await services.library.close()
  await chmod(exportFolder, 0o755).catch(() => {})
  await rm(dataFolder, { recursive: true, force: true })
  await rm(exportFolder, { recursive: true, force: true })
})

function comparisonId(): string {
  const [comparison] = listComparisons(services.library.store)
  if (!comparison) throw new Error('no sample')
  return comparison.id
}
const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}
async function choose(): Promise<string> {
  return value<{ token: string }>(await services.dispatch('choosePdfFile', { comparisonId: comparisonId() })).token
}
const exportPdf = async (token: string) => services.dispatch('exportPdf', { comparisonId: comparisonId(), token, options: OPTIONS })

describe('choosing where to save', () => {
  it('suggests a name from the title and answers with a token and the file name, never the path', async () => {
    const result = value<{ token: string; fileName: string }>(await services.dispatch('choosePdfFile', { comparisonId: comparisonId() }))
    expect(ports.choosePdfPath).toHaveBeenCalledExactlyOnceWith('Kerry-in-Moscow-May-2013.pdf')
    expect(result).toEqual({ token: expect.stringMatching(UUID), fileName: 'kerry.pdf' })
    expect(JSON.stringify(result)).not.toContain(exportFolder)
  })

  it('answers null when the person cancels', async () => {
    chosenPath = null
    expect(await services.dispatch('choosePdfFile', { comparisonId: comparisonId() })).toEqual({ ok: true, value: null })
  })
})

describe('exporting', () => {
  it('writes the printed pages, printed from the print route with the chosen options, titled with the comparison and made by Parallax', async () => {
    const token = await choose()
    const result = value<PdfExportResult>(await exportPdf(token))
    expect(ports.printToPdf).toHaveBeenCalledExactlyOnceWith(printHash(comparisonId(), OPTIONS), OPTIONS)
    const written = await readFile(join(exportFolder, 'kerry.pdf'))
    expect(result).toEqual({ fileName: 'kerry.pdf', pages: 2, bytes: written.byteLength, milliseconds: expect.any(Number) })
    expect(await documentInfo(written)).toEqual({ title: 'Kerry in Moscow, May 2013', creator: 'Parallax', pages: 2 })
    expect(await readdir(exportFolder)).toEqual(['kerry.pdf'])
  })

  it('replaces an older file at the chosen path, and can be exported again with the same token', async () => {
    await writeFile(join(exportFolder, 'kerry.pdf'), 'an older export')
    const token = await choose()
    value(await exportPdf(token))
    value(await exportPdf(token))
    expect(await documentInfo(await readFile(join(exportFolder, 'kerry.pdf')))).toMatchObject({ pages: 2 })
    expect(await readdir(exportFolder)).toEqual(['kerry.pdf'])
  })

  it('refuses a token that was never given, in words', async () => {
    const result = await exportPdf('0b6f4a57-3c1e-4d7a-9a51-2f6f9b0c1d2e')
    expect(result).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'That file was not chosen in this session. Export the PDF again to choose where to save it.' },
    })
    expect(ports.printToPdf).not.toHaveBeenCalled()
  })

  it('refuses an unknown comparison before printing', async () => {
    const token = await choose()
    const result = await services.dispatch('exportPdf', { comparisonId: 'no-such-comparison', token, options: OPTIONS })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(ports.printToPdf).not.toHaveBeenCalled()
  })

  it('says PDF export is not available without the desktop ports', async () => {
    const bare = await createAppServices({ dataFolder: await mkdtemp(join(dataFolder, 'bare-')), samplesFolder: 'resources/samples' })
    try {
      const [comparison] = listComparisons(bare.library.store)
      const expected = { ok: false, error: { code: 'internal', message: 'PDF export is not available in this window.' } }
      expect(await bare.dispatch('choosePdfFile', { comparisonId: comparison?.id })).toEqual(expected)
    } finally {
      await bare.library.close()
    }
  })

  it('reports a printer failure in words and writes nothing, not even a temporary file', async () => {
    printer = async () => {
      throw new Error('the renderer crashed')
    }
    const result = await exportPdf(await choose())
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The PDF could not be laid out: the renderer crashed' } })
    expect(await readdir(exportFolder)).toEqual([])
  })

  it('passes the printer’s own readable error through unchanged', async () => {
    printer = async () => {
      throw new AppError('internal', 'The PDF took too long to lay out (more than 120 seconds).')
    }
    const result = await exportPdf(await choose())
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'The PDF took too long to lay out (more than 120 seconds).' } })
  })

  it('leaves an existing file untouched when the printer fails', async () => {
    const old = Buffer.from('%PDF-1.4 the previous export\n', 'latin1')
    await writeFile(join(exportFolder, 'kerry.pdf'), old)
    printer = async () => Promise.reject(new Error('out of memory'))
    expect(await exportPdf(await choose())).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(Buffer.compare(await readFile(join(exportFolder, 'kerry.pdf')), old)).toBe(0)
    expect(await readdir(exportFolder)).toEqual(['kerry.pdf'])
  })

  it.skipIf(isRoot)('says permission denied for a read-only folder, and leaves nothing behind', async () => {
    await writeFile(join(exportFolder, 'kerry.pdf'), 'an older export')
    await chmod(exportFolder, 0o555)
    const result = await exportPdf(await choose())
    expect(result).toMatchObject({ ok: false, error: { code: 'storage', message: expect.stringContaining('permission denied') } })
    await chmod(exportFolder, 0o755)
    expect(await readdir(exportFolder)).toEqual(['kerry.pdf'])
    expect(await readFile(join(exportFolder, 'kerry.pdf'), 'utf8')).toBe('an older export')
  })

  it('refuses to save over a folder, and changes nothing', async () => {
    chosenPath = join(exportFolder, 'kerry.pdf')
    await mkdir(chosenPath)
    await writeFile(join(chosenPath, 'inside.txt'), 'kept')
    const result = await exportPdf(await choose())
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: '“kerry.pdf” is a folder, not a file. Choose another name.' } })
    expect(await readdir(exportFolder)).toEqual(['kerry.pdf'])
    expect(await readdir(chosenPath)).toEqual(['inside.txt'])
  })

  it('says so when the chosen folder has gone since the dialog', async () => {
    chosenPath = join(exportFolder, 'gone', 'kerry.pdf')
    const result = await exportPdf(await choose())
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: 'The folder for “kerry.pdf” no longer exists. Choose another folder.' } })
  })
})

describe('opening the exported file', () => {
  it('opens the chosen path for its token, and refuses any other token', async () => {
    const token = await choose()
    value(await exportPdf(token))
    expect(await services.dispatch('openExportedFile', { token })).toEqual({ ok: true, value: undefined })
    expect(ports.openPath).toHaveBeenCalledExactlyOnceWith(join(exportFolder, 'kerry.pdf'))
    const other = await services.dispatch('openExportedFile', { token: '0b6f4a57-3c1e-4d7a-9a51-2f6f9b0c1d2e' })
    expect(other).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('passes on the opener’s readable error', async () => {
    ports.openPath.mockRejectedValueOnce(new AppError('storage', 'The PDF was saved, but the system could not open it: no viewer'))
    const result = await services.dispatch('openExportedFile', { token: await choose() })
    expect(result).toEqual({ ok: false, error: { code: 'storage', message: 'The PDF was saved, but the system could not open it: no viewer' } })
  })
})

describe('describeWriteFailure', () => {
  const failure = (code: string) => describeWriteFailure(Object.assign(new Error(`${code}: some system text`), { code }), '/home/reader/Documents/kerry.pdf')

  it('names the file, not its full path, and says what to do', () => {
    expect(failure('ENOSPC')).toBe('There is not enough space on the disk to save “kerry.pdf”. Free some space or choose another disk.')
    expect(failure('EBUSY')).toBe('“kerry.pdf” is open in another program. Close it there, or save under another name.')
    expect(failure('EACCES')).toBe(
      'Parallax may not write “kerry.pdf” there (permission denied). If the file is open in another program, close it; otherwise choose another folder.',
    )
    expect(failure('EROFS')).toBe('The disk for “kerry.pdf” is read-only. Choose another folder.')
    for (const code of ['ENOSPC', 'EBUSY', 'EACCES', 'EROFS']) expect(failure(code)).not.toContain('/home/reader')
  })

  it('falls back to the system’s message for anything else', () => {
    expect(failure('EIO')).toBe('Parallax could not save “kerry.pdf”: EIO: some system text')
    expect(describeWriteFailure('odd', '/x/kerry.pdf')).toBe('Parallax could not save “kerry.pdf”: odd')
  })
})

describe('the versions of a fetched article', () => {
  /** An article fetched on 1 March whose page changed its headline on 2 March; its id. */
  async function fetchedTwice(): Promise<string> {
    const fetched = { url: 'https://news.example/bridge', at: '2026-03-01T12:00:00Z' }
    const text = 'The council voted on Monday to close the bridge for two years of repairs.'
    const imported = value<{ article: { id: string } }[]>(
      await services.dispatch('importArticles', { items: [{ title: 'Bridge to close', outlet: null, byline: null, url: fetched.url, publishedAt: null, tags: [], extracted: text, fetched }] }),
    )
    const articleId = imported[0]!.article.id
    value(await services.dispatch('recordVersion', { articleId, title: 'Bridge to close for two years', byline: null, extracted: text, fetched: { ...fetched, at: '2026-03-02T12:00:00Z' } }))
    return articleId
  }

  it('suggests a name from the newest headline, prints the versions route, and titles the PDF with it', async () => {
    const articleId = await fetchedTwice()
    const { token } = value<{ token: string }>(await services.dispatch('chooseVersionsPdfFile', { articleId }))
    expect(ports.choosePdfPath).toHaveBeenCalledExactlyOnceWith('Versions-of-Bridge-to-close-for-two-years.pdf')
    const result = value<PdfExportResult>(await services.dispatch('exportVersionsPdf', { articleId, token, options: OPTIONS }))
    expect(ports.printToPdf).toHaveBeenCalledExactlyOnceWith(printVersionsHash(articleId, OPTIONS), OPTIONS)
    expect(result.pages).toBe(2)
    expect(await documentInfo(await readFile(join(exportFolder, 'kerry.pdf')))).toEqual({ title: 'Versions of “Bridge to close for two years”', creator: 'Parallax', pages: 2 })
  })

  it('names an article that is not in the library, and prints nothing', async () => {
    const token = await choose()
    const result = await services.dispatch('exportVersionsPdf', { articleId: 'no-such-article', token, options: OPTIONS })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(ports.printToPdf).not.toHaveBeenCalled()
  })
})
