// The sweep's checks on the built-in sample: the command line's reports of it give nothing to read, and a
// report changed to break a rule gives that rule's finding.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { checkJsonReport, checkMarkdownReport } from '../../../bench/sweepChecks'
import { toJsonReport, toMarkdownReport } from '../../../src/cli/format'
import { alignDocuments } from '../../../src/shared/alignment'

const names = ['1.txt', '2.txt', '3.txt']
const texts = names.map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
const alignment = alignDocuments(texts)
const report = toJsonReport(names, texts, alignment)
const markdown = toMarkdownReport(names, texts, alignment)

describe("the sweep's checks", () => {
  it('find nothing in the reports of the sample', () => {
    expect(checkJsonReport(report)).toEqual([])
    expect(checkMarkdownReport(report, markdown)).toEqual([])
  })

  it('find a span whose text is not its slice, and a quotation that overlaps another', () => {
    const moved = { ...report, quotes: report.quotes.map((group) => ({ ...group, instances: group.instances.map((q) => ({ ...q, text: `${q.text}.` })) })) }
    expect(checkJsonReport(moved).map((f) => f.check)).toContain('offsets')
    const doubled = { ...report, quotes: [...report.quotes, ...report.quotes.slice(1, 2)] }
    expect(checkJsonReport(doubled).map((f) => f.check)).toContain('quotation-overlap')
  })

  it('find a passage the Markdown shows otherwise, and a table missing a row', () => {
    const quoted = markdown.split('\n').findIndex((line) => line.startsWith('> '))
    const struck = markdown.split('\n').map((line, i) => (i === quoted ? `${line} ~~struck~~` : line)).join('\n')
    expect(checkMarkdownReport(report, struck).map((f) => f.check)).toEqual(expect.arrayContaining(['markdown-passage', 'markdown-markup']))
    const cut = markdown.replace('## Coverage', '- 2.txt: reworded (`that\n\nthe` → `the`)\n\n## Coverage')
    expect(checkMarkdownReport(report, cut).map((f) => f.detail)).toEqual([expect.stringMatching(/^a code span left open: 2\.txt: reworded/), expect.stringMatching(/^a code span left open: the` → /)])
    const shortTable = markdown.replace(/^\| 3 \|.*\n/m, '')
    expect(checkMarkdownReport(report, shortTable).map((f) => f.check)).toContain('markdown-table')
  })
})
