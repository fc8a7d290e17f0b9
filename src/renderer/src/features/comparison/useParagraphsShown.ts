// Which of a column's paragraphs draw their passages yet. Drawing every passage, variant and highlight of
// a long report at once costs its layout in full (a 3 × 10k comparison: hundreds of ms of style and layout
// before the first frame with passages). Instead the paragraphs in view and just beyond draw theirs at once,
// before that first frame; the others keep their plain text (the elements the plain columns already laid
// out) and gain theirs a few per frame, nearest the view first, so what the reader scrolls to comes next.
// Every paragraph stays in the page with all its text: find, selection, offsets and the scrollbar are as
// before, and within a second or so every passage element is there for the features that look for them.

import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import { PARAGRAPH } from './columnDom'

/** A column this short draws everything at once: its layout costs little. */
export const ALL_AT_ONCE = 40
/** Paragraphs drawn beyond each edge of the view before the first frame. */
const BEYOND_VIEW = 2
/** Paragraphs a column draws per frame afterwards: a few milliseconds' work, so frames stay on time. */
const PER_FRAME = 3

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

  useEffect(() => {
    const body = bodyRef.current
    if (!body || count <= ALL_AT_ONCE) return
    inView.current = paragraphsInView(body)
    let frame = 0
    const onScroll = (): void => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        inView.current = paragraphsInView(body)
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
    const flags = new Uint8Array(count)
    const draw = (indexes: Iterable<number>): void => {
      for (const i of indexes) flags[i] = 1
      setDrawn({ source, flags: flags.slice() })
    }
    if (count <= ALL_AT_ONCE) {
      draw(flags.keys())
      return
    }
    // Before the first paint with passages: what shows, and a little beyond.
    const [first, last] = inView.current
    const from = Math.max(0, first - BEYOND_VIEW)
    const to = Math.min(count - 1, Math.max(last, first) + BEYOND_VIEW)
    draw(Array.from({ length: to - from + 1 }, (_v, k) => from + k))
    let frame = 0
    const step = (): void => {
      const body = bodyRef.current
      const [top, bottom] = body ? paragraphsInView(body) : [0, -1]
      const next = nextToDraw(flags, Math.max(0, top), Math.max(top, bottom), PER_FRAME)
      if (next.length === 0) return
      draw(next)
      frame = requestAnimationFrame(step)
    }
    // The frame now coming paints the first passages; the rest start in the one after it.
    frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(step)
    })
    return () => cancelAnimationFrame(frame)
  }, [active, bodyRef, count, source])

  return (index) => current?.[index] === 1
}
