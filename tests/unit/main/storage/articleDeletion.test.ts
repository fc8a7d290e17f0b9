// Deleting an article and undoing it, on real folders: what the delete touches (comparisons, highlights),
// that undo brings back exactly that, once, and that making a comparison refuses reports no longer there
// (what the createComparison schema refuses is tested through the dispatcher, in ipc/articleCalls.test.ts).

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArticleMeta, NewArticle } from '../../../../src/shared/domain/article'
import type { Highlight } from '../../../../src/shared/domain/highlight'
import { type Library } from '../../../../src/main/storage/library'
import { useTempLibraries } from './tempLibraries'
import { addArticle, getArticle, listArticles, searchArticles } from '../../../../src/main/storage/articles'
import { comparisonSummary, createComparison, listComparisons } from '../../../../src/main/storage/comparisons'

const temp = useTempLibraries('delete')
const open = temp.open


const report = (title: string, text: string): NewArticle => ({ title, outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })

/** Four reports; "Pair" holds A and B, "All" holds A, B, C and D in that order. Each has a highlight on A. */
async function fixture(library: Library) {
  const ids: string[] = []
  for (const name of ['A', 'B', 'C', 'D']) {
    ids.push((await addArticle(library.store, report(`Report ${name}`, `Report ${name} says the river rose overnight.`))).article.id)
  }
  const [a, b, c, d] = ids as [string, string, string, string]
  const pair = await createComparison(library.store, { title: 'Pair', articleIds: [a, b] })
  const all = await createComparison(library.store, { title: 'All', articleIds: [a, b, c, d] })
  const mark = (comparisonId: string, articleId: string, note: string): Promise<Highlight> =>
    library.highlights.add({ comparisonId, articleId, start: 9, end: 13, color: 'pink', note })
  const highlights = [await mark(pair.id, a, 'on A in Pair'), await mark(pair.id, b, 'on B in Pair'), await mark(all.id, a, 'on A in All'), await mark(all.id, c, 'on C in All')]
  return { a, b, c, d, pair, all, highlights }
}

async function state(library: Library) {
  return {
    articles: listArticles(library.store),
    comparisons: listComparisons(library.store),
    highlights: Object.fromEntries(listComparisons(library.store).map((c) => [c.title, library.highlights.list(c.id)])),
  }
}

