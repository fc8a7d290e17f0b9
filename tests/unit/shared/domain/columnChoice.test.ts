// Fitting a kept column choice to a comparison as it is now, and the columns it draws: pinned first, hidden
// left out, reports the choice does not know added at the end, ids the comparison lost dropped.

import { describe, expect, it } from 'vitest'
import { columnsToShow, settleColumnChoice } from '../../../../src/shared/domain/comparison'

const ids = ['a', 'b', 'c', 'd', 'e']
/** The drawn columns as "c* a e" (report ids, * pinned) and the hidden ones after a bar. */
function drawn(articleIds: string[], choice?: Parameters<typeof columnsToShow>[1]): string {
  const { shown, hidden } = columnsToShow(articleIds, choice)
  const name = (doc: number): string => articleIds[doc] as string
  return [...shown.map((s) => `${name(s.doc)}${s.pinned ? '*' : ''}`), '|', ...hidden.map(name)].join(' ')
}

describe('the columns a choice draws', () => {
  it('with no choice: every report, in the comparison order', () => {
    expect(drawn(ids)).toBe('a b c d e |')
  })

  it('pinned first in the order chosen, then the others shown; hidden ones apart', () => {
    expect(drawn(ids, { order: ['e', 'd', 'c', 'b', 'a'], pinned: ['b', 'd'], hidden: ['c'] })).toBe('d* b* e a | c')
  })

  it('fits a choice made before a report left or joined the comparison', () => {
    const choice = { order: ['c', 'x', 'a', 'b'], pinned: ['x', 'a'], hidden: ['b'] }
    expect(drawn(['a', 'b', 'c', 'd'], choice)).toBe('a* c d | b')
    expect(settleColumnChoice(['a', 'b', 'c', 'd'], choice)).toEqual({ order: ['c', 'a', 'b', 'd'], pinned: ['a'], hidden: ['b'] })
  })

  it('never hides every report, pins at most three, and never pins and hides one report', () => {
    expect(drawn(['a', 'b'], { order: ['a', 'b'], pinned: [], hidden: ['a', 'b'] })).toBe('a b |')
    expect(drawn(ids, { order: ids, pinned: ['e', 'd', 'c', 'b'], hidden: [] })).toBe('b* c* d* a e |')
    expect(drawn(ids, { order: ids, pinned: ['a'], hidden: ['a', 'b'] })).toBe('a* c d e | b')
  })

  it('reads a choice naming a report twice as naming it once', () => {
    expect(settleColumnChoice(['a', 'b'], { order: ['b', 'a', 'b'], pinned: [], hidden: [] }).order).toEqual(['b', 'a'])
  })
})
