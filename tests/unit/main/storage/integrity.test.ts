// The library's check of itself at start: dangling references left by a crash between two saves (or by a
// restored backup) are repaired and reported in words; a highlight placed outside its text is placed again
// by its quote; missing and changed bodies are reported and never deleted; a second start finds nothing.

import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import type { Highlight } from '../../../../src/shared/domain/highlight'
import type { LibraryData } from '../../../../src/main/storage/schema'
import { editSavedLibrary } from './savedLibrary'
import { useTempLibraries } from './tempLibraries'
import { addArticle, getArticle, listArticles, setCleanup } from '../../../../src/main/storage/articles'
import { addComparison, listComparisons } from '../../../../src/main/storage/comparisons'

const temp = useTempLibraries('integrity')
const bodyPath = (hash: string): string => join(temp.dir, 'bodies', `${hash}.txt`)
const article = (text: string, title: string): NewArticle => ({ title, outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })

const TEXTS = {
  a: 'The river rose through the night and by morning the lower streets were under water.',
  b: 'Schools will stay closed until Friday, the mayor said on Tuesday.',
  c: 'Volunteers filled sandbags outside the bakery until the early hours.',
}

/** Three articles; "Pair" of a and b, "Trio" of all three; a highlight in Pair on a and on b, one in Trio on c. */
async function saved() {
  const library = await temp.open()
  const [a, b, c] = await Promise.all([addArticle(library.store, article(TEXTS.a, 'A')), addArticle(library.store, article(TEXTS.b, 'B')), addArticle(library.store, article(TEXTS.c, 'C'))].map((p) => p.then((r) => r.article)))
  const pair = await addComparison(library.store, 'Pair', [a!.id, b!.id])
  const trio = await addComparison(library.store, 'Trio', [a!.id, b!.id, c!.id])
  const mark = (comparisonId: string, articleId: string) => library.highlights.add({ comparisonId, articleId, start: 4, end: 9, color: 'yellow', note: 'n' })
  const highlights = { pairA: await mark(pair.id, a!.id), pairB: await mark(pair.id, b!.id), trioC: await mark(trio.id, c!.id) }
  await library.close()
  return { a: a!, b: b!, c: c!, pair, trio, highlights }
}

function editLibrary(change: (data: LibraryData) => void): Promise<void> {
  return editSavedLibrary(temp.dir, change)
}

