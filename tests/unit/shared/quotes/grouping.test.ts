// Which quotations the quote ledger takes for the same words, on passages of real reports (from the corpus the
// fixtures' README names) and, for the rules no real passage shows yet, on small reports written to show one rule each.

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

  it('links the two, as one passage (Ruth Bader Ginsburg’s dissent, split by one report and whole in the Washington Times)', () => {
    const split = '“As I see it,” Ginsburg wrote, “when a cross is displayed on public property, the government may be presumed to endorse its religious content.”'
    const whole = '“As I see it, when a cross is displayed on public property, the government may be presumed to endorse its religious content,” Justice Ginsburg wrote.'
    expect(groupsOf([split, whole])).toEqual(['1 As I see | 1 when a cross | 2 As I see'])
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
  it('joins one of them, and does not make the two one (Chris Christie’s “nothing to hide”, in CNN and Newsmax)', () => {
    const partial =
      '"I am who I am, but I am not a bully," Christie said during a nearly two-hour press conference where he distanced himself from the actions, saying "I knew nothing about this" and he had "nothing to hide."'
    const full = '"I have absolutely nothing to hide," Christie said at his press conference. "Any questions they want to ask me, they can ask. I have nothing to hide and this administration has nothing to hide."'
    expect(groupsOf([partial, full])).toEqual(['1 I am who', '1 I knew nothing', '1 nothing to hide. | 2 I have absolutely', '2 Any questions they'])
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
  it('is the same quotation (“in all its forms” in the Guardian, “in all its ugly forms” in the Washington Times)', () => {
    const short = 'Trump began by deploring attacks on Jewish cemeteries and an apparently racist murder in Kansas, describing the US as a country divided on policies but “united in condemning hate and evil in all its forms”.'
    const full = '“We are a country that stands united in condemning hate and evil in all its ugly forms,” the president said.'
    expect(groupsOf([short, full])).toEqual(['1 united in condemning | 2 We are a'])
  })

  it('is not the same when the word put in is a negation (Obama’s “the private sector is doing fine” and Eric Cantor’s “is not doing fine”)', () => {
    const partial =
      'Obama’s comment —that “the private sector is doing fine” — immediately became a flashpoint for Mitt Romney and congressional Republicans, who quickly attacked the president for being out of touch about the state of the economy.'
    const full =
      '“My question would be to the president: ‘Are you kidding?’” said House Majority Leader Eric Cantor, Virginia Republican. “Did you see the job numbers that came out last week? The private sector is not doing fine.”'
    expect(groupsOf([partial, full])).toEqual(['1 the private sector', '2 My question would', '2 Did you see'])
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
