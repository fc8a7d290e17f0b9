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
})