describe('the integrity check at start', () => {
  it('finds nothing in a sound library', async () => {
    await saved()
    expect((await temp.open()).startup).toEqual({ recovered: null, repairs: [] })
  })

  it('drops references to a missing article, comparisons left with fewer than two, and the highlights that led nowhere', async () => {
    const { a, b, pair, trio, highlights } = await saved()
    await editLibrary((data) => {
      data.articles = data.articles.filter((x) => x.id !== a.id)
    })
    const library = await temp.open()
    expect(library.startup.repairs).toEqual([
      'The comparison "Pair" named 1 report that is not in the library; with fewer than 2 reports left, it was removed.',
      'The comparison "Trio" named 1 report that is not in the library; that reference was removed.',
      '1 highlight belonged to a deleted article and was removed.',
      '1 highlight belonged to a comparison no longer in the library and was removed.',
    ])
    expect(listComparisons(library.store).map((c) => [c.title, c.articleIds])).toEqual([['Trio', [b.id, trio.articleIds[2]]]])
    expect(library.store.findComparison(pair.id)).toBeUndefined()
    expect(library.highlights.list(trio.id).map((h) => h.id)).toEqual([highlights.trioC.id])
    await library.close()
    expect((await temp.open()).startup.repairs).toEqual([])
  })

  it('removes a highlight on a report no longer part of its comparison', async () => {
    const { a, b, trio, highlights } = await saved()
    await editLibrary((data) => {
      data.comparisons = data.comparisons.map((x) => (x.id === trio.id ? { ...x, articleIds: [a.id, b.id] } : x))
    })
    const library = await temp.open()
    expect(library.startup.repairs).toEqual(['1 highlight belonged to a report no longer part of its comparison and was removed.'])
    const journal = await readFile(join(temp.dir, 'highlights.jsonl'), 'utf8')
    expect(journal.trim().split('\n').at(-1)).toBe(JSON.stringify({ remove: highlights.trioC.id }))
  })

  it('places a highlight stored outside its text again by its quote, and keeps one whose quote is gone', async () => {
    const { pair, highlights } = await saved()
    const moved: Highlight = { ...highlights.pairA, anchor: { ...highlights.pairA.anchor, position: { type: 'TextPositionSelector', start: 500, end: 505 } } }
    const lost: Highlight = {
      ...highlights.pairB,
      anchor: { position: { type: 'TextPositionSelector', start: 900, end: 910 }, quote: { type: 'TextQuoteSelector', exact: 'zeppelins overhead', prefix: '', suffix: '' } },
    }
    await appendFile(join(temp.dir, 'highlights.jsonl'), `${JSON.stringify({ put: moved })}\n${JSON.stringify({ put: lost })}\n`)
    const library = await temp.open()
    expect(library.startup.repairs).toEqual([
      "1 highlight pointed outside its article's text and was placed again by the words it quotes.",
      "1 highlight points outside its article's text, and the words it quotes were not found there; it is kept and shown with its quote and note.",
    ])
    const listed = new Map(library.highlights.list(pair.id).map((h) => [h.id, h]))
    expect(listed.get(moved.id)?.anchor.position).toEqual({ type: 'TextPositionSelector', start: 4, end: 9 })
    expect(listed.get(lost.id)?.anchor).toEqual(lost.anchor)
  })

  it('leaves alone a highlight made on an earlier version, though its place lies outside the newest text: it waits to be carried', async () => {
    const { pair, highlights } = await saved()
    const earlier: Highlight = { ...highlights.pairA, versionHash: 'e'.repeat(64), anchor: { ...highlights.pairA.anchor, position: { type: 'TextPositionSelector', start: 500, end: 505 } } }
    await appendFile(join(temp.dir, 'highlights.jsonl'), `${JSON.stringify({ put: earlier })}\n`)
    const library = await temp.open()
    expect(library.startup.repairs).toEqual([])
    expect(library.highlights.list(pair.id).find((h) => h.id === earlier.id)).toEqual(earlier)
  })

  it('leaves alone a highlight that clean-up took out of the text: it comes back with its block', async () => {
    const library = await temp.open()
    const text = 'First block about the flood.\n\nSecond block about the schools.'
    const { article: a } = await addArticle(library.store, article(text, 'Blocks'))
    const { article: b } = await addArticle(library.store, article(TEXTS.b, 'B'))
    const comparison = await addComparison(library.store, 'Pair', [a.id, b.id])
    const start = text.indexOf('schools')
    await library.highlights.add({ comparisonId: comparison.id, articleId: a.id, start, end: start + 7, color: 'yellow', note: '' })
    await setCleanup(library.store, a.id, [1])
    await library.close()
    expect((await temp.open()).startup.repairs).toEqual([])
  })

  it('reports missing bodies, keeps the article listed, and says where its text should be', async () => {
    const library = await temp.open()
    const html = '<html><body><p>Some page</p></body></html>'
    const { article: a } = await addArticle(library.store, { ...article(TEXTS.a, 'Gone'), source: html, sourceFormat: 'html' })
    const { article: b } = await addArticle(library.store, { ...article(`Advertisement\n\n${TEXTS.b}`, 'Half'), dropped: [0], source: html, sourceFormat: 'html' })
    await library.close()
    await rm(bodyPath(a.textHash))
    await rm(bodyPath(b.extractedHash))
    await rm(bodyPath(b.sourceHash))
    const bodiesBefore = (await readdir(join(temp.dir, 'bodies'))).sort()
    const reopened = await temp.open()
    expect(reopened.startup.repairs).toEqual([
      `The text of "Gone" is missing (${bodyPath(a.textHash)}). The article stays in the library but cannot be opened until it is imported again.`,
      `The text before clean-up of "Half" is missing (${bodyPath(b.extractedHash)}): the article opens, but its clean-up cannot be changed.`,
      `The imported file's own text of "Half" is missing (${bodyPath(b.sourceHash)}); the article still opens.`,
    ])
    expect(listArticles(reopened.store).map((x) => x.title)).toEqual(['Half', 'Gone'])
    await expect(getArticle(reopened.store, a.id)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining(bodyPath(a.textHash)) })
    expect((await getArticle(reopened.store, b.id)).text).toBe(TEXTS.b)
    expect((await readdir(join(temp.dir, 'bodies'))).sort()).toEqual(bodiesBefore)
  })

  it('finds, in the background check, a body whose content no longer matches its name', async () => {
    const { b } = await saved()
    await writeFile(bodyPath(b.textHash), `${TEXTS.b} (edited)`)
    const library = await temp.open()
    expect(library.startup.repairs).toEqual([])
    expect(await library.checkBodies()).toEqual([`The text of "B" at ${bodyPath(b.textHash)} has been changed or damaged on disk; import the article again to restore it.`])
    expect(await readFile(bodyPath(b.textHash), 'utf8')).toBe(`${TEXTS.b} (edited)`)
  })
})
