// PDF export: ask where to save (a save dialog), print the comparison's print view (or that of a fetched
// article's versions, as Compare versions shows them) to PDF bytes, and write them whole or not at all. The dialog, the printer and the file opener are ports: Electron's in the app
// (electronDesktop.ts), Chromium through Playwright in the test bridge. The renderer never sees a path:
// the dialog's answer is kept here under a random token, which is all the renderer can send back. An
// alignment the exporting window hands over is kept for the print window while the export runs (printAlignments.ts).

import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import { AppError } from '../../shared/domain/errors'
import { fileStem, printHash, printVersionsHash, type PdfOptions } from '../../shared/domain/pdf'
import { versionsOf } from '../../shared/domain/versions'
import type { PdfExportResult, PrintAlignment } from '../../shared/ipc/contract'
import { writeFileAtomic } from '../storage/atomicFile'
import { comparisonSummary } from '../storage/comparisons'
import type { Library } from '../storage/library'
import { PrintAlignments } from './printAlignments'

export interface DesktopPorts {
  /** Shows a save dialog for a PDF; resolves to the chosen path, or null when cancelled. */
  choosePdfPath: (suggestedName: string) => Promise<string | null>
  /** Renders the print view at `hash` (see printHash) and prints it; resolves to the PDF's bytes. */
  printToPdf: (hash: string, options: PdfOptions) => Promise<Uint8Array>
  /** Opens a file in the system's default application. */
  openPath: (path: string) => Promise<void>
}

/** How many chosen or exported files are remembered for export and "open" (oldest forgotten first). */
const MAX_TOKENS = 100

/** The person's words for why a file could not be written, with what to do about it. */
export function describeWriteFailure(error: unknown, path: string): string {
  const name = basename(path)
  const code = (error as NodeJS.ErrnoException | null)?.code
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return `Parallax may not write “${name}” there (permission denied). If the file is open in another program, close it; otherwise choose another folder.`
    case 'EBUSY':
    case 'ETXTBSY':
      return `“${name}” is open in another program. Close it there, or save under another name.`
    case 'ENOSPC':
    case 'EDQUOT':
      return `There is not enough space on the disk to save “${name}”. Free some space or choose another disk.`
    case 'EROFS':
      return `The disk for “${name}” is read-only. Choose another folder.`
    case 'ENOENT':
    case 'ENOTDIR':
      return `The folder for “${name}” no longer exists. Choose another folder.`
    case 'EISDIR':
      return `“${name}” is a folder, not a file. Choose another name.`
    case 'ENAMETOOLONG':
      return `The name “${name}” is too long for this disk. Choose a shorter name.`
    default:
      return `Parallax could not save “${name}”: ${(error as Error | null)?.message ?? String(error)}`
  }
}

export class PdfExports {
  private readonly paths = new Map<string, string>()
  private readonly alignments = new PrintAlignments((comparisonId) => this.library.store.comparison(comparisonId).articleIds.map((id) => this.library.store.article(id).textHash))

  constructor(
    private readonly library: Library,
    private readonly ports: DesktopPorts | null,
    private readonly now: () => number = () => performance.now(),
  ) {}

  private get desktop(): DesktopPorts {
    if (!this.ports) throw new AppError('internal', 'PDF export is not available in this window.')
    return this.ports
  }

  private remember(path: string): string {
    const token = randomUUID()
    this.paths.set(token, path)
    if (this.paths.size > MAX_TOKENS) this.paths.delete(this.paths.keys().next().value as string)
    return token
  }

  private pathOf(token: string): string {
    const path = this.paths.get(token)
    if (!path) throw new AppError('not-found', 'That file was not chosen in this session. Export the PDF again to choose where to save it.')
    return path
  }

  async choose(comparisonId: string): Promise<{ token: string; fileName: string } | null> {
    const summary = comparisonSummary(this.library.store, comparisonId)
    const path = await this.desktop.choosePdfPath(`${fileStem(summary.title)}.pdf`)
    if (path === null) return null
    return { token: this.remember(path), fileName: basename(path) }
  }

  /** `prepared`: the alignment the exporting window has, if it has one (see PrintAlignments). */
  async export(comparisonId: string, token: string, options: PdfOptions, prepared?: PrintAlignment): Promise<PdfExportResult> {
    const { title, articles } = comparisonSummary(this.library.store, comparisonId)
    const release = this.alignments.hold(comparisonId, prepared)
    try {
      return await this.print(token, printHash(comparisonId, options), options, title, articles)
    } finally {
      release()
    }
  }

  /** The alignment handed to an export of this comparison now in progress, for its print window; null if none. */
  printAlignment(comparisonId: string): PrintAlignment | null {
    return this.alignments.get(comparisonId)
  }

  /** The title of the PDF of an article's versions, and the headline of each version (its column's heading). */
  private versionsOf(articleId: string): { title: string; articles: { title: string }[] } {
    const article = this.library.store.article(articleId)
    return { title: `Versions of “${article.title}”`, articles: versionsOf(article) }
  }

  async chooseVersions(articleId: string): Promise<{ token: string; fileName: string } | null> {
    const path = await this.desktop.choosePdfPath(`${fileStem(this.versionsOf(articleId).title)}.pdf`)
    if (path === null) return null
    return { token: this.remember(path), fileName: basename(path) }
  }

  async exportVersions(articleId: string, token: string, options: PdfOptions): Promise<PdfExportResult> {
    const { title, articles } = this.versionsOf(articleId)
    return this.print(token, printVersionsHash(articleId, options), options, title, articles)
  }

  private async print(token: string, hash: string, options: PdfOptions, title: string, articles: readonly { title: string }[]): Promise<PdfExportResult> {
    const path = this.pathOf(token)
    // The print view heads each report's column with its number and title.
    const headings = [{ printed: title, reads: title }, ...articles.map((a, i) => ({ printed: `${i + 1}${a.title}`, reads: `${i + 1}. ${a.title}` }))]
    const began = this.now()
    let printed: { bytes: Uint8Array; pages: number }
    try {
      // The PDF library is loaded on the first export, while the page prints, not at start-up (it is half of
      // main's code).
      const documentInfo = import('./pdfDocumentInfo')
      const pdf = await this.desktop.printToPdf(hash, options)
      printed = await (await documentInfo).withDocumentInfo(pdf, { title, creator: 'Parallax', headings })
    } catch (error) {
      if (error instanceof AppError) throw error
      throw new AppError('internal', `The PDF could not be laid out: ${(error as Error).message}`, { cause: error })
    }
    const { bytes, pages } = printed
    try {
      await writeFileAtomic(path, bytes, 0o644)
    } catch (error) {
      throw new AppError('storage', describeWriteFailure(error, path), { cause: error })
    }
    return { fileName: basename(path), pages, bytes: bytes.byteLength, milliseconds: Math.round(this.now() - began) }
  }

  async open(token: string): Promise<void> {
    await this.desktop.openPath(this.pathOf(token))
  }
}
