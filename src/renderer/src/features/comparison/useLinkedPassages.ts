// Linked reading across columns: hovering or focusing a passage lights up its counterparts and draws
// ribbons between them; clicking pins it and scrolls the other columns so the counterparts sit level;
// with linked scrolling on, scrolling one column carries the others along by their shared passages.
// Keyboard: n/] and p/[ for the next and previous passage, Left/Right between columns, Escape clears.
// A hover touches only the DOM (data attributes, the bars under the passage and the ribbon paths), never
// React state, so it shows in the next frame however long the reports; React state holds only the pinned
// (clicked or chosen) passage.

import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { drawActiveMarks } from './activeMarks'
import { finishDrawing } from './columnDrawing'
import { ACTIVE_MARKS, COLUMN_BODY, docOf, RIBBONS, tintOf } from './columnDom'
import { columnsOf, levelCounterparts, type LevelledColumn, markActive, passageAtMiddle, passageBands, passageElements, revealPassage, ribbonPath } from './passageDom'

export interface LinkedPassages {
  /** The passage pinned by a click, a key or the panel (not a mere hover). */
  selected: string | null
  /** Make a passage the active one (from the panel or the keyboard) and bring it into view everywhere. */
  select: (id: string) => void
  clear: () => void
  /** Make the next (1) or previous (-1) passage of the focused column (else the first column) the active one. */
  step: (direction: 1 | -1) => void
}

/** How long a smooth levelling scroll may take; after this, a column's scrolling is the reader's again. */
const DRIVEN_MS = 1000

