// The small toolbar over a text selection: a button per highlight colour (named by its label), one to add
// a note, and one to mark the whole shared passage the selection is in. Keys 1–6 pick a colour; N adds a note;
// Escape closes it. It sits above or below the selected text, whichever side has room, never over it, and
// follows the selection when a column scrolls or the window is resized. The context menu's Highlight and
// Add Note come here too, while there is a selection.

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/domain/highlight'
import { useCommand } from '../../ui/commands'
import { isTextEntry } from '../../ui/keyboard'
import { selectionInColumn, type ColumnSelection, type ColumnsDom } from './selectionRange'
import { toolbarPlacement, type Box } from './toolbarPlacement'
import './SelectionToolbar.css'

export interface HighlightRequest {
  selection: ColumnSelection
  color: HighlightColor
  withNote: boolean
  wholePassage: boolean
}

export interface SelectionToolbarProps {
  containerRef: RefObject<HTMLElement | null>
  /** Where the columns and paragraphs are in the container (the comparison's columnDom). */
  dom: ColumnsDom
  textOf: (doc: number) => string
  labels: Record<HighlightColor, string>
  onHighlight: (request: HighlightRequest) => void
}

export function SelectionToolbar({ containerRef, dom, textOf, labels, onHighlight }: SelectionToolbarProps) {
  const [selection, setSelection] = useState<(ColumnSelection & { inView: boolean; column: Box | null }) | null>(null)
  const toolbar = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 420, height: 36 })

  useEffect(() => {
    let frame = 0
    const update = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const container = containerRef.current
        const found = container ? selectionInColumn(document.getSelection(), container, textOf, dom) : null
        // Hidden while the selected text is scrolled out of its column, rather than floating over other text.
        const column = found && container && dom.columnBodyOf(container, found.doc)?.getBoundingClientRect()
        const inView = !column || column.height === 0 || (found.rect.bottom >= column.top && found.rect.top <= column.bottom)
        setSelection(found && { ...found, inView, column: column && column.height > 0 ? column : null })
      })
    }
    document.addEventListener('selectionchange', update)
    // Text may have been selected before the toolbar could listen (it waits for the colour labels).
    update()
    // Scrolling a column moves the selected text: measure it again (scroll does not bubble, so capture it).
    document.addEventListener('scroll', update, { capture: true, passive: true })
    window.addEventListener('resize', update)
    return () => {
      document.removeEventListener('selectionchange', update)
      document.removeEventListener('scroll', update, { capture: true })
      window.removeEventListener('resize', update)
      cancelAnimationFrame(frame)
    }
  }, [containerRef, dom, textOf])

  const act = (color: HighlightColor, withNote: boolean, wholePassage = false): void => {
    // The selection as it is now: a key may come before the frame that measures the newest change to it.
    const container = containerRef.current
    const current = (container && selectionInColumn(document.getSelection(), container, textOf, dom)) ?? selection
    if (!current) return
    onHighlight({ selection: current, color, withNote, wholePassage })
    document.getSelection()?.removeAllRanges()
    setSelection(null)
  }
  // The key handler is subscribed once per selection and calls the newest act() through this ref.
  const actRef = useRef(act)
  useLayoutEffect(() => {
    actRef.current = act
  })

  const open = selection !== null
  // The context menu's Highlight and Add Note act on the same selection.
  useCommand('highlightSelection', () => actRef.current('yellow', false), open)
  useCommand('noteSelection', () => actRef.current('yellow', true), open)
  // Listening from the moment the toolbar shows (a layout effect), so a key pressed as it appears is not lost.
  useLayoutEffect(() => {
    if (!open) return
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      // Nor in a dialog or popover over the view (a variant's explanation closes with its own Escape).
      if (isTextEntry(event.target) || (event.target instanceof Element && event.target.closest('dialog, [role="dialog"]'))) return
      const color = HIGHLIGHT_COLORS[Number(event.key) - 1]
      if (color) actRef.current(color, false)
      else if (event.key === 'N' || event.key === 'n') actRef.current('yellow', true)
      else if (event.key === 'Escape') {
        const current = document.getSelection()
        if (current?.focusNode) current.collapse(current.focusNode, current.focusOffset)
        setSelection(null)
      } else return
      event.preventDefault()
      event.stopPropagation()
    }
    document.addEventListener('keydown', onKey, { capture: true })
    return () => document.removeEventListener('keydown', onKey, { capture: true })
  }, [open])

  // Measured before it paints, so it is placed by its real size (it wraps on a narrow window).
  useLayoutEffect(() => {
    const element = toolbar.current
    if (element && (element.offsetWidth !== size.width || element.offsetHeight !== size.height)) setSize({ width: element.offsetWidth, height: element.offsetHeight })
  }, [selection, size.height, size.width])

  if (!selection || !selection.inView) return null
  const { top, left, side } = toolbarPlacement(selection.rect, selection.column, size, { width: window.innerWidth, height: window.innerHeight })
  return (
    <div ref={toolbar} className="selection-toolbar" role="toolbar" aria-label="Highlight the selection" data-side={side} style={{ top, left }}>
      {HIGHLIGHT_COLORS.map((color, i) => (
        <button key={color} type="button" className={`swatch-button hl-${color}`} onMouseDown={(e) => e.preventDefault()} onClick={() => act(color, false)} aria-label={`Highlight as ${labels[color]} (${color}, key ${i + 1})`} title={`${labels[color]} (${i + 1})`}>
          {labels[color]}
        </button>
      ))}
      <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => act('yellow', true)} title="Highlight and add a note (N)">
        Note…
      </button>
      {selection.passage && (
        <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => act('yellow', false, true)} title="Highlight the whole shared passage in every report">
          Whole passage
        </button>
      )}
    </div>
  )
}
