// Compare versions in happy-dom against the real main-process services (real lowdb files): an article
// fetched from a web address and two later versions of it (a number and a quotation corrected, a sentence
// added, then the headline changed). The summary says what changed between each version and the one
// before; the view shows the versions as read-only columns, oldest first; Escape and Back leave it; the
// print route lays out the Revisions section before the columns.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { App } from '../../../../../src/renderer/src/app/App'
import { VersionsView, loadVersions, revisionPairs } from '../../../../../src/renderer/src/features/revisions'
import { RevisionSummary } from '../../../../../src/renderer/src/features/revisions/RevisionSummary'
import { DEFAULT_PDF_OPTIONS, PRINT_READY_TITLE, printVersionsHash } from '../../../../../src/shared/domain/pdf'
import { withServices } from '../../withServices'

const running = withServices()

const URL_ = 'https://news.example/bridge'
const FIRST = 'Bridge to close for repairs'
const LATER = 'Bridge to close for two years'
const TEXTS = [
  'The council voted on Monday to close the bridge for two years of repairs.\n\n“We have no choice,” said Mayor Erin Cunningham. The works will cost 400 million dollars.',
  'The council voted on Monday to close the bridge for two years of repairs.\n\n“We had no other choice,” said Mayor Erin Cunningham. The works will cost 450 million dollars.\n\nResidents will be offered a free ferry across the river.',
]

async function call(name: string, input: unknown): Promise<unknown> {
  const answer = await running.current.dispatch(name as never, input)
  if (!answer.ok) throw new Error(answer.error.message)
  return answer.value
}

/** The article, fetched on 1 March, and its versions of 2 and 3 March; its id. */
async function fetchedWithVersions(): Promise<string> {
  const imported = (await call('importArticles', {
    items: [{ title: FIRST, outlet: 'City News', byline: null, url: URL_, publishedAt: null, tags: [], extracted: TEXTS[0], fetched: { url: URL_, at: '2026-03-01T12:00:00Z' } }],
  })) as { article: { id: string } }[]
  const articleId = imported[0]!.article.id
  await call('recordVersion', { articleId, title: FIRST, byline: null, extracted: TEXTS[1], fetched: { url: URL_, at: '2026-03-02T12:00:00Z' } })
  await call('recordVersion', { articleId, title: LATER, byline: null, extracted: TEXTS[1], fetched: { url: URL_, at: '2026-03-03T12:00:00Z' } })
  return articleId
}

