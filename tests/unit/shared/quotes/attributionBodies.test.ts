// Words a body gives through someone it does not name: an unnamed spokesperson speaks for the body the report
// names with them, on short passages of real news reports (from tests/fixtures/quotes and the corpus its README
// names).

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('bodies speaking through unnamed spokespeople', () => {
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
