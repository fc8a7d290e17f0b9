// The quote ledger read as text (STYLE.md rule 6): who said what, which reports carry it and how each
// words it, on the built-in sample and on passages of real reports (from the corpus the fixtures' README names)
// chosen to show one behaviour each.

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

describe('the quote ledger on passages of real reports', () => {
  it('reads a quotation over three paragraphs as one, the opening mark repeated and closed at the end (NPR, Elise Stefanik)', () => {
    const text = [
      'New York Rep. Elise Stefanik summed up the GOP rebuttal as to why Trump should not be impeached by making two points:',
      '"For the millions of Americans viewing today," she said, "the two most important facts are the following:',
      '"No. 1, Ukraine received the aid.',
      '"No. 2, there was, in fact, no investigation into Biden."',
    ].join('\n\n')
    const [group] = ledgerOf([text]).groups
    expect(group?.instances.map((i) => i.text)).toEqual([
      'For the millions of Americans viewing today,',
      'the two most important facts are the following:\n\n"No. 1, Ukraine received the aid.\n\n"No. 2, there was, in fact, no investigation into Biden.',
    ])
    expect(group?.speaker).toBe('Elise Stefanik')
  })

  it('resolves “he said” to the person just named, and a title and surname (“Mr. Ryan”) to the full name used before', () => {
    const text = [
      'Speaker Paul D. Ryan announced Wednesday that he’ll retire from the House at the end of this year, ending a two-decade career in Congress and igniting more soul-searching for a GOP already bracing for a rough round of midterm elections in November.',
      'He told colleagues of his decision at the weekly House GOP meeting, and then made the announcement public at a press conference later in the morning.',
      'Mr. Ryan said he couldn’t stomach the time away from his family.',
      '“If I am here for one more term, my kids will only have ever known me as a weekend dad. I just can’t let that happen. So I will be setting new priorities in my life,” he said.',
      'Mr. Ryan added, though, that he plans to be an active lame-duck speaker: “I’m not done yet. I intend to run through the tape.”',
    ].join('\n\n')
    expect(ledgerOf([text]).groups.map((g) => `${g.instances[0]?.named} → ${g.speaker}`)).toEqual(['he → Paul D. Ryan', 'Ryan → Paul D. Ryan'])
  })

  it('tells a quotation from its paraphrase as reported speech, and from the same words printed as a report’s own (CNN, Reuters, USA Today on John Roberts)', () => {
    const quoted = [
      'At one point early Wednesday morning, Chief Justice John Roberts was forced to intervene to cool ugly exchanges between the rival legal teams.',
      '"I think it is appropriate for me to admonish both the house managers and the president\'s counsel in equal terms to remember that they are addressing the world\'s greatest deliberative body," Roberts said.',
    ].join('\n\n')
    const reported =
      'After a particularly heated exchange over whether Bolton should testify, Roberts admonished both parties to remember they were addressing the world’s greatest deliberative body. “I do think those addressing the Senate should remember where they are,” he said.'
    const own = 'Chief Justice John Roberts admonished the House managers and the president’s counsel after a fiery back-and-forth debate on whether former national security adviser John Bolton should be subpoenaed to testify before the Senate.'
    const [group] = ledgerOf([quoted, reported, own]).groups
    expect(group && describeGroup(group, 24)).toBe(
      [
        'John Roberts [printed as its own words in report 3]',
        '  report 1 fullest (Roberts): “I think it is appropriat…”',
        '  report 2 paraphrased: “addressing the world’s g…”',
        '  report 3 paraphrased: “the House managers and t…”',
      ].join('\n'),
    )
  })

  it('compares a quotation its attribution interrupts as one wording, both parts alike, never one part with the other (Ruth Bader Ginsburg’s dissent)', () => {
    const split = [
      'Only Justice Ruth Bader Ginsburg, joined by Justice Sonia Sotomayor, dissented.',
      '“As I see it,” Ginsburg wrote, “when a cross is displayed on public property, the government may be presumed to endorse its religious content.”',
    ].join('\n\n')
    const whole = [
      'Justice Ruth Bader Ginsburg, joined by Justice Sonia Sotomayor, said the court got it wrong.',
      '“As I see it, when a cross is displayed on public property, the government may be presumed to endorse its religious content,” Justice Ginsburg wrote.',
    ].join('\n\n')
    const [group] = ledgerOf([split, whole]).groups
    expect(group && describeGroup(group, 24)).toBe(
      [
        'Ruth Bader Ginsburg',
        // Its two parts hold as many words as the other report's whole: the first of equals is the fullest.
        '  report 1 fullest (Ginsburg): “As I see it,”',
        '  report 1 fullest (Ginsburg): “when a cross is displaye…”',
        '  report 2 punctuation (Ginsburg): “As I see it, when a cros…”',
      ].join('\n'),
    )
  })

  it('flags the same words given to different speakers (Fox News gives John Boehner’s statement to him, the Christian Science Monitor to his spokesman)', () => {
    const first =
      '"There are a lot of ideas about how best to fix our broken immigration system," House Speaker John Boehner said in a statement. "Any solution should be a bipartisan one, and we hope the president is careful not to drag the debate to the left and ultimately disrupt the difficult work that is ahead in the House and Senate."'
    const second =
      '“There are a lot of ideas about how best to fix our broken immigration system,” said Boehner spokesman Brendan Buck. “Any solution should be a bipartisan one, and we hope the president is careful not to drag the debate to the left and ultimately disrupt the difficult work that is ahead in the House and Senate.”'
    const groups = ledgerOf([first, second]).groups
    expect(groups.map((g) => g.conflicts)).toEqual([
      [{ kind: 'speaker', speakers: ['John Boehner', 'Brendan Buck'] }],
      [{ kind: 'speaker', speakers: ['John Boehner', 'Brendan Buck'] }],
    ])
  })

  it('leaves out scare quotes, terms and titles (“likes”, “Fox News Sunday”), and keeps a partial quotation of a few words (“No. 1 agenda”)', () => {
    const text = [
      'Sen. Joe Lieberman, Connecticut independent, and Sen. Richard J. Durbin, Illinois Democrat, said on “Fox News Sunday” that they support reinstating the federal ban on assault weapons, which took effect in 1994 and lapsed in 2004.',
      'Mayors Against Illegal Guns, the group co-chaired by New York Mayor Michael R. Bloomberg, has launched an online petition to “demand a plan” from Mr. Obama and Congress to end gun violence.',
      'Mr. Bloomberg said on NBC’s “Meet the Press” that the issue should be Mr. Obama’s “No. 1 agenda.”',
      'On Dec. 13, a tweet proclaimed that the group’s Facebook page had reached 1.7 million “likes,” but the page disappeared from the online social-networking site.',
    ].join('\n\n')
    const groups = ledgerOf([text]).groups
    expect(groups.map((g) => `${g.speaker}: ${g.instances[0]?.text}`)).toEqual(['null: demand a plan', 'Michael R. Bloomberg: No. 1 agenda.'])
  })

  it('leaves out a mark opened at every paragraph of a long transcript and never closed: no quotation of the whole text', () => {
    const paragraph = 'The committee heard evidence about the harbour works and the costs that rose year after year without a plan.'
    const transcript = Array.from({ length: 120 }, (_, i) => `“${paragraph} Paragraph ${i + 1}.`).join('\n\n')
    const ledger = ledgerOf([transcript, transcript.replace(/Paragraph/g, 'Section')])
    expect(ledger.groups).toEqual([])
  })
})
