// Highlights and notes in the rendered app (happy-dom), saved by the real main-process services into real
// files: the selection toolbar and its keys, note edits and deletes with undo (button and Ctrl+Z), colour
// labels renamed in place, and annotations imported from a file (twice, without duplicates).

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Highlight } from '../../../../../src/shared/domain/highlight'
import { App } from '../../../../../src/renderer/src/app/App'
import { withServices } from '../../withServices'
import { getArticle } from '../../../../../src/main/storage/articles'
import { colorLabels } from '../../../../../src/main/storage/colorLabels'
import { listComparisons } from '../../../../../src/main/storage/comparisons'

const running = withServices()
const comparisonIdNow = (): string => listComparisons(running.current.library.store)[0]?.id ?? ''

const saved = (): Highlight[] => running.current.library.highlights.list(comparisonIdNow())

/** Selects `phrase` in one column's text, as the person would with the mouse or Shift+arrows. */
function select(doc: number, phrase: string): void {
  const body = document.querySelector(`[data-doc="${doc}"] .column-body`) as HTMLElement
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent?.indexOf(phrase) ?? -1
    if (at < 0) continue
    const range = document.createRange()
    range.setStart(node, at)
    range.setEnd(node, at + phrase.length)
    act(() => {
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
      document.dispatchEvent(new Event('selectionchange'))
    })
    return
  }
  throw new Error(`"${phrase}" is not in report ${doc + 1}`)
}

async function openSample(): Promise<void> {
  render(<App />)
  await waitFor(() => expect(document.querySelectorAll(`[data-doc] [data-passage]`).length).toBeGreaterThan(0))
}

const notesTab = (): HTMLElement => screen.getByRole('tab', { name: /Notes/ })

describe('the selection toolbar', () => {
  it('offers every colour by its label, and key 2 highlights the selection green', async () => {
    await openSample()
    select(2, "Moscow's Vnukovo Airport")
    const toolbar = await screen.findByRole('toolbar', { name: 'Highlight the selection' })
    expect(within(toolbar).getAllByRole('button').map((b) => b.textContent)).toEqual(['claim', 'quote', 'context', 'disputed', 'check', 'follow up', 'Note…'])
    fireEvent.keyDown(document.body, { key: '2' })
    await waitFor(() => expect(saved()).toHaveLength(1))
    expect(saved()[0]).toMatchObject({ color: 'green', note: '', passageId: null, anchor: { quote: { exact: "Moscow's Vnukovo Airport" } } })
    await waitFor(() => expect(document.querySelector('[data-doc="2"] mark[data-highlight]')?.textContent).toBe("Moscow's Vnukovo Airport"))
    expect(screen.queryByRole('toolbar', { name: 'Highlight the selection' })).toBeNull()
  })

  it('shows the toolbar for text selected before the colour labels arrived', async () => {
    let release: () => void = () => undefined
    const gate = new Promise<void>((resolve) => (release = resolve))
    const api = window.api
    Object.defineProperty(window, 'api', {
      value: { ...api, getColorLabels: async (input?: unknown) => (await gate, (api.getColorLabels as (i?: unknown) => Promise<unknown>)(input)) },
      configurable: true,
    })
    await openSample()
    select(2, "Moscow's Vnukovo Airport")
    expect(screen.queryByRole('toolbar', { name: 'Highlight the selection' })).toBeNull()
    release()
    expect(await screen.findByRole('toolbar', { name: 'Highlight the selection' })).toBeTruthy()
  })

  it('offers the whole shared passage inside one, and Escape closes it without highlighting', async () => {
    await openSample()
    select(1, 'behavior as proof')
    const toolbar = await screen.findByRole('toolbar', { name: 'Highlight the selection' })
    expect(within(toolbar).getByRole('button', { name: 'Whole passage' })).toBeTruthy()
    fireEvent.keyDown(document.body, { key: 'Escape' })
    await waitFor(() => expect(screen.queryByRole('toolbar', { name: 'Highlight the selection' })).toBeNull())
    expect(saved()).toEqual([])
  })

  it('N highlights and opens the note, focused, in the Notes tab', async () => {
    await openSample()
    select(0, 'Sergei Lavrov')
    await screen.findByRole('toolbar', { name: 'Highlight the selection' })
    fireEvent.keyDown(document.body, { key: 'n' })
    const note = await screen.findByRole('textbox', { name: 'Note' })
    await waitFor(() => expect(document.activeElement).toBe(note))
    expect(notesTab().getAttribute('aria-selected')).toBe('true')
    expect(saved()).toHaveLength(1)
  })
})

