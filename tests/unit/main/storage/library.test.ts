// The library on real files: what survives a restart, where bodies live, how damage and failed writes are met.

import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import { AppError } from '../../../../src/shared/domain/errors'
import { HighlightJournal } from '../../../../src/main/storage/highlightJournal'
import { BodyStore, hashText } from '../../../../src/main/storage/bodies'
import { StoreDamagedError } from '../../../../src/main/storage/durableJsonFile'
import { Library, openLibrary } from '../../../../src/main/storage/library'
import { useTempLibraries } from './tempLibraries'
import { emptyLibrary, type LibraryData } from '../../../../src/main/storage/schema'

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
    const a = await first.addArticle(article(firstText, 'First'))
    const b = await first.addArticle(article(secondText, 'Second'))
    const comparison = await first.addComparison('Kerry in Moscow', [a.article.id, b.article.id])

    const reopened = await open()
    expect(reopened).not.toBe(first)
    expect(reopened.listArticles()).toEqual(first.listArticles())
    expect(reopened.listComparisons()).toEqual(first.listComparisons())
    const read = await reopened.getArticle(a.article.id)
    expect(read.text).toBe(firstText)
    expect(read).toMatchObject({ id: a.article.id, title: 'First', outlet: 'Outlet', publishedAt: '2013-05-07' })
    const opened = await reopened.getComparison(comparison.id)
    expect(opened.title).toBe('Kerry in Moscow')
    expect(opened.articles.map((x) => x.text)).toEqual([firstText, secondText])
  })

  it('keeps each body in bodies/<sha256>.txt and no article text in library.json', async () => {
    const library = await open()
    const { article: meta } = await library.addArticle(article(firstText))
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
    expect((await readdir(temp.dir)).sort()).toEqual(['bodies', 'library.json'])
  })

  it('returns the existing article when the same text is added twice, writing no second body', async () => {
    const library = await open()
    const first = await library.addArticle(article(firstText, 'First'))
    const jsonBefore = await readFile(libraryFile())
    const second = await library.addArticle(article(firstText, 'Same text, other title'))
    expect(first.created).toBe(true)
    expect(second).toEqual({ article: first.article, created: false })
    expect(library.listArticles()).toHaveLength(1)
    expect(await readdir(join(temp.dir, 'bodies'))).toHaveLength(1)
    expect(await readFile(libraryFile())).toEqual(jsonBefore)
  })

  it('rejects unknown ids with not-found', async () => {
    const library = await open()
    await expect(library.getArticle('no-such-article')).rejects.toMatchObject({ name: 'AppError', code: 'not-found' })
    await expect(library.getComparison('no-such-comparison')).rejects.toMatchObject({ name: 'AppError', code: 'not-found' })
    await expect(library.addComparison('x', ['no-such-article'])).rejects.toMatchObject({ code: 'not-found' })
  })

  it('reports a body edited on disk as a storage error', async () => {
    const library = await open()
    const { article: meta } = await library.addArticle(article(firstText))
    await writeFile(join(temp.dir, 'bodies', `${meta.textHash}.txt`), `${firstText} (edited)`)
    const error = await library.getArticle(meta.id).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'storage', message: expect.stringContaining('changed or damaged') })
  })

  it('reports a missing body as a storage error', async () => {
    const library = await open()
    const { article: meta } = await library.addArticle(article(firstText))
    await rm(join(temp.dir, 'bodies', `${meta.textHash}.txt`))
    await expect(library.getArticle(meta.id)).rejects.toMatchObject({ code: 'storage' })
  })
})

describe('a damaged library.json', () => {
  const valid = JSON.stringify(emptyLibrary())
  it.each<[string, string | Uint8Array, RegExp]>([
    ['an empty file', '', /empty/],
    ['truncated JSON', valid.slice(0, valid.length - 7), /not valid JSON/],
    ['NUL bytes', new Uint8Array(64), /not valid JSON/],
    ['invalid UTF-8', new Uint8Array([0xff, 0xfe, 0x7b, 0x80]), /not valid JSON/],
    ['valid JSON of the wrong shape', '{"articles":"none","comparisons":{}}', /expected shape/],
    ['JSON null', 'null', /expected shape/],
    ['an article without a text hash', JSON.stringify({ ...emptyLibrary(), articles: [{ id: 'a', title: 't' }] }), /expected shape/],
    ['schemaVersion 99', JSON.stringify({ ...emptyLibrary(), schemaVersion: 99 }), /newer version/],
  ])('with %s makes openLibrary reject and leaves the file untouched', async (_label, contents, reason) => {
    await writeFile(libraryFile(), contents)
    const before = await readFile(libraryFile())
    const error = await openLibrary(temp.dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(StoreDamagedError)
    expect(error).toMatchObject({ code: 'storage', path: libraryFile() })
    expect((error as Error).message).toContain(libraryFile())
    expect((error as Error).message).toMatch(reason)
    expect(await readFile(libraryFile())).toEqual(before)
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
    const error = await library.addArticle(article(firstText)).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'storage', message: expect.stringContaining('no space left') })
    expect(library.listArticles()).toEqual([])
    expect(library.findArticleByHash(hashText(firstText))).toBeUndefined()
    await expect(library.setSampleState({ seeded: true, comparisonId: 'c' })).rejects.toMatchObject({ code: 'storage' })
    expect(library.sampleState).toEqual({ seeded: false, comparisonId: null })
  })

  it('keeps no change in memory when the library file did not exist yet', async () => {
    const library = await libraryOver(null)
    await expect(library.addArticle(article(firstText))).rejects.toMatchObject({ code: 'storage' })
    expect(library.listArticles()).toEqual([])
    await expect(library.setSampleState({ seeded: true, comparisonId: 'c' })).rejects.toMatchObject({ code: 'storage' })
    expect(library.sampleState).toEqual({ seeded: false, comparisonId: null })
  })
})
