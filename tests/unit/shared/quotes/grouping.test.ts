// Which quotations the quote ledger takes for the same words, on passages of real reports (from the corpus the
// fixtures' README names) and, for the rules no real passage shows yet (a quotation cut with an ellipsis, a small
// word at the edge of a short quotation), on small reports written, or adapted from real ones, to show one rule each.

import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'

/** The ledger's groups, each as its instances' reports and first words: "1 This does not | 2 But we have". */
function groupsOf(texts: string[]): string[] {
  return buildQuoteLedger(texts, alignDocuments(texts)).groups.map((g) =>
    g.instances
      .filter((i) => i.marked)
      .map((i) => `${i.doc + 1} ${i.text.split(/\s+/).slice(0, 3).join(' ')}`)
      .join(' | '),
  )
}

describe('a quotation that runs across the break between two quotations of another report', () => {
  it('links the two, as one passage (Ruth Bader Ginsburg’s dissent, split by one report and whole in the Washington Times)', () => {
    const split = '“As I see it,” Ginsburg wrote, “when a cross is displayed on public property, the government may be presumed to endorse its religious content.”'
    const whole = '“As I see it, when a cross is displayed on public property, the government may be presumed to endorse its religious content,” Justice Ginsburg wrote.'
    expect(groupsOf([split, whole])).toEqual(['1 As I see | 1 when a cross | 2 As I see'])
  })

  it('links them with a word or two put in at the break (“that” in CNN between Victoria Nuland’s two quotations in Fox News)', () => {
    const split = '"This does not need to get hotter," she said. "We can change course here if the DPRK will begin to come back into compliance with its international obligations, will begin to cool things down."'
    const whole = '"But we have also been saying all the way through that this does not need to get hotter, that we can change course here" if North Korea cooperates with the international community.'
    expect(groupsOf([split, whole])).toEqual(['1 This does not | 1 We can change | 2 But we have'])
  })

  it('does not link a quotation that only begins with the same two words, such as a name (“Jeff Sessions”, in Fox News and the Washington Times)', () => {
    const first =
      'Trump, though, went on to criticize Attorney General Jeff Sessions, saying he “never took control of the Justice Department."\n\n“Jeff Sessions recused himself, which he shouldn’t have done. Or he should have told me,” Trump said.'
    const second = '“I put in an attorney general that never took control of the Justice Department, Jeff Sessions,” Mr. Trump said. “It’s sort of an incredible thing.”'
    expect(groupsOf([first, second])).toEqual(['1 never took control | 2 I put in', '1 Jeff Sessions recused', '2 It’s sort of'])
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

  it('stays with the quotation it is part of, when that one is already grouped with a quotation holding it (Trump’s “I don’t blame China”, in the Washington Times and the Guardian, not his tweet in CNN)', () => {
    // The Washington Times prints the words as two quotations, the Guardian's one runs across the break; the
    // tweet holds the short one too, and comes first.
    const split = '“I don’t blame China,” Mr. Trump said. “After all, who can blame a country for being able to take advantage of another country for the benefit of its citizens? I give China great credit.”'
    const tweet =
      'Trump reaffirmed his position Friday morning, tweeting: "I don\'t blame China, I blame the incompetence of past Admins for allowing China to take advantage of the U.S. on trade leading up to a point where the U.S. is losing $100\'s of billions. How can you blame China for taking advantage of people that had no clue? I would\'ve done same!"'
    const whole =
      '“Right now, unfortunately, it is a very one-sided and unfair [relationship]. But – but – I don’t blame China. After all, who can blame a country for taking advantage of another country for the benefit of its own citizens? I give China great credit.\n\n“But in actuality I do blame past [US] administrations for allowing this out of control trade deficit to take place and to grow. We have to fix this because it just doesn’t work … it is just not sustainable.”'
    expect(groupsOf([split, tweet, whole])).toEqual(['1 I don’t blame | 1 After all, who | 3 Right now, unfortunately,', '2 I don\'t blame'])
  })

  it('joins the group that holds more of the quotations it is found in (James Comey’s “morally unfit to be president”, in CBN, CNN and the Guardian)', () => {
    // CNN holds the words in two statements; the Guardian quotes the second one, not the first.
    const partial = 'In an exclusive interview with ABC News\' George Stephanopoulos Sunday night, Comey says President Trump is "morally unfit to be president."'
    const full =
      '"He strikes me as a person of above average intelligence who\'s tracking conversations and knows what\'s going on. I don\'t think he\'s medically unfit to be president. I think he\'s morally unfit to be president," Comey said.\n\n"There\'s something more important than that that should unite all of us, and that is our president must embody respect and adhere to the values that are at the core of this country. The most important being truth," he said. "This president is not able to do that. He is morally unfit to be president."'
    const second = '“Our president must embody respect and adhere to the values that are at the core of this country,” Comey told Stephanopoulos. “The most important being truth. This president is not able to do that. He is morally unfit to be president.”'
    expect(groupsOf([partial, full, second])).toEqual([
      '1 morally unfit to | 2 There\'s something more | 2 This president is | 3 Our president must | 3 The most important',
      '2 He strikes me',
    ])
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
