// Import articles: choose files (several at once), drop them on the window, paste text, or give web
// addresses (typed, pasted or a dropped link) whose pages the main process fetches; see each one
// read and cleaned in a preview (details editable, every clean-up block kept or dropped by hand), then
// import. Each file gets its own outcome: imported, already in the library, or refused with the reason;
// one file's problem never stops the others. Files are read off the UI thread where possible, with
// progress shown; reading can be stopped, and closing the dialog stops it.

import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { MAX_IMPORT_BATCH } from '../../../../shared/domain/article'
import type { ImportOutcome } from '../../../../shared/ipc/contract'
import { client } from '../../api'
import { describeError } from '../../ui/describeError'
import { DialogButtons, DialogHint, DialogProgress, FailurePanel, ModalDialog } from '../../ui/ModalDialog'
import { addressesIn } from '../../../../shared/domain/webPage'
import { AddressInput } from './AddressInput'
import { ImportItems } from './ImportItems'
import { IMPORT_EXTENSIONS, toNewArticle, type ImportDraft, type ImportPreparation } from './prepareImport'
import { ReadingProgress, ReadingStopped } from './ReadingProgress'
import { useDuplicates } from './useDuplicates'
import { useImportReading } from './useImportReading'
import './ImportDialog.css'

export interface ImportDialogProps {
  /** Files dropped on the window, to read at once. */
  initialFiles?: readonly File[]
  onClose: () => void
  /** Called after an import that added articles. */
  onImported: (outcomes: ImportOutcome[]) => void
}

type Stage =
  | { step: 'preview' }
  | { step: 'importing' }
  | { step: 'done'; outcomes: ImportOutcome[] }
  | { step: 'failed'; heading: string; detail: string; imported: number }

/** How many articles one import sends to the main process at a time: as many as the contract takes. */
const BATCH = MAX_IMPORT_BATCH

