// The DOM side of linked passages: finding a passage's elements in each column, measuring them, scrolling
// columns so counterparts sit level, and the geometry of the ribbons between columns. Works on the
// stable hooks of the view (columnDom.ts): [data-doc] columns, [data-column-body] scrollers, [data-passage] spans.

import { finishDrawing } from './columnDrawing'
import { COLUMN, COLUMN_BODY } from './columnDom'

export interface ColumnParts {
  doc: number
  column: HTMLElement
  body: HTMLElement
}

export function columnsOf(container: HTMLElement): ColumnParts[] {
  return [...container.querySelectorAll<HTMLElement>(COLUMN)].flatMap((column) => {
    const body = column.querySelector<HTMLElement>(COLUMN_BODY)
    return body ? [{ doc: Number(column.dataset['doc']), column, body }] : []
  })
}

export function passageElements(scope: ParentNode, id: string): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(`[data-passage="${CSS.escape(id)}"]`)]
}

/** The passage's elements in a column body, its passages finished drawing first if it has none drawn yet. */
export function drawnPassageElements(body: HTMLElement, id: string): HTMLElement[] {
  const found = passageElements(body, id)
  if (found.length > 0) return found
  finishDrawing(body)
  return passageElements(body, id)
}

/** Marks the passage's elements active everywhere (a data attribute React does not manage). */
export function markActive(container: HTMLElement, id: string | null): void {
  for (const el of container.querySelectorAll<HTMLElement>('[data-passage][data-active]')) delete el.dataset['active']
  if (id !== null) for (const el of passageElements(container, id)) el.dataset['active'] = ''
}

export interface Band {
  doc: number
  /** Horizontal edges of the column, and the passage's vertical extent (clipped to what shows). */
  left: number
  right: number
  top: number
  bottom: number
}

/** Where the passage shows in each column that carries it, in the container's content coordinates. */
export function passageBands(container: HTMLElement, id: string): Band[] {
  const box = container.getBoundingClientRect()
  const bands: Band[] = []
  for (const { doc, column, body } of columnsOf(container)) {
    const elements = passageElements(body, id)
    const first = elements[0]
    const last = elements.at(-1)
    if (!first || !last) continue
    const view = body.getBoundingClientRect()
    const top = Math.max(first.getBoundingClientRect().top, view.top)
    const bottom = Math.min(last.getBoundingClientRect().bottom, view.bottom)
    const x = container.scrollLeft - box.left
    const y = container.scrollTop - box.top
    // Off screen in this column: a thin band at the edge it lies beyond, so the ribbon still points to it.
    const clippedTop = bottom < top ? (top >= view.bottom ? view.bottom - 2 : view.top) : top
    const clippedBottom = bottom < top ? clippedTop + 2 : bottom
    const edges = column.getBoundingClientRect()
    bands.push({ doc, left: edges.left + x, right: edges.right + x, top: clippedTop + y, bottom: clippedBottom + y })
  }
  return bands
}

/** A closed ribbon from the right edge of one band to the left edge of the next. */
export function ribbonPath(from: Band, to: Band): string {
  const x1 = from.right
  const x2 = to.left
  const mid = (x1 + x2) / 2
  return [
    `M ${x1} ${from.top}`,
    `C ${mid} ${from.top}, ${mid} ${to.top}, ${x2} ${to.top}`,
    `L ${x2} ${to.bottom}`,
    `C ${mid} ${to.bottom}, ${mid} ${from.bottom}, ${x1} ${from.bottom}`,
    'Z',
  ].join(' ')
}

const prefersReducedMotion = (): boolean => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches

/** A column scrolled by levelCounterparts: where it is going, and whether it glides there. */
export interface LevelledColumn {
  body: HTMLElement
  target: number
  smooth: boolean
}

/**
 * Scrolls the columns carrying the passage so that it starts at the same height in each: the height of the
 * passage in `anchorDoc`, or lower down if some column cannot bring its copy that far down (a passage near
 * the top of its text). Returns the columns it scrolled, with where each is going.
 */
export function levelCounterparts(container: HTMLElement, id: string, anchorDoc: number, smooth = true): LevelledColumn[] {
  const carriers = columnsOf(container).flatMap(({ doc, body }) => {
    const first = drawnPassageElements(body, id)[0]
    return first ? [{ doc, body, top: first.getBoundingClientRect().top }] : []
  })
  const anchor = carriers.find((c) => c.doc === anchorDoc)
  if (!anchor) return []
  // A column can lower its passage only until it is scrolled to the top.
  const level = Math.min(anchor.top, ...carriers.map((c) => c.top + c.body.scrollTop))
  const animated = smooth && !prefersReducedMotion()
  const scrolled: LevelledColumn[] = []
  for (const { body, top } of carriers) {
    const delta = top - level
    if (Math.abs(delta) < 1) continue
    const target = Math.max(0, Math.min(body.scrollHeight - body.clientHeight, body.scrollTop + delta))
    body.scrollBy({ top: delta, behavior: animated ? 'smooth' : 'auto' })
    scrolled.push({ body, target, smooth: animated })
  }
  return scrolled
}

/** Brings a passage into view in every column that carries it. */
export function revealPassage(container: HTMLElement, id: string): void {
  for (const { body } of columnsOf(container)) {
    drawnPassageElements(body, id)[0]?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' })
  }
}

/** The passage element nearest the vertical middle of a column's visible text. */
export function passageAtMiddle(body: HTMLElement): HTMLElement | null {
  const view = body.getBoundingClientRect()
  const middle = (view.top + view.bottom) / 2
  let best: HTMLElement | null = null
  let bestDistance = Infinity
  for (const el of body.querySelectorAll<HTMLElement>('[data-passage]')) {
    const rect = el.getBoundingClientRect()
    if (rect.bottom < view.top || rect.top > view.bottom) continue
    const distance = Math.abs((rect.top + rect.bottom) / 2 - middle)
    if (distance < bestDistance) {
      best = el
      bestDistance = distance
    }
  }
  return best
}
