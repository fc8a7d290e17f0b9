// The library sidebar in each of its states.

import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ComparisonSummary } from '../../../../../src/shared/domain/comparison'
import { ApiError } from '../../../../../src/renderer/src/api'
import { LibrarySidebar } from '../../../../../src/renderer/src/features/library'
import { ARTICLE_DEFAULTS } from '../../../articleDefaults'

afterEach(cleanup)

const summary = (id: string, title: string, words: number[]): ComparisonSummary => ({
  id,
  title,
  articleIds: words.map((_, i) => `${id}-${i}`),
  createdAt: '2026-01-01T00:00:00.000Z',
  articles: words.map((wordCount, i) => ({
    id: `${id}-${i}`,
    title: `Report ${i}`,
    ...ARTICLE_DEFAULTS,
    wordCount,
  })),
})

const noop = () => {}
const nav = { libraryOpen: false, onOpenLibrary: noop, onImport: noop }

describe('LibrarySidebar', () => {
  it('lists comparisons with their report and word counts, marks the open one, and opens on click', () => {
    const onOpen = vi.fn()
    render(
      <LibrarySidebar
        comparisons={{ status: 'done', value: [summary('a', 'Kerry in Moscow', [604, 482, 589]), summary('b', 'Budget vote', [900, 1200])] }}
        openId="b"
        onOpen={onOpen}
        onRetry={noop}
        onRestoreSample={noop}
        {...nav}
      />,
    )
    expect(screen.getAllByRole('button').map((b) => b.textContent).slice(0, 2)).toEqual(['ArticlesSearch, import, compare', 'Import…'])
    const items = within(screen.getByRole('list')).getAllByRole('button')
    expect(items.map((b) => b.textContent)).toEqual(['Kerry in Moscow3 reports · 1,675 words', 'Budget vote2 reports · 2,100 words'])
    expect(items[1]?.getAttribute('aria-current')).toBe('page')
    expect(items[0]?.getAttribute('aria-current')).toBeNull()
    fireEvent.click(items[0] as HTMLElement)
    expect(onOpen).toHaveBeenCalledWith('a')
  })

  it('offers the sample when the library is empty', () => {
    const onRestoreSample = vi.fn()
    render(<LibrarySidebar comparisons={{ status: 'done', value: [] }} openId={null} onOpen={noop} onRetry={noop} onRestoreSample={onRestoreSample} {...nav} />)
    expect(screen.getByText('Your library has no comparisons yet.')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: 'Add the sample comparison' }))
    expect(onRestoreSample).toHaveBeenCalledOnce()
  })

  it('shows progress while loading', () => {
    render(<LibrarySidebar comparisons={{ status: 'loading' }} openId={null} onOpen={noop} onRetry={noop} onRestoreSample={noop} {...nav} />)
    expect(screen.getByRole('status').textContent).toContain('Loading the library')
  })

  it('shows a storage failure in words with a way to try again', () => {
    const onRetry = vi.fn()
    const error = new ApiError('storage', 'Your library file could not be read (the file is empty). It has been left untouched at /data/library.json.')
    render(<LibrarySidebar comparisons={{ status: 'failed', error }} openId={null} onOpen={noop} onRetry={onRetry} onRestoreSample={noop} {...nav} />)
    const alert = screen.getByRole('alert')
    expect(alert.querySelector('h2')?.textContent).toBe('Your library could not be read or saved')
    expect(alert.textContent).toContain('left untouched at /data/library.json')
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(onRetry).toHaveBeenCalledOnce()
  })
})
