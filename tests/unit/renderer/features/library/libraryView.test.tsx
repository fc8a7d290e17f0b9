// The articles view in the rendered app (happy-dom) on the real services: the sample's reports listed,
// search, a delete that names what it touches and can be undone, editing details and undoing clean-up,
// and making a comparison of the selected articles.

import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../../../src/renderer/src/app/App'
import { withServices } from '../../withServices'
import { getArticle, listArticles } from '../../../../../src/main/storage/articles'
import { listComparisons } from '../../../../../src/main/storage/comparisons'

const running = withServices()

async function openLibrary(): Promise<void> {
  window.location.hash = '#/library'
  render(<App />)
  await waitFor(() => expect(document.querySelectorAll('.article-table tbody tr')).toHaveLength(3))
}

const rowOf = (title: RegExp): HTMLElement => {
  const row = [...document.querySelectorAll<HTMLElement>('.article-table tbody tr')].find((r) => title.test(r.textContent ?? ''))
  if (!row) throw new Error(`no row for ${title}`)
  return row
}

describe('the articles view', () => {
  it('lists the sample reports and finds one by a word of its text', async () => {
    await openLibrary()
    expect(screen.getByRole('heading', { level: 1, name: /^Articles/ }).textContent).toBe('Articles (3)')
    fireEvent.change(screen.getByRole('searchbox', { name: 'Search articles' }), { target: { value: 'Vnukovo' } })
    await waitFor(() => expect(document.querySelectorAll('.article-table tbody tr')).toHaveLength(1))
    expect(document.querySelector('.article-table tbody tr')?.textContent).toContain("Syria set to dominate talks between Kerry and Russia's Putin")
  })

  it('names the highlights and comparison a delete touches, deletes, and undoes it', async () => {
    const { library } = running.current
    const comparison = listComparisons(library.store)[0]
    const articleId = comparison?.articleIds[2] ?? ''
    const { text } = await getArticle(library.store, articleId)
    const start = text.indexOf('Vnukovo')
    await library.highlights.add({ comparisonId: comparison?.id ?? '', articleId, start, end: start + 7, color: 'yellow', note: 'kept' })
    await openLibrary()
    fireEvent.click(within(rowOf(/Syria set to dominate/)).getByRole('button', { name: /^Delete/ }))
    const dialog = await screen.findByRole('dialog', { name: /^Delete “Syria set to dominate/ })
    expect(dialog.textContent).toContain('Its 1 highlight and their notes will be deleted.')
    expect(dialog.textContent).toContain('It will leave the comparison “Kerry in Moscow, May 2013” (2 reports remain).')
    fireEvent.click(within(dialog).getByRole('button', { name: 'Delete' }))
    await waitFor(() => expect(listArticles(library.store)).toHaveLength(2))
    expect(listComparisons(library.store)[0]?.articleIds).toHaveLength(2)
    fireEvent.click(await screen.findByRole('button', { name: 'Undo' }))
    await waitFor(() => expect(listArticles(library.store)).toHaveLength(3))
    expect(listComparisons(library.store)[0]?.articleIds).toEqual(comparison?.articleIds)
    expect(library.highlights.list(comparison?.id ?? '')).toHaveLength(1)
    await waitFor(() => expect(document.querySelectorAll('.article-table tbody tr')).toHaveLength(3))
  })

  it('edits an article’s details and undoes its clean-up', async () => {
    const { library } = running.current
    await openLibrary()
    const before = listArticles(library.store).find((a) => a.title.startsWith('Syria set to dominate'))
    expect(before?.dropped.length).toBeGreaterThan(0)
    fireEvent.click(within(rowOf(/Syria set to dominate/)).getByRole('button', { name: /^Edit/ }))
    const dialog = await screen.findByRole('dialog', { name: /^Edit/ })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Outlet' }), { target: { value: 'Evening Wire' } })
    fireEvent.change(within(dialog).getByRole('textbox', { name: 'Tags' }), { target: { value: 'syria, moscow, Syria' } })
    await waitFor(() => expect(within(dialog).getAllByRole('checkbox').length).toBeGreaterThan(5))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep everything' }))
    await act(async () => {
      fireEvent.click(within(dialog).getByRole('button', { name: 'Save' }))
    })
    // Saved once the dialog closes: details first, then the clean-up.
    await waitFor(() => expect(screen.queryByRole('dialog', { name: /^Edit/ })).toBeNull())
    const after = listArticles(library.store).find((a) => a.id === before?.id)
    expect(after?.outlet).toBe('Evening Wire')
    expect(after?.tags).toEqual(['syria', 'moscow'])
    expect(after?.dropped).toEqual([])
    expect((await getArticle(library.store, before?.id ?? '')).text).toContain('Discuss as:')
  })

  it('compares the selected articles, in the order chosen, and refuses fewer than two', async () => {
    const { library } = running.current
    await openLibrary()
    const compare = screen.getByRole('button', { name: 'Compare selected' }) as HTMLButtonElement
    fireEvent.click(within(rowOf(/Syria set to dominate/)).getByRole('checkbox'))
    expect(compare.disabled).toBe(true)
    fireEvent.click(within(rowOf(/to Talk Boston Bombing/)).getByRole('checkbox'))
    expect(compare.disabled).toBe(false)
    fireEvent.change(screen.getByRole('textbox', { name: 'Title of the new comparison' }), { target: { value: 'Two of three' } })
    fireEvent.click(compare)
    await waitFor(() => expect(listComparisons(library.store).map((c) => c.title)).toContain('Two of three'))
    const made = listComparisons(library.store).find((c) => c.title === 'Two of three')
    expect(made?.articles.map((a) => a.title.slice(0, 20))).toEqual(['Syria set to dominat', 'Secretary of State J'])
    await waitFor(() => expect(window.location.hash).toBe(`#/comparison/${made?.id}`))
  })
})
