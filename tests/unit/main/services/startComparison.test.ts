// The comparison main begins aligning at start-up is the one the window will open on: the one opened last
// while it is still in the library, else the newest.

import { describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/domain/errors'
import type { ComparisonSummary } from '../../../../src/shared/domain/comparison'
import { startComparisonId } from '../../../../src/main/services/startComparison'
import { onSampleLibrary } from '../ipc/sampleLibrary'

describe('the start comparison', () => {
  const library = onSampleLibrary('start-comparison')

  it('is the newest until one is opened, then the one opened last', async () => {
    const { store } = library.services.library
    const sample = library.sample()
    expect(startComparisonId(store, library.services.recent)).toBe(sample.id)
    const made = (await library.services.dispatch('createComparison', { title: 'Two of them', articleIds: sample.articleIds.slice(0, 2) })) as Result<ComparisonSummary>
    if (!made.ok) throw new Error(made.error.message)
    // Made later, so the newest.
    expect(startComparisonId(store, library.services.recent)).toBe(made.value.id)
    expect(await library.services.dispatch('comparisonOpened', { id: sample.id })).toMatchObject({ ok: true })
    expect(startComparisonId(store, library.services.recent)).toBe(sample.id)
  })
})
