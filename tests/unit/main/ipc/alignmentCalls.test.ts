// getAlignment and getQuoteLedger through the real dispatcher, on the sample library with main's alignment
// thread: opening a comparison begins its alignment, the answers are the engine's for the reports as they
// are now, named by their texts' hashes, a changed report gives a new alignment, and bad arguments are
// refused before any handler runs. Without a thread the calls answer that the window aligns itself.

import { describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/domain/errors'
import type { ComparisonWithArticles } from '../../../../src/shared/domain/comparison'
import type { MainAlignment, MainQuoteLedger } from '../../../../src/shared/ipc/contract'
import { alignDocuments } from '../../../../src/shared/alignment'
import { buildQuoteLedger } from '../../../../src/shared/quotes'
import { ALIGNMENT_THREAD } from '../../../bridge/server'
import { onSampleLibrary, type SampleLibrary } from './sampleLibrary'

async function call<T>(library: SampleLibrary, channel: string, input: unknown): Promise<T> {
  const result = (await library.services.dispatch(channel, input)) as Result<T>
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value
}

describe('the alignment calls, with main’s thread', () => {
  const library = onSampleLibrary('alignment-calls', { alignmentThread: ALIGNMENT_THREAD })

  it('begin aligning when the comparison is opened, and answer the engine’s alignment and ledger of its reports', async () => {
    const { id } = library.sample()
    const comparison = await call<ComparisonWithArticles>(library, 'getComparison', { id })
    const texts = comparison.articles.map((a) => a.text)
    const answer = await call<MainAlignment>(library, 'getAlignment', { comparisonId: id })
    // Asked after getComparison began the work: found under way (or done, on a fast machine).
    expect(['aligning', 'ready']).toContain(answer.found)
    expect(answer.textHashes).toEqual(comparison.articles.map((a) => a.textHash))
    expect(answer.alignment).toEqual(alignDocuments(texts))
    const ledger = await call<MainQuoteLedger>(library, 'getQuoteLedger', { comparisonId: id })
    expect(ledger.textHashes).toEqual(answer.textHashes)
    expect(ledger.ledger).toEqual(buildQuoteLedger(texts, answer.alignment))
    expect((await call<MainAlignment>(library, 'getAlignment', { comparisonId: id })).found).toBe('ready')
  })

  it('align a report again once its text has changed', async () => {
    const { id, articleIds } = library.sample()
    const before = await call<MainAlignment>(library, 'getAlignment', { comparisonId: id })
    await call(library, 'setCleanup', { id: articleIds[1], dropped: [0] })
    const comparison = await call<ComparisonWithArticles>(library, 'getComparison', { id })
    const after = await call<MainAlignment>(library, 'getAlignment', { comparisonId: id })
    expect(after.textHashes).not.toEqual(before.textHashes)
    expect(after.textHashes).toEqual(comparison.articles.map((a) => a.textHash))
    expect(after.alignment).toEqual(alignDocuments(comparison.articles.map((a) => a.text)))
    await call(library, 'setCleanup', { id: articleIds[1], dropped: [] })
  })

  it('refuse arguments that are not { comparisonId } before any work', async () => {
    for (const input of [undefined, {}, { comparisonId: '../library.json' }, { comparisonId: 7 }, { comparisonId: library.sample().id, texts: ['a'] }, 'x']) {
      for (const channel of ['getAlignment', 'getQuoteLedger']) {
        expect(await library.services.dispatch(channel, input)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
      }
    }
    expect(await library.services.dispatch('getAlignment', { comparisonId: 'no-such-comparison' })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })
})

describe('the alignment calls, without a thread in main', () => {
  const library = onSampleLibrary('alignment-calls-none')

  it('answer that the window aligns the reports itself', async () => {
    const answer = await library.services.dispatch('getAlignment', { comparisonId: library.sample().id })
    expect(answer).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringMatching(/aligns comparisons in its window/) } })
  })
})
