// Which reports show as columns, kept per comparison in the library on disk: saved as one change line,
// read back after the library is closed and opened again (and after library.json is rewritten), forgotten
// with null, refused when its order is not the comparison's reports, and carried through a report's delete
// and its undo. Libraries written before the choice existed open without one.

import { cp, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import { columnsToShow, type ColumnChoice } from '../../../../src/shared/domain/comparison'
import type { Library } from '../../../../src/main/storage/library'
import { addArticle } from '../../../../src/main/storage/articles'
import { createComparison, getComparison, listComparisons, setColumnChoice } from '../../../../src/main/storage/comparisons'
import { editSavedLibrary, readSavedLibrary } from './savedLibrary'
import { useTempLibraries } from './tempLibraries'

const temp = useTempLibraries('columns')
const fixtures = fileURLToPath(new URL('../../../fixtures/library', import.meta.url))

const report = (name: string): NewArticle => ({ title: `Report ${name}`, outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: `Report ${name} says the river rose.` })

async function fourReports(library: Library) {
  const ids: string[] = []
  for (const name of ['A', 'B', 'C', 'D']) ids.push((await addArticle(library.store, report(name))).article.id)
  const comparison = await createComparison(library.store, { title: 'Four', articleIds: ids })
  const [a, b, c, d] = ids as [string, string, string, string]
  return { a, b, c, d, id: comparison.id }
}

describe('the column choice of a comparison', () => {
  it('is kept on disk: read back after the library is opened again, and after library.json is rewritten', async () => {
    let library = await temp.open()
    const { a, b, c, d, id } = await fourReports(library)
    const choice: ColumnChoice = { order: [c, a, d, b], pinned: [a], hidden: [d] }
    await expect(setColumnChoice(library.store, { comparisonId: id, columns: choice })).resolves.toEqual(choice)
    // One line of the changes file: the comparison, put back in its place with its choice.
    const lines = (await readFile(join(temp.dir, 'library-changes.jsonl'), 'utf8')).trim().split('\n')
    expect(JSON.parse(lines.at(-1) as string)).toMatchObject({ comparisons: [{ at: 0, put: { id, columns: choice } }] })
    expect(Object.keys(JSON.parse(lines.at(-1) as string)).sort()).toEqual(['comparisons', 'seq'])

    library = await temp.open()
    expect((await getComparison(library.store, id)).columns).toEqual(choice)
    expect(listComparisons(library.store)[0]?.columns).toEqual(choice)
    // The comparison's own order is the order it was made in; the choice lies beside it.
    expect((await getComparison(library.store, id)).articleIds).toEqual([a, b, c, d])

    await library.close()
    await editSavedLibrary(temp.dir, () => undefined)
    expect((await readSavedLibrary(temp.dir))?.comparisons[0]?.columns).toEqual(choice)
    library = await temp.open()
    expect((await getComparison(library.store, id)).columns).toEqual(choice)
  })

  it('is forgotten with null: every report shows again, in the comparison order', async () => {
    let library = await temp.open()
    const { a, b, c, d, id } = await fourReports(library)
    await setColumnChoice(library.store, { comparisonId: id, columns: { order: [d, c, b, a], pinned: [], hidden: [b] } })
    await expect(setColumnChoice(library.store, { comparisonId: id, columns: null })).resolves.toBeNull()
    library = await temp.open()
    const comparison = await getComparison(library.store, id)
    expect('columns' in comparison).toBe(false)
    expect(columnsToShow(comparison.articleIds, comparison.columns).shown.map((s) => s.doc)).toEqual([0, 1, 2, 3])
  })

  it('is refused, and nothing saved, when its order is not exactly the comparison’s reports', async () => {
    const library = await temp.open()
    const { a, b, c, d, id } = await fourReports(library)
    const other = (await addArticle(library.store, report('E'))).article.id
    await expect(setColumnChoice(library.store, { comparisonId: id, columns: { order: [a, b, c, d, other], pinned: [], hidden: [] } })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'The column order names a report that is not in this comparison.',
    })
    await expect(setColumnChoice(library.store, { comparisonId: id, columns: { order: [a, b], pinned: [], hidden: [] } })).rejects.toMatchObject({
      code: 'invalid-argument',
      message: 'The column order leaves out 2 reports of this comparison.',
    })
    await expect(setColumnChoice(library.store, { comparisonId: 'no-such-comparison', columns: null })).rejects.toMatchObject({ code: 'not-found' })
    expect((await readSavedLibrary(temp.dir))?.comparisons.find((c) => c.id === id)?.columns).toBeUndefined()
  })

  it('keeps a deleted report’s place, so undoing the delete puts its column back where it was', async () => {
    const library = await temp.open()
    const { a, b, c, d, id } = await fourReports(library)
    await setColumnChoice(library.store, { comparisonId: id, columns: { order: [d, c, b, a], pinned: [c], hidden: [a] } })
    await library.deletions.delete(b)
    let comparison = await getComparison(library.store, id)
    expect(comparison.articleIds).toEqual([a, c, d])
    // Reports by their index in the comparison: a 0, c 1, d 2.
    expect(columnsToShow(comparison.articleIds, comparison.columns)).toEqual({ shown: [{ doc: 1, pinned: true }, { doc: 2, pinned: false }], hidden: [0] })
    await library.deletions.restore(b)
    comparison = await getComparison(library.store, id)
    expect(columnsToShow(comparison.articleIds, comparison.columns)).toEqual({
      shown: [
        { doc: 2, pinned: true },
        { doc: 3, pinned: false },
        { doc: 1, pinned: false },
      ],
      hidden: [0],
    })
  })
})

describe('a library written before columns could be chosen', () => {
  it('opens with no choice in its comparisons, and takes one', async () => {
    await cp(join(fixtures, 'v2'), temp.dir, { recursive: true })
    let library = await temp.open()
    const [comparison] = listComparisons(library.store)
    expect(comparison?.columns).toBeUndefined()
    const [first, second] = comparison?.articleIds as [string, string]
    await setColumnChoice(library.store, { comparisonId: comparison?.id as string, columns: { order: [second, first], pinned: [second], hidden: [] } })
    library = await temp.open()
    expect(listComparisons(library.store)[0]?.columns).toEqual({ order: [second, first], pinned: [second], hidden: [] })
  })
})
