// The PDF's quotations print each wording once, with the reports that carry it and how: a quotation a
// report repeats is not printed again for every copy.

import { describe, expect, it } from 'vitest'
import type { QuoteGroup, QuoteInstance } from '../../../../../src/shared/quotes'
import { quoteWordings } from '../../../../../src/renderer/src/features/export/quoteWordings'

let at = 0
function instance(doc: number, text: string, kind: QuoteInstance['kind'], more: Partial<QuoteInstance> = {}): QuoteInstance {
  at += 100
  return { doc, start: at, end: at + text.length, text, speaker: 'Jay Carney', named: 'Carney', marked: true, kind, also: [], recapitalised: false, differences: [], baseOffset: null, ...more }
}

const FULL = 'We have consistently said that the Assad regime must go'
const TRIMMED = 'The Assad regime must go'

/** Each wording as a line: "“text”: report (badges, differences) ×times; …". */
const read = (group: QuoteGroup): string[] =>
  quoteWordings(group).map(
    (w) =>
      `“${w.text}”: ${w.carriers
        .map((c) => `${c.doc + 1} ${c.badges.join(', ')}${c.differences.map((d) => ` [${d.base}→${d.text}]`).join('')}${c.times > 1 ? ` ×${c.times}` : ''}`)
        .join('; ')}`,
  )

describe('the wordings of a printed quotation', () => {
  it('prints a wording repeated in several reports once, each report with its badges and how many times it carries it', () => {
    const base = instance(2, FULL, 'fullest')
    const instances = [
      instance(0, FULL, 'verbatim'),
      instance(0, FULL, 'verbatim'),
      instance(0, FULL.replace(/\s+/g, '\n'), 'verbatim'),
      instance(1, TRIMMED, 'trimmed', { recapitalised: true, also: ['reworded'], differences: [{ base: 'that', text: 'the' }] }),
      instance(1, TRIMMED, 'trimmed', { recapitalised: true, also: ['reworded'], differences: [{ base: 'that', text: 'the' }] }),
      base,
    ]
    const group: QuoteGroup = { id: 'q1', speaker: 'Jay Carney', instances, base: instances.indexOf(base), conflicts: [] }
    expect(read(group)).toEqual([
      `“${FULL}”: 1 verbatim ×3; 3 fullest wording`,
      `“${TRIMMED}”: 2 trimmed, re-capitalised, reworded [that→the] ×2`,
    ])
  })

  it('says a quotation only one report carries is only there, however often it repeats it', () => {
    const instances = [instance(1, FULL, 'fullest'), instance(1, FULL, 'verbatim'), instance(1, TRIMMED, 'trimmed')]
    expect(read({ id: 'q2', speaker: null, instances, base: 0, conflicts: [] })).toEqual([`“${FULL}”: 2 only in this report ×2`, `“${TRIMMED}”: 2 only in this report`])
  })

  it('keeps apart the same words carried in different ways', () => {
    const instances = [instance(0, FULL, 'fullest'), instance(1, FULL, 'paraphrased', { marked: false })]
    expect(read({ id: 'q3', speaker: 'Jay Carney', instances, base: 0, conflicts: [] })).toEqual([`“${FULL}”: 1 fullest wording; 2 without quotation marks`])
  })
})
