// A page's pop-up name card copied into a sentence (the full name glued to links, closed by "MORE") is taken
// out, leaving the sentence as the report wrote it; text of any other shape is left as it is.

import { describe, expect, it } from 'vitest'
import { withoutNameCards } from '../../../../src/shared/import'

describe('withoutNameCards', () => {
  it('takes the full name and its links out of the sentence, up to and with MORE', () => {
    const text =
      "Sens. Ted Cruz Rafael (Ted) Edward CruzWarren goes local in race to build 2020 movement Trump holds chummy meeting with Turkey's Erdoğan Overnight Defense: Trump hosts Erdoğan at White House | Says Turkish leader has 'great relationship with the Kurds' | Highlights from first public impeachment hearing MORE (Texas), Ben Sasse (Neb.) and Mike Lee Michael (Mike) Shumway LeeFed chief urges Congress to expand US workforce while economy sticks MORE (Utah) signed the letter."
    expect(withoutNameCards(text)).toEqual({ text: 'Sens. Ted Cruz (Texas), Ben Sasse (Neb.) and Mike Lee (Utah) signed the letter.', removed: 2 })
  })

  it('takes a card that is the full name alone', () => {
    expect(withoutNameCards('White House chief of staff John Kelly John Francis KellyMORE told The Washington Post that the wall was uninformed.').text).toBe(
      'White House chief of staff John Kelly told The Washington Post that the wall was uninformed.',
    )
    expect(withoutNameCards('"General Kelly came to me," she said of Kelly John Francis KellyMORE.').text).toBe('"General Kelly came to me," she said of Kelly.')
  })

  it('leaves a name that is not closed by MORE on its line, and a repeated name with a space', () => {
    const unclosed = 'Senate Majority Leader Mitch McConnell Addison (Mitch) Mitchell McConnellOvernight Defense: Dems subpoena\nMORE details later.'
    expect(withoutNameCards(unclosed)).toEqual({ text: unclosed, removed: 0 })
    const spaced = 'The award went to Biden Joe Biden Jr. MORE than once, the committee said.'
    expect(withoutNameCards(spaced)).toEqual({ text: spaced, removed: 0 })
    const moreWord = 'Rep. John Yarmuth John Allen YarmuthOn The Money: Trump signs stopgap spending bill MOREOVER the bill passed.'
    expect(withoutNameCards(moreWord).removed).toBe(0)
  })
})