describe('the notes panel', () => {
  async function withOneHighlight(): Promise<Highlight> {
    const { articleIds } = listComparisons(running.current.library.store)[0] ?? { articleIds: [] }
    const article = await getArticle(running.current.library.store, articleIds[2] ?? '')
    const start = article.text.indexOf('Vnukovo')
    const added = await running.current.library.highlights.add({ comparisonId: comparisonIdNow(), articleId: article.id, start, end: start + 7, color: 'yellow', note: 'first' })
    await openSample()
    fireEvent.click(notesTab())
    await screen.findByRole('textbox', { name: 'Note' })
    return added
  }

  it('saves an edited note when the field is left, and undoes the edit with the button', async () => {
    const added = await withOneHighlight()
    const note = screen.getByRole('textbox', { name: 'Note' })
    fireEvent.change(note, { target: { value: 'first\nand a second line' } })
    fireEvent.blur(note)
    await waitFor(() => expect(saved()[0]?.note).toBe('first\nand a second line'))
    fireEvent.click(await screen.findByRole('button', { name: 'Undo note edit' }))
    await waitFor(() => expect(saved()[0]?.note).toBe('first'))
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement).value).toBe('first'))
    expect(saved()[0]?.id).toBe(added.id)
    expect(screen.queryByRole('button', { name: /^Undo/ })).toBeNull()
  })

  it('Escape in the note puts back what was saved, and nothing is written', async () => {
    await withOneHighlight()
    const note = screen.getByRole('textbox', { name: 'Note' }) as HTMLTextAreaElement
    fireEvent.change(note, { target: { value: 'typed by mistake' } })
    fireEvent.keyDown(note, { key: 'Escape' })
    expect(note.value).toBe('first')
    fireEvent.blur(note)
    expect(saved()[0]?.note).toBe('first')
  })

  it('deletes, and Ctrl+Z brings the highlight back with the same id, colour and note', async () => {
    const added = await withOneHighlight()
    fireEvent.click(screen.getByRole('button', { name: /^Delete the highlight/ }))
    await waitFor(() => expect(saved()).toEqual([]))
    await screen.findByRole('button', { name: 'Undo delete' })
    fireEvent.keyDown(window, { key: 'z', ctrlKey: true })
    await waitFor(() => expect(saved()).toHaveLength(1))
    expect(saved()[0]).toMatchObject({ id: added.id, color: 'yellow', note: 'first', anchor: added.anchor })
    await screen.findByRole('textbox', { name: 'Note' })
  })

  it('undoes a colour change, newest change first', async () => {
    await withOneHighlight()
    fireEvent.change(screen.getByRole('combobox', { name: 'Colour of this highlight' }), { target: { value: 'pink' } })
    await waitFor(() => expect(saved()[0]?.color).toBe('pink'))
    fireEvent.change(screen.getByRole('combobox', { name: 'Colour of this highlight' }), { target: { value: 'blue' } })
    await waitFor(() => expect(saved()[0]?.color).toBe('blue'))
    fireEvent.click(await screen.findByRole('button', { name: 'Undo colour change' }))
    await waitFor(() => expect(saved()[0]?.color).toBe('pink'))
    fireEvent.click(await screen.findByRole('button', { name: 'Undo colour change' }))
    await waitFor(() => expect(saved()[0]?.color).toBe('yellow'))
  })

  it('undoes two colour changes made straight after each other one at a time', async () => {
    await withOneHighlight()
    const colour = (): HTMLElement => screen.getByRole('combobox', { name: 'Colour of this highlight' })
    fireEvent.change(colour(), { target: { value: 'pink' } })
    fireEvent.change(colour(), { target: { value: 'blue' } })
    await waitFor(() => expect(saved()[0]?.color).toBe('blue'))
    fireEvent.click(await screen.findByRole('button', { name: 'Undo colour change' }))
    await waitFor(() => expect(saved()[0]?.color).toBe('pink'))
    fireEvent.click(await screen.findByRole('button', { name: 'Undo colour change' }))
    await waitFor(() => expect(saved()[0]?.color).toBe('yellow'))
  })

  it('filters by colour and searches quotes, notes and labels', async () => {
    await withOneHighlight()
    const status = (): string => screen.getByText(/highlights$/).textContent ?? ''
    expect(status()).toBe('1 of 1 highlights')
    fireEvent.change(screen.getByRole('combobox', { name: 'Show the highlights of one colour' }), { target: { value: 'green' } })
    expect(status()).toBe('0 of 1 highlights')
    fireEvent.change(screen.getByRole('combobox', { name: 'Show the highlights of one colour' }), { target: { value: 'all' } })
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search highlights and notes' }), { target: { value: 'VNUKOVO' } })
    expect(status()).toBe('1 of 1 highlights')
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search highlights and notes' }), { target: { value: 'claim' } })
    expect(status()).toBe('1 of 1 highlights')
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search highlights and notes' }), { target: { value: 'nowhere' } })
    expect(status()).toBe('0 of 1 highlights')
  })

  it('renames a colour label on Enter, everywhere it shows, and keeps the old one when the new one is empty', async () => {
    await withOneHighlight()
    const field = screen.getByRole('textbox', { name: 'Label of the yellow highlights' })
    fireEvent.change(field, { target: { value: '  needs a second source ' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    await waitFor(() => expect(colorLabels(running.current.library.store).yellow).toBe('needs a second source'))
    await waitFor(() => expect(screen.getByRole('combobox', { name: 'Colour of this highlight' }).querySelector('option[value="yellow"]')?.textContent).toBe('needs a second source'))

    const again = screen.getByRole('textbox', { name: 'Label of the yellow highlights' })
    fireEvent.change(again, { target: { value: '   ' } })
    fireEvent.blur(again)
    expect((await screen.findByRole('alert')).textContent).toBe('A label cannot be empty; the old one is kept.')
    expect((again as HTMLInputElement).value).toBe('needs a second source')
    expect(colorLabels(running.current.library.store).yellow).toBe('needs a second source')
  })

  it('imports an exported annotations file, and the same file again adds nothing', async () => {
    await withOneHighlight()
    const exported = await running.current.dispatch('exportNotes', { comparisonId: comparisonIdNow(), format: 'annotations' })
    if (!exported.ok) throw new Error(exported.error.message)
    const { text } = exported.value as { text: string }
    const [only] = saved()
    await running.current.library.highlights.delete(only?.id ?? '')
    const input = screen.getByLabelText('Annotations file to import') as HTMLInputElement
    const file = new File([text], 'notes.jsonld', { type: 'application/ld+json' })
    fireEvent.change(input, { target: { files: [file] } })
    await waitFor(() => expect(saved()).toHaveLength(1))
    expect(saved()[0]).toMatchObject({ note: 'first', color: 'yellow', anchor: only?.anchor })
    expect((await screen.findByText('Imported 1 highlight')).textContent).toBe('Imported 1 highlight')

    fireEvent.change(input, { target: { files: [file] } })
    await screen.findByText('Imported 0 highlights; 1 could not be used')
    expect(saved()).toHaveLength(1)
  })

  it('refuses an empty file in words, writing nothing', async () => {
    await withOneHighlight()
    const input = screen.getByLabelText('Annotations file to import') as HTMLInputElement
    fireEvent.change(input, { target: { files: [new File([], 'empty.json')] } })
    await screen.findByText('Could not import empty.json')
    expect(screen.getByText('The file is empty.')).toBeTruthy()
    expect(saved()).toHaveLength(1)
  })
})