export function useLinkedPassages(containerRef: RefObject<HTMLElement | null>, options: { linkedScrolling: boolean }): LinkedPassages {
  const [selected, setSelected] = useState<string | null>(null)
  const pinned = useRef<string | null>(null)
  const pin = useCallback((id: string | null) => {
    pinned.current = id
    setSelected(id)
  }, [])
  const activeRef = useRef<string | null>(null)
  const frame = useRef(0)
  // Columns this hook is scrolling, so their scroll events are not taken for the reader's own scrolling.
  const driven = useRef(new Map<HTMLElement, { target: number; smooth: boolean; until: number }>())
  const drive = useCallback((columns: LevelledColumn[]) => {
    const until = performance.now() + DRIVEN_MS
    for (const { body, target, smooth } of columns) driven.current.set(body, { target, smooth, until })
  }, [])

  const drawRibbons = useCallback(() => {
    cancelAnimationFrame(frame.current)
    frame.current = requestAnimationFrame(() => {
      const container = containerRef.current
      const layer = container?.querySelector<SVGSVGElement>(RIBBONS)
      if (!container || !layer) return
      const id = activeRef.current
      // The bars again, where the text under them has moved (a column's width, its text drawn).
      drawActiveMarks(container, id)
      const bands = id === null ? [] : passageBands(container, id)
      const paths = bands.slice(1).map((band, i) => ribbonPath(bands[i] as (typeof bands)[number], band))
      const tint = id === null ? undefined : tintOf(passageElements(container, id)[0])
      if (tint) layer.dataset['tint'] = tint
      layer.replaceChildren(
        ...paths.map((d) => {
          const path = document.createElementNS('http://www.w3.org/2000/svg', 'path')
          path.setAttribute('d', d)
          path.setAttribute('class', 'ribbon')
          return path
        }),
      )
    })
  }, [containerRef])

  const activate = useCallback(
    (id: string | null) => {
      const container = containerRef.current
      if (!container || activeRef.current === id) return
      activeRef.current = id
      // The bars first: they measure the lines, which the attributes would make the browser lay out again.
      drawActiveMarks(container, id)
      markActive(container, id)
      drawRibbons()
    },
    [containerRef, drawRibbons],
  )

  const clear = useCallback(() => {
    pin(null)
    activate(null)
  }, [activate, pin])

  const select = useCallback(
    (id: string) => {
      const container = containerRef.current
      if (!container) return
      pin(id)
      activate(id)
      revealPassage(container, id)
      window.setTimeout(drawRibbons, 400)
    },
    [activate, containerRef, drawRibbons, pin],
  )

  const step = useCallback(
    (direction: 1 | -1, from: Element | null) => {
      const container = containerRef.current
      if (!container) return
      const columns = columnsOf(container)
      const doc = (from && docOf(from)) ?? columns[0]?.doc ?? 0
      const body = columns.find((c) => c.doc === doc)?.body
      if (!body) return
      // Passages in this column, in reading order, each once (all of them drawn first).
      finishDrawing(body)
      const ids = [...new Set([...body.querySelectorAll<HTMLElement>('[data-passage]')].map((el) => el.dataset['passage'] as string))]
      if (ids.length === 0) return
      const current = activeRef.current === null ? -1 : ids.indexOf(activeRef.current)
      const next = ids[current < 0 ? (direction > 0 ? 0 : ids.length - 1) : (current + direction + ids.length) % ids.length] as string
      pin(next)
      activate(next)
      const target = passageElements(body, next)[0]
      // Focusable only while the keyboard is on it: a span that takes focus on a mouse press would scroll
      // its column into view in the middle of a text selection.
      if (target) {
        target.tabIndex = -1
        target.addEventListener('blur', () => target.removeAttribute('tabindex'), { once: true })
        target.focus({ preventScroll: true })
      }
      target?.scrollIntoView({ block: 'center', behavior: 'auto' })
      drive(levelCounterparts(container, next, doc, false))
      drawRibbons()
    },
    [activate, containerRef, drawRibbons, drive, pin],
  )

  useEffect(() => {
    const container = containerRef.current
    if (!container) return
    const passageOf = (target: EventTarget | null): string | null =>
      target instanceof Element ? (target.closest<HTMLElement>('[data-passage]')?.dataset['passage'] ?? null) : null

    const onOver = (event: Event): void => {
      const id = passageOf(event.target)
      if (id !== null) activate(id)
      else if (pinned.current === null) activate(null)
    }
    const onLeave = (): void => {
      if (pinned.current === null) activate(null)
      else activate(pinned.current)
    }
    const onClick = (event: MouseEvent): void => {
      const id = passageOf(event.target)
      const doc = event.target instanceof Element ? docOf(event.target) : null
      if (id === null || doc === null) return
      pin(id)
      activate(id)
      drive(levelCounterparts(container, id, doc))
      window.setTimeout(drawRibbons, 400)
    }
    const onKey = (event: KeyboardEvent): void => {
      if (event.altKey || event.ctrlKey || event.metaKey) return
      const target = event.target instanceof Element ? event.target : null
      if (event.key === 'Escape') clear()
      else if (event.key === 'n' || event.key === ']') step(1, target)
      else if (event.key === 'p' || event.key === '[') step(-1, target)
      else if ((event.key === 'ArrowRight' || event.key === 'ArrowLeft') && target) {
        const columns = columnsOf(container)
        const at = columns.findIndex((c) => c.column.contains(target))
        const next = columns[at + (event.key === 'ArrowRight' ? 1 : -1)]
        if (at < 0 || !next) return
        next.body.focus()
      } else return
      event.preventDefault()
    }
    /**
     * Whether a scroll event is one this hook caused: an instant scroll's echo lands exactly on its target;
     * a smooth one passes through many places on its way. Anything else (or later) is the reader scrolling.
     */
    const isEcho = (body: HTMLElement): boolean => {
      const drive = driven.current.get(body)
      if (!drive) return false
      const arrived = Math.abs(body.scrollTop - drive.target) <= 1
      if (arrived || !drive.smooth || performance.now() > drive.until) driven.current.delete(body)
      return arrived || (drive.smooth && performance.now() <= drive.until)
    }
    const onScroll = (event: Event): void => {
      drawRibbons()
      const body = event.target
      if (!(body instanceof HTMLElement) || !body.matches(COLUMN_BODY) || !options.linkedScrolling) return
      if (isEcho(body)) return
      const anchor = passageAtMiddle(body)
      const id = anchor?.dataset['passage']
      const doc = docOf(body)
      if (!id || doc === null) return
      drive(levelCounterparts(container, id, doc, false))
    }
    // Text drawn or drawn again (a long report's passages drawn while the page is idle, highlights, marks
    // shown or hidden) moves the lines under the active passage: its bars and ribbons follow. Not the
    // layers those draw themselves, which would call for themselves again.
    const drawn = new MutationObserver((records) => {
      if (activeRef.current !== null && records.some((r) => !(r.target instanceof Element && r.target.closest(`${ACTIVE_MARKS}, ${RIBBONS}`)))) drawRibbons()
    })
    drawn.observe(container, { childList: true, subtree: true })
    // As does the text's size or look changed on the page's root (settings), and a font that arrives late.
    drawn.observe(document.documentElement, { attributes: true, attributeFilter: ['style', 'class', 'data-theme'] })
    document.fonts?.addEventListener('loadingdone', drawRibbons)
    container.addEventListener('pointerover', onOver)
    container.addEventListener('focusin', onOver)
    container.addEventListener('pointerleave', onLeave)
    container.addEventListener('click', onClick)
    container.addEventListener('keydown', onKey)
    container.addEventListener('scroll', onScroll, { capture: true, passive: true })
    window.addEventListener('resize', drawRibbons)
    return () => {
      drawn.disconnect()
      document.fonts?.removeEventListener('loadingdone', drawRibbons)
      container.removeEventListener('pointerover', onOver)
      container.removeEventListener('focusin', onOver)
      container.removeEventListener('pointerleave', onLeave)
      container.removeEventListener('click', onClick)
      container.removeEventListener('keydown', onKey)
      container.removeEventListener('scroll', onScroll, { capture: true })
      window.removeEventListener('resize', drawRibbons)
      cancelAnimationFrame(frame.current)
    }
  }, [activate, clear, containerRef, drawRibbons, drive, options.linkedScrolling, pin, step])

  const stepFromFocus = useCallback((direction: 1 | -1) => step(direction, document.activeElement), [step])
  return { selected, select, clear, step: stepFromFocus }
}
