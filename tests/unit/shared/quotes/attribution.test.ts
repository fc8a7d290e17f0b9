// Who each quotation is attributed to, on short reports written to show one rule each: where the report
// names the speaker, the quotation gets that person (or body); where it names no one, no one.

import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'

/** Each quotation of one report as "its first words → its speaker", in the report's order. */
function speakersOf(text: string): string[] {
  const ledger = buildQuoteLedger([text], alignDocuments([text]))
  return ledger.groups
    .flatMap((g) => g.instances)
    .sort((a, b) => a.start - b.start)
    .map((i) => `${i.text.split(' ').slice(0, 3).join(' ')} → ${i.speaker}`)
}

describe('attribution', () => {
  it('reads a title and a short surname that end the sentence as the person, not a place’s abbreviation', () => {
    const text = [
      'Vice President Karen Holt toured the flooded valley on Monday.',
      '“We will not leave these towns to rebuild on their own,” said Ms. Holt.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['We will not → Karen Holt'])
  })

  it('takes “he” for the person a sentence opens with, not a name after a quoted word in mid-sentence', () => {
    const text = [
      'Press Secretary Paul Dorsey repeated on Monday that the mayor wants the "balance" Grant Avery has asked for.',
      'Still, he said, the mayor "thinks that a compromise is close."',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['thinks that a → Paul Dorsey'])
  })

  it('finds where a sentence starts when a full stop runs into it without a space', () => {
    const text =
      'The editor Carla Monti said in a statement, "We will not attend a meeting held in secret."The Chronicle’s bureau chief, Victor Lang, also said he would not go. ' +
      '"A meeting about the freedom of the press should be open to all," he told reporters.'
    expect(speakersOf(text)).toEqual(['We will not → Carla Monti', 'A meeting about → Victor Lang'])
  })

  it('does not give a man’s words, “Mr. Reyes”, to the woman the report names in full as his wife', () => {
    const text = [
      'Governor Reyes spoke for an hour. His wife Elena Reyes sat in the front row.',
      '“The time for small plans is over and the work starts tomorrow,” said Mr. Reyes.',
    ].join('\n\n')
    expect(speakersOf(text)).toEqual(['The time for → Reyes'])
  })

  it('reads a naval officer’s abbreviated ranks as titles before the name', () => {
    const text = 'Troops were helping “move families to safer ground before the river crests,” said Lt. Cmdr. Hannah Voss, a spokeswoman for the command.'
    expect(speakersOf(text)).toEqual(['move families to → Hannah Voss'])
  })
})
