// The find bar in happy-dom, over columns shaped like the comparison view's: keys, the count and where
// the current match is, closing with focus returned, and ranges mapped onto nested text nodes.
// happy-dom has no CSS.highlights, so this also shows find works without painting.

import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { useRef } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { useCommandSources } from '../../../../../src/renderer/src/ui/commands'
import { FindBar } from '../../../../../src/renderer/src/features/find'
import { RangeFinder } from '../../../../../src/renderer/src/features/find/matchRanges'
import { columnBodyMark, columnDom, paragraphMark } from '../../../../../src/renderer/src/features/comparison'

afterEach(cleanup)

const TEXTS = ['Rates rose.\n\nThe bank held rates.', 'No change here.', 'Rates, rates and RATES.']

/** Columns as the view renders them (marked by the comparison's columnDom): paragraphs with offsets, text split over spans in the first. */
function Columns() {
  return (
    <>
      <section data-doc={0}>
        <div {...columnBodyMark} tabIndex={0} aria-label="Report 1">
          <p {...paragraphMark} data-start={0} data-end={11}>
            <span data-passage="p1">Ra</span>tes rose.
          </p>
          <p {...paragraphMark} data-start={13} data-end={33}>
            The bank held <mark>ra</mark>
            <span>tes.</span>
          </p>
        </div>
      </section>
      <section data-doc={1}>
        <div {...columnBodyMark}>
          <p {...paragraphMark} data-start={0} data-end={15}>
            {TEXTS[1]}
          </p>
        </div>
      </section>
      <section data-doc={2}>
        <div {...columnBodyMark}>
          <p {...paragraphMark} data-start={0} data-end={23}>
            {TEXTS[2]}
          </p>
        </div>
      </section>
    </>
  )
}

/** The comparison's find bar inside the app, whose command sources turn Ctrl+F into the Find command. */
function View() {
  const ref = useRef<HTMLDivElement>(null)
  useCommandSources(() => {})
  return (
    <div>
      <FindBar texts={TEXTS} columnsRef={ref} dom={columnDom} />
      <div ref={ref}>
        <Columns />
      </div>
    </div>
  )
}

async function openAndType(query: string): Promise<HTMLInputElement> {
  fireEvent.keyDown(window, { key: 'f', ctrlKey: true })
  const input = (await screen.findByRole('searchbox', { name: 'Find in the reports' })) as HTMLInputElement
  await waitFor(() => expect(document.activeElement).toBe(input))
  fireEvent.change(input, { target: { value: query } })
  return input
}

const status = (): string => screen.getByRole('status').textContent ?? ''

describe('FindBar', () => {
  it('is hidden until Ctrl+F, which opens and focuses it and keeps the browser from its own find', async () => {
    render(<View />)
    expect(screen.queryByRole('search')).toBeNull()
    const event = new KeyboardEvent('keydown', { key: 'f', ctrlKey: true, cancelable: true })
    act(() => {
      window.dispatchEvent(event)
    })
    expect(event.defaultPrevented).toBe(true)
    const input = await screen.findByRole('searchbox', { name: 'Find in the reports' })
    await waitFor(() => expect(document.activeElement).toBe(input))
  })

  it('counts matches in every column and steps through them column by column', async () => {
    render(<View />)
    const input = await openAndType('rates')
    await waitFor(() => expect(status()).toBe('1 of 5 · report 1'))
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(status()).toBe('2 of 5 · report 1')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(status()).toBe('3 of 5 · report 3')
    fireEvent.keyDown(window, { key: 'F3' })
    expect(status()).toBe('4 of 5 · report 3')
    fireEvent.keyDown(window, { key: 'g', ctrlKey: true })
    expect(status()).toBe('5 of 5 · report 3')
    fireEvent.keyDown(input, { key: 'Enter' })
    expect(status()).toBe('1 of 5 · report 1')
    fireEvent.keyDown(input, { key: 'Enter', shiftKey: true })
    expect(status()).toBe('5 of 5 · report 3')
    fireEvent.keyDown(window, { key: 'F3', shiftKey: true })
    fireEvent.keyDown(window, { key: 'G', ctrlKey: true, shiftKey: true })
    expect(status()).toBe('3 of 5 · report 3')
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }))
    expect(status()).toBe('4 of 5 · report 3')
  })

  it('says when nothing matches', async () => {
    render(<View />)
    await openAndType('inflation')
    await waitFor(() => expect(status()).toBe('No matches'))
    expect(screen.getByRole('button', { name: 'Next match' })).toHaveProperty('disabled', true)
  })

  it('closes on Escape and gives the focus back', async () => {
    render(<View />)
    const body = screen.getByLabelText('Report 1')
    body.focus()
    const input = await openAndType('rates')
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByRole('search')).toBeNull()
    expect(document.activeElement).toBe(body)
  })

  it('gives the focus to the column of the match it showed when it was opened from nowhere (the page itself)', async () => {
    render(<View />)
    ;(document.activeElement as HTMLElement | null)?.blur()
    expect(document.activeElement).toBe(document.body)
    const input = await openAndType('rates')
    await waitFor(() => expect(status()).toMatch(/^1 of \d+ · report 1$/))
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }))
    await waitFor(() => expect(status()).toMatch(/^2 of \d+ · report (\d)$/))
    const doc = Number(/report (\d)$/.exec(status())?.[1]) - 1
    fireEvent.keyDown(input, { key: 'Escape' })
    expect(screen.queryByRole('search')).toBeNull()
    expect(document.activeElement).toBe(screen.getByLabelText(`Report ${doc + 1}`))
  })
})

describe('RangeFinder', () => {
  it('maps text offsets onto the text nodes of nested spans', () => {
    const { container } = render(<Columns />)
    const finder = new RangeFinder(container, columnDom)
    expect(finder.rangeOf({ doc: 0, start: 0, end: 5 })?.toString()).toBe('Rates')
    expect(finder.rangeOf({ doc: 0, start: 27, end: 32 })?.toString()).toBe('rates')
    expect(finder.rangeOf({ doc: 2, start: 17, end: 22 })?.toString()).toBe('RATES')
    expect(finder.rangeOf({ doc: 1, start: 40, end: 45 })).toBeNull()
  })
})
