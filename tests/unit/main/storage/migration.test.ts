// Libraries written by every earlier version (tests/fixtures/library/vN) open in this one: each article gains
// the fields of version 3, with its one stored text standing for source, extracted and cleaned text. The file
// changes only at the next save; a library that cannot be brought up to date is moved aside exactly as it was,
// and a backup of an earlier version restores like the file itself.

import { cp, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it } from 'vitest'
import { readSavedLibrary } from './savedLibrary'
import { useTempLibraries } from './tempLibraries'
import { migrateLibrary, SCHEMA_VERSION } from '../../../../src/main/storage/schema'
import { getArticleTexts, listArticles, searchArticles, updateArticle } from '../../../../src/main/storage/articles'
import { colorLabels } from '../../../../src/main/storage/colorLabels'
import { listComparisons, sampleState } from '../../../../src/main/storage/comparisons'

const fixtures = fileURLToPath(new URL('../../../fixtures/library', import.meta.url))
const temp = useTempLibraries('migration')
const open = temp.open
const libraryFile = (): string => join(temp.dir, 'library.json')


const v3Fields = (textHash: string) => ({
  byline: null,
  tags: [],
  textHash,
  extractedHash: textHash,
  dropped: [],
  sourceHash: textHash,
  sourceFormat: 'text',
  sourceName: null,
})

describe.each([1, 2])('a library of schema version %i', (version) => {
  beforeEach(async () => {
    await cp(join(fixtures, `v${version}`), temp.dir, { recursive: true })
  })

  it('opens with every article brought up to date, its text standing for all three', async () => {
    const original = JSON.parse(await readFile(libraryFile(), 'utf8'))
    const library = await open()
    const articles = listArticles(library.store)
    expect(articles.map((a) => a.title)).toEqual(['Sandbags at the bakery', 'River floods the old town'])
    for (const before of original.articles) {
      const after = articles.find((a) => a.id === before.id)
      expect(after).toEqual({ ...before, ...v3Fields(before.textHash) })
      const texts = await getArticleTexts(library.store, before.id)
      const body = await readFile(join(temp.dir, 'bodies', `${before.textHash}.txt`), 'utf8')
      expect(texts).toEqual({ source: body, extracted: body, text: body })
    }
    expect(listComparisons(library.store).map((c) => [c.title, c.articleIds])).toEqual([['The flood', ['article-1', 'article-2']]])
    expect(sampleState(library.store)).toEqual({ seeded: true, comparisonId: null })
  })

  it('keeps what the version had: labels, highlights', async () => {
    const library = await open()
    expect(colorLabels(library.store).orange).toBe(version === 1 ? 'check' : 'numbers to verify')
    const highlights = library.highlights.list('comparison-1')
    expect(highlights.map((h) => [h.id, h.anchor.quote.exact, h.note])).toEqual(version === 1 ? [] : [['highlight-1', 'lower streets', 'Which streets?']])
  })

  it('is found by search once opened', async () => {
    const library = await open()
    expect((await searchArticles(library.store, 'sandbags')).map((a) => a.id)).toEqual(['article-2'])
    expect((await searchArticles(library.store, 'courier')).map((a) => a.id)).toEqual(['article-1'])
  })

  it('is rewritten as the current version at the next save, or as it opens when its highlights gain their versions', async () => {
    const before = await readFile(libraryFile())
    const library = await open()
    if (version === 1) expect(await readFile(libraryFile())).toEqual(before)
    else expect(JSON.parse(await readFile(libraryFile(), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    await updateArticle(library.store, 'article-1', { tags: ['floods'] })
    expect(JSON.parse(await readFile(libraryFile(), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
    // library.json and the changes saved since, as the library reads them.
    const saved = await readSavedLibrary(temp.dir)
    expect(saved?.articles[0]).toMatchObject({ id: 'article-1', tags: ['floods'], sourceFormat: 'text' })

    const reopened = await open()
    expect(listArticles(reopened.store)).toEqual(listArticles(library.store))
  })

  it('that cannot be brought up to date is moved aside unchanged, and the library opens empty', async () => {
    const data = JSON.parse(await readFile(libraryFile(), 'utf8'))
    delete data.articles[1].textHash
    await writeFile(libraryFile(), JSON.stringify(data))
    const before = await readFile(libraryFile())
    const library = await open(() => new Date('2026-03-10T10:00:00.000Z'))
    const movedTo = `${libraryFile()}.damaged-2026-03-10T10-00-00-000Z`
    expect(library.startup.recovered).toEqual({ damagedPath: libraryFile(), movedTo, reason: 'its contents are not in the expected shape', restoredFrom: null })
    expect(await readFile(movedTo)).toEqual(before)
    expect(listArticles(library.store)).toEqual([])
  })

  it('restores, when its file is damaged, a backup of the same version, brought up to date', async () => {
    const original = await readFile(libraryFile())
    await mkdir(join(temp.dir, 'backups', '2026-03-09T10-00-00-000Z'), { recursive: true })
    await writeFile(join(temp.dir, 'backups', '2026-03-09T10-00-00-000Z', 'library.json'), original)
    await writeFile(libraryFile(), original.subarray(0, original.length / 2))
    const library = await open()
    expect(library.startup.recovered?.restoredFrom).toBe(join(temp.dir, 'backups', '2026-03-09T10-00-00-000Z', 'library.json'))
    // Restored as it was; one with highlights is then rewritten as the current version, its highlights bound.
    if (version === 1) expect(await readFile(libraryFile())).toEqual(original)
    else expect(JSON.parse(await readFile(libraryFile(), 'utf8'))).toMatchObject({ schemaVersion: SCHEMA_VERSION, articles: JSON.parse(original.toString('utf8')).articles.map((a: { id: string }) => expect.objectContaining({ id: a.id })) })
    expect(listArticles(library.store).map((a) => [a.id, a.sourceFormat])).toEqual([['article-2', 'text'], ['article-1', 'text']])
  })
})

describe('migrateLibrary', () => {
  it('leaves the current version, later versions and what is not a library alone', () => {
    const current = { schemaVersion: SCHEMA_VERSION, articles: [] }
    expect(migrateLibrary(current)).toBe(current)
    const later = { schemaVersion: SCHEMA_VERSION + 1 }
    expect(migrateLibrary(later)).toBe(later)
    expect(migrateLibrary(null)).toBe(null)
    expect(migrateLibrary('library')).toBe('library')
    expect(migrateLibrary({ schemaVersion: 2, articles: 'none' })).toEqual({ schemaVersion: SCHEMA_VERSION, articles: 'none', changesThrough: 0 })
  })

  it('does not change the object it is given', () => {
    const raw = { schemaVersion: 1, articles: [{ id: 'a', textHash: 'h' }], comparisons: [] }
    const copy = structuredClone(raw)
    migrateLibrary(raw)
    expect(raw).toEqual(copy)
  })
})
