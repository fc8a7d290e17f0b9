// Electron's side of PDF export (the DesktopPorts of pdfExport.ts): the save dialog, printing the print
// view in a hidden window, and opening the saved file. Kept thin: what can be tested without Electron
// lives in pdfExport.ts; this file only waits for the print view and cleans up after it.

import { existsSync } from 'node:fs'
import { basename, join } from 'node:path'
import { app, dialog, shell, type BrowserWindow, type SaveDialogOptions, type WebContents } from 'electron'
import { AppError } from '../../shared/domain/errors'
import { PRINT_FAILED_PREFIX, PRINT_READY_TITLE } from '../../shared/domain/pdf'
import { createPrintWindow, type RendererPage } from '../window'
import type { DesktopPorts } from './pdfExport'

export interface ElectronDesktopOptions {
  preloadPath: string
  page: RendererPage
  /** The window a save dialog belongs to (modal on it), or null for a free-standing dialog. */
  parentWindow?: () => BrowserWindow | null
  /** How long the print view may take to load and lay out every page. */
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 120_000
/** Chromium's net::ERR_ABORTED: a load replaced by another (the page changing its own route), not a failure. */
const ERR_ABORTED = -3

const layoutFailure = (reason: string): AppError => new AppError('internal', `The PDF could not be laid out: ${reason}`)

interface PrintViewWatch {
  /** Resolves when the print view says every page is laid out; rejects with a readable AppError. */
  ready: Promise<void>
  /** Rejects if the print view fails after it was ready (while printing); never resolves. */
  failed: Promise<never>
  dispose: () => void
}

/** Waits for the print view's title to say it is ready, and turns every way it can fail into one error. */
function watchPrintView(contents: WebContents, loaded: Promise<void>, timeoutMs: number): PrintViewWatch {
  let resolveReady!: () => void
  let rejectFailed!: (error: AppError) => void
  const ready = new Promise<void>((resolve) => (resolveReady = resolve))
  const failed = new Promise<never>((_resolve, reject) => (rejectFailed = reject))
  // Only one of the two is awaited at a time; the other must not surface as an unhandled rejection.
  failed.catch(() => {})

  const onTitle = (_event: unknown, title: string): void => {
    if (title === PRINT_READY_TITLE) resolveReady()
    else if (title.startsWith(PRINT_FAILED_PREFIX)) {
      rejectFailed(layoutFailure(title.slice(PRINT_FAILED_PREFIX.length).trim() || 'the print view gave no reason.'))
    }
  }
  const onFailLoad = (_event: unknown, code: number, description: string, _url: string, isMainFrame: boolean): void => {
    if (isMainFrame && code !== ERR_ABORTED) rejectFailed(layoutFailure(`the print view did not load (${description || 'error'} ${code}).`))
  }
  const onGone = (_event: unknown, details: { reason: string }): void => {
    rejectFailed(layoutFailure(`the page printing it stopped (${details.reason}).`))
  }
  contents.on('page-title-updated', onTitle)
  contents.on('did-fail-load', onFailLoad)
  contents.on('render-process-gone', onGone)
  loaded.catch((error: { errno?: number; message?: string }) => {
    if (error?.errno !== ERR_ABORTED) rejectFailed(layoutFailure(`the print view did not load (${error?.message ?? String(error)}).`))
  })
  const timer = setTimeout(() => {
    rejectFailed(
      new AppError(
        'internal',
        `The PDF took too long to lay out (more than ${Math.round(timeoutMs / 1000)} seconds). Try including fewer parts, or export again.`,
      ),
    )
  }, timeoutMs)

  return {
    ready: Promise.race([ready, failed]),
    failed,
    dispose: () => {
      clearTimeout(timer)
      contents.removeListener('page-title-updated', onTitle)
      contents.removeListener('did-fail-load', onFailLoad)
      contents.removeListener('render-process-gone', onGone)
    },
  }
}

export function createElectronDesktop({ preloadPath, page, parentWindow, timeoutMs = DEFAULT_TIMEOUT_MS }: ElectronDesktopOptions): DesktopPorts {
  return {
    async choosePdfPath(suggestedName) {
      const options: SaveDialogOptions = {
        title: 'Export PDF',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      }
      const parent = parentWindow?.() ?? null
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options)
      if (result.canceled || !result.filePath) return null
      // Some Linux dialogs return the name exactly as typed, without the filter's extension.
      if (/\.pdf$/i.test(result.filePath)) return result.filePath
      const path = `${result.filePath}.pdf`
      // The dialog asked about overwriting the name typed, not this one: ask about this one.
      if (!existsSync(path)) return path
      const box = {
        type: 'question' as const,
        title: 'Export PDF',
        message: `“${basename(path)}” already exists. Replace it?`,
        detail: 'The file there now will be replaced by the exported PDF.',
        buttons: ['Replace', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      }
      const answer = parent ? await dialog.showMessageBox(parent, box) : await dialog.showMessageBox(box)
      return answer.response === 0 ? path : null
    },

    async printToPdf(hash) {
      const { window, loaded } = createPrintWindow({ preloadPath, page, hash })
      const contents = window.webContents
      const watch = watchPrintView(contents, loaded, timeoutMs)
      try {
        await watch.ready
        let pdf: Uint8Array
        try {
          // Paper, margins, page numbers and the running header all come from the print view's CSS; the PDF is
          // tagged (screen readers can read it) and has an outline from the print view's headings.
          pdf = await Promise.race([contents.printToPDF({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true }), watch.failed])
        } catch (error) {
          if (error instanceof AppError) throw error
          throw new AppError('internal', `The PDF could not be printed: ${(error as Error | null)?.message ?? String(error)}`, { cause: error })
        }
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength)
      } finally {
        watch.dispose()
        if (!window.isDestroyed()) window.destroy()
      }
    },

    async openPath(path) {
      const message = await shell.openPath(path)
      if (message) throw new AppError('storage', `The PDF was saved, but the system could not open it: ${message}`)
    },
  }
}
