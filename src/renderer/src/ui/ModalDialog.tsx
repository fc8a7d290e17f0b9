// A modal dialog as every dialog of the app needs it: opened modally when it mounts (focus moves into it,
// the rest of the window is inert, and no menu command or shortcut reaches the view behind it), closed
// with Escape unless it is busy, and labelled by its heading.

import { useEffect, useRef, type DragEventHandler, type ReactNode } from 'react'
import { useModalPause } from './commands'

export interface ModalDialogProps {
  /** The id of the heading that names the dialog. */
  labelledBy: string
  className: string
  /** While busy, Escape does not close it (an export or import is under way). */
  busy?: boolean
  onClose: () => void
  children: ReactNode
  onDragOver?: DragEventHandler<HTMLDialogElement>
  onDragLeave?: DragEventHandler<HTMLDialogElement>
  onDrop?: DragEventHandler<HTMLDialogElement>
}

export function ModalDialog({ labelledBy, className, busy = false, onClose, children, ...dragHandlers }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  useModalPause()
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal?.()
  }, [])
  return (
    <dialog
      ref={dialog}
      className={className}
      aria-labelledby={labelledBy}
      onCancel={(e) => {
        e.preventDefault()
        if (!busy) onClose()
      }}
      {...dragHandlers}
    >
      {children}
    </dialog>
  )
}

/** What went wrong, in the main process's words, with a way out and a way back. */
export function FailurePanel({ heading, detail, note, onClose, retryLabel, onRetry }: { heading: string; detail: string; note?: string; onClose: () => void; retryLabel: string; onRetry: () => void }) {
  return (
    <div role="alert" className="export-failed">
      <p>
        <strong>{heading}</strong>
      </p>
      <p>{detail}</p>
      {note && <p>{note}</p>}
      <div className="export-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="primary" onClick={onRetry} autoFocus>
          {retryLabel}
        </button>
      </div>
    </div>
  )
}
