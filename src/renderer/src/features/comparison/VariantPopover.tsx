// The explanation of a variant's mark (how each other report words that stretch), in one popover for the
// whole view, so the marks themselves stay cheap. Hovering a mark shows it beside the mark. V shows it for
// the mark at the caret or in the selection, else the first in the focused passage or in view, and moves the
// focus into it so a screen reader reads it; V again goes on to the next difference in the column. Escape
// closes it and the focus goes back where it was.

import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { focusBack, focusedElement } from '../../ui/focusReturn'
import { isTextEntry } from '../../ui/keyboard'
import { COLUMN_BODY, docOf, PARAGRAPH, PASSAGE } from './columnDom'
import type { ComparisonViewModel, VariantMark } from './model'
import { markKindLabel, markWordings } from './PassageText'
import './VariantPopover.css'

/** A variant's mark in the columns (PassageText draws one per segment with a variant, in order). */
const VARIANT = 'mark[data-variant]'

export interface VariantPopoverProps {
  containerRef: RefObject<HTMLElement | null>
  model: ComparisonViewModel
  /** What to call report `doc` ("Report 2 · The Daily"). */
  nameOf: (doc: number) => string
}

interface Shown {
  /** The mark explained, or the element the keyboard was on when it has none. */
  anchor: HTMLElement
  variant: VariantMark | null
  doc: number
  byKeyboard: boolean
  /** Where the focus goes back to when it closes (opened by the keyboard). */
  opener: HTMLElement | null
}

const elementOf = (node: Node | null): Element | null => (node instanceof Element ? node : (node?.parentElement ?? null))

/** The variant a mark shows, read from the view model by the mark's place among its paragraph's marks. */
function variantOf(mark: HTMLElement, model: ComparisonViewModel): VariantMark | null {
  const doc = docOf(mark)
  const paragraph = mark.closest<HTMLElement>(PARAGRAPH)
  if (doc === null || !paragraph) return null
  const index = [...paragraph.querySelectorAll(VARIANT)].indexOf(mark)
  const start = Number(paragraph.dataset['start'])
  const segments = model.columns[doc]?.paragraphs.find((p) => p.start === start)?.segments.filter((s) => s.variant) ?? []
  return segments[index]?.variant ?? null
}

/** The mark the keyboard points at: at the caret or in the selection, else in the focused passage, else the first in view. */
function markForKeyboard(container: HTMLElement, target: Element): { anchor: HTMLElement; mark: HTMLElement | null } | null {
  const body = target.closest<HTMLElement>(COLUMN_BODY)
  if (!body || !container.contains(body)) return null
  const marks = [...body.querySelectorAll<HTMLElement>(VARIANT)]
  const selection = document.getSelection()
  if (selection && selection.rangeCount > 0 && body.contains(selection.focusNode)) {
    const atCaret = elementOf(selection.focusNode)?.closest<HTMLElement>(VARIANT)
    const range = selection.getRangeAt(0)
    const inside = atCaret ?? (selection.isCollapsed ? undefined : marks.find((m) => range.intersectsNode(m)))
    if (inside) return { anchor: inside, mark: inside }
  }
  const passage = target.closest<HTMLElement>(PASSAGE)
  if (passage) {
    const mark = passage.querySelector<HTMLElement>(VARIANT)
    return { anchor: mark ?? passage, mark }
  }
  const view = body.getBoundingClientRect()
  const inView = marks.find((m) => m.getBoundingClientRect().bottom > view.top && m.getBoundingClientRect().top < view.bottom)
  return { anchor: inView ?? body, mark: inView ?? null }
}

