// The quote ledger in the command line's reports, on the built-in sample: `quotes` in the JSON, with the
// passages' offset rule, and the Markdown's "Quotations" section read as text.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../src/shared/alignment'
import { toJsonReport, toMarkdownReport } from '../../../src/cli/format'

const names = ['1.txt', '2.txt', '3.txt']
const texts = names.map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
const alignment = alignDocuments(texts)

describe('quotes in the JSON report', () => {
  const { quotes } = toJsonReport(names, texts, alignment)

  it("gives Carney's shared quotation with both reports' wording, trimmed and re-capitalised in 2.txt", () => {
    const carney = quotes.find((q) => q.speaker === 'Jay Carney' && q.instances.length === 2)
    expect(carney?.instances.map((i) => [i.doc, i.kind, i.recapitalised, i.differences])).toEqual([
      [1, 'trimmed', true, [{ base: 'that', text: 'the' }]],
      [2, 'fullest', false, []],
    ])
    expect(carney?.instances[0]?.speaker).toBe('Jay Carney')
    expect(carney?.conflicts).toEqual([])
  })

  it('slices each instance out of its document with the same offsets as the passages', () => {
    expect(quotes.length).toBeGreaterThan(10)
    for (const quote of quotes) for (const i of quote.instances) expect(texts[i.doc]?.slice(i.start, i.end)).toBe(i.text)
  })

  it('says null where a report names no speaker', () => {
    const official = quotes.find((q) => q.instances[0]?.text.startsWith('They have been anticipating'))
    expect(official?.speaker).toBeNull()
    expect(official?.instances[0]?.speaker).toBeNull()
  })
})

describe('the Quotations section of the Markdown report', () => {
  const markdown = toMarkdownReport(names, texts, alignment)
  const section = markdown.slice(markdown.indexOf('## Quotations'), markdown.indexOf('## Coverage'))

  it("lists Carney's quotations first under his name, with how each report words the shared one", () => {
    const lines = section.split('\n')
    expect(lines[0]).toMatch(/^## Quotations \(\d+\)$/)
    expect(lines.slice(2, 7)).toEqual([
      '### Jay Carney (3)',
      '',
      expect.stringMatching(/^> “We have seen over the course of weeks and months an escalation by Assad/),
      '',
      '- 2.txt: trimmed, re-capitalised to look like a start, reworded (`that` → `the`)',
    ])
    expect(lines[7]).toBe('- 3.txt: the fullest wording')
  })

  it('keeps the quotations no report attributes under "No speaker named", last', () => {
    expect(section).toMatch(/### No speaker named \(\d+\)\n\n> “They have been anticipating this visit for a long time,”\n\n- In 1\.txt only\./)
    expect(section.lastIndexOf('### ')).toBe(section.indexOf('### No speaker named'))
  })
})

describe('a difference that runs over paragraphs, in the Markdown', () => {
  // A statement quoted over two paragraphs in one report, and the part of it another report quotes.
  const texts = [
    '“President Obama first proposed the sequester and insisted it become law. Republicans have twice voted to replace these arbitrary cuts with common-sense cuts and reforms that protect our national defense,” he said. “We believe there is a better way to reduce the deficit, but Americans do not support sacrificing real spending cuts for more tax hikes.\n\n“The president’s sequester should be replaced with spending cuts and reforms that will start us on the path to balancing the budget in 10 years,” he said.',
    'Before the president\'s statement, House Speaker John Boehner, R-Ohio, released a statement saying that "Americans do not support replacing real spending cuts with more tax increases."',
  ]
  const markdown = toMarkdownReport(['4.txt', '2.txt'], texts, alignDocuments(texts))

  it('is shown on the line of its report, its code span on one line', () => {
    const line = markdown.split('\n').find((l) => l.startsWith('- 2.txt:'))
    expect(line).toBe('- 2.txt: trimmed, reworded (`sacrificing` → `replacing`, `for` → `with`, `hikes. “The president’s sequester should be replaced with spending cuts and reforms that will start us on the path to b…` → `increases`)')
  })
})
