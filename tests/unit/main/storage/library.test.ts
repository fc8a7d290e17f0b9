// The library on real files: what survives a restart, where bodies live, how damage and failed writes are met.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import { AppError } from '../../../../src/shared/domain/errors'
import { HighlightJournal } from '../../../../src/main/storage/highlightJournal'
import { BodyStore, hashText } from '../../../../src/main/storage/bodies'
import { DurableJsonFile, StoreDamagedError } from '../../../../src/main/storage/durableJsonFile'
import { Library, openLibrary } from '../../../../src/main/storage/library'
import { useTempLibraries } from './tempLibraries'
import { emptyLibrary, libraryDataSchema, type LibraryData } from '../../../../src/main/storage/schema'
import { addArticle, getArticle, listArticles } from '../../../../src/main/storage/articles'
import { setColorLabel } from '../../../../src/main/storage/colorLabels'
import { addComparison, getComparison, listComparisons, sampleState, setSampleState } from '../../../../src/main/storage/comparisons'

const temp = useTempLibraries('library')
const open = temp.open


const article = (text: string, title = 'A title'): NewArticle => ({
  title,
  outlet: 'Outlet',
  byline: null,
  url: null,
  publishedAt: '2013-05-07',
  tags: [],
  extracted: text,
})
const firstText = 'Kerry arrived in Moscow on Tuesday.\n\nHe met Putin — and Lavrov — at the Kremlin. ✓'
const secondText = 'Syria set to dominate talks between Kerry and Putin.'
const libraryFile = (): string => join(temp.dir, 'library.json')

describe('a library kept on disk', () => {
  it('reads back the same articles and comparisons after a restart', async () => {
    const first = await open()
    const a = await addArticle(first.store, article(firstText, 'First'))
    const b = await addArticle(first.store, article(secondText, 'Second'))
    const comparison = await addComparison(first.store, 'Kerry in Moscow', [a.article.id, b.article.id])

    const reopened = await open()
    expect(reopened).not.toBe(first)
    expect(listArticles(reopened.store)).toEqual(listArticles(first.store))
    expect(listComparisons(reopened.store)).toEqual(listComparisons(first.store))
    const read = await getArticle(reopened.store, a.article.id)
    expect(read.text).toBe(firstText)
    expect(read).toMatchObject({ id: a.article.id, title: 'First', outlet: 'Outlet', publishedAt: '2013-05-07' })
    const opened = await getComparison(reopened.store, comparison.id)
    expect(opened.title).toBe('Kerry in Moscow')
    expect(opened.articles.map((x) => x.text)).toEqual([firstText, secondText])
  })

  it('keeps each body in bodies/<sha256>.txt and no article text in library.json', async () => {
    const library = await open()
    const { article: meta } = await addArticle(library.store, article(firstText))
    expect(meta.textHash).toBe(hashText(firstText))
    expect(meta.textHash).toMatch(/^[0-9a-f]{64}$/)
    expect(await readdir(join(temp.dir, 'bodies'))).toEqual([`${meta.textHash}.txt`])
    expect(await readFile(join(temp.dir, 'bodies', `${meta.textHash}.txt`), 'utf8')).toBe(firstText)
    const json = await readFile(libraryFile(), 'utf8')
    expect(json).not.toContain('Kerry arrived')
    expect(json).not.toContain('Kremlin')
    expect(Object.keys(JSON.parse(json).articles[0]).sort()).toEqual(
      [
        'id', 'importedAt', 'outlet', 'byline', 'publishedAt', 'tags', 'textHash', 'extractedHash', 'dropped', 'sourceHash', 'sourceFormat',
        'sourceName', 'title', 'url', 'wordCount',
      ].sort(),
    )
    await library.backedUp()
    expect((await readdir(temp.dir)).sort()).toEqual(['backups', 'bodies', 'library-changes.jsonl', 'library.json'])
  })

  it('returns the existing article when the same text is added twice, writing no second body', async () => {
    const library = await open()
    const first = await addArticle(library.store, article(firstText, 'First'))
    const jsonBefore = await readFile(libraryFile())
    const second = await addArticle(library.store, article(firstText, 'Same text, other title'))
    expect(first.created).toBe(true)
    expect(second).toEqual({ article: first.article, created: false })
    expect(listArticles(library.store)).toHaveLength(1)
    expect(await readdir(join(temp.dir, 'bodies'))).toHaveLength(1)
    expect(await readFile(libraryFile())).toEqual(jsonBefore)
  })

  it('rejects unknown ids with not-found', async () => {
    const library = await open()
    await expect(getArticle(library.store, 'no-such-article')).rejects.toMatchObject({ name: 'AppError', code: 'not-found' })
    await expect(getComparison(library.store, 'no-such-comparison')).rejects.toMatchObject({ name: 'AppError', code: 'not-found' })
    await expect(addComparison(library.store, 'x', ['no-such-article'])).rejects.toMatchObject({ code: 'not-found' })
  })

  it('reports a body edited on disk as a storage error', async () => {
    const library = await open()
    const { article: meta } = await addArticle(library.store, article(firstText))
    await writeFile(join(temp.dir, 'bodies', `${meta.textHash}.txt`), `${firstText} (edited)`)
    const error = await getArticle(library.store, meta.id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'storage', message: expect.stringContaining('changed or damaged') })
  })

  it('reports a missing body as a storage error', async () => {
    const library = await open()
    const { article: meta } = await addArticle(library.store, article(firstText))
    const path = join(temp.dir, 'bodies', `${meta.textHash}.txt`)
    await rm(path)
    await expect(getArticle(library.store, meta.id)).rejects.toMatchObject({ code: 'storage', message: expect.stringContaining(`The text file of this article is missing: ${path}`) })
  })
})

