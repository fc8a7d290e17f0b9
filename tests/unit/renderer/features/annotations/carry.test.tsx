// Highlights made on an earlier version, in the rendered app (happy-dom) with the real main-process services
// on real files: the saved Ars Technica page imported, two highlights made, then a version with a reworded
// sentence, an added paragraph and a corrected quotation recorded. Neither highlight is drawn on the newest
// text; both are listed in Notes with their version's date, quote and note. "Carry to the newest version"
// places the corrected quotation's highlight in the column, with its new words, and keeps the other listed
// with the reason it could not be placed.

import { fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { parseInert } from '../../../../../src/reading/inertDocument'
import { readSource } from '../../../../../src/reading/source'
import { addArticle, getArticle } from '../../../../../src/main/storage/articles'
import { NOT_FOUND_REASON } from '../../../../../src/main/storage/carryHighlights'
import { addComparison } from '../../../../../src/main/storage/comparisons'
import { recordVersion } from '../../../../../src/main/storage/versions'
import { App } from '../../../../../src/renderer/src/app/App'
import { servedPages } from '../../../../e2e/changedPages'
import { withServices } from '../../withServices'

const running = withServices()
const URL_ = 'http://127.0.0.1/ars/minecraft-exploit'

function reading(html: string): { title: string; extracted: string; dropped: number[] } {
  const draft = readSource('page.html', 'html', html, parseInert)
  if (draft.kind === 'refusal') throw new Error(draft.reason)
  return { title: draft.details.title, extracted: draft.extracted, dropped: [...draft.dropped] }
}

async function comparisonWithAnEarlierVersion(): Promise<{ comparisonId: string; articleId: string; ids: Record<'quote' | 'rewritten', string> }> {
  const { store, highlights } = running.current.library
  const pages = await servedPages()
  const { article } = await addArticle(store, { ...reading(pages.first), byline: null, outlet: 'Ars Technica', url: URL_, publishedAt: null, tags: [], sourceFormat: 'html', fetched: { url: URL_, at: '2026-03-01T12:00:00.000Z' } })
  const other = await addArticle(store, { title: 'Minecraft servers at risk', extracted: 'A bug lets anyone crash Minecraft servers, a developer says.', byline: null, outlet: 'Wire', url: null, publishedAt: null, tags: [], sourceFormat: 'text' })
  const comparison = await addComparison(store, 'Minecraft exploit', [article.id, other.article.id])
  const text = (await getArticle(store, article.id)).text
  const highlight = async (quote: string, note: string): Promise<string> => {
    const start = text.indexOf(quote)
    return (await highlights.add({ comparisonId: comparison.id, articleId: article.id, start, end: start + quote.length, color: 'green', note })).id
  }
  const ids = { quote: await highlight('I thought a lot before writing this post,', 'Check the blog post.'), rewritten: await highlight('makes it easy for just about anyone', 'Who says it is easy?') }
  const { title, ...page } = reading(pages.quote)
  await recordVersion(store, { articleId: article.id, title, byline: null, ...page, fetched: { url: URL_, at: '2026-03-04T09:30:00.000Z' } }, 1)
  return { comparisonId: comparison.id, articleId: article.id, ids }
}

describe('highlights made on an earlier version', () => {
  it('are listed apart and not drawn; Carry places the one it finds and keeps the other listed with the reason', async () => {
    const { comparisonId, articleId, ids } = await comparisonWithAnEarlierVersion()
    window.location.hash = `#/comparison/${comparisonId}`
    render(<App />)
    await waitFor(() => expect(document.querySelectorAll('[data-doc] [data-paragraph]').length).toBeGreaterThan(0))
    fireEvent.click(screen.getByRole('tab', { name: /Notes/ }))
    const section = await screen.findByRole('region', { name: 'Made on an earlier version' })
    const date = new Date('2026-03-01T12:00:00.000Z').toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })
    const items = (): string[] => [...section.querySelectorAll('[data-earlier-highlight]')].map((li) => `${li.querySelector('.note-quote')?.textContent} | ${(li.querySelector('textarea') as HTMLTextAreaElement).value}${li.querySelector('[data-unplaced-reason]') ? ` | ${li.querySelector('[data-unplaced-reason]')?.textContent}` : ''}`)
    // In the order of their places in the text (made the other way round), as the Notes tab lists the rest.
    expect(items()).toEqual([
      `quote · made on the version of ${date}“makes it easy for just about anyone” | Who says it is easy?`,
      `quote · made on the version of ${date}“I thought a lot before writing this post,” | Check the blog post.`,
    ])
    expect(document.querySelectorAll('[data-doc] [data-highlight]')).toHaveLength(0)
    expect(document.querySelector('.notes-count')?.textContent).toBe('0 of 0 highlights, and 2 made on an earlier version')

    const carry = within(section).getByRole('button', { name: 'Carry to the newest version' })
    carry.focus()
    expect(document.activeElement).toBe(carry)
    fireEvent.click(carry)
    await waitFor(() => expect(items()).toEqual([`quote · made on the version of ${date}“makes it easy for just about anyone” | Who says it is easy? | Not carried: ${NOT_FOUND_REASON}`]))
    await waitFor(() => expect([...document.querySelectorAll('[data-doc] [data-highlight]')].map((m) => m.textContent).join('')).toBe('I thought long and hard before writing this post,'))
    expect(document.querySelector('.notes-count')?.textContent).toBe('1 of 1 highlights, and 1 made on an earlier version')

    const stored = new Map(running.current.library.highlights.list(comparisonId).map((h) => [h.id, h]))
    const newest = running.current.library.store.article(articleId)
    expect(stored.get(ids.quote)).toMatchObject({ versionHash: newest.extractedHash, note: 'Check the blog post.' })
    expect(stored.get(ids.rewritten)?.versionHash).toBe(newest.versions?.[0]?.extractedHash)

    // Deleting the last one takes its section, and the focused button, away: the focus goes to the count.
    const remove = within(section).getByRole('button', { name: /^Delete the earlier-version highlight/ })
    remove.focus()
    fireEvent.click(remove)
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Made on an earlier version' })).toBeNull())
    expect(document.activeElement).toBe(document.querySelector('.notes-count'))
    expect(document.activeElement?.textContent).toBe('1 of 1 highlights')
  })
})
