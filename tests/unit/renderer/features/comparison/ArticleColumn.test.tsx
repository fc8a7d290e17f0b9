// The columns of the comparison view, rendered in happy-dom from the real sample texts.

import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { countWords, splitParagraphs } from '../../../../../src/shared/domain/text'
import { ArticleColumn, ComparisonColumns } from '../../../../../src/renderer/src/features/comparison'
import { sampleArticles } from '../../sampleArticles'

afterEach(cleanup)

const [first, second, third] = sampleArticles()

describe('ArticleColumn', () => {
  it('shows the title and word count in its header and every paragraph of the text, in order', () => {
    const { container } = render(<ArticleColumn article={second} index={1} columnCount={3} />)
    const column = container.querySelector('[data-doc="1"]') as HTMLElement
    expect(within(column).getByRole('heading', { level: 2 }).textContent).toBe(second.title)
    expect(column.querySelector('.column-meta')?.textContent).toBe(`${countWords(second.text)} words`)
    const paragraphs = [...column.querySelectorAll('.paragraph')].map((p) => p.textContent)
    expect(paragraphs).toEqual(splitParagraphs(second.text).map(({ start, end }) => second.text.slice(start, end)))
    expect(paragraphs.at(-1)).toBe('Real Time Analytics')
    expect(screen.getByLabelText('Report 2 of 3').textContent).toBe('2')
  })

  it('names its scrolling body for screen readers and lets the keyboard reach it', () => {
    render(<ArticleColumn article={third} index={2} columnCount={3} />)
    const body = screen.getByLabelText(`Text of report 3: ${third.title}`)
    expect(body.tabIndex).toBe(0)
  })

  it('shows outlet and date when they are known', () => {
    render(<ArticleColumn article={{ ...first, outlet: 'Example Wire', publishedAt: '2013-05-06' }} index={0} columnCount={2} />)
    const meta = document.querySelector('.column-meta')?.textContent ?? ''
    expect(meta.startsWith('Example Wire · ')).toBe(true)
    expect(meta).toMatch(/2013/)
    expect(meta.endsWith(`${countWords(first.text)} words`)).toBe(true)
  })

  it('renders markup in article text as text, never as elements', () => {
    const hostile = '<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script>\n\n<b>bold</b>'
    const { container } = render(<ArticleColumn article={{ ...first, title: '<i>t</i>', text: hostile }} index={0} columnCount={1} />)
    expect(container.querySelector('img, script, b, i')).toBeNull()
    expect(container.querySelector('.column-title')?.textContent).toBe('<i>t</i>')
    expect(container.querySelectorAll('.paragraph')[1]?.textContent).toBe('<b>bold</b>')
  })

  it('says so when a report has no text', () => {
    render(<ArticleColumn article={{ ...first, text: '  \n\n ' }} index={0} columnCount={1} />)
    expect(screen.getByText('This report has no text.')).toBeTruthy()
    expect(document.querySelector('.column-meta')?.textContent).toBe('0 words')
  })
})

describe('ComparisonColumns', () => {
  it('puts the three sample reports side by side, a column each, in comparison order', () => {
    const { container } = render(<ComparisonColumns articles={[first, second, third]} />)
    const columns = [...container.querySelectorAll('[data-doc]')]
    expect(columns.map((c) => c.getAttribute('data-doc'))).toEqual(['0', '1', '2'])
    expect(columns.map((c) => c.querySelector('h2')?.textContent)).toEqual([first.title, second.title, third.title])
    expect(screen.getByRole('group', { name: '3 reports side by side' })).toBeTruthy()
  })
})
