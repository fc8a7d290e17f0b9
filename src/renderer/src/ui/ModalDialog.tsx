// A modal dialog as every dialog of the app needs it: opened modally when it mounts (focus moves into it,
// the rest of the window is inert, and no menu command or shortcut reaches the view behind it), closed
// with Escape unless it is busy, and labelled by its heading; when it closes, the focus goes back where it
// was. It also holds the parts every dialog draws with (buttons, hints, problems, progress, failures), so
// features use them rather than its classes.

import { useEffect, useRef, type DragEventHandler, type HTMLAttributes, type ReactNode } from 'react'
import { useModalPause } from './commands'
import { useFocusReturn } from './focusReturn'
import './ModalDialog.css'

export interface ModalDialogProps {
  /** The id of the heading that names the dialog. */
  labelledBy: string
  /** Wide enough for a form of several columns (import, edit); else small (export, settings, delete). */
  wide?: boolean
  /** The feature's own class for the dialog, for its own stylesheet. */
  className?: string
  /** While busy, Escape does not close it (an export or import is under way). */
  busy?: boolean
  onClose: () => void
  children: ReactNode
  onDragOver?: DragEventHandler<HTMLDialogElement>
  onDragLeave?: DragEventHandler<HTMLDialogElement>
  onDrop?: DragEventHandler<HTMLDialogElement>
}

export function ModalDialog({ labelledBy, wide = false, className, busy = false, onClose, children, ...dragHandlers }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null)
  useModalPause()
  useFocusReturn()
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal?.()
  }, [])
  return (
    <dialog
      ref={dialog}
      className={['modal-dialog', wide ? 'modal-dialog-wide' : '', className ?? ''].filter(Boolean).join(' ')}
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
    <div role="alert" className="dialog-failed">
      <p>
        <strong>{heading}</strong>
      </p>
      <p>{detail}</p>
      {note && <p>{note}</p>}
      <DialogButtons>
        <button type="button" onClick={onClose}>
          Close
        </button>
        <button type="button" className="primary" onClick={onRetry} autoFocus>
          {retryLabel}
        </button>
      </DialogButtons>
    </div>
  )
}

/** The dialog's buttons, in a row at its end. */
export function DialogButtons({ children }: { children: ReactNode }) {
  return <div className="dialog-buttons">{children}</div>
}

/** A quiet line of advice. */
export function DialogHint({ children }: { children: ReactNode }) {
  return <p className="dialog-hint">{children}</p>
}

/** What stops the dialog's action, announced as it appears. */
export function DialogProblem({ children }: { children: ReactNode }) {
  return (
    <p role="alert" className="dialog-problem">
      {children}
    </p>
  )
}

/** A status region whose progress bar takes the dialog's width. */
export function DialogProgress({ children, ...attributes }: HTMLAttributes<HTMLDivElement>) {
  return (
    <div role="status" {...attributes} className="dialog-progress">
      {children}
    </div>
  )
}
