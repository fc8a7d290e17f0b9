// Deleting an article and undoing it, on real folders: what the delete touches (comparisons, highlights),
// that undo brings back exactly that, once, and that making a comparison refuses what it cannot hold.

import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { ArticleMeta, NewArticle } from '../../../../src/shared/domain/article'
import type { Highlight } from '../../../../src/shared/domain/highlight'
import { type Library } from '../../../../src/main/storage/library'
import { useTempLibraries } from './tempLibraries'

const temp = useTempLibraries('delete')
const open = temp.open


const report = (title: string, text: string): NewArticle => ({ title, outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })

/** Four reports; "Pair" holds A and B, "All" holds A, B, C and D in that order. Each has a highlight on A. */
async function fixture(library: Library) {
  const ids: string[] = []
  for (const name of ['A', 'B', 'C', 'D']) {
    ids.push((await library.addArticle(report(`Report ${name}`, `Report ${name} says the river rose overnight.`))).article.id)
  }
  const [a, b, c, d] = ids as [string, string, string, string]
  const pair = await library.createComparison('Pair', [a, b])
  const all = await library.createComparison('All', [a, b, c, d])
  const mark = (comparisonId: string, articleId: string, note: string): Promise<Highlight> =>
    library.addHighlight({ comparisonId, articleId, start: 9, end: 13, color: 'pink', note })
  const highlights = [await mark(pair.id, a, 'on A in Pair'), await mark(pair.id, b, 'on B in Pair'), await mark(all.id, a, 'on A in All'), await mark(all.id, c, 'on C in All')]
  return { a, b, c, d, pair, all, highlights }
}

async function state(library: Library) {
  return {
    articles: library.listArticles(),
    comparisons: library.listComparisons(),
    highlights: Object.fromEntries(library.listComparisons().map((c) => [c.title, library.listHighlights(c.id)])),
  }
}

