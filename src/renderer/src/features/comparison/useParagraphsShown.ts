// Which of a column's paragraphs draw their passages yet. Drawing every passage, variant and highlight of
// a long report at once costs its layout in full (a 3 × 10k comparison: hundreds of ms of style and layout
// before the first frame with passages). Instead the paragraphs in view and just beyond draw theirs at once,
// before that first frame; the others keep their plain text (the elements the plain columns already laid
// out) and gain theirs a few at a time when the page is idle, nearest the view first; what a scroll brings
// into view draws in that frame.
// Every paragraph stays in the page with all its text: find, selection, offsets and the scrollbar are as
// before, and within a second or so every passage element is there for the features that look for them.

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { flushSync } from 'react-dom'
import { onFinishDrawing } from './columnDrawing'
import { PARAGRAPH } from './columnDom'

/** A column this short draws everything at once: its layout costs little. */
export const ALL_AT_ONCE = 40
/** Paragraphs drawn beyond each edge of the view before the first frame. */
const BEYOND_VIEW = 2
/** Paragraphs a column draws at each idle moment afterwards: a few milliseconds' work, so frames stay on time. */
const PER_STEP = 3

/** Index of the first paragraph reaching into the body's view, and of the last (-1 when none are laid out). */
function paragraphsInView(body: HTMLElement): [number, number] {
  const paragraphs = body.querySelectorAll<HTMLElement>(PARAGRAPH)
  const view = body.getBoundingClientRect()
  const firstBelow = (edge: number): number => {
    let low = 0
    let high = paragraphs.length
    while (low < high) {
      const mid = (low + high) >> 1
      if ((paragraphs[mid] as HTMLElement).getBoundingClientRect().bottom < edge) low = mid + 1
      else high = mid
    }
    return low
  }
  if (paragraphs.length === 0 || view.height === 0) return [0, -1]
  const first = firstBelow(view.top)
  return [first, Math.max(first, firstBelow(view.bottom))]
}

/** Up to `limit` paragraphs not yet drawn, nearest first to the range [from, to]. */
function nextToDraw(drawn: Uint8Array, from: number, to: number, limit: number): number[] {
  const picked: number[] = []
  for (let i = from; i <= to && picked.length < limit; i++) if (drawn[i] === 0) picked.push(i)
  for (let d = 1; picked.length < limit && (from - d >= 0 || to + d < drawn.length); d++) {
    if (from - d >= 0 && drawn[from - d] === 0) picked.push(from - d)
    if (picked.length < limit && to + d < drawn.length && drawn[to + d] === 0) picked.push(to + d)
  }
  return picked
}

/** How long after the reader's last hover, scroll or key the columns wait before drawing more passages. */
const QUIET_MS = 250
let lastInput = -Infinity
let listening = false

/**
 * Notes when the reader last pointed, scrolled or pressed a key anywhere in the page. Drawing the rest of
 * the passages waits for a pause: a step's style and layout landing in the frame a hover or a scroll is
 * waiting for makes that frame late (on a busy machine, most of them were).
 */
function listenForInput(): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  const note = (): void => {
    lastInput = performance.now()
  }
  for (const type of ['pointerover', 'pointermove', 'wheel', 'keydown', 'scroll']) window.addEventListener(type, note, { capture: true, passive: true })
}

/**
 * Runs `work` when the page is idle (after the frames the reader is waiting for) and the reader has paused,
 * or soon where idleness is not known. On a busy machine idle moments may not come for seconds: after
 * 100 ms it runs anyway, so every passage is drawn within a few seconds of a pause for the features that
 * look for them (levelling, n/p, notes; those that need one at once finish the drawing themselves).
 */
function whenIdle(work: () => void): () => void {
  let cancel = (): void => {}
  const run = (): void => {
    const wait = lastInput + QUIET_MS - performance.now()
    if (wait > 0) {
      const handle = setTimeout(() => (cancel = whenIdle(work)), wait)
      cancel = () => clearTimeout(handle)
    } else work()
  }
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 100 })
    cancel = () => cancelIdleCallback(handle)
  } else {
    const handle = setTimeout(run, 16)
    cancel = () => clearTimeout(handle)
  }
  return () => cancel()
}

