// A long report's column once the alignment is in: every paragraph is in the page with all its text from
// the first render, the first ones draw their passages at once, and the rest gain theirs frame by frame.

import { act, cleanup, render, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { splitParagraphs } from '../../../../../src/shared/domain/text'
import { ArticleColumn } from '../../../../../src/renderer/src/features/comparison'
import { buildViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import { ALL_AT_ONCE } from '../../../../../src/renderer/src/features/comparison/useParagraphsShown'
import { finishDrawing } from '../../../../../src/renderer/src/features/comparison/columnDrawing'
import { sampleArticles } from '../../sampleArticles'

afterEach(cleanup)

const [article] = sampleArticles()
const WORDS = ['river', 'bridge', 'harbour', 'station', 'market', 'square', 'tower', 'garden']
// Each paragraph its own sentence, so each is a passage of its own; the second report words one of them differently.
const paragraphs = Array.from({ length: ALL_AT_ONCE + 40 }, (_v, i) => `Paragraph ${i} says the ${WORDS[i % 8]} near gate ${i * 7} was closed by ${WORDS[(i + 3) % 8]} wardens on day ${i + 11} of the long dispute.`)
const long = paragraphs.join('\n\n')
const other = paragraphs.map((p, i) => (i === 5 ? p.replace('closed', 'shut') : p)).join('\n\n')
const model = buildViewModel([long, other], alignDocuments([long, other]))
const drawnParagraphs = (column: HTMLElement): number => [...column.querySelectorAll('.paragraph')].filter((p) => p.querySelector('[data-passage]')).length

describe('a long column', () => {
  it('keeps every paragraph with its whole text while its passages are drawn a few at a time, the first ones at once', async () => {
    const { container } = render(<ArticleColumn article={{ ...article, text: long }} index={0} columnCount={2} column={model.columns[0]} passageById={model.passageById} />)
    const column = container.querySelector('[data-doc="0"]') as HTMLElement
    const texts = (): Array<string | null> => [...column.querySelectorAll('.paragraph')].map((p) => p.textContent)
    const expected = splitParagraphs(long).map(({ start, end }) => long.slice(start, end))
    expect(texts()).toEqual(expected)
    const first = drawnParagraphs(column)
    expect(first).toBeGreaterThan(0)
    expect(first).toBeLessThan(expected.length)
    expect(column.querySelector('.paragraph')?.querySelector('[data-passage]')).not.toBeNull()
    await waitFor(() => expect(drawnParagraphs(column)).toBe(expected.length))
    expect(texts()).toEqual(expected)
    expect(column.querySelectorAll('mark.variant').length).toBe(1)
  })

  it('draws every passage at once when a feature asks for one not drawn yet', () => {
    const { container } = render(<ArticleColumn article={{ ...article, text: long }} index={0} columnCount={2} column={model.columns[0]} passageById={model.passageById} />)
    const column = container.querySelector('[data-doc="0"]') as HTMLElement
    expect(drawnParagraphs(column)).toBeLessThan(paragraphs.length)
    act(() => finishDrawing(column.querySelector('[data-column-body]') as HTMLElement))
    expect(drawnParagraphs(column)).toBe(paragraphs.length)
  })

  it('draws a short column whole at once', () => {
    const short = paragraphs.slice(0, 10).join('\n\n')
    const shortModel = buildViewModel([short, short], alignDocuments([short, short]))
    const { container } = render(<ArticleColumn article={{ ...article, text: short }} index={0} columnCount={2} column={shortModel.columns[0]} passageById={shortModel.passageById} />)
    expect(drawnParagraphs(container.querySelector('[data-doc="0"]') as HTMLElement)).toBe(10)
  })
})
