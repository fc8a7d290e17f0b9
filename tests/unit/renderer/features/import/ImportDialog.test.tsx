// The import dialog where no worker can start (happy-dom has none): files are still read one after
// another with "Reading 1 of 2 files…" and a bar, each appears in the preview as it is read, a read can be
// stopped (what was read stays, the rest is not read), and a long text lists its blocks a page at a time.

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { ImportDialog } from '../../../../../src/renderer/src/features/import'
import { BLOCKS_SHOWN } from '../../../../../src/renderer/src/features/import/BlockChoices'

const report = (title: string, paragraphs: number): string =>
  [title, '', ...Array.from({ length: paragraphs }, (_, i) => `Paragraph ${i + 1} of the report says that the council voted on Thursday to add two ferry crossings each day.`)].join('\n')

const file = (name: string, text: string): File => new File([text], name, { type: 'text/plain' })

const noop = (): void => {}

describe('the import dialog without a worker', () => {
  afterEach(cleanup)

  it('reads files one after another, with progress, and lists each as it is read', async () => {
    render(<ImportDialog initialFiles={[file('ferry.txt', report('Ferry timetable changes on Monday', 3)), file('bus.md', '# Bus routes restored\n\nSunday buses return to six villages from May.\n')]} onClose={noop} onImported={noop} />)
    expect(screen.getByRole('status').textContent).toBe('Reading 1 of 2 files…')
    expect(screen.getByRole('progressbar', { name: 'Reading files' })).toBeTruthy()
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import 2 articles' }).hasAttribute('disabled')).toBe(false))
    expect(screen.queryByRole('progressbar', { name: 'Reading files' })).toBeNull()
    expect(screen.getByRole('textbox', { name: 'Title of ferry.txt' })).toHaveProperty('value', 'Ferry timetable changes on Monday')
    expect(screen.getByRole('textbox', { name: 'Title of bus.md' })).toHaveProperty('value', 'Bus routes restored')
  })

  it('stops reading when asked: the file under way and those after it are not read, and reading again works', async () => {
    render(<ImportDialog initialFiles={[file('a.txt', report('First report on the ferries', 2)), file('b.txt', report('Second report on the ferries', 2)), file('c.txt', report('Third report on the ferries', 2))]} onClose={noop} onImported={noop} />)
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }))
    expect(screen.getByRole('status').textContent).toBe('Stopped reading: 3 files were not read.')
    const input = screen.getByLabelText('Files to import') as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [file('d.txt', report('Fourth report on the ferries', 2))], configurable: true })
    fireEvent.change(input)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import 1 article' }).hasAttribute('disabled')).toBe(false))
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(['d.txt'])
  })

  it(`lists a long text's blocks ${BLOCKS_SHOWN} at a time`, async () => {
    render(<ImportDialog initialFiles={[file('long.txt', report('A very long report on the ferries', 1200))]} onClose={noop} onImported={noop} />)
    await waitFor(() => expect(screen.getByRole('button', { name: 'Import 1 article' }).hasAttribute('disabled')).toBe(false))
    const draft = screen.getByRole('region', { name: 'long.txt' })
    // Its headline, the title, is not kept again as the first paragraph.
    expect(within(draft).getByText('text · 1200 of 1201 blocks kept')).toBeTruthy()
    expect(within(draft).getAllByRole('checkbox')).toHaveLength(BLOCKS_SHOWN)
    fireEvent.click(within(draft).getByRole('button', { name: `Show ${BLOCKS_SHOWN} more blocks (${1201 - BLOCKS_SHOWN} not shown)` }))
    expect(within(draft).getAllByRole('checkbox')).toHaveLength(2 * BLOCKS_SHOWN)
    fireEvent.click(within(draft).getByRole('checkbox', { name: `Keep block ${BLOCKS_SHOWN + 1} of long.txt` }))
    expect(within(draft).getByText('text · 1199 of 1201 blocks kept')).toBeTruthy()
  })
})
