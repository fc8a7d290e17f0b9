// A comparison asked for before the view mounts (the window's first screen) is the view's first answer,
// taken once: a retry, or another comparison, asks the library again. Real services behind window.api.

import { describe, expect, it, vi } from 'vitest'
import { listComparisons } from '../../../../../src/main/storage/comparisons'
import { loadComparison, openComparisonEarly } from '../../../../../src/renderer/src/features/comparison/openComparison'
import { withServices } from '../../withServices'

const running = withServices()

function countRequests(): { count: () => number } {
  const original = window.api.getComparison
  let calls = 0
  window.api.getComparison = (input) => {
    calls++
    return original(input)
  }
  return { count: () => calls }
}

describe('opening a comparison early', () => {
  it('gives the view the answer asked for before it mounted, once', async () => {
    const sample = listComparisons(running.current.library.store)[0]
    if (!sample) throw new Error('no sample')
    const requests = countRequests()
    openComparisonEarly(sample.id)
    expect(requests.count()).toBe(1)
    const first = await loadComparison(sample.id)
    expect(requests.count()).toBe(1)
    expect(first.articles).toHaveLength(3)
    expect(first.articles[0]?.text).toContain('Kerry')
    // A retry asks again: the library may have changed since.
    const again = await loadComparison(sample.id)
    expect(requests.count()).toBe(2)
    expect(again.articles.map((a) => a.id)).toEqual(first.articles.map((a) => a.id))
  })

  it('asks afresh for another comparison than the one asked for early', async () => {
    const sample = listComparisons(running.current.library.store)[0]
    if (!sample) throw new Error('no sample')
    const requests = countRequests()
    openComparisonEarly('no-such-comparison')
    const loaded = await loadComparison(sample.id)
    expect(requests.count()).toBe(2)
    expect(loaded.id).toBe(sample.id)
  })

  it('hands the view the early failure to show, and raises nothing before then', async () => {
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    const original = window.api.getComparison
    let asked: Promise<unknown> = Promise.resolve()
    window.api.getComparison = (input) => {
      const answer = original(input)
      asked = answer
      return answer
    }
    try {
      openComparisonEarly('no-such-comparison')
      await asked.catch(() => {})
      // Unhandled rejections are reported after the microtasks that follow the failure have run.
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(unhandled).not.toHaveBeenCalled()
      await expect(loadComparison('no-such-comparison')).rejects.toThrow()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })
})
