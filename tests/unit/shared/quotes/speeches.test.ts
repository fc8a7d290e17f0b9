// Speeches, statements and testimony a report prints whole without quotation marks, after saying whose they
// are: their words are the speaker's, not the outlet's. Read on real excerpts (tests/fixtures/transcripts) and
// on the lines of real reports that bring such texts in.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'
import { printedSpeeches } from '../../../../src/shared/quotes/speeches'

const fixture = (name: string): string => readFileSync(`tests/fixtures/transcripts/${name}`, 'utf8')
/** A report made of a title, the line that brings the text in, and the text. */
const report = (intro: string): string => `A headline\n\nA first paragraph of the report.\n\n${intro}\n\nThe words of the text.\n\nMore of them.`
const described = (text: string): string[] => printedSpeeches(text).map((s) => `${s.speaker} :: ${text.slice(s.start, s.end)}`)

describe('a speech printed whole', () => {
  it('is the whole text after a headline that says it is the transcript, given to the one it names', () => {
    const text = fixture('npr-inaugural-excerpt.txt')
    const [speech] = printedSpeeches(text)
    expect(speech?.speaker).toBe('Barack Obama')
    expect(text.slice(speech?.start, speech?.start && speech.start + 40)).toBe('Transcript And Audio: Barack Obama\'s Sec')
    expect(speech?.end).toBe(text.length)
  })

  it('runs from the line that brings it in to the end, for a full text, statement or speech', () => {
    expect(described(report('Here is Rubio’s full statement:'))).toEqual(['Rubio :: The words of the text.\n\nMore of them.'])
    expect(described(report("Here's Sessions' full statement:"))).toEqual(['Sessions :: The words of the text.\n\nMore of them.'])
    expect(described(report("Here's the full text of her speech:"))).toEqual(['null :: The words of the text.\n\nMore of them.'])
    expect(described(report("Here's the full statement from Alexander Vindman's lawyer David Pressman Friday:"))).toEqual(['David Pressman :: The words of the text.\n\nMore of them.'])
  })

  it('is the paragraph after a line that brings in what someone said', () => {
    expect(described(report("Here's what Kelly said Thursday:"))).toEqual(['Kelly :: The words of the text.'])
  })

  it('is not found where a line only speaks of a speech, or a headline of a transcript', () => {
    expect(described(report('Here’s what you need to know about the speech and Obama’s climate plan:'))).toEqual([])
    expect(described(report('In a statement, the White House said:'))).toEqual([])
    expect(described(`Transcript shows Trump pressed Ukraine leader to look into Biden\n\nThe White House released a rough transcript.`)).toEqual([])
  })
})

describe('the quote ledger with a speech printed whole among the reports', () => {
  it('gives the words another report quotes, printed there without marks, to the speaker and not to the outlet', () => {
    const texts = [fixture('npr-inaugural-report-excerpt.txt'), fixture('npr-inaugural-excerpt.txt')]
    const ledger = buildQuoteLedger(texts, alignDocuments(texts))
    const exceptional = ledger.groups.find((g) => g.instances.some((i) => i.text.startsWith('What makes us exceptional')))
    const inSpeech = exceptional?.instances.find((i) => i.doc === 1)
    expect(inSpeech && `${inSpeech.kind} ${inSpeech.speaker}`).toBe('paraphrased Barack Obama')
    expect(exceptional?.conflicts).toEqual([])
  })
})
