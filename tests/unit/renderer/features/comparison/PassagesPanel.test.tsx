// The passages panel, rendered in happy-dom from models built on the sample reports and on small
// made-up ones: what it lists under each filter, which item it marks, and what a click asks for.

// The component imports its stylesheet; Vite's client types say what a .css import is.

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { alignDocuments, type Span } from '../../../../../src/shared/alignment'
import { buildViewModel, type ComparisonViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import { PassagesPanel, type PassagesPanelProps } from '../../../../../src/renderer/src/features/comparison/PassagesPanel'
import { floodPassages, floodTexts, sampleArticles } from '../../sampleArticles'

afterEach(cleanup)

const modelOf = (texts: string[]): ComparisonViewModel => buildViewModel(texts, alignDocuments(texts))

const articles = sampleArticles()
const sampleTexts = articles.map((a) => a.text)
const sampleTitles = articles.map((a) => a.title)
const sample = modelOf(sampleTexts)

const { inOneTwo } = floodPassages
const flood = modelOf(floodTexts)

function renderPanel(props: Partial<PassagesPanelProps> & Pick<PassagesPanelProps, 'model' | 'texts'>) {
  const onSelectPassage = vi.fn<(id: string) => void>()
  const onSelectSpan = vi.fn<(span: Span) => void>()
  const result = render(
    <PassagesPanel
      titles={props.texts.map((_, i) => `Report ${i + 1}`)}
      activePassage={null}
      onSelectPassage={onSelectPassage}
      onSelectSpan={onSelectSpan}
      {...props}
    />,
  )
  return { ...result, onSelectPassage, onSelectSpan }
}

/** Each listed item as a line: "id [badges] (how the badges read) words: opening". */
function listed(): string[] {
  return [...document.querySelectorAll<HTMLElement>('[data-passage-item], [data-unique-item]')].map((item) => {
    const id = item.dataset.passageItem ?? `only ${item.dataset.uniqueItem}`
    const docs = item.querySelector('.passage-docs')
    const badges = docs ? ` [${[...docs.querySelectorAll('.passage-doc')].map((b) => b.textContent).join(' ')}] (${docs.getAttribute('aria-label')})` : ''
    return `${id}${badges} ${item.querySelector('.passage-words')?.textContent}: ${item.querySelector('.passage-opening')?.textContent}`
  })
}

const status = (): string => screen.getByRole('status').textContent ?? ''
const choose = (value: string): void => {
  fireEvent.change(screen.getByLabelText('Show'), { target: { value } })
}

describe('PassagesPanel', () => {
  it('lists the Carney quote of the sample as the passage reports 2 and 3 share', () => {
    renderPanel({ model: sample, texts: sampleTexts, titles: sampleTitles })
    const panel = screen.getByRole('complementary', { name: 'Shared passages' })
    expect(within(panel).getByRole('heading', { level: 2 }).textContent).toBe('Shared passages')
    expect(listed()).toEqual([
      'p1 [2 3] (in reports 2 and 3) 47 words: We have consistently, in our conversations with the Russians and others, pointed…',
    ])
    expect(status()).toBe('1 passage')
  })

  it('lists passages in model order, most reports first, then longest, each with its tint', () => {
    renderPanel({ model: flood, texts: floodTexts })
    expect(listed()).toEqual([
      'p1 [1 2 3] (in reports 1, 2 and 3) 19 words: The river rose through the night and by morning the lower streets…',
      'p4 [2 3] (in reports 2 and 3) 18 words: Engineers warned that the levee built in the sixties could not hold…',
      'p3 [1 3] (in reports 1 and 3) 17 words: Schools will stay closed until Friday, and buses will run only on…',
      'p2 [1 2] (in reports 1 and 2) 16 words: Volunteers carried sandbags to the bakery on the corner while the mayor…',
    ])
    const swatches = [...document.querySelectorAll('[data-passage-item] .passage-swatch')].map((s) => s.className)
    expect(swatches).toEqual(flood.passages.map((p) => `passage-swatch tint-solid tint-${p.tint}`))
    expect(status()).toBe('4 passages')
  })

  it('marks the active passage, and only it, as current', () => {
    renderPanel({ model: flood, texts: floodTexts, activePassage: 'p3' })
    const current = [...document.querySelectorAll('[aria-current]')]
    expect(current.map((el) => [el.getAttribute('data-passage-item'), el.getAttribute('aria-current')])).toEqual([['p3', 'true']])
  })

  it('brings the item of a passage made active elsewhere into view', () => {
    const scrolled: string[] = []
    const scrollIntoView = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(function (this: HTMLElement) {
      scrolled.push(this.dataset.passageItem ?? '')
    })
    const { rerender, onSelectPassage, onSelectSpan } = renderPanel({ model: flood, texts: floodTexts })
    const props = { model: flood, texts: floodTexts, titles: [], onSelectPassage, onSelectSpan }
    rerender(<PassagesPanel {...props} activePassage="p2" />)
    rerender(<PassagesPanel {...props} activePassage={null} />)
    expect(scrolled).toEqual(['p2'])
    scrollIntoView.mockRestore()
  })

  it('asks for a passage by id when its item is clicked', () => {
    const { onSelectPassage } = renderPanel({ model: flood, texts: floodTexts })
    fireEvent.click(screen.getByRole('button', { name: /^Schools will stay closed/ }))
    expect(onSelectPassage.mock.calls).toEqual([['p3']])
  })

  it('offers "only in" and "in all but" for three reports, with short titles', () => {
    renderPanel({ model: sample, texts: sampleTexts, titles: sampleTitles })
    const options = [...(screen.getByLabelText('Show') as HTMLSelectElement).options].map((o) => o.textContent)
    expect(options).toEqual([
      'All shared passages',
      'Only in 1 — Secretary of State John Kerry to Talk…',
      'Only in 2 — Secretary of State John Kerry, in…',
      'Only in 3 — Syria set to dominate talks between…',
      'In all but 1 — Secretary of State John Kerry to Talk…',
      'In all but 2 — Secretary of State John Kerry, in…',
      'In all but 3 — Syria set to dominate talks between…',
    ])
  })

  it('offers no "in all but" for two reports', () => {
    const texts = floodTexts.slice(0, 2)
    renderPanel({ model: modelOf(texts), texts })
    const options = [...(screen.getByLabelText('Show') as HTMLSelectElement).options].map((o) => o.textContent)
    expect(options).toEqual(['All shared passages', 'Only in 1 — Report 1', 'Only in 2 — Report 2'])
  })

  it('lists what only report 3 of the sample carries, from the page clutter at its top, and asks for the span on click', () => {
    const { onSelectSpan } = renderPanel({ model: sample, texts: sampleTexts, titles: sampleTitles })
    choose('only:2')
    const unique = sample.columns[2]?.unique ?? []
    expect(status()).toBe(`${unique.length} stretches only in report 3`)
    expect(listed().slice(0, 3)).toEqual([
      `only 2:${unique[0]?.start} 2 words: Discuss as:`,
      `only 2:${unique[1]?.start} 10 words: Syria set to dominate talks between Kerry and Russia's Putin`,
      `only 2:${unique[2]?.start} 5 words: Mladen Antonov / AFP - Getty Images`,
    ])
    expect(listed()).toHaveLength(unique.length)
    expect(document.querySelector('[data-passage-item]')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: /^Discuss as:/ }))
    expect(onSelectSpan.mock.calls).toEqual([[unique[0]]])
  })

  it('lists under "in all but report 1" the Carney quote, and nothing under "in all but report 2"', () => {
    renderPanel({ model: sample, texts: sampleTexts, titles: sampleTitles })
    choose('allBut:0')
    expect(listed().map((line) => line.slice(0, 8))).toEqual(['p1 [2 3]'])
    expect(status()).toBe('1 passage in all but report 1')
    choose('allBut:1')
    expect(listed()).toEqual([])
    expect(status()).toBe('No passage is in every report but report 2.')
    choose('all')
    expect(listed()).toHaveLength(1)
  })

  it('says so when no passage is shared, and still lists what each report alone carries', () => {
    const texts = ['Nothing alike here at all.', 'Completely different words now.']
    renderPanel({ model: modelOf(texts), texts })
    expect(status()).toBe('No shared passages were found in these reports.')
    expect(screen.queryByRole('list')).toBeNull()
    choose('only:1')
    expect(listed()).toEqual(['only 1:0 4 words: Completely different words now.'])
    expect(status()).toBe('1 stretch only in report 2')
  })

  it('says so when a report has no text of its own', () => {
    const texts = [`A few words of its own first.\n\n${inOneTwo}`, inOneTwo]
    renderPanel({ model: modelOf(texts), texts })
    choose('only:1')
    expect(listed()).toEqual([])
    expect(status()).toBe('Report 2 has no text of its own: all of it is found in another report.')
  })

  it('renders markup in article text as text, never as elements', () => {
    const texts = ['<img src=x onerror="window.pwned=1"> <b>bold</b>', 'Something else entirely.']
    const { container } = renderPanel({ model: modelOf(texts), texts, titles: ['<i>t</i>', ''] })
    choose('only:0')
    expect(container.querySelector('img, b, i')).toBeNull()
    expect(listed()).toEqual(['only 0:0 9 words: <img src=x onerror="window.pwned=1"> <b>bold</b>'])
    expect(screen.getByRole('option', { name: 'Only in 1 — <i>t</i>' })).toBeTruthy()
  })
})
