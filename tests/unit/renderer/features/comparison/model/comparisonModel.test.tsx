// The comparison view's model and its passage rendering, on the real sample: segments, variant marks
// with each report's wording, tints shared across columns, and the columns with their measures.

import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../../../src/shared/alignment'
import { ComparisonColumns } from '../../../../../../src/renderer/src/features/comparison'
import { buildViewModel } from '../../../../../../src/renderer/src/features/comparison/model'
import { describeMark, PassageText } from '../../../../../../src/renderer/src/features/comparison/PassageText'
import { sampleArticles } from '../../../sampleArticles'

afterEach(cleanup)

const articles = sampleArticles()
const texts = articles.map((a) => a.text)
const model = buildViewModel(texts, alignDocuments(texts))
const quote = model.passages.find((p) => p.opening.startsWith('We have consistently')) as (typeof model.passages)[number]

describe('buildViewModel', () => {
  it('orders passages by how many reports carry them, then by length, and gives each a tint', () => {
    expect(model.passages.map((p) => p.docs)).toEqual([[1, 2]])
    expect(quote.words).toBe(47)
    expect(quote.tint).toBeGreaterThanOrEqual(0)
  })

  it('cuts each paragraph into segments that cover it exactly, in order', () => {
    for (const column of model.columns) {
      for (const paragraph of column.paragraphs) {
        let cursor = paragraph.start
        for (const segment of paragraph.segments) {
          expect(segment.start).toBe(cursor)
          cursor = segment.end
        }
        expect(cursor).toBe(paragraph.end)
      }
    }
  })

  it('marks the→that in both columns with how the other report words it', () => {
    const substitutions = (doc: number) =>
      (model.columns[doc]?.paragraphs ?? []).flatMap((p) => p.segments.filter((s) => s.variant?.kind === 'substitution'))
    const [inThree] = substitutions(2)
    const [inTwo] = substitutions(1)
    if (!inThree?.variant || !inTwo?.variant) throw new Error('the substitution is not marked in both columns')
    expect(texts[2]?.slice(inThree.start, inThree.end)).toBe('that')
    expect(describeMark(inThree.variant)).toBe('Report 2: “the”')
    expect(texts[1]?.slice(inTwo.start, inTwo.end)).toBe('the')
    expect(describeMark(inTwo.variant)).toBe('Report 3: “that” (other words)')
  })

  it('gives each column its share of shared text and a minimap that spans it', () => {
    expect(model.columns.map((c) => Math.round(c.sharedShare * 100))).toEqual([8, 20, 15])
    for (const column of model.columns) {
      expect(column.minimap[0]?.from).toBe(0)
      expect(column.minimap.at(-1)?.to).toBe(1)
    }
  })
})

describe('PassageText and the columns', () => {
  it('renders one passage element per run, with the variant marks inside, as text only', () => {
    const paragraph = model.columns[2]?.paragraphs.find((p) => p.segments.some((s) => s.passage === quote.id))
    if (!paragraph) throw new Error('no quote paragraph in column 3')
    const { container } = render(
      <p>
        <PassageText text={texts[2] as string} segments={paragraph.segments} passageById={model.passageById} />
      </p>,
    )
    const passages = container.querySelectorAll(`[data-passage="${quote.id}"]`)
    expect(passages).toHaveLength(1)
    expect(passages[0]?.className).toBe(`passage tint-${quote.tint}`)
    const marks = [...container.querySelectorAll('mark[data-variant]')].map((m) => [m.getAttribute('data-variant'), m.textContent])
    expect(marks).toEqual([
      ['case', 'we'],
      ['punctuation', ' '],
      ['punctuation', ' '],
      ['punctuation', 'Assad’s'],
      ['substitution', 'that'],
    ])
    expect(container.textContent).toBe((texts[2] as string).slice(paragraph.start, paragraph.end))
  })

  it('shows every column with its header measures and the same passage hook in columns 2 and 3', () => {
    const { container } = render(<ComparisonColumns articles={articles} model={model} />)
    expect(container.querySelectorAll('[data-doc]')).toHaveLength(3)
    expect(container.querySelector('[data-doc="2"] .column-meta')?.textContent).toMatch(/586 words · 15% found in other reports$/)
    expect(container.querySelectorAll(`[data-doc="1"] [data-passage="${quote.id}"]`)).toHaveLength(1)
    expect(container.querySelectorAll(`[data-doc="2"] [data-passage="${quote.id}"]`)).toHaveLength(1)
    expect(container.querySelectorAll(`[data-doc="0"] [data-passage]`)).toHaveLength(0)
    expect(container.querySelectorAll('[data-doc="0"] [data-phrase]').length).toBeGreaterThan(0)
  })
})
