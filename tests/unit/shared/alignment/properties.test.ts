// Invariants of the alignment engine, checked on generated inputs (fast-check): offsets in bounds and
// true to the text, independence from the order of the inputs, self-comparison, unrelated texts,
// robustness to added clutter, and no input that makes it throw.

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignDocuments, type Alignment } from '../../../../src/shared/alignment'

const samples = ['1.txt', '2.txt', '3.txt'].map((f) => readFileSync(`resources/samples/kerry-moscow-2013/${f}`, 'utf8'))
const paragraphs = samples.flatMap((t) => t.split(/\n\s*\n/).filter((p) => p.split(/\s+/).length >= 12))

/** Real paragraphs of the sample, recombined: a document of 1 to 6 of them. */
const documentOf = fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: 6 }).map((ps) => ps.join('\n\n'))
const documents = fc.array(documentOf, { minLength: 2, maxLength: 4 })

/** A stretch is a non-empty range of its document's text. */
function expectInside(s: { start: number; end: number }, text: string): void {
  expect(s.start, 'a stretch starts at 0 or later').toBeGreaterThanOrEqual(0)
  expect(s.end, 'a stretch is not empty').toBeGreaterThan(s.start)
  expect(s.end, 'a stretch ends inside its text').toBeLessThanOrEqual(text.length)
}

function checkOffsets(texts: string[], result: Alignment): void {
  for (const group of [...result.passages, ...result.phrases]) {
    expect(group.spans.length).toBeGreaterThanOrEqual(2)
    expect(new Set(group.spans.map((s) => s.doc)).size).toBeGreaterThanOrEqual(2)
    for (const s of group.spans) {
      expect(s.doc).toBeGreaterThanOrEqual(0)
      expect(s.doc).toBeLessThan(texts.length)
      expectInside(s, texts[s.doc] as string)
    }
    const base = group.spans[0] as (typeof group.spans)[number]
    for (const v of group.variants) {
      expect((texts[base.doc] as string).slice(v.baseStart, v.baseEnd)).toBe(v.base)
      expect((texts[v.doc] as string).slice(v.start, v.end)).toBe(v.text)
      expect(v.baseStart, 'a variant starts inside its passage').toBeGreaterThanOrEqual(base.start)
      expect(v.baseEnd, 'a variant ends inside its passage').toBeLessThanOrEqual(base.end)
    }
  }
  for (const s of result.unique) expectInside(s, texts[s.doc] as string)
  result.coverage.forEach((c, doc) => expect(c.sharedChars + c.uniqueChars).toBe((texts[doc] as string).replace(/\s/g, '').length))
}

/** Groups as sets of (text, start, end), independent of document numbering. */
function canonicalGroups(texts: string[], groups: Alignment['passages']): string[] {
  return groups
    .map((g) => JSON.stringify(g.spans.map((s) => [texts[s.doc], s.start, s.end]).sort()))
    .sort()
}

