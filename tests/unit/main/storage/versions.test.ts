// Versions of fetched articles on a real library on disk: the first made at import, a check that finds
// nothing new writes nothing, a real change is kept (texts by hash, the version in one save) and is there
// after the library is opened again; a failure leaves the versions as they were; a library saved before
// versions were kept opens, and its fetched articles have the one version their fields describe.

import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import type { NewVersion } from '../../../../src/shared/domain/versions'
import { addArticle, getArticle, getArticleTexts, updateArticle } from '../../../../src/main/storage/articles'
import { hashText } from '../../../../src/main/storage/bodies'
import { CHANGES_FILE, LIBRARY_FILE } from '../../../../src/main/storage/openStore'
import { SCHEMA_VERSION } from '../../../../src/main/storage/schema'
import { getVersionTexts, listVersions, recordVersion } from '../../../../src/main/storage/versions'
import { readSavedLibrary } from './savedLibrary'
import { testClock, useTempLibraries } from './tempLibraries'

const URL_ = 'https://news.example/2026/03/bridge.html'
const TEXT = 'The council voted on Monday to close the bridge.\n\nRepairs will take two years, the mayor said.\n\nShare this story'
const page = (text: string, title = 'Bridge to close for repairs'): Omit<NewVersion, 'articleId' | 'fetched'> => ({
  title,
  byline: 'Eleanor Ainge Roy',
  extracted: text,
  dropped: [text.split('\n\n').length - 1],
  source: `<html><h1>${title}</h1>${text}</html>`,
})
const imported = (): NewArticle => ({ ...page(TEXT), outlet: 'News', url: URL_, publishedAt: null, tags: [], sourceFormat: 'html', fetched: { url: URL_, at: '2026-03-01T12:00:00.000Z' } })
const at = (day: number): { url: string; at: string } => ({ url: URL_, at: `2026-03-0${day}T12:00:00.000Z` })

