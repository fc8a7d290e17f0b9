// The minimap beside a column: its blocks drawn from the model (tints and positions), and where a
// click or a block button asks the column to scroll to.

// The component imports its stylesheet; Vite's client types say what a .css import is.

import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { buildViewModel, type ColumnView, type ComparisonViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import { Minimap, uniqueStretches } from '../../../../../src/renderer/src/features/comparison/Minimap'
import { floodTexts, sampleArticles } from '../../sampleArticles'

afterEach(cleanup)

const flood = buildViewModel(floodTexts, alignDocuments(floodTexts))
const sampleTexts = sampleArticles().map((a) => a.text)
const sample = buildViewModel(sampleTexts, alignDocuments(sampleTexts))

const column = (columns: ColumnView[], doc: number): ColumnView => columns[doc] as ColumnView
const numberIn = (model: ComparisonViewModel) => (id: string): number | undefined => model.passageById.get(id)?.number
const rounded = (css: string): string => String(Math.round(parseFloat(css)))

/** Each block of the strip as a line: the shared blocks (elements, with their tints) and the stretches
 *  drawn as the strip's background ('alone'), in order, with where each sits (percent, rounded). */
function blocks(strip: HTMLElement, column: ColumnView): string[] {
  const shared = [...strip.children].map((el) => {
    const block = el as HTMLElement
    return { at: parseFloat(block.style.top), line: `${block.dataset.passage} ${[...block.classList].find((c) => /^tint-\d+$/.test(c))} from ${rounded(block.style.top)}% for ${rounded(block.style.height)}%` }
  })
  const alone = [...(uniqueStretches(column.minimap) ?? '').matchAll(/var\(--minimap-unique\) ([\d.e-]+)% ([\d.e-]+)%/g)].map(([, from, to]) => ({
    at: Number(from),
    line: `alone from ${rounded(from as string)}% for ${Math.round(Number(to) - Number(from))}%`,
  }))
  return [...shared, ...alone].sort((a, b) => a.at - b.at).map((b) => b.line)
}

describe('Minimap', () => {
  it('draws a block per shared stretch in its passage tint, and the lone ones muted in its background, hidden from screen readers', () => {
    render(<Minimap column={column(flood.columns, 0)} numberOf={numberIn(flood)} onJump={() => {}} label="Map of report 1" />)
    const strip = screen.getByRole('navigation', { name: 'Map of report 1' })
    expect(blocks(strip, column(flood.columns, 0))).toEqual([
      'alone from 0% for 7%',
      'p1 tint-0 from 7% for 28%',
      'alone from 35% for 1%',
      'p2 tint-5 from 36% for 27%',
      'alone from 62% for 1%',
      'p3 tint-3 from 63% for 24%',
      'alone from 88% for 12%',
    ])
    // The lone stretches are the strip's background, nothing a screen reader reaches.
    expect(strip.style.backgroundImage).toBe(uniqueStretches(column(flood.columns, 0).minimap))
    expect(strip.querySelectorAll(':not(button)')).toHaveLength(0)
  })

  it('places each block exactly at its fractions of the text', () => {
    const { container } = render(<Minimap column={column(sample.columns, 1)} numberOf={numberIn(sample)} onJump={() => {}} label="Map of report 2" />)
    const drawn = [...container.querySelectorAll<HTMLElement>('.minimap-block')].map((b) => [b.style.top, b.style.height])
    expect(drawn).toEqual(column(sample.columns, 1).minimap.filter((b) => b.passage !== null).map((b) => [`${b.from * 100}%`, `${(b.to - b.from) * 100}%`]))
  })

  it('gives the keyboard a button per shared block, named for its passage\'s number and place', () => {
    render(<Minimap column={column(sample.columns, 2)} numberOf={numberIn(sample)} onJump={() => {}} label="Map of report 3" />)
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Passage 1, 89% down'])
  })

  it('is one Tab stop, and the arrow keys, Home and End move between its blocks', () => {
    render(<Minimap column={column(flood.columns, 0)} numberOf={numberIn(flood)} onJump={() => {}} label="Map of report 1" />)
    // Numbered as the passages panel lists them (most reports first, then longest), not by place in the text.
    const names = (): string[] => screen.getAllByRole('button').map((b) => `${b.getAttribute('aria-label')}${b.tabIndex === 0 ? ' (Tab stop)' : ''}`)
    expect(names()).toEqual(['Passage 1, 7% down (Tab stop)', 'Passage 4, 36% down', 'Passage 3, 63% down'])
    const strip = screen.getByRole('navigation')
    ;(screen.getAllByRole('button')[0] as HTMLElement).focus()
    fireEvent.keyDown(strip, { key: 'ArrowDown' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Passage 4, 36% down')
    fireEvent.keyDown(strip, { key: 'End' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Passage 3, 63% down')
    fireEvent.keyDown(strip, { key: 'ArrowDown' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Passage 3, 63% down')
    fireEvent.keyDown(strip, { key: 'Home' })
    fireEvent.keyDown(strip, { key: 'ArrowUp' })
    expect(document.activeElement?.getAttribute('aria-label')).toBe('Passage 1, 7% down')
    fireEvent.keyDown(strip, { key: 'ArrowRight' })
    expect(names()).toEqual(['Passage 1, 7% down', 'Passage 4, 36% down (Tab stop)', 'Passage 3, 63% down'])
  })

  it('jumps to the start of a shared block when its button is pressed', () => {
    const onJump = vi.fn<(fraction: number) => void>()
    render(<Minimap column={column(flood.columns, 1)} numberOf={numberIn(flood)} onJump={onJump} label="Map of report 2" />)
    const strip = screen.getByRole('navigation')
    strip.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 100, width: 10, height: 200 })
    fireEvent.click(screen.getByRole('button', { name: 'Passage 1, 38% down' }))
    expect(onJump.mock.calls).toEqual([[column(flood.columns, 1).minimap[2]?.from]])
  })

  it('jumps to the point clicked elsewhere on the strip, as a fraction of its height', () => {
    const onJump = vi.fn<(fraction: number) => void>()
    render(<Minimap column={column(flood.columns, 0)} numberOf={numberIn(flood)} onJump={onJump} label="Map of report 1" />)
    const strip = screen.getByRole('navigation')
    strip.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 100, width: 10, height: 200 })
    fireEvent.click(strip, { clientY: 150 })
    fireEvent.click(strip, { clientY: 400 })
    expect(onJump.mock.calls).toEqual([[0.25], [1]])
  })

  it('does not jump from a strip that has no height yet', () => {
    const onJump = vi.fn<(fraction: number) => void>()
    render(<Minimap column={column(flood.columns, 0)} numberOf={numberIn(flood)} onJump={onJump} label="Map of report 1" />)
    fireEvent.click(screen.getByRole('navigation'), { clientY: 10 })
    expect(onJump).not.toHaveBeenCalled()
  })

  it('draws nothing for a report with no text', () => {
    const empty = buildViewModel(['', ''], alignDocuments(['', '']))
    render(<Minimap column={column(empty.columns, 0)} numberOf={numberIn(empty)} onJump={() => {}} label="Map of report 1" />)
    expect(screen.getByRole('navigation').children).toHaveLength(0)
  })
})
