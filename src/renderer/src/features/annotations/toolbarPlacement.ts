// Where the selection toolbar goes: above the selected text or below it, whichever side has room within the
// visible part of the selection's column, so it never covers the text it is about; only when the selection
// fills the column from top to bottom does it sit over the text, on the side with more room.

export interface Box {
  top: number
  bottom: number
  left: number
  right: number
}

export interface Placement {
  top: number
  left: number
  side: 'above' | 'below' | 'over'
}

/** Space between the toolbar and the text, and between the toolbar and the window's edges. */
export const GAP = 6
export const MARGIN = 8

/**
 * `selection` is the selected text's bounding box, `column` the visible box of its column's text (null when
 * unknown), `size` the toolbar's, `viewport` the window's; all in window coordinates.
 */
export function toolbarPlacement(selection: Box, column: Box | null, size: { width: number; height: number }, viewport: { width: number; height: number }): Placement {
  const bounds = {
    top: Math.max(column?.top ?? 0, MARGIN),
    bottom: Math.min(column?.bottom ?? viewport.height, viewport.height - MARGIN),
  }
  // The part of the selection that shows: the rest is scrolled out of the column.
  const top = Math.max(selection.top, bounds.top)
  const bottom = Math.min(selection.bottom, bounds.bottom)
  const roomAbove = top - bounds.top
  const roomBelow = bounds.bottom - bottom
  const needed = size.height + GAP
  const left = Math.max(MARGIN, Math.min(viewport.width - size.width - MARGIN, selection.left))
  if (roomAbove >= needed) return { top: top - needed, left, side: 'above' }
  if (roomBelow >= needed) return { top: bottom + GAP, left, side: 'below' }
  const overTop = roomAbove >= roomBelow ? bounds.top : bounds.bottom - size.height
  return { top: Math.max(MARGIN, overTop), left, side: 'over' }
}