describe('alignment invariants', () => {
  it('keeps every span and variant in bounds and equal to the text it names', () => {
    fc.assert(
      fc.property(documents, (texts) => checkOffsets(texts, alignDocuments(texts))),
      { numRuns: 60 },
    )
  })

  it('finds the same passages whatever the order of the documents', () => {
    fc.assert(
      fc.property(
        documents.chain((texts) => fc.tuple(fc.constant(texts), fc.shuffledSubarray(texts.map((_, i) => i), { minLength: texts.length, maxLength: texts.length }))),
        ([texts, order]) => {
          const distinct = new Set(texts).size === texts.length
          fc.pre(distinct)
          const permuted = order.map((i) => texts[i] as string)
          expect(canonicalGroups(permuted, alignDocuments(permuted).passages)).toEqual(canonicalGroups(texts, alignDocuments(texts).passages))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('makes one full passage of a text compared with itself', () => {
    fc.assert(
      fc.property(documentOf, (text) => {
        const result = alignDocuments([text, text])
        expect(result.passages).toHaveLength(1)
        const [a, b] = result.passages[0]?.spans ?? []
        const firstWord = text.search(/[\p{L}\p{N}]/u)
        expect(a).toEqual({ doc: 0, start: firstWord, end: b?.end })
        expect(b?.start).toBe(firstWord)
        expect(text.slice(b?.end).trim()).toMatch(/^[^\p{L}\p{N}]*$/u)
        expect(result.passages[0]?.variants).toEqual([])
      }),
      { numRuns: 40 },
    )
  })

  it('finds no passage between unrelated texts', () => {
    const words = (letters: string) =>
      fc.array(fc.stringMatching(new RegExp(`^[${letters}]{2,9}$`)), { minLength: 20, maxLength: 300 }).map((ws) => ws.join(' '))
    fc.assert(
      fc.property(words('a-m'), words('n-z'), (x, y) => {
        const result = alignDocuments([x, y])
        expect(result.passages).toEqual([])
        expect(result.phrases).toEqual([])
      }),
      { numRuns: 50 },
    )
  })

  it('still finds every passage after clutter is added to one document', () => {
    const clutter = fc.array(fc.constantFrom('Advertisement', 'Share this article', 'Read more:', 'Photo: Staff / Agency', 'Related coverage'), {
      minLength: 1,
      maxLength: 5,
    })
    fc.assert(
      fc.property(documents, clutter, fc.nat(), (texts, lines, at) => {
        const before = alignDocuments(texts)
        const target = at % texts.length
        const parts = (texts[target] as string).split('\n\n')
        const position = at % (parts.length + 1)
        const atEnd = position === parts.length
        const inserted = atEnd ? `\n\n${lines.join('\n\n')}` : `${lines.join('\n\n')}\n\n`
        const insertAt = atEnd ? (texts[target] as string).length : parts.slice(0, position).reduce((n, p) => n + p.length + 2, 0)
        const cluttered = texts.map((t, i) => (i === target ? t.slice(0, insertAt) + inserted + t.slice(insertAt) : t))
        const after = alignDocuments(cluttered)
        // Every word inside an old passage is still found shared: in a passage (which the clutter may have
        // split in two), or, for a few words that only ran on past a paragraph break, in a phrase.
        const covered = cluttered.map((t) => new Uint8Array(t.length))
        for (const g of [...after.passages, ...after.phrases]) for (const sp of g.spans) (covered[sp.doc] as Uint8Array).fill(1, sp.start, sp.end)
        for (const g of before.passages) {
          // Words that differ inside the passage (its variants) are not shared text: only the rest must stay
          // found. A passage's edge may lose up to three words next to a sentence break, where a match
          // is as likely chance as not (see trimAtSentenceBreaks in select.ts).
          const differing = texts.map((t) => new Uint8Array(t.length))
          const base = g.spans[0] as (typeof g.spans)[number]
          for (const v of g.variants) {
            ;(differing[base.doc] as Uint8Array).fill(1, v.baseStart, v.baseEnd)
            ;(differing[v.doc] as Uint8Array).fill(1, v.start, v.end)
          }
          for (const sp of g.spans) {
            const words = [...(texts[sp.doc] as string).slice(sp.start, sp.end).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => sp.start + m.index)
            const lost = words
              .map((offset, index) => ({ offset, index }))
              .filter(({ offset }) => !differing[sp.doc]?.[offset])
              .filter(({ offset }) => !covered[sp.doc]?.[sp.doc === target && offset >= insertAt ? offset + inserted.length : offset])
            for (const { offset, index } of lost) {
              expect(index < 3 || index >= words.length - 3, `doc ${sp.doc} offset ${offset} lost from inside a passage`).toBe(true)
            }
          }
        }
      }),
      { numRuns: 40 },
    )
  })

  it('returns without throwing for any strings at all', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 400 }), { minLength: 0, maxLength: 5 }), (texts) => {
        checkOffsets(texts, alignDocuments(texts))
      }),
      { numRuns: 200 },
    )
  })

  it.each([
    ['empty texts', ['', '']],
    ['one text', ['just one text here']],
    ['no texts', []],
    ['emoji', ['👍🏽 family 👨‍👩‍👧 test 🇺🇦 flags and more words here ok', '👍🏽 family 👨‍👩‍👧 test 🇺🇦 flags and more words here ok']],
    ['right-to-left text', ['שלום עולם זה טקסט בעברית עם מילים רבות כדי לבדוק את המנוע', 'שלום עולם זה טקסט בעברית עם מילים רבות כדי לבדוק את המנוע']],
    ['Japanese', ['東京は日本の首都です。大阪は商業の中心地として知られています。', '大阪は商業の中心地として知られています。東京は日本の首都です。']],
    ['lone surrogates and controls', ['\ud800 abc \u0000\u0007 def \udfff ghi jkl mno', 'abc def ghi jkl mno \ud800']],
  ])('handles %s', (_name, texts) => {
    const result = alignDocuments(texts)
    checkOffsets(texts, result)
    expect(result.documents).toHaveLength(texts.length)
  })

  it('handles a 1 MB text without a newline', () => {
    const sentence = 'The committee will publish its findings after the summer recess, officials said on Thursday. '
    const big = sentence.repeat(Math.ceil(1_000_000 / sentence.length))
    const other = `Unrelated opening words here. ${big.slice(0, 20_000)}`
    const result = alignDocuments([big, other])
    checkOffsets([big, other], result)
  })
})
