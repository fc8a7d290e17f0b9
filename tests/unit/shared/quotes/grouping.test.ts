// Which quotations the quote ledger takes for the same words, on small reports written to show one rule each.

import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'

/** The ledger's groups, each as its instances' reports and first words: "1 We have never seen | 2 Nobody here has". */
function groupsOf(texts: string[]): string[] {
  return buildQuoteLedger(texts, alignDocuments(texts)).groups.map((g) =>
    g.instances
      .filter((i) => i.marked)
      .map((i) => `${i.doc + 1} ${i.text.split(/\s+/).slice(0, 3).join(' ')}`)
      .join(' | '),
  )
}

describe('a quotation that runs across the break between two quotations of another report', () => {
  const split = 'Mayor Helen Carter spoke at the flood barrier. “We have never seen the river this high in March,” Carter said. “The families on the low streets are leaving tonight, and the school will open as a shelter.”'

  it('links the two, as one passage', () => {
    const whole = 'Carter told reporters: “Nobody here has seen the river this high in March. The families on the low streets are leaving before dark.”'
    expect(groupsOf([split, whole])).toEqual(['1 We have never | 1 The families on | 2 Nobody here has'])
  })

  it('links them with a word or two put in at the break', () => {
    const whole = 'Carter told reporters: “Nobody here has seen the river this high in March, so the families on the low streets are leaving before dark.”'
    expect(groupsOf([split, whole])).toEqual(['1 We have never | 1 The families on | 2 Nobody here has'])
  })

  it('does not link a quotation that only begins with the same two words, such as a name', () => {
    const first = 'Mayor Helen Carter called the council “slow and badly divided” on Monday. Later she said: “Tom Reyes must answer for every delay to the flood barrier.”'
    const second = 'Carter was scathing. “This council is slow and badly divided, Tom Reyes has seen to that,” she said.'
    expect(groupsOf([first, second])).toEqual(['1 slow and badly | 2 This council is', '1 Tom Reyes must'])
  })
})
