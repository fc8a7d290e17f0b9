// Export PDF: choose the paper and what to include, pick a file in the save dialog, watch it being made,
// then open it. Failures (no permission, disk full, the file open elsewhere) are shown in the main
// process's words; nothing half-written is left behind (the main process writes the file whole or not at all).
// The choices are remembered for next time. A comparison's alignment and quotations, when the open view
// has them, go with the request, so that the print window need not align the reports again.

import { useEffect, useState } from 'react'
import { DEFAULT_PDF_OPTIONS, parsePrintQuery, printQuery, type PdfOptions } from '../../../../shared/domain/pdf'
import type { PdfExportResult, PrintAlignment } from '../../../../shared/ipc/contract'
import { client } from '../../api'
import { describeError } from '../../ui/describeError'
import { DialogButtons, DialogProblem, DialogProgress, FailurePanel, ModalDialog } from '../../ui/ModalDialog'
import './ExportPdfDialog.css'

type Stage =
  | { step: 'options' }
  | { step: 'choosing' }
  | { step: 'exporting'; fileName: string; began: number }
  | { step: 'done'; token: string; result: PdfExportResult }
  | { step: 'failed'; heading: string; detail: string }

const STORAGE_KEY = 'parallax.pdfOptions'

function rememberedOptions(): PdfOptions {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY)
    return saved === null ? DEFAULT_PDF_OPTIONS : parsePrintQuery(saved)
  } catch {
    return DEFAULT_PDF_OPTIONS
  }
}

function remember(options: PdfOptions): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, printQuery(options))
  } catch {
    // Private storage may be unavailable; the defaults serve next time.
  }
}

const sizeFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })
const bytesText = (bytes: number): string => (bytes >= 1e6 ? `${sizeFormat.format(bytes / 1e6)} MB` : `${sizeFormat.format(Math.max(1, Math.round(bytes / 1e3)))} KB`)

/** A stored comparison, or (versionsOf) the versions of one fetched article as Compare versions shows them. */
export type ExportPdfDialogProps = { reports: number; onClose: () => void } & (
  | { comparisonId: string; versionsOf?: undefined; prepared?: PrintAlignment | undefined }
  | { versionsOf: string; comparisonId?: undefined; prepared?: undefined }
)

