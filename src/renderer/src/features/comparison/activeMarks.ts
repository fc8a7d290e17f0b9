// The line under the active passage (hovered, focused or pinned) and its counterparts, drawn in a layer of
// each column's own over its text. As the passage's own style (a shadow under each of its spans) it made the
// browser paint again every line those spans cover, text, tints and variant marks, in every column: on
// 3 × 10k words about one hover in ten showed a frame late. The layer is composited apart from the text, so
// a hover paints only its bars; it lies in the column's scrolling content, so it scrolls with the text.

import { ACTIVE_MARKS } from './columnDom'
import { columnsOf, passageElements } from './passageDom'

/** What each layer shows now, so that a redraw that would change nothing (a scroll) touches nothing. */
const shown = new WeakMap<HTMLElement, string>()

/** One bar under each line of the passage's spans, in the layer's own coordinates. */
function barsOf(layer: HTMLElement, elements: readonly HTMLElement[]): Array<{ left: number; top: number; width: number }> {
  const origin = layer.getBoundingClientRect()
  const bars: Array<{ left: number; top: number; width: number }> = []
  for (const element of elements) {
    for (const line of element.getClientRects()) {
      if (line.width > 0) bars.push({ left: line.left - origin.left, top: line.bottom - origin.top, width: line.width })
    }
  }
  return bars
}

/** Draws the bars under passage `id` in every column that carries it (none when `id` is null). All columns are
 *  measured before any is drawn in, so the layout is worked out once. */
export function drawActiveMarks(container: HTMLElement, id: string | null): void {
  const layers = columnsOf(container).flatMap(({ body }) => {
    const layer = body.querySelector<HTMLElement>(ACTIVE_MARKS)
    return layer ? [{ layer, bars: id === null ? [] : barsOf(layer, passageElements(body, id)) }] : []
  })
  for (const { layer, bars } of layers) {
    const key = bars.map((b) => `${b.left},${b.top},${b.width}`).join(' ')
    if ((shown.get(layer) ?? '') === key) continue
    shown.set(layer, key)
    layer.replaceChildren(
      ...bars.map(({ left, top, width }) => {
        const bar = document.createElement('div')
        bar.className = 'active-mark'
        bar.style.left = `${left}px`
        bar.style.top = `${top}px`
        bar.style.width = `${width}px`
        return bar
      }),
    )
  }
}