describe('deleteArticle', () => {
  it('says first what a delete would touch', async () => {
    const library = await open()
    const { a, d, pair, all } = await fixture(library)
    const usage = library.articleUsage(a)
    expect(usage.article.id).toBe(a)
    expect(usage.highlights).toBe(2)
    expect(usage.comparisons).toEqual([
      { id: pair.id, title: 'Pair', reports: 2 },
      { id: all.id, title: 'All', reports: 4 },
    ])
    expect(library.articleUsage(d)).toMatchObject({ highlights: 0, comparisons: [{ id: all.id, title: 'All', reports: 4 }] })
    expect(() => library.articleUsage('no-such-article')).toThrow(expect.objectContaining({ code: 'not-found' }))
  })

  it('takes the article out of every comparison, removes one left with one report, and removes the highlights that were on them', async () => {
    const library = await open()
    const { a, b, c, d, pair, all, highlights } = await fixture(library)
    const usage = await library.deleteArticle(a)
    expect(usage.highlights).toBe(2)
    expect(library.listArticles().map((x) => x.id)).toEqual([d, c, b])
    expect(library.listComparisons().map((x) => [x.title, x.articleIds])).toEqual([['All', [b, c, d]]])
    expect(library.findComparison(pair.id)).toBeUndefined()
    expect(library.listHighlights(all.id)).toEqual([highlights[3]])
    await expect(library.getArticle(a)).rejects.toMatchObject({ code: 'not-found' })

    const reopened = await open()
    expect(await state(reopened)).toEqual(await state(library))
    const journal = await readFile(join(temp.dir, 'highlights.jsonl'), 'utf8')
    expect(journal.trim().split('\n').slice(-3).map((line) => Object.keys(JSON.parse(line))[0])).toEqual(['remove', 'remove', 'remove'])
  })

  it('keeps the bodies: they are named by their text and may be shared', async () => {
    const library = await open()
    const { a } = await fixture(library)
    const bodies = await readdir(join(temp.dir, 'bodies'))
    await library.deleteArticle(a)
    expect(await readdir(join(temp.dir, 'bodies'))).toEqual(bodies)
  })

  it('is undone by restoreArticle exactly: article, places in comparisons, removed comparison, highlights', async () => {
    const library = await open()
    const { a, c } = await fixture(library)
    const before = await state(library)
    await library.deleteArticle(c)
    await library.deleteArticle(a)
    expect(library.listComparisons().map((x) => x.title)).toEqual(['All'])

    const restored = await library.restoreArticle(a)
    expect(restored).toEqual(before.articles.find((x: ArticleMeta) => x.id === a))
    await library.restoreArticle(c)
    expect(await state(library)).toEqual(before)
    const reopened = await open()
    expect(await state(reopened)).toEqual(before)
  })

  it('can be undone only once, and only in the session it was made', async () => {
    const library = await open()
    const { a, b } = await fixture(library)
    await library.deleteArticle(a)
    await library.restoreArticle(a)
    await expect(library.restoreArticle(a)).rejects.toMatchObject({ code: 'not-found', message: expect.stringContaining('can no longer be brought back') })
    await expect(library.restoreArticle(b)).rejects.toMatchObject({ code: 'not-found' })
    await library.deleteArticle(b)
    const later = await open()
    await expect(later.restoreArticle(b)).rejects.toMatchObject({ code: 'not-found' })
    await expect(library.deleteArticle(b)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('brings back a removed comparison only with reports still in the library', async () => {
    const library = await open()
    const { a, b, pair } = await fixture(library)
    await library.deleteArticle(a)
    await library.deleteArticle(b)
    await library.restoreArticle(a)
    expect(library.findComparison(pair.id)).toBeUndefined()
    await library.restoreArticle(b)
    expect(library.findComparison(pair.id)).toBeUndefined()
    expect(library.listComparisons().map((x) => [x.title, x.articleIds.length])).toEqual([['All', 4]])
  })

  it('leaves an article deleted when the highlight journal cannot be written, its highlights unlisted', async () => {
    const library = await open()
    const { a, all } = await fixture(library)
    const journal = (library as unknown as { store: { journal: { removeAll: () => Promise<void> } } }).store.journal
    journal.removeAll = () => Promise.reject(new Error('EIO: i/o error'))
    await library.deleteArticle(a)
    expect(library.listArticles().map((x) => x.id)).not.toContain(a)
    expect(library.listHighlights(all.id).map((h) => h.articleId)).not.toContain(a)
    await library.restoreArticle(a)
    expect(library.listHighlights(all.id).map((h) => h.note)).toEqual(['on A in All', 'on C in All'])
  })
})

describe('search after delete and restore', () => {
  it('no longer finds a deleted article, and finds it again once restored', async () => {
    const library = await open()
    const { a } = await fixture(library)
    expect((await library.searchArticles('report a')).map((x) => x.id)).toEqual([a])
    await library.deleteArticle(a)
    expect(await library.searchArticles('report a')).toEqual([])
    await library.restoreArticle(a)
    expect((await library.searchArticles('report a')).map((x) => x.id)).toEqual([a])
  })
})

describe('createComparison', () => {
  it('makes a comparison of the reports in the order given, with the title trimmed', async () => {
    const library = await open()
    const { a, b, c } = await fixture(library)
    const made = await library.createComparison('  River  ', [c, a, b])
    expect(made).toMatchObject({ title: 'River', articleIds: [c, a, b] })
    expect(made.articles.map((x) => x.title)).toEqual(['Report C', 'Report A', 'Report B'])
    const reopened = await open()
    expect(reopened.getComparisonSummary(made.id)).toEqual(made)
  })

  it.each<[string, string, (ids: string[]) => string[], string, RegExp]>([
    ['an empty title', '   ', (ids) => ids.slice(0, 2), 'invalid-argument', /needs a title/],
    ['a title too long', 'x'.repeat(201), (ids) => ids.slice(0, 2), 'invalid-argument', /at most 200 characters/],
    ['one report', 'One', (ids) => ids.slice(0, 1), 'invalid-argument', /2 to 50 reports; 1 were chosen/],
    ['51 reports', 'Many', (ids) => Array.from({ length: 51 }, (_, i) => `${ids[0]}-${i}`), 'invalid-argument', /2 to 50 reports; 51/],
    ['a report twice', 'Twice', (ids) => [ids[0]!, ids[0]!], 'invalid-argument', /only once/],
    ['a report not in the library', 'Gone', (ids) => [ids[0]!, 'no-such-article'], 'not-found', /One of the chosen reports is no longer in the library/],
  ])('refuses %s in words, writing nothing', async (_label, title, pick, code, message) => {
    const library = await open()
    const { a, b, c, d } = await fixture(library)
    const before = await readFile(join(temp.dir, 'library.json'))
    await expect(library.createComparison(title, pick([a, b, c, d]))).rejects.toMatchObject({ code, message: expect.stringMatching(message) })
    expect(await readFile(join(temp.dir, 'library.json'))).toEqual(before)
  })
})