/**
 * For the column body in `bodyRef` with `count` paragraphs, whether paragraph i draws its passages. Starts
 * over when `source` (the column's text) changes; draws nothing while `active` is false (no alignment yet).
 */
export function useParagraphsShown(bodyRef: RefObject<HTMLElement | null>, count: number, source: unknown, active: boolean): (index: number) => boolean {
  const [drawn, setDrawn] = useState<{ source: unknown; flags: Uint8Array }>({ source, flags: new Uint8Array(count) })
  const current = drawn.source === source && drawn.flags.length === count ? drawn.flags : null
  // The paragraphs in view, measured while the plain text shows (after its paint, and on scrolling), so
  // that the commit with passages reads no geometry and its frame lays out once.
  const inView = useRef<[number, number]>([0, -1])
  // While passages are being drawn: draws those in view, when a scroll brings plain ones there.
  const onViewChange = useRef<(() => void) | null>(null)
  // While passages are being drawn: draws all the rest at once.
  const finish = useRef<(() => void) | null>(null)

  useEffect(() => {
    const body = bodyRef.current
    if (!body || count <= ALL_AT_ONCE) return
    inView.current = paragraphsInView(body)
    let frame = 0
    const onScroll = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        inView.current = paragraphsInView(body)
        onViewChange.current?.()
      })
    }
    body.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      body.removeEventListener('scroll', onScroll)
      cancelAnimationFrame(frame)
    }
  }, [bodyRef, count, source])

  useLayoutEffect(() => {
    if (!active || count === 0) return
    listenForInput()
    const flags = new Uint8Array(count)
    const draw = (indexes: Iterable<number>): void => {
      for (const i of indexes) flags[i] = 1
      setDrawn({ source, flags: flags.slice() })
    }
    if (count <= ALL_AT_ONCE) {
      draw(flags.keys())
      return
    }
    const around = (): [number, number] => {
      const [first, last] = inView.current
      return [Math.max(0, first - BEYOND_VIEW), Math.min(count - 1, Math.max(last, first) + BEYOND_VIEW)]
    }
    // Before the first paint with passages: what shows, and a little beyond.
    const [from, to] = around()
    draw(Array.from({ length: to - from + 1 }, (_v, k) => from + k))
    // What a scroll brings into view, at once: committed in the scroll's own frame (flushSync), so its
    // layout lands there and not in the next frame, the one a hover right after the scroll is waiting for.
    onViewChange.current = () => {
      const [top, bottom] = around()
      const missing = nextToDraw(flags, top, bottom, bottom - top + 1).filter((i) => i >= top && i <= bottom)
      if (missing.length > 0) flushSync(() => draw(missing))
    }
    // The rest when the page is idle, a few at a time, nearest the view first: the frames the reader is
    // waiting for (a hover, a scroll) come first.
    let cancel = (): void => {}
    finish.current = () => {
      if (flags.every((f) => f === 1)) return
      cancel()
      flushSync(() => draw(flags.keys()))
    }
    const step = (): void => {
      const [top, bottom] = around()
      const next = nextToDraw(flags, top, bottom, PER_STEP)
      if (next.length === 0) return
      draw(next)
      cancel = whenIdle(step)
    }
    cancel = whenIdle(step)
    return () => {
      cancel()
      finish.current = null
      onViewChange.current = null
    }
  }, [active, count, source])

  // Everything at once, when a feature needs a passage that is not drawn yet (columnDrawing.ts). Registered
  // after the commit: a column mounted with its passages has no body yet when the effect above runs.
  useEffect(() => {
    const body = bodyRef.current
    return body ? onFinishDrawing(body, () => finish.current?.()) : undefined
  }, [bodyRef])

  return (index) => current?.[index] === 1
}
