// Headlines that give their words to someone with a colon ("John Dean: ‘…’"), as pages run them into a report's
// text (related stories' links, captions), on short passages of real news reports (from tests/fixtures/quotes
// and the corpus its README names).

import { describe, expect, it } from 'vitest'
import { ledgerSpeakers as speakersOf } from './speakersOf'

describe('headlines run into the text', () => {
  it('gives a linked headline’s words to the name before its colon, not to the headline beside it', () => {
    const text =
      "President Trump Donald John TrumpKamala Harris calls for Twitter to suspend Trump account over whistleblower attacks Clinton jokes she 'never' had to tell Obama not to 'extort foreign countries' John Dean: 'There is enough evidence' to impeach Trump MORE threatened during a meeting with GOP senators and White House officials to shut down the government over full funding for his border wall, according to multiple reports."
    expect(speakersOf(text).at(-1)).toBe('There is enough → John Dean')
  })

  it('gives a caption’s words to the name before its colon, past the page’s labels before it (“Facebook Twitter Pinterest US Gen Joseph Dunford:”)', () => {
    const text = [
      'Asked about the legal basis for a US plane shooting down a Syrian aircraft in Syrian airspace, Dunford referred to the Authorisation for the Use of Military Force Act passed by Congress in 2001 in the wake of the 9/11 attack, which has been used as a blanket mandate by US administrations ever since for counter-terrorist operations abroad.',
      'Facebook Twitter Pinterest US Gen Joseph Dunford: ‘We made every effort to warn those individuals not to come any closer.’ Photograph: Aaron P Bernstein/Reuters',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We made every → Joseph Dunford'])
  })

  it('does not take a name that a sentence’s own words lead to before a colon for the speaker (“to replace Rehnquist:”)', () => {
    const text =
      'In his memoir Decision Points, Bush credits Kavanaugh with helping him decide to nominate John Roberts to replace Rehnquist: “Brett told me that [appellate judge J. Michael] Luttig, [Samuel] Alito, and Roberts would all be solid justices.”'
    expect(speakersOf(text)).not.toContain('Brett told me → Rehnquist')
    expect(speakersOf(text)[0]?.startsWith('Brett told me → ')).toBe(true)
  })

  it('does not give a line’s words to the one its described subject speaks to before the colon (“World leaders warn Trump:”)', () => {
    const text = [
      'Pope Francis met world leaders on Thursday.',
      'World leaders warn Trump: ‘Paris agreement cannot be renegotiated’',
      'Son of 9/11 victim addresses Ilhan Omar: \'Show respect in honoring them, please\'',
      'Trump to Jeff Sessions: \'Stop This Rigged Witch Hunt Now\'',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['Paris agreement cannot → null', 'Show respect in → null', 'Stop This Rigged → Trump'])
    const office = 'White House press secretary Josh Earnest: “We will not negotiate over the debt limit at all.”'
    expect(speakersOf(office)).toEqual(['We will not → Josh Earnest'])
  })

  it('gives the report’s own headline quotation to the headline’s subject when a colon sets them apart', () => {
    const text = [
      "'Fox isn’t working for us anymore!': Trump slams Fox News for 2020 coverage",
      'WASHINGTON – Saying that Fox News "isn\'t working for us anymore," President Donald Trump slammed the network Wednesday for its coverage of the 2020 presidential race.',
    ].join('\n\n')
    expect(speakersOf(text)[0]).toBe('Fox isn’t working → Donald Trump')
  })

  it('leaves it unattributed when the name is not the headline’s subject, or the quoted words sit inside its sentence', () => {
    const grilled = [
      "'Are you living in a fantasy world?': 'Today' show host grills Paul Ryan on tax bill",
      'The "Today" show host Savannah Guthrie grilled House Speaker Paul Ryan on the GOP\'s tax bill, expected to be enacted as soon as Wednesday.',
    ].join('\n\n')
    expect(speakersOf(grilled)[0]).toBe('Are you living → null')
    const stabbed = [
      "Trump economic adviser: Trudeau 'stabbed us in the back'",
      'White House economic adviser Larry Kudlow on Sunday tore into Canadian Prime Minister Justin Trudeau for “double crossing” President Trump.',
    ].join('\n\n')
    expect(speakersOf(stabbed)[0]).not.toBe('stabbed us in → Justin Trudeau')
  })

  it('reads a headline\'s present tense "jokes" as a verb of speech ("Clinton jokes she \'never\' had to tell Obama not to \'…\'")', () => {
    const text = [
      'Trump threatens to shut down government over full border wall funding: report',
      "President Trump Donald John TrumpKamala Harris calls for Twitter to suspend Trump account over whistleblower attacks Clinton jokes she 'never' had to tell Obama not to 'extort foreign countries' John Dean: 'There is enough evidence' to impeach Trump MORE threatened during a meeting with GOP senators and White House officials to shut down the government.",
      'Hillary Clinton spoke at an event in New York on Tuesday.',
    ].join('\n\n')
    expect(speakersOf(text)[0]).toBe('extort foreign countries → Hillary Clinton')
  })

  it('gives a link\'s headline to the one-word name glued to the link before it ("Joe BidenButtigieg: \'I was slow to realize\'")', () => {
    const text =
      "The complaint alleges that Trump pressured Zelensky to launch investigations into former Vice President Joe Biden Joe BidenButtigieg: 'I was slow to realize' South Bend schools were not integrated Yang raises almost 0K in a single day MORE and his son Hunter Biden."
    expect(speakersOf(text)).toEqual(['I was slow → Buttigieg'])
  })

  it('gives a linked headline’s quoted words to the name before its colon a few words back (“SEE ALSO: Michele Bachmann: Benghazi report a ‘very grim picture for America’”), and carries them to no quotation after it', () => {
    const text = [
      'Rep. Michele Bachmann sits on the House intelligence committee.',
      'SEE ALSO: Michele Bachmann: Benghazi report a ‘very grim picture for America’',
      '"We will keep asking questions," said Sen. Lindsey Graham.',
      '( WATCH: Graham: White House \'trying to play games\')',
      '"It is time for answers."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['very grim picture → Michele Bachmann', 'We will keep → Lindsey Graham', 'trying to play → Lindsey Graham', 'It is time → Lindsey Graham'])
  })

  it('reads the end of one linked headline’s quotation as the start of the next headline (“… hearings are \'a circus\' Comey: Mueller \'…\'”)', () => {
    const text = [
      'Former FBI Director James Comey wrote a book about his firing.',
      "Strzok was removed from special counsel Robert Mueller's team Gowdy: I '100 percent' still believe public congressional hearings are 'a circus' Comey: Mueller 'didn't succeed in his mission because there was inadequate transparency' MORE after the Justice Department became aware of the texts.",
    ].join('\n\n')
    expect(speakersOf(text).at(-1)).toBe("didn't succeed in → James Comey")
  })
})
