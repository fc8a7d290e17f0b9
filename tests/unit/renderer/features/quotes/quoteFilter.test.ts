// The Quotes tab's filters on the sample's ledger: by speaker, by kind, and the order of the sections.

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../../src/shared/quotes'
import { quoteSections } from '../../../../../src/renderer/src/features/quotes/quoteFilter'

const texts = ['1.txt', '2.txt', '3.txt'].map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
const ledger = buildQuoteLedger(texts, alignDocuments(texts))
const summary = (sections: ReturnType<typeof quoteSections>): string[] => sections.map((s) => `${s.speaker ?? '(none)'}: ${s.groups.length}`)

describe('the Quotes tab filters', () => {
  it('lists every quotation by speaker, most quoted first, those with no speaker named last', () => {
    const sections = quoteSections(ledger, { kind: 'any' }, 'all')
    expect(sections[0]?.speaker).toBe('Jay Carney')
    expect(sections.at(-1)?.speaker).toBeNull()
    expect(sections.reduce((n, s) => n + s.groups.length, 0)).toBe(ledger.groups.length)
  })

  it('keeps the reworded or trimmed quotations: Carney’s, worded otherwise in report 2', () => {
    const sections = quoteSections(ledger, { kind: 'any' }, 'changed')
    expect(summary(sections)).toEqual(['Jay Carney: 1'])
    expect(sections[0]?.groups[0]?.instances.map((i) => i.kind)).toEqual(['trimmed', 'fullest'])
  })

  it('keeps those in one report only, and narrows to one speaker', () => {
    const single = quoteSections(ledger, { kind: 'name', name: 'Jay Carney' }, 'single')
    expect(summary(single)).toEqual(['Jay Carney: 2'])
    expect(single[0]?.groups.every((g) => new Set(g.instances.map((i) => i.doc)).size === 1)).toBe(true)
  })

  it('shows the quotations no report attributes alone, and nothing when no speaker conflicts', () => {
    expect(quoteSections(ledger, { kind: 'none' }, 'all').map((s) => s.speaker)).toEqual([null])
    expect(quoteSections(ledger, { kind: 'any' }, 'conflict')).toEqual([])
  })
})