export function ImportDialog({ initialFiles, onClose, onImported }: ImportDialogProps) {
  const fileInput = useRef<HTMLInputElement>(null)
  const [items, setItems] = useState<ImportPreparation[]>([])
  const [pasted, setPasted] = useState('')
  const [stage, setStage] = useState<Stage>({ step: 'preview' })
  const [dragging, setDragging] = useState(false)
  const reading = useImportReading((prepared) => setItems((list) => [...list, prepared]))
  const { readFiles, readAddresses } = reading

  const initial = useRef(initialFiles)
  useEffect(() => {
    if (initial.current?.length) readFiles(initial.current)
    initial.current = undefined
  }, [readFiles])

  const drafts = useMemo(() => items.filter((i): i is ImportDraft => i.kind === 'draft'), [items])
  const duplicates = useDuplicates(drafts)
  const ready = drafts.filter((d) => d.details.title.trim() !== '' && d.blocks.length > d.dropped.size)
  // What Import adds: the drafts ready whose text is not in the library or earlier in the preview.
  const fresh = ready.filter((d) => !duplicates.has(d))
  const repeats = ready.length - fresh.length
  const importing = stage.step === 'importing'
  const busy = reading.progress !== null || importing

  const importAll = async (): Promise<void> => {
    setStage({ step: 'importing' })
    const outcomes: ImportOutcome[] = items.filter((i) => i.kind === 'refusal').map((r) => ({ name: r.name, status: 'refused', article: null, message: r.reason }))
    try {
      for (let i = 0; i < ready.length; i += BATCH) outcomes.push(...(await client.importArticles({ items: ready.slice(i, i + BATCH).map(toNewArticle) })))
    } catch (error) {
      const { heading, detail } = describeError(error)
      const imported = outcomes.filter((o) => o.status === 'imported').length
      setStage({ step: 'failed', heading, detail, imported })
      if (imported > 0) onImported(outcomes)
      return
    }
    setStage({ step: 'done', outcomes })
    if (outcomes.some((o) => o.status === 'imported')) onImported(outcomes)
  }

  const replace = useCallback(
    (index: number, next: ImportPreparation | null): void =>
      setItems((list) => (next === null ? list.filter((_, i) => i !== index) : list.map((item, i) => (i === index ? next : item)))),
    [],
  )

  return (
    <ModalDialog
      labelledBy="import-title"
      wide
      className={`import-dialog${dragging ? ' dragging' : ''}`}
      busy={importing}
      onClose={onClose}
      onDragOver={(e) => {
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        e.preventDefault()
        setDragging(false)
        if (stage.step !== 'preview') return
        const files = [...e.dataTransfer.files]
        if (files.length > 0) return readFiles(files)
        // A link dragged from a browser: its address (text/uri-list has one a line, # lines are comments).
        const links = e.dataTransfer.getData('text/uri-list') || e.dataTransfer.getData('text/plain')
        const addresses = addressesIn(links.replace(/^#.*$/gm, ''))
        if (addresses.length > 0) readAddresses(addresses)
      }}
    >
      <h2 id="import-title">Import articles</h2>
      {stage.step === 'preview' && (
        <>
          <div className="import-sources">
            <div className="import-files">
              <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
                Choose files…
              </button>
              <input
                ref={fileInput}
                type="file"
                multiple
                hidden
                accept={IMPORT_EXTENSIONS.join(',')}
                aria-label="Files to import"
                onChange={(e) => {
                  const files = [...(e.target.files ?? [])]
                  e.target.value = ''
                  readFiles(files)
                }}
              />
              <DialogHint>Text (.txt), Markdown (.md) or web pages (.html), several at once, up to 20 MB each; or drop them here.</DialogHint>
            </div>
            <div className="import-paste">
              <label htmlFor="import-paste-text">Or paste the text of a report</label>
              <textarea id="import-paste-text" rows={4} value={pasted} onChange={(e) => setPasted(e.target.value)} placeholder="Paste a report here: its first line is taken for the title." />
              <button
                type="button"
                disabled={pasted.trim() === ''}
                onClick={() => {
                  reading.readPasted(pasted)
                  setPasted('')
                }}
              >
                Add pasted text
              </button>
            </div>
          </div>
          <AddressInput progress={reading.addresses} onFetch={readAddresses} />
          {reading.progress !== null && <ReadingProgress progress={reading.progress} onStop={reading.stop} />}
          {reading.progress === null && reading.unread !== null && <ReadingStopped unread={reading.unread} />}
          <ImportItems items={items} duplicates={duplicates} onReplace={replace} />
          {repeats > 0 && (
            <DialogHint>
              {repeats} {repeats === 1 ? 'text is' : 'texts are'} already in the library or earlier in this list, and will not be added again.
            </DialogHint>
          )}
          <DialogButtons>
            <button type="button" onClick={onClose}>
              Cancel
            </button>
            <button type="button" className="primary" disabled={busy || fresh.length === 0} onClick={() => void importAll()}>
              {fresh.length === 0 ? 'Import' : `Import ${fresh.length} ${fresh.length === 1 ? 'article' : 'articles'}`}
            </button>
          </DialogButtons>
        </>
      )}
      {stage.step === 'importing' && (
        <DialogProgress>
          <progress aria-label="Importing" />
          <p>Importing {fresh.length} {fresh.length === 1 ? 'article' : 'articles'}…</p>
        </DialogProgress>
      )}
      {stage.step === 'done' && (
        <div role="status">
          <ul className="import-outcomes">
            {stage.outcomes.map((o, i) => (
              <li key={`${o.name}-${i}`} data-outcome={o.status}>
                <strong>{o.name}</strong>: {o.status === 'imported' ? `imported as “${o.article?.title ?? ''}”` : o.status === 'duplicate' ? (o.message ?? 'already in the library') : `not imported: ${o.message ?? ''}`}
              </li>
            ))}
          </ul>
          <DialogButtons>
            <button type="button" className="primary" onClick={onClose} autoFocus>
              Done
            </button>
          </DialogButtons>
        </div>
      )}
      {stage.step === 'failed' && (
        <FailurePanel
          heading={stage.heading}
          detail={stage.detail}
          note={stage.imported === 0 ? 'Nothing of this import was saved.' : `${stage.imported} of the articles were imported before this; the others were not.`}
          onClose={onClose}
          retryLabel="Back to the preview"
          onRetry={() => setStage({ step: 'preview' })}
        />
      )}
    </ModalDialog>
  )
}