describe('versions of a fetched article', () => {
  const temp = useTempLibraries('versions')
  const changesFile = (): string => join(temp.dir, CHANGES_FILE)

  it('keeps the import as the first version, and writes nothing when a check finds only white space and clutter changed', async () => {
    const library = await temp.open(testClock('2026-03-01T12:00:00Z').now)
    const { article } = await addArticle(library.store, imported())
    expect(listVersions(library.store, article.id)).toEqual([
      expect.objectContaining({ title: 'Bridge to close for repairs', byline: 'Eleanor Ainge Roy', fetchedAt: '2026-03-01T12:00:00.000Z', url: URL_, words: 17, added: 0, removed: 0, headlineChanged: false, dropped: [2] }),
    ])
    const saved = await readFile(changesFile())
    // The same article with its lines spaced otherwise and a different trailing clutter block, dropped by clean-up.
    const reading = page(`${TEXT.replace('the bridge.', 'the   bridge.\n').replace('Share this story', 'Share this story on Facebook')}`)
    const answer = await recordVersion(library.store, { articleId: article.id, fetched: at(2), ...reading }, 1)
    expect(answer).toMatchObject({ status: 'unchanged', version: null, added: 0, removed: 0, headlineChanged: false })
    expect(await readFile(changesFile())).toEqual(saved)
    expect(listVersions(library.store, article.id)).toHaveLength(1)
  })

  it('keeps a reworded sentence as a new version, with its texts by hash, and it is there after the library is opened again', async () => {
    let library = await temp.open()
    const { article } = await addArticle(library.store, imported())
    const reworded = TEXT.replace('voted on Monday to close', 'decided on Monday it would shut')
    const answer = await recordVersion(library.store, { articleId: article.id, fetched: at(3), ...page(reworded) }, 1)
    expect(answer).toMatchObject({ status: 'new-version', added: 4, removed: 3, headlineChanged: false })
    expect(answer.article).toMatchObject({ fetched: at(3), wordCount: 18, title: 'Bridge to close for repairs' })

    library = await temp.open()
    const versions = listVersions(library.store, article.id)
    expect(versions.map((v) => [v.fetchedAt, v.added, v.removed, v.headlineChanged, v.words])).toEqual([
      ['2026-03-01T12:00:00.000Z', 0, 0, false, 17],
      ['2026-03-03T12:00:00.000Z', 4, 3, false, 18],
    ])
    const newest = versions[1]!
    const cleanedNow = reworded.split('\n\n').slice(0, 2).join('\n\n')
    expect(newest.textHash).toBe(hashText(cleanedNow))
    expect(await readFile(join(temp.dir, 'bodies', `${newest.textHash}.txt`), 'utf8')).toBe(cleanedNow)
    expect(await readFile(join(temp.dir, 'bodies', `${versions[0]!.textHash}.txt`), 'utf8')).toBe(TEXT.split('\n\n').slice(0, 2).join('\n\n'))
    // The article shows the newest version, and the page of every version stays readable.
    expect((await getArticle(library.store, article.id)).text).toBe(cleanedNow)
    expect((await getArticleTexts(library.store, article.id)).source).toBe(page(reworded).source)
    expect(await readFile(join(temp.dir, 'bodies', `${versions[0]!.sourceHash}.txt`), 'utf8')).toBe(page(TEXT).source)
    await expect(getVersionTexts(library.store, article.id, 0)).resolves.toMatchObject({ text: TEXT.split('\n\n').slice(0, 2).join('\n\n'), extracted: TEXT, source: page(TEXT).source })
    await expect(getVersionTexts(library.store, article.id, 2)).rejects.toMatchObject({ code: 'not-found', message: 'This article has 2 versions; there is no version 3.' })
  })

  it('keeps a headline change on its own, leaving a title the person edited as they wrote it', async () => {
    const library = await temp.open()
    const { article } = await addArticle(library.store, imported())
    const first = await recordVersion(library.store, { articleId: article.id, fetched: at(2), ...page(TEXT, 'Bridge closure delayed') }, 20)
    expect(first).toMatchObject({ status: 'new-version', added: 0, removed: 0, headlineChanged: true, article: { title: 'Bridge closure delayed' } })
    await updateArticle(library.store, article.id, { title: 'My own title' })
    const second = await recordVersion(library.store, { articleId: article.id, fetched: at(3), ...page(TEXT, 'Bridge closure delayed again') }, 20)
    expect(second).toMatchObject({ status: 'new-version', headlineChanged: true, article: { title: 'My own title' } })
    expect(listVersions(library.store, article.id).map((v) => v.title)).toEqual(['Bridge to close for repairs', 'Bridge closure delayed', 'Bridge closure delayed again'])
  })

  it('keeps a change below the threshold out, and counts it', async () => {
    const library = await temp.open()
    const { article } = await addArticle(library.store, imported())
    const answer = await recordVersion(library.store, { articleId: article.id, fetched: at(2), ...page(TEXT.replace('two years', 'three years')) }, 5)
    expect(answer).toMatchObject({ status: 'unchanged', added: 1, removed: 1 })
    expect(listVersions(library.store, article.id)).toHaveLength(1)
  })

  it('leaves the versions as they were when the new texts cannot be saved, and refuses an article that was not fetched', async () => {
    const library = await temp.open()
    const { article } = await addArticle(library.store, imported())
    const before = await readSavedLibrary(temp.dir)
    const put = library.store.bodies.put.bind(library.store.bodies)
    library.store.bodies.put = () => Promise.reject(Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' }))
    await expect(recordVersion(library.store, { articleId: article.id, fetched: at(2), ...page(TEXT.replace("the mayor said.", "the mayor said on Monday.")) }, 1)).rejects.toMatchObject({
      code: 'storage',
      message: expect.stringContaining('The stored versions are as they were.'),
    })
    library.store.bodies.put = put
    expect(await readSavedLibrary(temp.dir)).toEqual(before)
    expect(listVersions(library.store, article.id)).toHaveLength(1)

    const { article: file } = await addArticle(library.store, { title: 'From a file', outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: 'Some other text altogether.' })
    await expect(recordVersion(library.store, { articleId: file.id, fetched: at(2), ...page(TEXT) }, 1)).rejects.toMatchObject({ code: 'invalid-argument' })
    expect(listVersions(library.store, file.id)).toEqual([])
  })

  it('opens a library saved before versions were kept: a fetched article has its one version, and the next is added after it', async () => {
    let library = await temp.open()
    const { article } = await addArticle(library.store, imported())
    await library.close()
    // As version 4 wrote it: no versions on any article, and no changes after library.json.
    const saved = (await readSavedLibrary(temp.dir))!
    const old = { ...saved, schemaVersion: 4, changesThrough: 0, articles: saved.articles.map(({ versions: _v, ...rest }) => rest) }
    await writeFile(join(temp.dir, LIBRARY_FILE), JSON.stringify(old))
    await writeFile(changesFile(), '')

    library = await temp.open()
    expect(listVersions(library.store, article.id)).toEqual([expect.objectContaining({ fetchedAt: '2026-03-01T12:00:00.000Z', textHash: article.textHash, words: 17 })])
    await recordVersion(library.store, { articleId: article.id, fetched: at(2), ...page(`${TEXT.replace('Share this story', 'Traffic will use the ring road.')}\n\nShare this story`) }, 1)
    library = await temp.open()
    expect(listVersions(library.store, article.id).map((v) => v.added)).toEqual([0, 6])
    expect(JSON.parse(await readFile(join(temp.dir, LIBRARY_FILE), 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
  })
})
