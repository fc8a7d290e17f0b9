// Each report's reading (its quotations, attributed, and their words) is kept for the next ledger that holds
// the same report, and a ledger built from kept readings is the one built from the text.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger, forgetReadQuotations } from '../../../../src/shared/quotes'
import { readQuotations, readReports } from '../../../../src/shared/quotes/documents'
import { findQuotations } from '../../../../src/shared/quotes/quotations'

const folder = join(__dirname, '../../../fixtures/quotes/articles/2013-04-05-federal-budget-1')
const texts = readdirSync(folder)
  .sort()
  .map((f) => readFileSync(join(folder, f), 'utf8'))

describe('the reports read for the ledger', () => {
  beforeEach(() => forgetReadQuotations())

  it('reads a report once: the same text gives back the same reading', () => {
    const first = readQuotations(texts[0] as string)
    expect(first.length).toBeGreaterThan(3)
    expect(first.map((r) => r.quotation)).toEqual(findQuotations(texts[0] as string))
    // A copy of the text (another string with the same characters) finds it too.
    expect(readQuotations((texts[0] as string).split('\n').join('\n'))).toBe(first)
    forgetReadQuotations()
    const again = readQuotations(texts[0] as string)
    expect(again).not.toBe(first)
    expect(again).toEqual(first)
  })

  it('keeps every report of a comparison of many, so that building its ledger again reads none of them again', () => {
    // Thirty reports: more than the few kept between comparisons. Each is a report of the cluster with a
    // paragraph of its own before it, so that each is a text of its own.
    const many = Array.from({ length: 30 }, (_, i) => `Report ${i + 1} of the same story, as one outlet printed it.\n\n${texts[i % texts.length] as string}`)
    const first = readReports(many)
    const again = readReports(many)
    for (let i = 0; i < many.length; i++) expect(again[i]).toBe(first[i])
  })

  it('gives each quotation its words, with their places in the report', () => {
    const text = texts[1] as string
    for (const { quotation, words } of readQuotations(text)) {
      expect(words.length).toBeGreaterThan(0)
      expect(text.slice(quotation.start, (words[0] as { start: number }).start).trim()).toBe('')
      expect((words.at(-1) as { end: number }).end).toBeLessThanOrEqual(quotation.end)
    }
  })

  it('builds the same ledger from kept readings as from the texts', () => {
    const alignment = alignDocuments(texts)
    const cold = buildQuoteLedger(texts, alignment)
    const warm = buildQuoteLedger(texts, alignment)
    forgetReadQuotations()
    expect(warm).toEqual(cold)
    expect(buildQuoteLedger(texts, alignment)).toEqual(cold)
    expect(cold.groups.length).toBeGreaterThan(3)
  })

  it('keeps a few dozen reports, forgetting the least recently used', () => {
    const first = readQuotations(texts[0] as string)
    for (let i = 0; i < 40; i++) readQuotations(`${texts[1] as string}\n\nEdition ${i}.`)
    expect(readQuotations(texts[0] as string)).not.toBe(first)
    const kept = readQuotations(texts[0] as string)
    for (let i = 0; i < 10; i++) readQuotations(`${texts[1] as string}\n\nEdition ${i}.`)
    expect(readQuotations(texts[0] as string)).toBe(kept)
  })
})
