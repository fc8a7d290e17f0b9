// Web addresses in the import dialog, with the main process stood in for by a window.api whose fetchPage
// answers when the test says: Enter fetches every address typed, each is listed with where it stands until
// its page is read, a failure is named with its reason while the others still go in, and an address that
// is not a web address is refused at once without asking the main process.

import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ImportDialog } from '../../../../../src/renderer/src/features/import'
import type { PageFetch } from '../../../../../src/shared/ipc/contract'

const PAGE = 'Talks resume in the capital\n\nLawmakers returned on Monday to talks over the budget, with both parties saying they hoped to reach an agreement.\n'

/** The addresses asked for, each with the function that answers it. */
let asked: Map<string, (answer: PageFetch) => void>
/** The ticket each address was fetched under, and the tickets the dialog asked to stop. */
let tickets: Map<string, string>
let cancelled: string[]

beforeEach(() => {
  asked = new Map()
  tickets = new Map()
  cancelled = []
  const fetchPage = ({ address, ticket }: { address: string; ticket?: string }) => {
    if (ticket !== undefined) tickets.set(address, ticket)
    return new Promise((resolve) => asked.set(address, (answer: PageFetch) => resolve({ ok: true, value: answer })))
  }
  const cancelFetches = ({ tickets: stopped }: { tickets: string[] }) => {
    cancelled.push(...stopped)
    return Promise.resolve({ ok: true, value: { cancelled: stopped.length } })
  }
  Object.defineProperty(window, 'api', { value: { fetchPage, cancelFetches }, configurable: true })
})
afterEach(() => {
  cleanup()
  Reflect.deleteProperty(window, 'api')
})

const noop = (): void => {}
/** The line that says where an address stands, or undefined once it is read. */
const stateOf = (address: string): string | null | undefined => [...document.querySelectorAll('.import-fetches li')].find((li) => li.textContent?.startsWith(`${address} `))?.textContent

describe('fetching web addresses in the import dialog', () => {
  it('fetches every address with Enter, shows where each stands, and names a failure while the other goes in', async () => {
    render(<ImportDialog onClose={noop} onImported={noop} />)
    const field = screen.getByRole('textbox', { name: 'Or fetch web pages by address' })
    field.focus()
    fireEvent.change(field, { target: { value: 'news.example/story\n  https://news.example/missing  file:///etc/passwd' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    expect((field as HTMLTextAreaElement).value).toBe('')
    expect(document.activeElement).toBe(field)
    await waitFor(() => expect([...asked.keys()]).toEqual(['https://news.example/story', 'https://news.example/missing']))
    expect(stateOf('https://news.example/story')).toBe('https://news.example/story Fetching…')
    expect(stateOf('https://news.example/missing')).toBe('https://news.example/missing Fetching…')

    asked.get('https://news.example/missing')?.({ status: 'failed', problem: 'http-status', message: 'The site has no page at this address (404 Not Found).' })
    await waitFor(() => expect(stateOf('https://news.example/missing')).toBe('https://news.example/missing Fetched; waiting to be read'))
    asked.get('https://news.example/story')?.({
      status: 'fetched',
      page: { finalUrl: 'https://news.example/2026/story.txt', fetchedAt: '2026-03-01T12:00:00.000Z', contentType: 'text/plain', charset: 'utf-8', bytes: new TextEncoder().encode(PAGE) },
    })
    await waitFor(() => expect(screen.queryByRole('list', { name: 'Web pages on their way' })).toBeNull())
    const refusals = document.querySelectorAll('.import-refusal')
    // In the order typed: the page is read first (the others wait their turn behind it).
    expect([...refusals].map((r) => r.textContent)).toEqual([
      'https://news.example/missing cannot be imported: The site has no page at this address (404 Not Found).Dismiss',
      'file:///etc/passwd cannot be imported: Parallax fetches only web addresses (http:// or https://), not “file:” addresses. To import a file, choose it with Choose files… or drop it here.Dismiss',
    ])
    const draft = screen.getByRole('region', { name: /https:\/\/news\.example\/story/ })
    expect((within(draft).getByRole('textbox', { name: 'Title of https://news.example/story' }) as HTMLInputElement).value).toBe('Talks resume in the capital')
    expect((within(draft).getByRole('textbox', { name: 'URL of https://news.example/story' }) as HTMLInputElement).value).toBe('https://news.example/2026/story.txt')
    // A page that names no site of its own has the host it was fetched from for its outlet.
    expect((within(draft).getByRole('textbox', { name: 'Outlet of https://news.example/story' }) as HTMLInputElement).value).toBe('news.example')
    expect(screen.getByRole('button', { name: 'Import 1 article' })).toBeTruthy()
  })

  it('fetches a link dropped on the dialog, the address of a text/uri-list without its comment lines', async () => {
    render(<ImportDialog onClose={noop} onImported={noop} />)
    const dialog = screen.getByRole('dialog', { name: 'Import articles' })
    const links: Record<string, string> = { 'text/uri-list': '# dragged from a browser\r\nhttps://news.example/dropped\r\n' }
    fireEvent.drop(dialog, { dataTransfer: { files: [], getData: (type: string) => links[type] ?? '' } })
    await waitFor(() => expect([...asked.keys()]).toEqual(['https://news.example/dropped']))
  })

  it('asks the main process to stop the fetches still running when the reading is stopped', async () => {
    render(<ImportDialog onClose={noop} onImported={noop} />)
    const field = screen.getByRole('textbox', { name: 'Or fetch web pages by address' })
    fireEvent.change(field, { target: { value: 'https://news.example/a https://news.example/b' } })
    fireEvent.keyDown(field, { key: 'Enter' })
    await waitFor(() => expect([...tickets.keys()]).toEqual(['https://news.example/a', 'https://news.example/b']))
    expect(screen.getByRole('status').textContent).toBe('Reading 1 of 2 web pages…')
    expect(screen.getByRole('progressbar', { name: 'Reading web pages' })).toBeTruthy()
    // One page arrives; the other is still on its way when the person stops.
    asked.get('https://news.example/a')?.({ status: 'failed', problem: 'http-status', message: 'The site has no page at this address (404 Not Found).' })
    await waitFor(() => expect(stateOf('https://news.example/a')).toBeUndefined())
    fireEvent.click(screen.getByRole('button', { name: 'Stop reading' }))
    expect(cancelled).toEqual([tickets.get('https://news.example/b')])
    expect(new Set(tickets.values()).size).toBe(2)
  })
})
