// The minimap beside a column: its blocks drawn from the model (tints and positions), and where a
// click or a block button asks the column to scroll to.

// The component imports its stylesheet; Vite's client types say what a .css import is.

import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { buildViewModel, type ColumnView, type ComparisonViewModel } from '../../../../../src/renderer/src/features/comparison/model'
import { Minimap, sharedStretches, uniqueStretches } from '../../../../../src/renderer/src/features/comparison/Minimap'
import { floodTexts, sampleArticles } from '../../sampleArticles'

afterEach(cleanup)

const flood = buildViewModel(floodTexts, alignDocuments(floodTexts))
const sampleTexts = sampleArticles().map((a) => a.text)
const sample = buildViewModel(sampleTexts, alignDocuments(sampleTexts))

const column = (columns: ColumnView[], doc: number): ColumnView => columns[doc] as ColumnView
const numberIn = (model: ComparisonViewModel) => (id: string): number | undefined => model.passageById.get(id)?.number
const rounded = (css: string): string => String(Math.round(parseFloat(css)))

/** Each block of the strip as a line, in order, with where it sits (percent, rounded): the shared ones in
 *  their tints and the stretches no other report carries ('alone'), both drawn as the strip's background. */
function blocks(column: ColumnView): string[] {
  const shared = [...(sharedStretches(column.minimap) ?? '').matchAll(/rgb\(from var\(--tint-(\d+)\) r g b \/ 0\.8\) ([\d.e-]+)% max\(([\d.e-]+)%/g)].map(([, tint, from, to]) => ({
    at: Number(from),
    line: `tint-${tint} from ${rounded(from as string)}% for ${Math.round(Number(to) - Number(from))}%`,
  }))
  const alone = [...(uniqueStretches(column.minimap) ?? '').matchAll(/var\(--minimap-unique\) ([\d.e-]+)% ([\d.e-]+)%/g)].map(([, from, to]) => ({
    at: Number(from),
    line: `alone from ${rounded(from as string)}% for ${Math.round(Number(to) - Number(from))}%`,
  }))
  return [...shared, ...alone].sort((a, b) => a.at - b.at).map((b) => b.line)
}

describe('Minimap', () => {
  it('draws a block per shared stretch in its passage tint, and the lone ones muted, all as its background', () => {
    render(<Minimap column={column(flood.columns, 0)} numberOf={numberIn(flood)} onJump={() => {}} label="Map of report 1" />)
    const strip = screen.getByRole('navigation', { name: 'Map of report 1' })
    // The passages' ids: the blocks of report 1 are p1, p2 and p3, in that order.
    expect(column(flood.columns, 0).minimap.flatMap((b) => (b.passage === null ? [] : [b.passage]))).toEqual(['p1', 'p2', 'p3'])
    expect(blocks(column(flood.columns, 0))).toEqual([
      'alone from 0% for 7%',
      'tint-0 from 7% for 28%',
      'alone from 35% for 1%',
      'tint-5 from 36% for 27%',
      'alone from 62% for 1%',
      'tint-3 from 63% for 24%',
      'alone from 88% for 12%',
    ])
    // (The strip's style itself cannot be read back here: jsdom drops relative colours and max() it does not parse.)
    // One element in all: the button on the current block.
    expect([...strip.querySelectorAll('*')].map((el) => el.tagName)).toEqual(['BUTTON'])
  })

  it('places its button exactly at the current block\'s fractions of the text', () => {
    const { container } = render(<Minimap column={column(sample.columns, 1)} numberOf={numberIn(sample)} onJump={() => {}} label="Map of report 2" />)
    const drawn = [...container.querySelectorAll<HTMLElement>('.minimap-block')].map((b) => [b.style.top, b.style.height])
    const first = column(sample.columns, 1).minimap.find((b) => b.passage !== null)
    expect(drawn).toEqual([[`${(first?.from ?? 0) * 100}%`, `${((first?.to ?? 0) - (first?.from ?? 0)) * 100}%`]])
  })

  it('names its button for the current block\'s passage number and place', () => {
    render(<Minimap column={column(sample.columns, 2)} numberOf={numberIn(sample)} onJump={() => {}} label="Map of report 3" />)
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Passage 1, 89% down'])
  })

  it('is one Tab stop, and the arrow keys, Home and End move its button between the blocks, the focus with it', () => {
    render(<Minimap column={column(flood.columns, 0)} numberOf={numberIn(flood)} onJump={() => {}} label="Map of report 1" />)
    // Numbered as the passages panel lists them (most reports first, then longest), not by place in the text.
    const focused = (): string => `${document.activeElement?.getAttribute('aria-label')} (${document.activeElement?.getAttribute('aria-description')})`
    expect(screen.getAllByRole('button').map((b) => `${b.getAttribute('aria-label')} tabindex ${b.tabIndex}`)).toEqual(['Passage 1, 7% down tabindex 0'])
    const strip = screen.getByRole('navigation')
    ;(screen.getByRole('button') as HTMLElement).focus()
    fireEvent.keyDown(strip, { key: 'ArrowDown' })
    expect(focused()).toBe('Passage 4, 36% down (Block 2 of 3; the arrow keys move between them)')
    fireEvent.keyDown(strip, { key: 'End' })
    expect(focused()).toBe('Passage 3, 63% down (Block 3 of 3; the arrow keys move between them)')
    fireEvent.keyDown(strip, { key: 'ArrowDown' })
    expect(focused()).toBe('Passage 3, 63% down (Block 3 of 3; the arrow keys move between them)')
    fireEvent.keyDown(strip, { key: 'Home' })
    fireEvent.keyDown(strip, { key: 'ArrowUp' })
    expect(focused()).toBe('Passage 1, 7% down (Block 1 of 3; the arrow keys move between them)')
    fireEvent.keyDown(strip, { key: 'ArrowRight' })
    expect(screen.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual(['Passage 4, 36% down'])
  })

  it('jumps to the start of the current block when its button is pressed', () => {
    const onJump = vi.fn<(fraction: number) => void>()
    render(<Minimap column={column(flood.columns, 1)} numberOf={numberIn(flood)} onJump={onJump} label="Map of report 2" />)
    const strip = screen.getByRole('navigation')
    strip.getBoundingClientRect = () => DOMRect.fromRect({ x: 0, y: 100, width: 10, height: 200 })
    fireEvent.keyDown(strip, { key: 'ArrowDown' })
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
