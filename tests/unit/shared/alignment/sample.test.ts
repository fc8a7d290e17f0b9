// The alignment of the built-in sample: the acceptance cases of the engine, and the whole result
// rendered as text and compared with a checked-in expectation (STYLE.md rule 6).

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { alignDocuments, renderAlignment, type PassageGroup } from '../../../../src/shared/alignment'

const texts = ['1.txt', '2.txt', '3.txt'].map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
const alignment = alignDocuments(texts)
const slice = (s: { doc: number; start: number; end: number }): string => (texts[s.doc] as string).slice(s.start, s.end)

describe('the sample alignment', () => {
  it('matches the checked-in rendering', () => {
    const expected = readFileSync('tests/fixtures/alignment/kerry-moscow-2013.txt', 'utf8')
    expect(renderAlignment(texts, alignment)).toBe(expected)
  })

  describe("Carney's quote", () => {
    const groups = alignment.passages.filter((g) => g.spans.some((s) => /we have consistently/i.test(slice(s))))
    const quote = groups[0] as PassageGroup

    it('is one group, carried by 2.txt and 3.txt', () => {
      expect(groups).toHaveLength(1)
      expect(quote.spans.map((s) => s.doc)).toEqual([1, 2])
    })

    it('spans the whole quote in each, from "We have consistently" to "supported Assad"', () => {
      for (const span of quote.spans) {
        expect(slice(span)).toMatch(/^we have consistently/i)
        expect(slice(span)).toMatch(/in the past supported Assad$/)
      }
    })

    it('has exactly the expected variants: the→that, We→we, two dropped commas, and the curly apostrophe', () => {
      const variants = quote.variants.map(({ doc, kind, base, text }) => ({ doc, kind, base, text }))
      expect(variants).toEqual([
        { doc: 2, kind: 'case', base: 'We', text: 'we' },
        { doc: 2, kind: 'punctuation', base: ', ', text: ' ' },
        { doc: 2, kind: 'punctuation', base: ', ', text: ' ' },
        { doc: 2, kind: 'punctuation', base: "Assad's", text: 'Assad’s' },
        { doc: 2, kind: 'substitution', base: 'the', text: 'that' },
      ])
      for (const v of quote.variants) {
        expect((texts[1] as string).slice(v.baseStart, v.baseEnd)).toBe(v.base)
        expect((texts[2] as string).slice(v.start, v.end)).toBe(v.text)
      }
    })
  })

  it('finds "has killed more than 70,000 people" shared by 2.txt and 3.txt', () => {
    const found = [...alignment.passages, ...alignment.phrases].filter((g) => g.spans.some((s) => slice(s).includes('has killed more than 70,000 people')))
    expect(found).toHaveLength(1)
    expect(new Set(found[0]?.spans.map((s) => s.doc))).toEqual(new Set([1, 2]))
  })

  it('joins no text that is not shared: clutter lines and titles stay outside every group', () => {
    const unshared = [
      [1, 'Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin'],
      [1, 'Tags\nU.S. Foreign Policy'],
      [1, 'Join the Discussion'],
      [1, 'More News'],
      [1, 'Texas Woman Viciously Bludgeoned'],
      [1, 'Real Time Analytics'],
      [2, 'Discuss as:'],
      [2, 'Syria set to dominate talks'],
      [2, 'Mladen Antonov / AFP - Getty Images'],
      [0, 'Secretary of State John Kerry to Talk Boston Bombing'],
    ] as const
    const spans = [...alignment.passages, ...alignment.phrases].flatMap((g) => g.spans)
    for (const [doc, line] of unshared) {
      const start = (texts[doc] as string).indexOf(line)
      expect(start, line).toBeGreaterThanOrEqual(0)
      const end = start + line.length
      const touching = spans.filter((s) => s.doc === doc && s.start < end && start < s.end).map(slice)
      // A title may contain a shared name ("Secretary of State John Kerry") but no passage reaches into it.
      expect(touching.every((t) => t.split(/\s+/).length <= 6), `${line}: ${touching.join(' | ')}`).toBe(true)
    }
    for (const group of alignment.passages) for (const span of group.spans) expect(slice(span)).not.toMatch(/Discuss as|Getty Images|More News|Tags\n/)
  })

  it('reports coverage as shared plus unique non-space characters of each report', () => {
    alignment.coverage.forEach((c, doc) => {
      expect(c.doc).toBe(doc)
      expect(c.sharedChars + c.uniqueChars).toBe((texts[doc] as string).replace(/\s/g, '').length)
      expect(c.sharedChars).toBeGreaterThan(0)
    })
  })

  it('lists as unique the text found in no other report, such as the clutter of 3.txt', () => {
    const unique = alignment.unique.filter((s) => s.doc === 2).map(slice)
    expect(unique).toContain('Discuss as:')
    expect(unique).toContain('Mladen Antonov / AFP - Getty Images')
    expect(unique.some((u) => u.includes('we have consistently'))).toBe(false)
  })
})
