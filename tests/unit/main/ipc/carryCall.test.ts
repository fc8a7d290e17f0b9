// carryHighlights through the dispatcher, as the renderer calls it, on the sample library: every wrong
// argument refused in words before any handler runs, the library's own refusals answered as data, and a call
// with nothing to carry answering so. The carry itself on real versions is tested in storage/carryHighlights.

import { describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/domain/errors'
import { onSampleLibrary } from './sampleLibrary'

const library = onSampleLibrary('carry-call')
const sample = library.sample
const refusal = async (input: unknown): Promise<{ code: string; message: string }> => {
  const result: Result<unknown> = await library.services.dispatch('carryHighlights', input)
  if (result.ok) throw new Error('accepted')
  return result.error
}
const PREFIX = 'Parallax rejected a request (carryHighlights) with an invalid argument: '

describe('carryHighlights', () => {
  it('refuses a wrong argument in words', async () => {
    const { id, articleIds } = sample()
    const articleId = articleIds[0] as string
    const shape = `${PREFIX}Expected an object of the form { comparisonId, articleId }: the comparison and the article whose highlights to carry.`
    expect(await refusal(undefined)).toEqual({ code: 'invalid-argument', message: shape })
    expect(await refusal('all')).toEqual({ code: 'invalid-argument', message: shape })
    expect(await refusal({ comparisonId: id })).toEqual({ code: 'invalid-argument', message: `${PREFIX}articleId: The id must be a string.` })
    expect(await refusal({ comparisonId: id, articleId: '' })).toEqual({ code: 'invalid-argument', message: `${PREFIX}articleId: The id must not be empty.` })
    expect(await refusal({ comparisonId: id, articleId: '../bodies' })).toEqual({ code: 'invalid-argument', message: `${PREFIX}articleId: The id may hold only letters, digits, "-" and "_".` })
    expect(await refusal({ comparisonId: id, articleId, all: true })).toEqual({ code: 'invalid-argument', message: shape })
  })

  it('answers the library’s refusals as data, and nothing to carry as empty lists', async () => {
    const { id, articleIds } = sample()
    expect(await refusal({ comparisonId: id, articleId: '00000000-0000-4000-8000-000000000000' })).toEqual({ code: 'invalid-argument', message: 'That article is not part of this comparison.' })
    expect(await refusal({ comparisonId: '00000000-0000-4000-8000-000000000000', articleId: articleIds[0] })).toEqual({
      code: 'not-found',
      message: 'That comparison is not in the library. It may have been deleted.',
    })
    await expect(library.services.dispatch('carryHighlights', { comparisonId: id, articleId: articleIds[0] })).resolves.toEqual({ ok: true, value: { carried: [], unplaced: [] } })
  })
})
