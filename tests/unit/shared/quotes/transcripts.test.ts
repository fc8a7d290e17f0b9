// A transcript's turns: the speaker named in capitals at a paragraph's start speaks until the next label, and
// words another report quotes, found there without quotation marks, are that speaker's rather than the
// outlet's own. Read on real excerpts (tests/fixtures/transcripts).

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'
import { transcriptTurns } from '../../../../src/shared/quotes/transcripts'

const fixture = (name: string): string => readFileSync(`tests/fixtures/transcripts/${name}`, 'utf8')
const transcript = fixture('democracy-now-excerpt.txt')
const report = fixture('cbn-excerpt.txt')

describe('the turns of a transcript', () => {
  it('gives each turn to the speaker its label names, up to the next label, over every paragraph of the turn', () => {
    const turns = transcriptTurns(transcript)
    // "AMY GOODMAN:" is printed once in the excerpt and "Goodman" nowhere else, so it names no one here; it
    // still ends Holt's turn.
    expect(turns.map((t) => `${t.label} → ${t.speaker}`)).toEqual(['LESTER HOLT → Lester Holt', 'DONALD TRUMP → Donald Trump', 'LESTER HOLT → Lester Holt'])
    expect(transcript.slice(turns[2]?.start, turns[2]?.end)).toBe('Your two minutes is—your two minutes expired.\n\n')
    const trump = turns[1]
    expect(transcript.slice(trump?.start, trump?.start && trump.start + 25)).toBe('Well, first of all, Secre')
    // The turn runs over five paragraphs, to Holt's next label.
    expect(transcript.slice(trump?.start, trump?.end)).toContain('we have to be very vigilant')
    expect(transcript.slice(trump?.end).startsWith('LESTER HOLT: Your two minutes')).toBe(true)
  })

  it('reads a title before the name as a title ("DR. JILL STEIN:" is Jill Stein), and a surname as the report spells it', () => {
    const text = 'AMY GOODMAN: Dr. Jill Stein?\n\nDR. JILL STEIN: So, I’ll start just by thanking you.\n\nAMY GOODMAN: Donald McCain, the senator’s son?\n\nMCCAIN: Thank you.'
    expect(transcriptTurns(text).map((t) => t.speaker)).toEqual(['Amy Goodman', 'Jill Stein', 'Amy Goodman', 'McCain'])
  })

  it('finds no turns in a report whose paragraphs open with topic headings in capitals', () => {
    expect(transcriptTurns(fixture('cnn-headings-excerpt.txt'))).toEqual([])
  })

  it('needs more than one labelled paragraph: a single "NAME:" line is not a transcript', () => {
    expect(transcriptTurns('OBAMA: We are going to win.\n\nThe crowd cheered.')).toEqual([])
  })
})

describe('the quote ledger with a transcript among the reports', () => {
  const ledger = buildQuoteLedger([report, transcript], alignDocuments([report, transcript]))

  it('gives the words the transcript prints without marks to the turn’s speaker, not to the outlet', () => {
    const vigilant = ledger.groups.find((g) => g.instances.some((i) => i.text.includes('very vigilant')))
    const inTranscript = vigilant?.instances.find((i) => i.doc === 1)
    expect(inTranscript && `${inTranscript.kind} ${inTranscript.speaker} (${inTranscript.named}): ${inTranscript.text}`).toBe(
      'paraphrased Donald Trump (DONALD TRUMP): we have to be very strong. And we have to be very vigilant',
    )
    expect(vigilant?.conflicts).toEqual([])
  })

  it('still flags words a report prints as its own, outside any turn', () => {
    const own = `${report}\n\nThe gun epidemic is the leading cause of death among African American men, the report said nothing more.`
    const other = 'The debate went on.\n\nThe gun epidemic is the leading cause of death among African American men in this country today.'
    const plain = buildQuoteLedger([own, other], alignDocuments([own, other]))
    const epidemic = plain.groups.find((g) => g.instances.some((i) => i.text.startsWith('The gun epidemic')))
    expect(epidemic?.conflicts).toEqual([{ kind: 'unattributed', docs: [1] }])
  })
})