describe('deleteArticle', () => {
  it('says first what a delete would touch', async () => {
    const library = await open()
    const { a, d, pair, all } = await fixture(library)
    const usage = library.deletions.usage(a)
    expect(usage.article.id).toBe(a)
    expect(usage.highlights).toBe(2)
    expect(usage.comparisons).toEqual([
      { id: pair.id, title: 'Pair', reports: 2 },
      { id: all.id, title: 'All', reports: 4 },
    ])
    expect(library.deletions.usage(d)).toMatchObject({ highlights: 0, comparisons: [{ id: all.id, title: 'All', reports: 4 }] })
    expect(() => library.deletions.usage('no-such-article')).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('takes the article out of every comparison, removes one left with one report, and removes the highlights that were on them', async () => {
    const library = await open()
    const { a, b, c, d, pair, all, highlights } = await fixture(library)
    const usage = await library.deletions.delete(a)
    expect(usage.highlights).toBe(2)
    expect(listArticles(library.store).map((x) => x.id)).toEqual([d, c, b])
    expect(listComparisons(library.store).map((x) => [x.title, x.articleIds])).toEqual([['All', [b, c, d]]])
    expect(library.store.findComparison(pair.id)).toBeUndefined()
    expect(library.highlights.list(all.id)).toEqual([highlights[3]])
    await expect(getArticle(library.store, a)).rejects.toMatchObject({ code: 'not-found' })

    const reopened = await open()
    expect(await state(reopened)).toEqual(await state(library))
    const journal = await readFile(join(temp.dir, 'highlights.jsonl'), 'utf8')
    expect(journal.trim().split('\n').slice(-3).map((line) => Object.keys(JSON.parse(line))[0])).toEqual(['remove', 'remove', 'remove'])
  })

  it('keeps the bodies: they are named by their text and may be shared', async () => {
    const library = await open()
    const { a } = await fixture(library)
    const bodies = await readdir(join(temp.dir, 'bodies'))
    await library.deletions.delete(a)
    expect(await readdir(join(temp.dir, 'bodies'))).toEqual(bodies)
  })

  it('is undone by restoreArticle exactly: article, places in comparisons, removed comparison, highlights', async () => {
    const library = await open()
    const { a, c } = await fixture(library)
    const before = await state(library)
    await library.deletions.delete(c)
    await library.deletions.delete(a)
    expect(listComparisons(library.store).map((x) => x.title)).toEqual(['All'])

    const restored = await library.deletions.restore(a)
    expect(restored).toEqual(before.articles.find((x: ArticleMeta) => x.id === a))
    await library.deletions.restore(c)
    expect(await state(library)).toEqual(before)
    const reopened = await open()
    expect(await state(reopened)).toEqual(before)
  })

  it('can be undone only once, and only in the session it was made', async () => {
    const library = await open()
    const { a, b } = await fixture(library)
    await library.deletions.delete(a)
    await library.deletions.restore(a)
    await expect(library.deletions.restore(a)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('can no longer be brought back') })
    await expect(library.deletions.restore(b)).rejects.toMatchObject({ code: 'not-found' })
    await library.deletions.delete(b)
    const later = await open()
    await expect(later.deletions.restore(b)).rejects.toMatchObject({ code: 'not-found' })
    await expect(library.deletions.delete(b)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('brings back a removed comparison only with reports still in the library', async () => {
    const library = await open()
    const { a, b, pair } = await fixture(library)
    await library.deletions.delete(a)
    await library.deletions.delete(b)
    await library.deletions.restore(a)
    expect(library.store.findComparison(pair.id)).toBeUndefined()
    await library.deletions.restore(b)
    expect(library.store.findComparison(pair.id)).toBeUndefined()
    expect(listComparisons(library.store).map((x) => [x.title, x.articleIds.length])).toEqual([['All', 4]])
  })

  it('leaves an article deleted when the highlight journal cannot be written, its highlights unlisted', async () => {
    const library = await open()
    const { a, all } = await fixture(library)
    const journal = (library as unknown as { store: { journal: { removeAll: () => Promise<void> } } }).store.journal
    journal.removeAll = () => Promise.reject(new Error('EIO: i/o error'))
    await library.deletions.delete(a)
    expect(listArticles(library.store).map((x) => x.id)).not.toContain(a)
    expect(library.highlights.list(all.id).map((h) => h.articleId)).not.toContain(a)
    await library.deletions.restore(a)
    expect(library.highlights.list(all.id).map((h) => h.note)).toEqual(['on A in All', 'on C in All'])
  })
})

describe('search after delete and restore', () => {
  it('no longer finds a deleted article, and finds it again once restored', async () => {
    const library = await open()
    const { a } = await fixture(library)
    expect((await searchArticles(library.store, 'report a')).map((x) => x.id)).toEqual([a])
    await library.deletions.delete(a)
    expect(await searchArticles(library.store, 'report a')).toEqual([])
    await library.deletions.restore(a)
    expect((await searchArticles(library.store, 'report a')).map((x) => x.id)).toEqual([a])
  })
})

describe('createComparison', () => {
  it('makes a comparison of the reports in the order given', async () => {
    const library = await open()
    const { a, b, c } = await fixture(library)
    const made = await createComparison(library.store, { title: 'River', articleIds: [c, a, b] })
    expect(made).toMatchObject({ title: 'River', articleIds: [c, a, b] })
    expect(made.articles.map((x) => x.title)).toEqual(['Report C', 'Report A', 'Report B'])
    const reopened = await open()
    expect(comparisonSummary(reopened.store, made.id)).toEqual(made)
  })

  it.each<[string, (ids: string[]) => string[], RegExp]>([
    ['a report not in the library', (ids) => [ids[0]!, 'no-such-article'], /One of the chosen reports is no longer in the library/],
    ['two reports not in the library', (ids) => [ids[0]!, 'gone-1', 'gone-2'], /2 of the chosen reports are no longer in the library/],
  ])('refuses %s in words, writing nothing', async (_label, pick, message) => {
    const library = await open()
    const { a, b, c, d } = await fixture(library)
    const before = await readFile(join(temp.dir, 'library.json'))
    await expect(createComparison(library.store, { title: 'Gone', articleIds: pick([a, b, c, d]) })).rejects.toMatchObject({ code: 'not-found', message: expect.stringMatching(message) })
    expect(await readFile(join(temp.dir, 'library.json'))).toEqual(before)
  })
})
