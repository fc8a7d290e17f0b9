// The quote ledger read as text (STYLE.md rule 6): who said what, which reports carry it and how each
// words it, on the built-in sample and on small reports written to show one behaviour each.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger, type QuoteGroup, type QuoteInstance, type QuoteLedger } from '../../../../src/shared/quotes'

const ledgerOf = (texts: string[]): QuoteLedger => buildQuoteLedger(texts, alignDocuments(texts))

/** "2 trimmed, re-capitalised, reworded {that→the}: “We have consistently…”" */
function describeInstance(i: QuoteInstance, width = 40): string {
  const kinds = [i.kind, ...(i.recapitalised ? ['re-capitalised'] : []), ...i.also].join(', ')
  const differences = i.differences.map((d) => ` {${d.base}→${d.text}}`).join('')
  const text = i.text.length > width ? `${i.text.slice(0, width)}…` : i.text
  return `report ${i.doc + 1} ${kinds}${differences}${i.speaker ? ` (${i.named ?? i.speaker})` : ''}: “${text}”`
}

function describeGroup(g: QuoteGroup, width?: number): string {
  const conflicts = g.conflicts.map((c) => (c.kind === 'speaker' ? ` [conflict: ${c.speakers.join(' / ')}]` : ` [printed as its own words in report ${c.docs.map((d) => d + 1).join(', ')}]`)).join('')
  return [`${g.speaker ?? '(no speaker named)'}${conflicts}`, ...g.instances.map((i) => `  ${describeInstance(i, width)}`)].join('\n')
}

describe('the quote ledger on the built-in sample', () => {
  const texts = ['1.txt', '2.txt', '3.txt'].map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
  const ledger = ledgerOf(texts)

  it("gives Carney's quote as his, in reports 2 and 3: trimmed and re-capitalised in 2, with “the” for “that”", () => {
    const carney = ledger.groups.filter((g) => g.instances.length > 1 && g.speaker === 'Jay Carney')
    expect(carney.map((g) => describeGroup(g, 32))).toEqual([
      [
        'Jay Carney',
        '  report 2 trimmed, re-capitalised, reworded {that→the} (Jay Carney): “We have consistently, in our con…”',
        '  report 3 fullest (Jay Carney): “We have seen over the course of …”',
      ].join('\n'),
    ])
  })

  it("keeps Carney's other quote, in report 3 alone, and unifies his name across the reports", () => {
    const alone = ledger.groups.filter((g) => g.speaker === 'Jay Carney' && g.instances.length === 1).map((g) => g.instances[0]?.text)
    expect(alone).toContain('We have been clear in the past about our disappointment with Russia over their opposition to resolutions at the Security Council with regards to this matter, but this is an ongoing conversation,')
    expect(ledger.speakers.find((s) => s.name === 'Jay Carney')?.groups).toBe(3)
    expect(ledger.speakers.map((s) => s.name)).not.toContain('Carney')
  })

  it('names no one for the unnamed senior official of report 1', () => {
    const official = ledger.groups.find((g) => g.instances[0]?.text.startsWith('They have been anticipating this visit'))
    expect(official && describeGroup(official)).toBe('(no speaker named)\n  report 1 verbatim: “They have been anticipating this visit f…”')
  })
})

