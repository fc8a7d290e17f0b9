// Drafts of imported text: a pop-up name card copied into a sentence is not part of the article text the
// draft offers (and the library keeps), while the file's own text, kept as the source, still has it.

import { describe, expect, it } from 'vitest'
import { draftOf, type ImportDraft } from '../../../src/reading/draft'

const CARD_TEXT = [
  'Senators ask for a vote on the border bill',
  '',
  'Sens. Ted Cruz Rafael (Ted) Edward CruzWarren goes local in race to build 2020 movement Trump holds chummy meeting with Turkey\'s Erdoğan MORE (Texas) and Ben Sasse (Neb.) asked on Thursday for a vote on the border bill before the recess, saying the delay had gone on too long.',
  '',
  'The leadership said it would answer the letter next week, after the two senators met the committee chair.',
].join('\n')

describe('draftOf', () => {
  it('takes name cards out of the article text and keeps them in the source', () => {
    const draft = draftOf('senators.txt', 'text', CARD_TEXT) as ImportDraft
    expect(draft.kind).toBe('draft')
    expect(draft.source).toBe(CARD_TEXT)
    expect(draft.extracted).toContain('Sens. Ted Cruz (Texas) and Ben Sasse (Neb.) asked on Thursday')
    expect(draft.extracted).not.toContain('Erdoğan')
    expect(draft.blocks.map((b) => b.clutter)).toEqual(['the headline, shown as the title', null, null])
  })
})
