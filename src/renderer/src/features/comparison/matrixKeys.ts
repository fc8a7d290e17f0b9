// Where the focus goes in the overview's grid for a key, as the grid pattern has it: arrows by one cell,
// Home and End to the row's ends (with Ctrl, the grid's first and last cell), Page Up and Page Down by a
// screenful of rows. Column 0 is the passage's own header; columns 1 to n are the reports.

export interface GridPlace {
  row: number
  col: number
}

/** The place a key moves the focus to, or null when the key is not one the grid moves by. */
export function nextPlace(at: GridPlace, key: string, ctrl: boolean, size: { rows: number; cols: number; page: number }): GridPlace | null {
  const lastRow = Math.max(0, size.rows - 1)
  const lastCol = Math.max(0, size.cols - 1)
  const clamp = (row: number, col: number): GridPlace => ({ row: Math.min(lastRow, Math.max(0, row)), col: Math.min(lastCol, Math.max(0, col)) })
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col)
    case 'ArrowDown':
      return clamp(at.row + 1, at.col)
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1)
    case 'ArrowRight':
      return clamp(at.row, at.col + 1)
    case 'Home':
      return ctrl ? clamp(0, 0) : clamp(at.row, 0)
    case 'End':
      return ctrl ? clamp(lastRow, lastCol) : clamp(at.row, lastCol)
    case 'PageUp':
      return clamp(at.row - Math.max(1, size.page), at.col)
    case 'PageDown':
      return clamp(at.row + Math.max(1, size.page), at.col)
    default:
      return null
  }
}

/** The rows to draw for a scroll position: those in view and a few either side. */
export function rowWindow(scrollTop: number, viewHeight: number, rowHeight: number, rows: number, overscan = 6): { from: number; to: number } {
  const from = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const to = Math.min(rows, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan)
  return { from, to }
}