describe('Compare versions', () => {
  it('summarises each version against the one before: the number, the quotation, the sentence added, then the headline', async () => {
    const id = await fetchedWithVersions()
    const { versions, columns } = await loadVersions(id)
    expect(columns.map((c) => c.title)).toEqual([FIRST, FIRST, LATER])
    const pairs = await revisionPairs(columns)
    expect(pairs.map((p) => [p.from, p.to])).toEqual([[0, 1], [1, 2]])
    render(<RevisionSummary pairs={pairs} versions={versions} />)
    const first = within(screen.getByRole('list', { name: 'Changes from version 1 to version 2' })).getAllByRole('listitem').map((li) => li.textContent)
    expect(first).toEqual([
      'Added: “Residents will be offered a free ferry across the river.”',
      'Quote of Erin Cunningham corrected: “We have no choice,” → “We had no other choice,”',
      'Numbers: 400 million → 450 million (dollars)',
      'Words: 13 added, 2 removed',
    ])
    expect(within(screen.getByRole('list', { name: 'Changes from version 2 to version 3' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      `Headline: “${FIRST}” → “${LATER}”`,
      'Words: 0 added, 0 removed',
    ])
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([expect.stringMatching(/^Version 1 → 2, fetched .*2026/), expect.stringMatching(/^Version 2 → 3, fetched .*2026/)])
  })

  it('shows the versions as read-only columns, oldest first, and Escape or Back leaves', async () => {
    const id = await fetchedWithVersions()
    const onBack = vi.fn()
    const exportDialog = vi.fn(() => null)
    render(<VersionsView id={id} onBack={onBack} exportDialog={exportDialog} />)
    const view = await screen.findByRole('article', { name: `Versions of “${LATER}”` })
    await waitFor(() => expect(view.querySelectorAll('[data-doc] [data-passage]').length).toBeGreaterThan(0))
    expect([...view.querySelectorAll('[data-doc] .column-title')].map((h) => h.textContent)).toEqual([FIRST, FIRST, LATER])
    for (const meta of view.querySelectorAll('[data-doc] .column-meta')) expect(meta.textContent).toMatch(/^City News, fetched /)
    // Named as versions, not as a comparison's reports.
    expect(screen.getByRole('group', { name: '3 versions side by side' })).toBeTruthy()
    expect([...view.querySelectorAll('[data-doc] .column-number')].map((n) => n.getAttribute('aria-label'))).toEqual(['Version 1 of 3', 'Version 2 of 3', 'Version 3 of 3'])
    expect(view.querySelector('[data-doc] .column-meta')?.textContent).toMatch(/found in other versions/)
    await screen.findByRole('list', { name: 'Changes from version 2 to version 3' })
    // Read only: no highlights drawn, no notes, no highlight toolbar, nothing that would store one.
    expect(view.querySelectorAll('[data-highlight], .hl').length).toBe(0)
    expect(screen.queryByRole('tab', { name: /^Notes/ })).toBeNull()
    expect(screen.queryByRole('toolbar', { name: 'Highlight the selection' })).toBeNull()
    expect(view.textContent).toContain('Read only')

    fireEvent.keyDown(view.querySelector('h1')!, { key: 'Escape' })
    expect(onBack).toHaveBeenCalledTimes(1)
    // Escape inside a dialog is the dialog's.
    fireEvent.click(screen.getByRole('button', { name: 'Export PDF…' }))
    expect(exportDialog).toHaveBeenCalledWith(expect.objectContaining({ versionsOf: id, reports: 3 }), undefined)
    fireEvent.click(screen.getByRole('button', { name: '← Back' }))
    expect(onBack).toHaveBeenCalledTimes(2)
  })

  it('says so for an article with one version, and names one that is not in the library', async () => {
    const imported = (await call('importArticles', {
      items: [{ title: FIRST, outlet: null, byline: null, url: URL_, publishedAt: null, tags: [], extracted: TEXTS[0], fetched: { url: URL_, at: '2026-03-01T12:00:00Z' } }],
    })) as { article: { id: string } }[]
    const onBack = vi.fn()
    const { unmount } = render(<VersionsView id={imported[0]!.article.id} onBack={onBack} exportDialog={() => null} />)
    expect((await screen.findByText(/^This article has one version/)).textContent).toBe('This article has one version: nothing has changed since it was fetched.')
    fireEvent.keyDown(document.body, { key: 'Escape' })
    expect(onBack).toHaveBeenCalledTimes(1)
    unmount()
    render(<VersionsView id="no-such-article" onBack={onBack} exportDialog={() => null} />)
    expect((await screen.findByRole('alert')).textContent).toContain('That article is not in the library')
  })

  it('opens at its own address, and its print view lays out the Revisions section before the columns', async () => {
    const id = await fetchedWithVersions()
    window.location.hash = `#/versions/${id}`
    const { unmount } = render(<App />)
    await screen.findByRole('article', { name: `Versions of “${LATER}”` })
    unmount()
    window.location.hash = printVersionsHash(id, DEFAULT_PDF_OPTIONS)
    document.title = 'Parallax'
    render(<App />)
    await waitFor(() => expect(document.title).toBe(PRINT_READY_TITLE))
    const revisions = screen.getByRole('region', { name: 'Revisions' })
    expect([...revisions.querySelectorAll('li')].map((li) => li.textContent)).toContain(`Headline: “${FIRST}” → “${LATER}”`)
    expect(revisions.compareDocumentPosition(document.querySelector('.print-columns')!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy()
    expect(document.documentElement.style.getPropertyValue('--print-title')).toBe(JSON.stringify(`Versions of “${LATER}”`))
  })
})
