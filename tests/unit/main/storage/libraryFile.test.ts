// library.json and its changes file: a save appends one line with what it changed and leaves library.json
// alone; reading applies the lines library.json does not hold yet, in order; library.json is rewritten once
// the changes file is long enough, and a crash between that rewrite and the emptying of the changes file
// loses nothing and applies nothing twice. Lines that cannot be applied are reported at start, the file kept.

import { appendFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import { openLibrary } from '../../../../src/main/storage/library'
import { LibraryFile } from '../../../../src/main/storage/libraryFile'
import { SCHEMA_VERSION } from '../../../../src/main/storage/schema'
import { readSavedLibrary, savedBytes } from './savedLibrary'
import { testClock, useTempLibraries } from './tempLibraries'
import { addArticle, listArticles, updateArticle } from '../../../../src/main/storage/articles'
import { colorLabels, setColorLabel } from '../../../../src/main/storage/colorLabels'
import { addComparison } from '../../../../src/main/storage/comparisons'

const temp = useTempLibraries('library-file')
const libraryPath = (): string => join(temp.dir, 'library.json')
const changesPath = (): string => join(temp.dir, 'library-changes.jsonl')
const article = (text: string): NewArticle => ({ title: text.slice(0, 24), outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })
const changeLines = async (): Promise<Record<string, unknown>[]> =>
  (await readFile(changesPath(), 'utf8'))
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>)

const TEXTS = ['The river rose through the night.', 'Schools stay closed until Friday.', 'The mayor asked people to stay home.', 'Roads north of the town are shut.']

describe('saving the library', () => {
  it('writes library.json at the first save, then appends one line per save, holding only what changed', async () => {
    const library = await temp.open()
    const first = await addArticle(library.store, article(TEXTS[0]!))
    const fileAfterFirst = await readFile(libraryPath())
    expect(JSON.parse(fileAfterFirst.toString()).articles.map((a: { id: string }) => a.id)).toEqual([first.article.id])

    const second = await addArticle(library.store, article(TEXTS[1]!))
    await updateArticle(library.store, first.article.id, { title: 'River' })
    await setColorLabel(library.store, 'green', 'quotes')
    expect(await readFile(libraryPath())).toEqual(fileAfterFirst)
    const lines = await changeLines()
    expect(lines.map((l) => Object.keys(l).sort())).toEqual([['articles', 'seq'], ['articles', 'seq'], ['colorLabels', 'seq']])
    expect(lines.map((l) => l['seq'])).toEqual([1, 2, 3])
    expect(lines[0]?.['articles']).toEqual([{ at: 1, put: second.article }])
    expect(lines[1]?.['articles']).toEqual([{ at: 0, put: { ...first.article, title: 'River' } }])
    await library.close()

    const reopened = await temp.open()
    expect(listArticles(reopened.store).map((a) => a.title)).toEqual([TEXTS[1]!.slice(0, 24), 'River'])
    expect(colorLabels(reopened.store).green).toBe('quotes')
  })

  it('writes nothing when a save changes nothing', async () => {
    const library = await temp.open()
    await addArticle(library.store, article(TEXTS[0]!))
    await setColorLabel(library.store, 'green', 'quotes')
    const before = await savedBytes(temp.dir)
    await addArticle(library.store, article(TEXTS[0]!))
    expect(await savedBytes(temp.dir)).toEqual(before)
  })

  it('puts a deleted article back in its place when the delete is undone, and reads it back in that order', async () => {
    const library = await temp.open(testClock('2026-03-10T09:00:00Z').now)
    const ids: string[] = []
    for (const text of TEXTS) ids.push((await addArticle(library.store, article(text))).article.id)
    await addComparison(library.store, 'All', ids)
    await library.deletions.delete(ids[1]!)
    await library.deletions.restore(ids[1]!)
    const order = (await readSavedLibrary(temp.dir))?.articles.map((a) => a.id)
    expect(order).toEqual(ids)
    expect((await readSavedLibrary(temp.dir))?.comparisons.map((c) => c.articleIds)).toEqual([ids])
  })

  it('rewrites library.json from the saved state once the changes file is long, and empties the changes file', async () => {
    const library = await openLibrary(temp.dir, undefined, { compactSlack: 3 })
    try {
      for (const text of TEXTS) await addArticle(library.store, article(text))
      await setColorLabel(library.store, 'green', 'quotes')
      await library.backedUp()
    } finally {
      await library.close()
    }
    const file = JSON.parse(await readFile(libraryPath(), 'utf8'))
    // The first save wrote library.json; saves 1–3 filled the changes file, so it was rewritten holding them;
    // the fourth change followed.
    expect(file.changesThrough).toBe(3)
    expect(file.articles).toHaveLength(4)
    expect((await changeLines()).map((l) => l['seq'])).toEqual([4])
    expect((await readSavedLibrary(temp.dir))?.colorLabels.green).toBe('quotes')
  })
})

