// What the passages panel lists under each filter, on the sample reports and on small made-up ones.

import { describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { buildViewModel, type ComparisonViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import {
  filterOptions,
  openingWords,
  passagesFor,
  shortTitle,
  uniqueFor,
  type PanelFilter,
} from '../../../../../src/renderer/src/features/comparison/panelFilter'
import { floodTexts, sampleArticles } from '../../sampleArticles'

const modelOf = (texts: string[]): ComparisonViewModel => buildViewModel(texts, alignDocuments(texts))

const articles = sampleArticles()
const sampleTexts = articles.map((a) => a.text)
const sampleTitles = articles.map((a) => a.title)
const sample = modelOf(sampleTexts)

const flood = modelOf(floodTexts)

/** Each passage as "[reports] opening words", reports numbered from 1. */
const listed = (model: ComparisonViewModel, filter: PanelFilter): string[] =>
  passagesFor(model, filter).map((p) => `[${p.docs.map((d) => d + 1).join(',')}] ${p.opening}`)

const uniqueTexts = (model: ComparisonViewModel, texts: string[], filter: PanelFilter): string[] =>
  uniqueFor(model, filter).map((s) => (texts[s.doc] as string).slice(s.start, s.end))

describe('filterOptions', () => {
  it('offers all, then "only in" each report, then "in all but" each report, with short titles, for three reports', () => {
    expect(filterOptions(3, sampleTitles).map((o) => `${o.value} | ${o.label}`)).toEqual([
      'all | All shared passages',
      'only:0 | Only in 1 — Secretary of State John Kerry to Talk…',
      'only:1 | Only in 2 — Secretary of State John Kerry, in…',
      'only:2 | Only in 3 — Syria set to dominate talks between…',
      'allBut:0 | In all but 1 — Secretary of State John Kerry to Talk…',
      'allBut:1 | In all but 2 — Secretary of State John Kerry, in…',
      'allBut:2 | In all but 3 — Syria set to dominate talks between…',
    ])
    expect(filterOptions(3, sampleTitles)[5]?.filter).toEqual({ kind: 'allBut', doc: 1 })
  })

  it('leaves out "in all but" for two reports, where it would repeat "only in the other"', () => {
    expect(filterOptions(2, ['Budget passes', 'Vote on the budget']).map((o) => o.label)).toEqual([
      'All shared passages',
      'Only in 1 — Budget passes',
      'Only in 2 — Vote on the budget',
    ])
  })

  it('names a report by number alone when it has no title, and offers only "all" for a single report', () => {
    expect(filterOptions(2, ['', '  ']).map((o) => o.label)).toEqual(['All shared passages', 'Only in report 1', 'Only in report 2'])
    expect(filterOptions(1, ['Alone']).map((o) => o.value)).toEqual(['all'])
  })
})

describe('shortTitle', () => {
  it('keeps a short title, and cuts a long one at a word break with an ellipsis', () => {
    expect(shortTitle('  Budget   passes ')).toBe('Budget passes')
    expect(shortTitle("Syria set to dominate talks between Kerry and Russia's Putin")).toBe('Syria set to dominate talks between…')
    expect(shortTitle('x'.repeat(50))).toBe(`${'x'.repeat(40)}…`)
  })
})

describe('passagesFor', () => {
  it('lists every passage in model order under "all": most reports first, then longest', () => {
    expect(listed(flood, { kind: 'all' })).toEqual([
      '[1,2,3] The river rose through the night and by morning the lower streets…',
      '[2,3] Engineers warned that the levee built in the sixties could not hold…',
      '[1,3] Schools will stay closed until Friday, and buses will run only on…',
      '[1,2] Volunteers carried sandbags to the bakery on the corner while the mayor…',
    ])
    expect(passagesFor(sample, { kind: 'all' })).toBe(sample.passages)
  })

  it('lists under "in all but N" the passages every other report carries and N does not', () => {
    expect(listed(flood, { kind: 'allBut', doc: 0 })).toEqual(['[2,3] Engineers warned that the levee built in the sixties could not hold…'])
    expect(listed(flood, { kind: 'allBut', doc: 2 })).toEqual(['[1,2] Volunteers carried sandbags to the bakery on the corner while the mayor…'])
    expect(listed(sample, { kind: 'allBut', doc: 0 })).toEqual([
      '[2,3] We have consistently, in our conversations with the Russians and others, pointed…',
    ])
    expect(listed(sample, { kind: 'allBut', doc: 1 })).toEqual([])
  })

  it('lists no passages under "only in"', () => {
    expect(passagesFor(flood, { kind: 'only', doc: 1 })).toEqual([])
  })
})

describe('uniqueFor', () => {
  it('lists under "only in N" the stretches of report N that no other report carries, in text order', () => {
    expect(uniqueTexts(flood, floodTexts, { kind: 'only', doc: 0 })).toEqual(['First report opens here.', 'Only the first report mentions the ducks.'])
    expect(uniqueTexts(flood, floodTexts, { kind: 'only', doc: 2 })).toEqual(['The third report ends with the weather.'])
  })

  it('finds the page clutter at the top of sample report 3 among what it alone carries', () => {
    const only3 = uniqueTexts(sample, sampleTexts, { kind: 'only', doc: 2 })
    expect(only3.slice(0, 3)).toEqual(['Discuss as:', "Syria set to dominate talks between Kerry and Russia's Putin", 'Mladen Antonov / AFP - Getty Images'])
    expect(only3).toHaveLength(sample.columns[2]?.unique.length as number)
  })

  it('lists nothing under the other filters, or for a report the model does not have', () => {
    expect(uniqueFor(sample, { kind: 'all' })).toEqual([])
    expect(uniqueFor(sample, { kind: 'allBut', doc: 0 })).toEqual([])
    expect(uniqueFor(sample, { kind: 'only', doc: 7 })).toEqual([])
  })
})

describe('openingWords', () => {
  it('keeps up to twelve words, joined by single spaces, and marks a cut with an ellipsis', () => {
    expect(openingWords('Discuss as:')).toBe('Discuss as:')
    expect(openingWords('one two\nthree  four five six seven eight nine ten eleven twelve thirteen')).toBe(
      'one two three four five six seven eight nine ten eleven twelve…',
    )
    expect(openingWords('  ')).toBe('')
  })
})
