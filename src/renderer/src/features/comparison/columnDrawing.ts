// Finishing a column's passages when something needs them now. A long report's passages are drawn screen
// first and the rest when the page is idle (useParagraphsShown); until then an element of a passage far
// down is not in the page. What looks for one there (levelling a passage's counterparts, stepping to the
// next passage, showing a highlight) asks the column to draw the rest first, at once.

const finishers = new WeakMap<Element, () => void>()

/** Registers how to finish drawing the column whose scrolling body is `body`; returns the unregistering. */
export function onFinishDrawing(body: Element, finish: () => void): () => void {
  finishers.set(body, finish)
  return () => {
    if (finishers.get(body) === finish) finishers.delete(body)
  }
}

/** Draws every passage of the column with this body now, if some are still to come. */
export function finishDrawing(body: Element): void {
  finishers.get(body)?.()
}
