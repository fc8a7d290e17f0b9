// The changes the column chooser makes to a comparison's column choice: move a column left or right among
// the columns shown, pin or unpin it, hide or show it, show them all. Each takes a settled choice (see
// settleColumnChoice) and returns a new one in display order (pinned first), or the same one when the change
// cannot be made; the can* functions say which, so the chooser can disable a button rather than ignore it.

import { MAX_PINNED_COLUMNS, type ColumnChoice } from '../../../../shared/domain/comparison'

/** The choice with `order` as the columns are drawn: pinned first, each group in its order. */
export function inDisplayOrder(choice: ColumnChoice): ColumnChoice {
  const pinned = new Set(choice.pinned)
  const order = [...choice.order.filter((id) => pinned.has(id)), ...choice.order.filter((id) => !pinned.has(id))]
  return { order, pinned: order.filter((id) => pinned.has(id)), hidden: order.filter((id) => choice.hidden.includes(id)) }
}

/** The shown column the given one would swap places with (same group, pinned or not), or null. */
function neighbour(choice: ColumnChoice, id: string, step: -1 | 1): string | null {
  const { order, pinned, hidden } = inDisplayOrder(choice)
  if (hidden.includes(id)) return null
  const isPinned = pinned.includes(id)
  for (let i = order.indexOf(id) + step; i >= 0 && i < order.length; i += step) {
    const other = order[i] as string
    if (pinned.includes(other) !== isPinned) return null
    if (!hidden.includes(other)) return other
  }
  return null
}

export function canMove(choice: ColumnChoice, id: string, step: -1 | 1): boolean {
  return neighbour(choice, id, step) !== null
}

/** Swaps the column with the next shown one to its left (-1) or right (1), pinned ones among themselves. */
export function moveColumn(choice: ColumnChoice, id: string, step: -1 | 1): ColumnChoice {
  const other = neighbour(choice, id, step)
  if (other === null) return choice
  const display = inDisplayOrder(choice)
  const order = display.order.map((x) => (x === id ? other : x === other ? id : x))
  return inDisplayOrder({ ...display, order })
}

export function canPin(choice: ColumnChoice, id: string): boolean {
  return choice.pinned.includes(id) || choice.pinned.length < MAX_PINNED_COLUMNS
}

/** Pins a column (it comes last of the pinned, and shows if it was hidden) or unpins it (first of the others). */
export function pinColumn(choice: ColumnChoice, id: string, pinned: boolean): ColumnChoice {
  const display = inDisplayOrder(choice)
  if (display.pinned.includes(id) === pinned || (pinned && !canPin(display, id))) return choice
  const rest = display.order.filter((x) => x !== id)
  const stillPinned = display.pinned.filter((x) => x !== id)
  const at = stillPinned.length
  const order = [...rest.slice(0, at), id, ...rest.slice(at)]
  return inDisplayOrder({
    order,
    pinned: pinned ? [...stillPinned, id] : stillPinned,
    hidden: display.hidden.filter((x) => x !== id),
  })
}

export function canHide(choice: ColumnChoice, id: string): boolean {
  return choice.hidden.includes(id) || choice.order.length - choice.hidden.length > 1
}

/** Hides a column (unpinning it) or shows it again; the last column shown cannot be hidden. */
export function hideColumn(choice: ColumnChoice, id: string, hidden: boolean): ColumnChoice {
  if (choice.hidden.includes(id) === hidden || (hidden && !canHide(choice, id))) return choice
  return inDisplayOrder({
    order: choice.order,
    pinned: hidden ? choice.pinned.filter((x) => x !== id) : choice.pinned,
    hidden: hidden ? [...choice.hidden, id] : choice.hidden.filter((x) => x !== id),
  })
}

export function showAllColumns(choice: ColumnChoice): ColumnChoice {
  return choice.hidden.length === 0 ? choice : { ...choice, hidden: [] }
}

/** Whether the choice draws the comparison as it would with none: every report, in order, none pinned. */
export function isPlainChoice(articleIds: readonly string[], choice: ColumnChoice): boolean {
  return choice.pinned.length === 0 && choice.hidden.length === 0 && choice.order.length === articleIds.length && choice.order.every((id, i) => id === articleIds[i])
}
