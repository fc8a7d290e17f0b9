// Words a body gives through someone it does not name: an unnamed spokesperson speaks for the body the report
// names with them, on short passages of real news reports (from tests/fixtures/quotes and the corpus its README
// names).

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('bodies speaking through unnamed spokespeople', () => {
  it('reads a body named by its holder with a title (“Mr. Boehner’s office said in a memo”) as that office', () => {
    const text = '“He got his tax hikes. Now we need to address our spending problem,” Mr. Boehner’s office said in a memo Friday.'
    expect(speakersOf(text)).toEqual(['He got his → Boehner’s office'])
  })

  it('gives the words of “a spokeswoman” to the body the sentence opens at (“At Yahoo, a spokeswoman said:”)', () => {
    const text = [
      'By tapping into that link, the NSA can collect data at will from hundreds of millions of user accounts, the Post reported -- including not just foreign citizens and “metadata” but emails, videos and audio from American citizens.',
      'In a statement, Google said it was “troubled by allegations of the government intercepting traffic between our data centers, and we are not aware of this activity.”',
      '“We have long been concerned about the possibility of this kind of snooping, which is why we continue to extend encryption across more and more Google services and links,” the company said.',
      'At Yahoo, a spokeswoman said: “We have strict controls in place to protect the security of our data centers, and we have not given access to our data centers to the NSA or to any other government agency.”',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('We have strict → Yahoo')
  })

  it('names the body “a spokesman for” speaks for by its whole name (“the National Peace Committee of Korea”)', () => {
    const text =
      '"The U.S. imperialists have pursued ceaseless war moves since their occupation of South Korea, creating a touch-and-go situation several times. But never have they worked so desperately to launch a nuclear war against the DPRK with all type latest nuclear hardware involved as now," a spokesman for the National Peace Committee of Korea said in a written statement.'
    expect(speakersOf(text)).toEqual(['The U.S. imperialists → National Peace Committee of Korea'])
  })
})

describe('"the agency", "the committee" for the body of that kind the report named', () => {
  it('gives “the agency said” to the agency named before (“The IRS confirmed …”)', () => {
    const text = [
      'The IRS confirmed on Monday that she has resigned, though it\'s unclear how that decision might affect the ongoing congressional investigations into the scandal.',
      '"Since May, the IRS has taken decisive actions to correct failures in Exempt Organizations management, replacing top leadership throughout the chain of command," the agency said in a written statement announcing her retirement.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Since May, the → IRS'])
  })

  it('gives “committee leaders wrote in their letter” to the committee, by its whole name', () => {
    const text = [
      'Several months ago, the GOP-led House Committee on Energy and Commerce said the proposed field study showed “startling disregard” for the news media’s freedom and urged agency Commissioner Tom Wheeler to suspend the effort.',
      '“Given the widespread calls for the commission to respect the First Amendment and stay out of the editorial decisions of reporters and broadcasters, we were shocked to see that the FCC is putting itself back in the business of attempting to control the political speech of journalists,” committee leaders wrote in their December 2013 letter.',
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe('Given the widespread → House Committee on Energy and Commerce')
  })

  it('leaves “the court” unnamed where the paragraphs before name two courts', () => {
    const text = [
      'The Supreme Court on Monday agreed to hear the case, setting aside a ruling of the 9th Circuit Court of Appeals.',
      '“Immigration, even for the President, is not a one-person show,” the court wrote.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Immigration, even for → null'])
  })

  it('does not give the words to the body an "urged" after them is addressed to', () => {
    const text = [
      'The Supreme Court heard arguments on Tuesday.',
      'But opponents who rallied nearby -- some of them carrying signs reading, "Kids do best with a mom & dad" -- urged the court to keep out of the issue and leave the decision to states.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Kids do best → null'])
  })

  it('gives "they said" of people named for their body ("The NRA’s Wayne LaPierre and Chris Cox") to the body', () => {
    const text = [
      'The NRA’s Wayne LaPierre and Chris Cox issued a joint statement Thursday, writing, quote, “Despite the fact that the Obama administration approved the sale of bump fire stocks on at least two occasions, the National Rifle Association is calling on the Bureau of Alcohol, Tobacco, Firearms and Explosives to immediately review whether these devices comply with federal law. The NRA believes that devices designed to allow semi-automatic rifles to function like fully-automatic rifles should be subject to additional regulations,” they said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Despite the fact → National Rifle Association'])
  })

  it('takes “the newspaper” for the paper named last, and a later “he” for no paper (“China Daily”, then William Zarit)', () => {
    const text = [
      'The official newspaper China Daily accused the Trump administration of "behaving like a gang of hoodlums" for increasing the tariffs.',
      '"There should be no doubting Beijing’s resolve," the newspaper said.',
      'China\'s ministry of commerce said Trump had started "the largest trade war in history."',
      'The White House has not yet commented, although William Zarit, chairman of the American Chamber of Commerce in China, appealed in a statement to both sides to negotiate a settlement.',
      '"There are no winners in a trade war," he said.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['behaving like a → China Daily', 'There should be → China Daily', 'the largest trade → China\'s ministry', 'There are no → William Zarit'])
    const journal = 'Now the Journal is weighing in with its reporting. The newspaper adds that "the new disclosures are likely to inflame a widening controversy."'
    expect(speakersOf(journal)).toEqual(['the new disclosures → Journal'])
  })

  it('takes “the group” and “the organization” for the group named last, by its name or its initials, and no page’s capitals for initials', () => {
    const aclu = [
      'The American Civil Liberties Union said Trump did not have the power to label domestic terror groups.',
      '"Terrorism is an inherently political label, easily abused and misused," the organization said in a tweet.',
    ].join('\n\n')
    expect(speakersOf(aclu)).toEqual(['Terrorism is an → American Civil Liberties Union'])
    const naacp = [
      'MUST WATCH Protesters march in Ferguson 01:31',
      'Mr. Nixon’s decision was met by criticism from some civil rights groups, including the NAACP.',
      '“Protests don’t need to be violent to be powerful,” the group said in a press release.',
    ].join('\n\n')
    expect(speakersOf(naacp)).toEqual(['Protests don’t need → NAACP'])
  })
})