export function VariantPopover({ containerRef, model, nameOf }: VariantPopoverProps) {
  const [shown, setShown] = useState<Shown | null>(null)
  const [, remeasure] = useState(0)
  const popover = useRef<HTMLDivElement>(null)
  const [size, setSize] = useState({ width: 320, height: 120 })
  const shownRef = useRef(shown)
  useLayoutEffect(() => {
    shownRef.current = shown
  })

  const show = useCallback(
    (anchor: HTMLElement, mark: HTMLElement | null, byKeyboard: boolean, opener: HTMLElement | null) => {
      const doc = docOf(anchor)
      if (doc === null) return
      if (byKeyboard) anchor.scrollIntoView({ block: 'nearest' })
      setShown({ anchor, variant: mark ? variantOf(mark, model) : null, doc, byKeyboard, opener })
    },
    [model],
  )

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const onOver = (event: PointerEvent): void => {
      const mark = elementOf(event.target as Node)?.closest<HTMLElement>(VARIANT)
      if (!mark || shownRef.current?.byKeyboard) return
      if (shownRef.current?.anchor !== mark) show(mark, mark, false, null)
    }
    const onOut = (event: PointerEvent): void => {
      const current = shownRef.current
      if (!current || current.byKeyboard || !(event.target instanceof Node) || !current.anchor.contains(event.target)) return
      if (event.relatedTarget instanceof Node && current.anchor.contains(event.relatedTarget)) return
      setShown(null)
    }
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.key.toLowerCase() !== 'v' || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return
      const target = event.target instanceof Element && event.target !== document.body ? event.target : elementOf(document.getSelection()?.focusNode ?? null)
      const found = target && markForKeyboard(container, target)
      if (!found) return
      event.preventDefault()
      show(found.anchor, found.mark, true, focusedElement())
    }
    // Scrolling moves the mark: a hover popover goes, a keyboard one follows.
    const onScroll = (): void => {
      if (shownRef.current?.byKeyboard) remeasure((n) => n + 1)
      else if (shownRef.current) setShown(null)
    }
    const onLeave = (): void => {
      if (shownRef.current && !shownRef.current.byKeyboard) setShown(null)
    }
    container.addEventListener('pointerover', onOver)
    container.addEventListener('pointerout', onOut)
    container.addEventListener('pointerleave', onLeave)
    document.addEventListener('keydown', onKey)
    document.addEventListener('scroll', onScroll, { capture: true, passive: true })
    return () => {
      container.removeEventListener('pointerover', onOver)
      container.removeEventListener('pointerout', onOut)
      container.removeEventListener('pointerleave', onLeave)
      document.removeEventListener('keydown', onKey)
      document.removeEventListener('scroll', onScroll, { capture: true })
    }
  }, [containerRef, show])

  // Opened by the keyboard: the focus moves in, so a screen reader reads the explanation.
  const byKeyboard = shown?.byKeyboard ?? false
  const anchor = shown?.anchor
  useLayoutEffect(() => {
    if (byKeyboard && anchor) popover.current?.focus({ preventScroll: true })
  }, [anchor, byKeyboard])
  useLayoutEffect(() => {
    const element = popover.current
    if (element && (element.offsetWidth !== size.width || element.offsetHeight !== size.height)) setSize({ width: element.offsetWidth, height: element.offsetHeight })
  }, [shown, size.height, size.width])

  if (!shown || !shown.anchor.isConnected) return null
  const close = (giveFocusBack: boolean): void => {
    setShown(null)
    if (giveFocusBack) focusBack(shown.opener)
  }
  const next = (): void => {
    const body = shown.anchor.closest<HTMLElement>(COLUMN_BODY)
    const marks = body ? [...body.querySelectorAll<HTMLElement>(VARIANT)] : []
    const after = marks.find((m) => shown.anchor.compareDocumentPosition(m) & Node.DOCUMENT_POSITION_FOLLOWING && !shown.anchor.contains(m)) ?? marks[0]
    if (after) show(after, after, true, shown.opener)
  }
  const rect = shown.anchor.getBoundingClientRect()
  const below = rect.bottom + 6 + size.height <= window.innerHeight - 8
  const top = below ? rect.bottom + 6 : Math.max(8, rect.top - 6 - size.height)
  const left = Math.max(8, Math.min(window.innerWidth - size.width - 8, rect.left))
  const { variant } = shown
  const here = variant ? `“${shown.anchor.textContent?.trim() || '(nothing here)'}”` : ''
  return (
    <div
      ref={popover}
      className={`variant-popover${shown.byKeyboard ? '' : ' variant-popover-hover'}`}
      role={shown.byKeyboard ? 'dialog' : 'tooltip'}
      aria-labelledby="variant-popover-title"
      aria-describedby="variant-popover-wordings"
      tabIndex={-1}
      style={{ top, left }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') close(true)
        else if (event.key.toLowerCase() === 'v' && !event.ctrlKey && !event.metaKey && !event.altKey) next()
        else return
        event.preventDefault()
        event.stopPropagation()
      }}
      onBlur={(event) => {
        if (!(event.relatedTarget instanceof Node && event.currentTarget.contains(event.relatedTarget))) close(false)
      }}
    >
      <p id="variant-popover-title" className="variant-popover-title">
        {variant ? `${nameOf(shown.doc)}: ${here}` : `${nameOf(shown.doc)}: no marked differences here`}
        {variant && <span className="variant-popover-kind"> ({markKindLabel(variant)})</span>}
      </p>
      <ul id="variant-popover-wordings" className="variant-popover-wordings">
        {variant ? (
          markWordings(variant).map((w) => (
            <li key={w.doc}>
              {nameOf(w.doc)}: {w.words === '' ? '(nothing here)' : `“${w.words}”`}
              {w.kind && <span className="variant-popover-kind"> ({w.kind})</span>}
            </li>
          ))
        ) : (
          <li>Press V for the next marked difference in this report.</li>
        )}
      </ul>
      {shown.byKeyboard && (
        <p className="variant-popover-keys">
          <kbd>V</kbd> next difference · <kbd>Esc</kbd> close
        </p>
      )}
    </div>
  )
}