describe('a damaged library.json, with no backup', () => {
  const valid = JSON.stringify(emptyLibrary())
  // A library that would load with a replacement character in a label if bad bytes were decoded leniently.
  const [head, tail] = valid.split('claim') as [string, string]
  const badUtf8 = Buffer.concat([Buffer.from(`${head}cl`), Buffer.from([0xff]), Buffer.from(`aim${tail}`)])
  it.each<[string, string | Uint8Array, RegExp]>([
    ['an empty file', '', /empty/],
    ['truncated JSON', valid.slice(0, valid.length - 7), /not valid JSON/],
    ['NUL bytes', new Uint8Array(64), /only zero bytes/],
    ['invalid UTF-8 inside valid JSON', badUtf8, /not valid UTF-8/],
    ['valid JSON of the wrong shape', '{"articles":"none","comparisons":{}}', /expected shape/],
    ['JSON null', 'null', /expected shape/],
    ['an article without a text hash', JSON.stringify({ ...emptyLibrary(), articles: [{ id: 'a', title: 't' }] }), /expected shape/],
  ])('with %s is moved aside byte for byte and the library opens empty', async (_label, contents, reason) => {
    await writeFile(libraryFile(), contents)
    const before = await readFile(libraryFile())
    const library = await openLibrary(temp.dir, () => new Date('2026-03-10T10:00:00.000Z'))
    const movedTo = `${libraryFile()}.damaged-2026-03-10T10-00-00-000Z`
    expect(library.startup).toEqual({ recovered: { damagedPath: libraryFile(), movedTo, reason: expect.stringMatching(reason), restoredFrom: null }, repairs: [] })
    expect(await readFile(movedTo)).toEqual(before)
    expect(listArticles(library.store)).toEqual([])
    expect(sampleState(library.store)).toEqual({ seeded: false, comparisonId: null })
    // Nothing is written until the first save, and that save goes to a new file, never over the moved one.
    expect(await readdir(temp.dir)).not.toContain('library.json')
    await setColorLabel(library.store, 'yellow', 'fresh')
    expect(await readFile(movedTo)).toEqual(before)
    await library.close()
  })

  it('refuses a library a newer Parallax saved, in words, leaving it exactly as it was', async () => {
    await writeFile(libraryFile(), JSON.stringify({ ...emptyLibrary(), schemaVersion: 99 }))
    const before = await readdir(temp.dir)
    const bytes = await readFile(libraryFile())
    await expect(openLibrary(temp.dir)).rejects.toMatchObject({
      code: 'storage',
      message: `Your library at ${libraryFile()} was saved by a newer version of Parallax, which this one cannot read. Install the newer version to open it; the library was left exactly as it was.`,
    })
    expect(await readFile(libraryFile())).toEqual(bytes)
    expect((await readdir(temp.dir)).filter((n) => !before.includes(n) && n !== 'bodies')).toEqual([])
  })

  it('tells a newer version apart from damage', async () => {
    await writeFile(libraryFile(), JSON.stringify({ ...emptyLibrary(), schemaVersion: 99 }))
    const error = await new DurableJsonFile(libraryFile(), libraryDataSchema, { newerVersion: (raw) => (raw as { schemaVersion: number }).schemaVersion > 3 })
      .read()
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreDamagedError)
    expect(error).toMatchObject({ newerVersion: true, path: libraryFile() })
    expect((error as Error).message).toContain('newer version of Parallax')
  })
})

describe('a failed write', () => {
  /** An adapter whose file holds `saved` and cannot be written. */
  function failingAdapter(saved: LibraryData | null): Adapter<LibraryData> {
    return {
      read: async () => (saved === null ? null : structuredClone(saved)),
      write: async () => {
        throw new Error('ENOSPC: no space left on device')
      },
    }
  }

  async function libraryOver(saved: LibraryData | null): Promise<Library> {
    const bodies = new BodyStore(join(temp.dir, 'bodies'))
    await bodies.init()
    const journal = new HighlightJournal(join(temp.dir, 'highlights.jsonl'))
    return new Library(new Low(failingAdapter(saved), structuredClone(saved ?? emptyLibrary())), bodies, journal, new Map())
  }

  it('throws a storage error and keeps no change in memory', async () => {
    const saved = emptyLibrary()
    const library = await libraryOver(saved)
    const error = await addArticle(library.store, article(firstText)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'storage', message: expect.stringContaining('no space left') })
    expect(listArticles(library.store)).toEqual([])
    expect(library.store.data.articles.find((a) => a.textHash === hashText(firstText))).toBeUndefined()
    await expect(setSampleState(library.store, { seeded: true, comparisonId: 'c' })).rejects.toMatchObject({ code: 'storage' })
    expect(sampleState(library.store)).toEqual({ seeded: false, comparisonId: null })
  })

  it('keeps no change in memory when the library file did not exist yet', async () => {
    const library = await libraryOver(null)
    await expect(addArticle(library.store, article(firstText))).rejects.toMatchObject({ code: 'storage' })
    expect(listArticles(library.store)).toEqual([])
    await expect(setSampleState(library.store, { seeded: true, comparisonId: 'c' })).rejects.toMatchObject({ code: 'storage' })
    expect(sampleState(library.store)).toEqual({ seeded: false, comparisonId: null })
  })
})