describe('reading the library', () => {
  it('passes over changes library.json already holds (a crash after rewriting it, before emptying the changes file)', async () => {
    const library = await temp.open()
    for (const text of TEXTS.slice(0, 3)) await addArticle(library.store, article(text))
    await library.close()
    const lines = await readFile(changesPath())
    const whole = await readSavedLibrary(temp.dir)
    // library.json rewritten to hold both changes; the changes file as it was.
    await writeFile(libraryPath(), JSON.stringify({ ...whole, changesThrough: 2 }))
    expect(await readFile(changesPath())).toEqual(lines)
    const reopened = await temp.open()
    expect(listArticles(reopened.store)).toHaveLength(3)
    expect(reopened.startup.repairs).toEqual([])
  })

  it('applies every whole line and says that the last one, cut short by a crash, was not saved', async () => {
    const library = await temp.open(testClock('2026-03-10T09:00:00Z').now)
    for (const text of TEXTS.slice(0, 3)) await addArticle(library.store, article(text))
    await library.close()
    const found = Buffer.concat([await readFile(changesPath()), Buffer.from('{"seq":3,"articles":[{"at":3,"put":{"id":"x","ti')])
    await writeFile(changesPath(), found)
    const reopened = await temp.open(testClock('2026-03-11T08:00:00Z').now)
    const copy = `${changesPath()}.damaged-2026-03-11T08-00-00-000Z`
    expect(reopened.startup.repairs).toEqual([
      `The last change to your library before Parallax stopped was cut short and was not saved. The file of changes as found was kept, unchanged, at ${copy}.`,
    ])
    expect(listArticles(reopened.store)).toHaveLength(3)
    expect(await readFile(copy)).toEqual(found)
    // library.json now holds everything read, so the next save starts a clean changes file.
    expect(JSON.parse(await readFile(libraryPath(), 'utf8')).articles).toHaveLength(3)
    await setColorLabel(reopened.store, 'green', 'quotes')
    expect((await changeLines()).map((l) => Object.keys(l).sort())).toEqual([['colorLabels', 'seq']])
    await reopened.close()
    expect((await temp.open()).startup.repairs).toEqual([])
  })

  it('skips a damaged line in the middle, applies the others and says how many', async () => {
    const library = await temp.open(testClock('2026-03-10T09:00:00Z').now)
    for (const text of TEXTS) await addArticle(library.store, article(text))
    await library.close()
    const lines = (await readFile(changesPath(), 'utf8')).split('\n')
    lines[1] = lines[1]!.replace('"seq":2', '"seq":"two"')
    await writeFile(changesPath(), lines.join('\n'))
    const reopened = await temp.open(testClock('2026-03-11T08:00:00Z').now)
    expect(reopened.startup.repairs).toEqual([
      `1 line of your library's file of recent changes could not be read and was skipped; the other 2 changes were applied. The file of changes as found was kept, unchanged, at ${changesPath()}.damaged-2026-03-11T08-00-00-000Z.`,
    ])
    expect(listArticles(reopened.store).map((a) => a.title)).toEqual([TEXTS[3], TEXTS[1], TEXTS[0]].map((t) => t!.slice(0, 24).trim()))
  })

  it('reads a library of the previous version, and rewrites it whole, as this version, at the first save', async () => {
    const library = await temp.open()
    await addArticle(library.store, article(TEXTS[0]!))
    await library.close()
    const { changesThrough: _changesThrough, ...rest } = JSON.parse(await readFile(libraryPath(), 'utf8'))
    await writeFile(libraryPath(), JSON.stringify({ ...rest, schemaVersion: 3 }))
    const reopened = await temp.open()
    expect(listArticles(reopened.store)).toHaveLength(1)
    expect(JSON.parse(await readFile(libraryPath(), 'utf8')).schemaVersion).toBe(3)
    await addArticle(reopened.store, article(TEXTS[1]!))
    const file = JSON.parse(await readFile(libraryPath(), 'utf8'))
    expect([file.schemaVersion, file.articles.length]).toEqual([SCHEMA_VERSION, 2])
    expect(await readFile(changesPath(), 'utf8')).toBe('')
  })

  it('adds a line to a changes file that ends without a line end on a new line of its own', async () => {
    const library = await temp.open()
    await addArticle(library.store, article(TEXTS[0]!))
    await addArticle(library.store, article(TEXTS[1]!))
    await library.close()
    await appendFile(changesPath(), '{"seq":2,"arti')
    const file = new LibraryFile(libraryPath(), changesPath())
    const { Low } = await import('lowdb')
    const db = new Low(file, (await readSavedLibrary(temp.dir))!)
    await db.read()
    db.data = { ...db.data, colorLabels: { ...db.data.colorLabels, green: 'quotes' } }
    await db.write()
    await file.close()
    const text = await readFile(changesPath(), 'utf8')
    expect(text.split('\n').slice(-3)).toEqual(['{"seq":2,"arti', expect.stringContaining('"colorLabels"'), ''])
    expect((await readSavedLibrary(temp.dir))?.colorLabels.green).toBe('quotes')
  })
})
