// Checking at start, in happy-dom against the real main-process services (started without a network, so
// every fetch fails and is named): off by default, nothing is checked; turned on, every article fetched
// from a web address is checked once when the window opens, each failure is named, and nothing is stored.

import { render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { VersionChecksProvider } from '../../../../../src/renderer/src/features/versions'
import { listVersions } from '../../../../../src/main/storage/versions'
import { withServices } from '../../withServices'

const running = withServices()

async function importFetched(): Promise<string> {
  const answer = await running.current.dispatch('importArticles', {
    items: [
      {
        title: 'Bridge to close', outlet: null, byline: null, url: null, publishedAt: null, tags: [],
        extracted: 'The council voted on Monday to close the bridge for two years of repairs.',
        fetched: { url: 'https://news.example/bridge', at: '2026-03-01T12:00:00Z' },
      },
    ],
  })
  if (!answer.ok) throw new Error(answer.error.message)
  return (answer.value as { article: { id: string } }[])[0]!.article.id
}

describe('checking for changes at start', () => {
  it('checks nothing unless the person turned it on', async () => {
    await importFetched()
    // Watch the provider ask for the settings, and whether it then asks for the articles to check.
    const api = window.api as unknown as Record<string, (input?: unknown) => Promise<unknown>>
    const { getSettings, listArticles } = api
    let answered: () => void = () => undefined
    const settingsRead = new Promise<void>((done) => (answered = done))
    let listed = 0
    Object.defineProperty(window, 'api', {
      configurable: true,
      value: {
        ...api,
        getSettings: async () => {
          const answer = await getSettings!()
          answered()
          return answer
        },
        listArticles: async () => {
          listed++
          return listArticles!()
        },
      },
    })
    render(<VersionChecksProvider>{null}</VersionChecksProvider>)
    await settingsRead
    // The answer is handled in the task it arrives in; one task later, a check would have asked for the articles.
    await new Promise<void>((done) => setTimeout(done, 0))
    expect(listed).toBe(0)
    expect(screen.queryByRole('region', { name: /^Check for changes/ })).toBeNull()
  })

  it('checks every fetched article once when it is on, naming each failure and keeping the versions', async () => {
    const id = await importFetched()
    await running.current.settings.update({ checkAtStart: true })
    render(<VersionChecksProvider>{null}</VersionChecksProvider>)
    const panel = await screen.findByRole('region', { name: 'Check for changes: the library (at start)' })
    await waitFor(() => expect(panel.querySelector('[role="status"]')?.textContent).toBe('Done: 0 new versions, 0 unchanged, 1 failed.'))
    expect(panel.querySelector('li[data-outcome="failed"]')?.textContent).toBe(
      'Bridge to close: failed — The page could not be fetched (this copy of Parallax was started without a network). The stored versions are kept as they were.',
    )
    expect(listVersions(running.current.library.store, id)).toHaveLength(1)
  })
})