describe('the quote ledger on written examples', () => {
  it('reads a quotation over three paragraphs as one, the opening mark repeated and closed at the end', () => {
    const text = [
      'The mayor spoke at length on Tuesday.',
      '“We will rebuild the bridge before the winter comes,” said Mayor Ana Ruiz. “The money is there.',
      '“The engineers are ready and the plans are drawn.',
      '“Nothing now stands in the way.”',
      'The council meets again next week.',
    ].join('\n\n')
    const [, second] = ledgerOf([text]).groups
    expect(second?.instances[0]?.text).toBe('The money is there.\n\n“The engineers are ready and the plans are drawn.\n\n“Nothing now stands in the way.')
    expect(second?.speaker).toBe('Ana Ruiz')
  })

  it('resolves “he said” to the person just named, and a title and surname to the full name used before', () => {
    const text = [
      'Senator Thomas Whitfield met the families of the miners on Friday.',
      'He listened for an hour. “These families deserve answers about the safety inspections,” he said.',
      'Later Mr. Whitfield added: “I will ask for the full report by the end of the month.”',
    ].join('\n\n')
    expect(ledgerOf([text]).groups.map((g) => `${g.instances[0]?.named} → ${g.speaker}`)).toEqual(['he → Thomas Whitfield', 'Whitfield → Thomas Whitfield'])
  })

  it('tells a quotation from its paraphrase as reported speech, and from the same words printed as a report’s own', () => {
    const quoted = 'The minister was blunt. “The harbour will stay closed to all shipping until the storm damage has been repaired in full,” Finance Minister Lena Berg said on Monday.'
    const reported = 'The minister said on Monday that the harbour will stay closed to all shipping until the storm damage has been repaired in full, a blow to exporters.'
    const own = 'Exporters are worried. The harbour will stay closed to all shipping until the storm damage has been repaired in full. Prices have risen.'
    const [group] = ledgerOf([quoted, reported, own]).groups
    expect(group && describeGroup(group, 24)).toBe(
      [
        'Lena Berg [printed as its own words in report 3]',
        '  report 1 fullest (Lena Berg): “The harbour will stay cl…”',
        '  report 2 paraphrased: “the harbour will stay cl…”',
        '  report 3 paraphrased: “The harbour will stay cl…”',
      ].join('\n'),
    )
  })

  it('compares a quotation its attribution interrupts as one wording, both parts alike, never one part with the other', () => {
    const split = 'Mayor Ruth Adler spoke at the opening. “We will rebuild every bridge the river took,” she said, “and we will do it before the winter comes.”'
    const whole = 'Adler was firm. “We will rebuild every bridge the river took and we will do it before the winter comes,” Mayor Ruth Adler said.'
    const [group] = ledgerOf([split, whole]).groups
    expect(group && describeGroup(group, 24)).toBe(
      [
        'Ruth Adler',
        // Its two parts hold as many words as the other report's whole: the first of equals is the fullest.
        '  report 1 fullest (she): “We will rebuild every br…”',
        '  report 1 fullest (she): “and we will do it before…”',
        '  report 2 punctuation (Ruth Adler): “We will rebuild every br…”',
      ].join('\n'),
    )
  })

  it('flags the same words given to different speakers', () => {
    const first = '“We did not authorise any of these payments to the contractors,” said Daniel Okafor, the agency’s director.'
    const second = 'The statement came from his deputy. “We did not authorise any of these payments to the contractors,” said Maria Lindqvist.'
    const [group] = ledgerOf([first, second]).groups
    expect(group?.conflicts).toEqual([{ kind: 'speaker', speakers: ['Daniel Okafor', 'Maria Lindqvist'] }])
  })

  it('leaves out scare quotes, terms and titles, and keeps a partial quotation of a few words', () => {
    const text =
      'The so-called “gunwalking tactic” drew criticism. Officials called it “walked” guns. She appeared on “Meet the Press” on Sunday. ' +
      'Jones said the plan was “a disaster for the whole region” and would fail.'
    const groups = ledgerOf([text]).groups
    expect(groups.map((g) => `${g.speaker}: ${g.instances[0]?.text}`)).toEqual(['Jones: a disaster for the whole region'])
  })

  it('leaves out a mark opened at every paragraph of a long transcript and never closed: no quotation of the whole text', () => {
    const paragraph = 'The committee heard evidence about the harbour works and the costs that rose year after year without a plan.'
    const transcript = Array.from({ length: 120 }, (_, i) => `“${paragraph} Paragraph ${i + 1}.`).join('\n\n')
    const ledger = ledgerOf([transcript, transcript.replace(/Paragraph/g, 'Section')])
    expect(ledger.groups).toEqual([])
  })
})
