// setColumnChoice through the dispatcher, as the renderer calls it: a choice kept and read back with the
// comparison, and every wrong argument refused in words, before or by the library, with nothing saved.

import { describe, expect, it } from 'vitest'
import type { ComparisonWithArticles } from '../../../../src/shared/domain/comparison'
import type { Result } from '../../../../src/shared/domain/errors'
import { onSampleLibrary } from './sampleLibrary'

const library = onSampleLibrary('column-choice')
const sample = library.sample
const refusal = async (input: unknown): Promise<string> => {
  const result: Result<unknown> = await library.services.dispatch('setColumnChoice', input)
  if (result.ok) throw new Error('accepted')
  expect(result.error.code).toBe('invalid-argument')
  return result.error.message
}

describe('setColumnChoice', () => {
  it('keeps the choice, which the comparison carries when opened', async () => {
    const { id, articleIds } = sample()
    const [a, b, c] = articleIds as [string, string, string]
    const columns = { order: [c, b, a], pinned: [b], hidden: [a] }
    await expect(library.services.dispatch('setColumnChoice', { comparisonId: id, columns })).resolves.toEqual({ ok: true, value: columns })
    const opened = await library.services.dispatch('getComparison', { id })
    expect(opened.ok && (opened.value as ComparisonWithArticles).columns).toEqual(columns)
    await expect(library.services.dispatch('setColumnChoice', { comparisonId: id, columns: null })).resolves.toEqual({ ok: true, value: null })
  })

  it('refuses a wrong argument in words, and saves nothing', async () => {
    const { id, articleIds } = sample()
    const [a, b, c] = articleIds as [string, string, string]
    const choice = (columns: unknown) => ({ comparisonId: id, columns })
    const prefix = 'Parallax rejected a request (setColumnChoice) with an invalid argument: '
    expect(await refusal(undefined)).toBe(`${prefix}Expected an object of the form { comparisonId, columns }.`)
    expect(await refusal({ comparisonId: id })).toMatch(/^Parallax rejected a request \(setColumnChoice\) with an invalid argument: columns: /)
    expect(await refusal(choice({ order: 'all', pinned: [], hidden: [] }))).toBe(`${prefix}columns.order: The column order must be a list of article ids.`)
    expect(await refusal(choice([a, b, c]))).toBe(`${prefix}columns: The columns must be given as { order, pinned, hidden }.`)
    expect(await refusal(choice({ order: [a, b, c], pinned: [], hidden: [], width: 3 }))).toBe(`${prefix}columns: The columns must be given as { order, pinned, hidden }.`)
    expect(await refusal(choice({ order: [a, a, b, c], pinned: [], hidden: [] }))).toBe(`${prefix}columns.order: A report appears more than once in the column order.`)
    expect(await refusal(choice({ order: [a, b, c], pinned: ['not in it'], hidden: [] }))).toBe(`${prefix}columns.pinned.0: The id may hold only letters, digits, "-" and "_"; columns.pinned: A pinned column must be one of the ordered reports.`)
    expect(await refusal(choice({ order: [a, b], pinned: [c], hidden: [] }))).toBe(`${prefix}columns.pinned: A pinned column must be one of the ordered reports.`)
    expect(await refusal(choice({ order: [a, b, c], pinned: [a], hidden: [a] }))).toBe(`${prefix}columns.hidden: A column cannot be both pinned and hidden.`)
    expect(await refusal(choice({ order: [a, b, c], pinned: [], hidden: [a, b, c] }))).toBe(`${prefix}columns.hidden: At least one report must stay shown as a column.`)
    const many = Array.from({ length: 51 }, (_, i) => `report-${i}`)
    expect(await refusal(choice({ order: many, pinned: [], hidden: [] }))).toBe(`${prefix}columns.order: A comparison holds at most 50 reports.`)
    expect(await refusal(choice({ order: many.slice(0, 4), pinned: many.slice(0, 4), hidden: [] }))).toBe(`${prefix}columns.pinned: At most 3 columns can be pinned.`)
    // What only the library knows: the order must be this comparison's reports.
    expect(await refusal(choice({ order: [a, b], pinned: [], hidden: [] }))).toBe('The column order leaves out a report of this comparison.')
    expect(await refusal(choice({ order: [a, b, c, 'elsewhere'], pinned: [], hidden: [] }))).toBe('The column order names a report that is not in this comparison.')
    expect(sample().columns).toBeUndefined()
  })
})
