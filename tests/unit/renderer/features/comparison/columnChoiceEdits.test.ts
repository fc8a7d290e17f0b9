// What the column chooser's buttons do to a choice, shown as the columns it draws ("c* a e | b": c pinned,
// then a and e, b hidden): moving among the shown columns, pinned among pinned; pinning at most three;
// never hiding the last column shown.

import { describe, expect, it } from 'vitest'
import { columnsToShow, settleColumnChoice, type ColumnChoice } from '../../../../../src/shared/domain/comparison'
import {
  canHide,
  canMove,
  canPin,
  hideColumn,
  isPlainChoice,
  moveColumn,
  pinColumn,
  showAllColumns,
} from '../../../../../src/renderer/src/features/comparison/columnChoiceEdits'

const ids = ['a', 'b', 'c', 'd', 'e']
const plain = settleColumnChoice(ids, undefined)
function drawn(choice: ColumnChoice): string {
  const { shown, hidden } = columnsToShow(ids, choice)
  return [...shown.map((s) => `${ids[s.doc]}${s.pinned ? '*' : ''}`), '|', ...hidden.map((doc) => ids[doc])].join(' ')
}

describe('column choice edits', () => {
  it('moves a column past the next shown one, skipping hidden ones, and not past the ends', () => {
    const withHidden = hideColumn(plain, 'c', true)
    expect(drawn(moveColumn(withHidden, 'b', 1))).toBe('a d b e | c')
    expect(drawn(moveColumn(moveColumn(withHidden, 'b', 1), 'b', -1))).toBe('a b d e | c')
    expect(canMove(plain, 'a', -1)).toBe(false)
    expect(moveColumn(plain, 'a', -1)).toBe(plain)
    expect(canMove(plain, 'e', 1)).toBe(false)
    expect(canMove(withHidden, 'c', 1)).toBe(false)
  })

  it('keeps pinned columns at the left, moving among themselves', () => {
    const pinned = pinColumn(pinColumn(plain, 'd', true), 'b', true)
    expect(drawn(pinned)).toBe('d* b* a c e |')
    expect(drawn(moveColumn(pinned, 'b', -1))).toBe('b* d* a c e |')
    expect(canMove(pinned, 'b', 1)).toBe(false)
    expect(canMove(pinned, 'a', -1)).toBe(false)
    expect(drawn(pinColumn(pinned, 'd', false))).toBe('b* d a c e |')
  })

  it('pins at most three, and pinning a hidden column shows it', () => {
    const three = pinColumn(pinColumn(pinColumn(plain, 'a', true), 'b', true), 'c', true)
    expect(canPin(three, 'd')).toBe(false)
    expect(pinColumn(three, 'd', true)).toBe(three)
    expect(drawn(pinColumn(hideColumn(plain, 'e', true), 'e', true))).toBe('e* a b c d |')
  })

  it('hides a column (unpinning it) and shows it again, but never the last one shown', () => {
    const hidden = hideColumn(pinColumn(plain, 'c', true), 'c', true)
    expect(drawn(hidden)).toBe('a b d e | c')
    // It comes back where pinning it had put it: first of the columns that scroll.
    expect(drawn(hideColumn(hidden, 'c', false))).toBe('c a b d e |')
    const one = ['a', 'b', 'c', 'd'].reduce((choice, id) => hideColumn(choice, id, true), plain)
    expect(drawn(one)).toBe('e | a b c d')
    expect(canHide(one, 'e')).toBe(false)
    expect(hideColumn(one, 'e', true)).toBe(one)
    expect(drawn(showAllColumns(one))).toBe('a b c d e |')
  })

  it('says when a choice is no choice at all, so none is kept', () => {
    expect(isPlainChoice(ids, plain)).toBe(true)
    expect(isPlainChoice(ids, moveColumn(moveColumn(plain, 'a', 1), 'a', -1))).toBe(true)
    expect(isPlainChoice(ids, moveColumn(plain, 'a', 1))).toBe(false)
  })
})
