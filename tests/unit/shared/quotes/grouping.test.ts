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

describe('a quotation cut with an ellipsis whose pieces lie in two quotations of another report', () => {
  it('links the two, as one passage', () => {
    const split = '“The water came in through the cellar doors before dawn,” the baker said. “For a bakery that has served this street for ninety years, the town must help.”'
    const cut = 'The baker was in tears. “The water came in through the cellar doors before dawn. … The town must help,” she said.'
    expect(groupsOf([split, cut])).toEqual(['1 The water came | 1 For a bakery | 2 The water came'])
  })
})

describe('a short quotation found whole in two quotations that are not otherwise the same', () => {
  it('joins one of them, and does not make the two one', () => {
    const partial = 'Mayor Helen Carter warned of “a very long night” for the town as the river rose.'
    const full = '“It will be a very long night for the families on Mill Street,” Carter said. Later she added: “The crews face a very long night of pumping, and the school is ready as a shelter.”'
    expect(groupsOf([partial, full])).toEqual(['1 a very long | 2 It will be', '2 The crews face'])
  })

  it('stays with the quotation it is part of, when that one is already grouped with a quotation holding it', () => {
    const split = '“We will rebuild the bridge over the river before the winter,” said Mayor Helen Carter, “the school will open by spring.”'
    const whole = '“We will rebuild the bridge over the river before the winter, and the school will open by spring,” Carter said.'
    const other = 'The head teacher was less sure. “The school will open by spring if the builders are paid on time,” she said.'
    expect(groupsOf([split, whole, other])).toEqual(['1 We will rebuild | 1 the school will | 2 We will rebuild', '3 The school will'])
  })

  it('joins the group that holds more of the quotations it is found in', () => {
    const partial = 'Mayor Helen Carter warned of “a very long night” for the town as the river rose.'
    const crews = 'Later she added: “The crews face a very long night of pumping, and the school is ready as a shelter.”'
    const full = '“It will be a very long night for the families on Mill Street,” Carter said. She went on: “The crews face a very long night of pumping, and the hall is ready as a shelter.”'
    expect(groupsOf([partial, full, crews])).toEqual(['1 a very long | 2 The crews face | 3 The crews face', '2 It will be'])
  })
})

describe('a short quotation found whole but for one word the longer one puts in', () => {
  it('is the same quotation', () => {
    const headline = 'Mayor Carter: “Open the shelters before the storm”\n\nThe mayor spoke to reporters at the town hall on Monday.'
    const full = 'Mayor Helen Carter did not wait for the forecast. “We must open the shelters well before the storm arrives,” Carter said.'
    expect(groupsOf([headline, full])).toEqual(['1 Open the shelters | 2 We must open'])
  })

  it('is not the same when the word put in is a negation', () => {
    const partial = 'Councillor Tom Reyes said “the council will act on the report” this week.'
    const full = 'Mayor Helen Carter disagreed. “The council will not act on the report until the election is over,” Carter said.'
    expect(groupsOf([partial, full])).toEqual(['1 the council will', '2 The council will'])
  })
})

describe('a short quotation with a small word at its edge that joins it to the sentence', () => {
  it('is the same as the longer quotation that holds the words after that word', () => {
    const short = 'A day after President Trump vowed to respond to North Korea "with fire and fury" if Pyongyang continued to threaten the U.S. militarily, many world leaders have yet to weigh in.'
    const long = 'Trump said Tuesday that North Korea would "face fire and fury like the world has never seen" if it kept threatening the United States.'
    expect(groupsOf([short, long])).toEqual(['1 with fire and | 2 face fire and'])
  })

  it('is not made the same by an article at its edge', () => {
    const short = 'Romney vowed to offer young immigrants who serve in the military “a path to legal status,” which the campaign says could lead to citizenship.'
    const long = '“American voters want a lasting answer, and the party needs one: the path to legal status for those brought here as children,” the strategist wrote.'
    expect(groupsOf([short, long])).toEqual(['1 a path to', '2 American voters want'])
  })
})