export function ExportPdfDialog({ comparisonId, versionsOf, reports, onClose, prepared }: ExportPdfDialogProps) {
  const [options, setOptions] = useState(rememberedOptions)
  const [stage, setStage] = useState<Stage>({ step: 'options' })
  const [now, setNow] = useState(() => performance.now())
  const busy = stage.step === 'choosing' || stage.step === 'exporting'

  useEffect(() => {
    if (stage.step !== 'exporting') return
    const timer = setInterval(() => setNow(performance.now()), 250)
    return () => clearInterval(timer)
  }, [stage.step])

  const set = (change: Partial<PdfOptions>): void => setOptions((o) => ({ ...o, ...change }))
  const nothingChosen = !options.columns && !options.appendix && !options.notes && !options.quotes

  const start = async (): Promise<void> => {
    remember(options)
    setStage({ step: 'choosing' })
    try {
      const chosen = versionsOf === undefined ? await client.choosePdfFile({ comparisonId }) : await client.chooseVersionsPdfFile({ articleId: versionsOf })
      if (!chosen) return setStage({ step: 'options' })
      const began = performance.now()
      setNow(began)
      setStage({ step: 'exporting', fileName: chosen.fileName, began })
      const result =
        versionsOf === undefined ? await client.exportPdf({ comparisonId, token: chosen.token, options, ...(prepared ? { prepared } : {}) }) : await client.exportVersionsPdf({ articleId: versionsOf, token: chosen.token, options })
      setStage({ step: 'done', token: chosen.token, result })
    } catch (error) {
      const { heading, detail } = describeError(error)
      setStage({ step: 'failed', heading: heading === 'Your library could not be read or saved' ? 'The PDF could not be saved' : heading, detail })
    }
  }

  const open = async (token: string): Promise<void> => {
    try {
      await client.openExportedFile({ token })
    } catch (error) {
      const { heading, detail } = describeError(error)
      setStage({ step: 'failed', heading, detail })
    }
  }

  return (
    <ModalDialog labelledBy="export-pdf-title" className="export-pdf-dialog" busy={busy} onClose={onClose}>
      <h2 id="export-pdf-title">Export PDF</h2>
      {(stage.step === 'options' || stage.step === 'choosing') && (
        <form
          method="dialog"
          onSubmit={(e) => {
            e.preventDefault()
            if (!nothingChosen && !busy) void start()
          }}
        >
          <fieldset disabled={busy}>
            <legend>Paper</legend>
            <label>
              <input type="radio" name="paper" checked={options.paper === 'a4'} onChange={() => set({ paper: 'a4' })} /> A4
            </label>
            <label>
              <input type="radio" name="paper" checked={options.paper === 'letter'} onChange={() => set({ paper: 'letter' })} /> Letter
            </label>
            <span className="export-separator" aria-hidden="true" />
            <label>
              <input type="radio" name="orientation" checked={options.orientation === 'landscape'} onChange={() => set({ orientation: 'landscape' })} /> Landscape
            </label>
            <label>
              <input type="radio" name="orientation" checked={options.orientation === 'portrait'} onChange={() => set({ orientation: 'portrait' })} /> Portrait
            </label>
          </fieldset>
          <fieldset disabled={busy}>
            <legend>Include</legend>
            <label>
              <input type="checkbox" checked={options.columns} onChange={(e) => set({ columns: e.target.checked })} /> The {reports} {versionsOf === undefined ? 'reports' : 'versions'} side by side
            </label>
            <label>
              <input type="checkbox" checked={options.appendix} onChange={(e) => set({ appendix: e.target.checked })} /> Shared passages appendix
            </label>
            <label>
              <input type="checkbox" checked={options.notes} onChange={(e) => set({ notes: e.target.checked })} /> Notes
            </label>
            <label>
              <input type="checkbox" checked={options.quotes} onChange={(e) => set({ quotes: e.target.checked })} /> Quotations, by speaker
            </label>
          </fieldset>
          {nothingChosen && (
            <DialogProblem>Choose at least one part to include.</DialogProblem>
          )}
          {stage.step === 'choosing' && <p role="status">Choose where to save the PDF…</p>}
          <DialogButtons>
            <button type="button" onClick={onClose} disabled={busy}>
              Cancel
            </button>
            <button type="submit" className="primary" disabled={nothingChosen || busy}>
              Export…
            </button>
          </DialogButtons>
        </form>
      )}
      {stage.step === 'exporting' && (
        <DialogProgress aria-live="polite">
          <progress aria-label="Exporting the PDF" />
          <p>
            Laying out and printing {stage.fileName}… {Math.max(0, Math.floor((now - stage.began) / 1000))} s
          </p>
        </DialogProgress>
      )}
      {stage.step === 'done' && (
        <div role="status" className="export-done">
          <p>
            Saved <strong>{stage.result.fileName}</strong>: {stage.result.pages} {stage.result.pages === 1 ? 'page' : 'pages'}, {bytesText(stage.result.bytes)}, in{' '}
            {sizeFormat.format(stage.result.milliseconds / 1000)} s.
          </p>
          <DialogButtons>
            <button type="button" onClick={onClose}>
              Close
            </button>
            <button type="button" className="primary" onClick={() => void open(stage.token)} autoFocus>
              Open the PDF
            </button>
          </DialogButtons>
        </div>
      )}
      {stage.step === 'failed' && <FailurePanel heading={stage.heading} detail={stage.detail} onClose={onClose} retryLabel="Try again" onRetry={() => setStage({ step: 'options' })} />}
    </ModalDialog>
  )
}
