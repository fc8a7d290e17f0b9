// The whole renderer shell in happy-dom, talking to the real main-process services (real lowdb files in
// a temp folder) through a window.api of the preload's shape; values are cloned as IPC would clone them.

import { act, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { App } from '../../../../src/renderer/src/app/App'
import { withServices } from '../withServices'
import { addComparison, listComparisons } from '../../../../src/main/storage/comparisons'

const running = withServices()

describe('App', () => {
  it('opens the newest comparison on start: the sample, as three columns', async () => {
    render(<App />)
    await waitFor(() => expect(document.querySelectorAll('[data-doc]')).toHaveLength(3))
    const id = listComparisons(running.current.library.store)[0]?.id
    expect(window.location.hash).toBe(`#/comparison/${id}`)
    expect(screen.getByRole('heading', { level: 1, name: 'Kerry in Moscow, May 2013' })).toBeTruthy()
    expect(screen.getByRole('button', { name: /Kerry in Moscow, May 2013/ }).getAttribute('aria-current')).toBe('page')
  })

  it('shows a readable message, without a pointless retry, for a comparison that does not exist', async () => {
    window.location.hash = '#/comparison/missing-id'
    render(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('That comparison is not in the library. It may have been deleted.')
    expect(alert.querySelector('button')).toBeNull()
  })

  it('says what is wrong when the main process cannot be reached', async () => {
    Reflect.deleteProperty(window, 'api')
    render(<App />)
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('Parallax cannot reach its main process')
  })

  it('follows the hash when the person opens another comparison', async () => {
    const sample = listComparisons(running.current.library.store)[0]
    const second = await addComparison(running.current.library.store, 'Two of three', sample?.articleIds.slice(0, 2) ?? [])
    render(<App />)
    await waitFor(() => expect(document.querySelectorAll('[data-doc]')).toHaveLength(2))
    act(() => {
      window.location.hash = `#/comparison/${sample?.id}`
      window.dispatchEvent(new HashChangeEvent('hashchange'))
    })
    await waitFor(() => expect(document.querySelectorAll('[data-doc]')).toHaveLength(3))
    expect(second.title).toBe('Two of three')
  })
})
