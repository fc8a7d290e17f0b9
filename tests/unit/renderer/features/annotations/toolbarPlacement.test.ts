// Where the selection toolbar goes: above the selected text when its column has room there, below when it
// has not, over the text only when the selection fills the column, and always inside the window.

import { describe, expect, it } from 'vitest'
import { GAP, MARGIN, toolbarPlacement } from '../../../../../src/renderer/src/features/annotations/toolbarPlacement'

const column = { top: 200, bottom: 800, left: 500, right: 800 }
const size = { width: 300, height: 60 }
const viewport = { width: 1200, height: 900 }
const line = (top: number, left = 520) => ({ top, bottom: top + 24, left, right: left + 120 })

describe('toolbarPlacement', () => {
  it('goes above words in the middle of the column, clear of them', () => {
    expect(toolbarPlacement(line(400), column, size, viewport)).toEqual({ top: 400 - GAP - 60, left: 520, side: 'above' })
  })

  it('goes below words on the first line of the column, where above there is no room', () => {
    expect(toolbarPlacement(line(204), column, size, viewport)).toEqual({ top: 228 + GAP, left: 520, side: 'below' })
  })

  it('goes above words on the last line of the column', () => {
    expect(toolbarPlacement(line(772), column, size, viewport).side).toBe('above')
  })

  it('measures from the part of the selection that shows, not from lines scrolled out of the column', () => {
    const tall = { top: -300, bottom: 500, left: 520, right: 700 }
    expect(toolbarPlacement(tall, column, size, viewport)).toEqual({ top: 500 + GAP, left: 520, side: 'below' })
  })

  it('sits over the text, inside the column, only when the selection fills it', () => {
    const all = { top: 100, bottom: 900, left: 520, right: 700 }
    const placed = toolbarPlacement(all, column, size, viewport)
    expect(placed.side).toBe('over')
    expect(placed.top).toBeGreaterThanOrEqual(column.top)
    expect(placed.top + size.height).toBeLessThanOrEqual(column.bottom)
  })

  it('stays inside the window at its right edge', () => {
    expect(toolbarPlacement(line(400, 1100), column, size, viewport).left).toBe(1200 - 300 - MARGIN)
  })
})
