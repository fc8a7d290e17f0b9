// Importing and changing articles on real folders: what each item of a batch becomes, what is written and in
// how many saves, what a failed save leaves behind, and clean-up re-applied and undone from the stored text.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low, type Adapter } from 'lowdb'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import { applyCleanup, splitBlocks } from '../../../../src/shared/import'
import { BodyStore, hashText } from '../../../../src/main/storage/bodies'
import { HighlightJournal } from '../../../../src/main/storage/highlightJournal'
import { Library, openLibrary } from '../../../../src/main/storage/library'
import { DurableJsonFile } from '../../../../src/main/storage/durableJsonFile'
import { emptyLibrary, libraryDataSchema, type LibraryData } from '../../../../src/main/storage/schema'
import { addArticle, getArticle, getArticleTexts, importArticles, listArticles, searchArticles, setCleanup, updateArticle } from '../../../../src/main/storage/articles'
import { createComparison } from '../../../../src/main/storage/comparisons'

let dir: string
const opened: Library[] = []
const open = async (): Promise<Library> => {
  // One owner at a time, as in the app: opening cleans up what a crash left, not what another instance writes.
  await Promise.all(opened.map((l) => l.close()))
  const library = await openLibrary(dir, () => new Date('2026-02-01T10:00:00.000Z'))
  opened.push(library)
  return library
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-articles-'))
})
afterEach(async () => {
  await Promise.all(opened.splice(0).map((library) => library.close()))
  await rm(dir, { recursive: true, force: true })
})

const extracted = [
  'Discuss as:',
  'Flood closes the old town',
  'The river rose through the night and by morning the lower streets were under water.',
  'Advertisement',
  'Schools will stay closed until Friday, the mayor said.',
].join('\n\n')
const html = `<html><body><h1>Flood closes the old town</h1><p>${extracted.replace(/\n\n/g, '</p><p>')}</p></body></html>`

const report = (change: Partial<NewArticle> = {}): NewArticle => ({
  title: 'Flood closes the old town',
  outlet: 'Town Courier',
  byline: 'Staff reporter',
  url: 'https://example.org/flood',
  publishedAt: '2026-01-31',
  tags: ['floods'],
  extracted,
  dropped: [0, 3],
  source: html,
  sourceFormat: 'html',
  sourceName: 'flood.html',
  ...change,
})

describe('importArticles', () => {
  it('imports an article with its three texts, each stored once by its hash', async () => {
    const library = await open()
    const [outcome] = await importArticles(library.store, [report()])
    const text = applyCleanup(extracted, [0, 3])
    expect(outcome).toEqual({ name: 'flood.html', status: 'imported', article: expect.objectContaining({ title: 'Flood closes the old town' }), message: null })
    const article = outcome!.article!
    expect(article).toMatchObject({
      outlet: 'Town Courier',
      byline: 'Staff reporter',
      url: 'https://example.org/flood',
      publishedAt: '2026-01-31',
      importedAt: '2026-02-01T10:00:00.000Z',
      tags: ['floods'],
      dropped: [0, 3],
      textHash: hashText(text),
      extractedHash: hashText(extracted),
      sourceHash: hashText(html),
      sourceFormat: 'html',
      sourceName: 'flood.html',
    })
    expect(await getArticleTexts(library.store, article.id)).toEqual({ source: html, extracted, text })
    expect((await getArticle(library.store, article.id)).text).toBe(text)
    expect(text).not.toContain('Discuss as:')
    expect(text).not.toContain('Advertisement')
    expect((await readdir(join(dir, 'bodies'))).sort()).toEqual([hashText(html), hashText(extracted), hashText(text)].map((h) => `${h}.txt`).sort())
  })

  it('keeps the extracted text as the source when no source is given, and names pasted text', async () => {
    const library = await open()
    const [outcome] = await importArticles(library.store, [report({ source: undefined, sourceFormat: undefined, sourceName: undefined, dropped: undefined })])
    expect(outcome).toMatchObject({ name: 'Pasted text', status: 'imported' })
    expect(outcome!.article).toMatchObject({ sourceHash: hashText(extracted), extractedHash: hashText(extracted), sourceFormat: 'text', sourceName: null, dropped: [] })
    expect((await getArticleTexts(library.store, outcome!.article!.id)).text).toBe(applyCleanup(extracted, []))
  })

  it('tidies details: trimmed, empty ones null, tags once whatever their case', async () => {
    const library = await open()
    const { article } = await addArticle(library.store, report({ title: '  Flood  ', outlet: '   ', byline: ' Staff ', tags: [' Floods', 'floods', 'FLOODS ', 'town', '  '] }))
    expect(article).toMatchObject({ title: 'Flood', outlet: null, byline: 'Staff', tags: ['Floods', 'town'] })
  })

  it('finds duplicates of the library and of the same batch, and refuses what cannot be stored, each on its own', async () => {
    const library = await open()
    const first = await addArticle(library.store, report())
    const other = 'A different report about the bridge.\n\nIt reopened on Monday.'
    const outcomes = await importArticles(library.store, [
      report({ sourceName: 'again.html' }),
      report({ extracted: other, dropped: [], source: undefined, sourceName: 'bridge.txt', sourceFormat: 'text' }),
      report({ extracted: '   \n\n  ', dropped: [], sourceName: 'empty.txt' }),
      report({ extracted: other, dropped: [], source: undefined, sourceName: 'bridge copy.txt' }),
      report({ dropped: [0, 1, 2, 3, 4], sourceName: 'all dropped.html' }),
      report({ dropped: [7], sourceName: 'stale.html' }),
      report({ tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`), sourceName: 'tags.html', extracted: 'Tagged.' }),
      report({ title: '   ', sourceName: 'untitled.html', extracted: 'No title.' }),
    ])
    expect(outcomes.map((o) => [o.name, o.status, o.message])).toEqual([
      ['again.html', 'duplicate', 'Already in the library as "Flood closes the old town".'],
      ['bridge.txt', 'imported', null],
      ['empty.txt', 'refused', 'There is no text to import: it is empty.'],
      ['bridge copy.txt', 'duplicate', 'The same text as "Flood closes the old town", earlier in this import.'],
      ['all dropped.html', 'refused', 'Clean-up would leave nothing of this text: keep at least one block.'],
      ['stale.html', 'refused', `Clean-up names block 8, but the text has only ${splitBlocks(extracted).length} blocks.`],
      ['tags.html', 'refused', 'An article can have at most 20 tags; 21 were given.'],
      ['untitled.html', 'refused', 'An article needs a title.'],
    ])
    expect(outcomes[0]!.article).toEqual(first.article)
    expect(outcomes[3]!.article).toEqual(outcomes[1]!.article)
    expect(listArticles(library.store).map((a) => a.sourceName)).toEqual(['bridge.txt', 'flood.html'])
  })

  it('writes a batch in one save of the library file', async () => {
    const file = new DurableJsonFile<LibraryData>(join(dir, 'library.json'), libraryDataSchema)
    let writes = 0
    const counting: Adapter<LibraryData> = {
      read: () => file.read(),
      write: (data) => {
        writes++
        return file.write(data)
      },
    }
    const bodies = new BodyStore(join(dir, 'bodies'))
    await bodies.init()
    const library = new Library(new Low(counting, emptyLibrary()), bodies, new HighlightJournal(join(dir, 'highlights.jsonl')), new Map())
    opened.push(library)
    const outcomes = await importArticles(library.store, Array.from({ length: 50 }, (_, i) => report({ extracted: `Report number ${i}.`, dropped: [], sourceName: `${i}.txt` })))
    expect(outcomes.every((o) => o.status === 'imported')).toBe(true)
    expect(writes).toBe(1)
    const reopened = await open()
    expect(listArticles(reopened.store)).toHaveLength(50)
  })

  it('writes nothing but a refusal when every item is refused or a duplicate', async () => {
    const library = await open()
    await addArticle(library.store, report())
    const before = await readFile(join(dir, 'library.json'))
    const outcomes = await importArticles(library.store, [report(), report({ extracted: '' })])
    expect(outcomes.map((o) => o.status)).toEqual(['duplicate', 'refused'])
    expect(await readFile(join(dir, 'library.json'))).toEqual(before)
  })
})

describe('an import that cannot be saved', () => {
  function failingAdapter(): Adapter<LibraryData> {
    return {
      read: async () => emptyLibrary(),
      write: async () => {
        throw new Error('ENOSPC: no space left on device')
      },
    }
  }

  /** A body store that cannot store texts holding "unstorable". */
  class PickyBodies extends BodyStore {
    override async put(text: string): Promise<string> {
      if (text.includes('unstorable')) throw new Error('EIO: i/o error')
      return super.put(text)
    }
  }

  it('leaves memory and the file as they were when the metadata save fails, and says why', async () => {
    const bodies = new BodyStore(join(dir, 'bodies'))
    await bodies.init()
    const library = new Library(new Low(failingAdapter(), emptyLibrary()), bodies, new HighlightJournal(join(dir, 'highlights.jsonl')), new Map())
    opened.push(library)
    const error = await importArticles(library.store, [report(), report({ extracted: 'Another text.', dropped: [] })]).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'storage', message: expect.stringContaining('no space left') })
    expect(listArticles(library.store)).toEqual([])
    expect(await searchArticles(library.store, '')).toEqual([])
    // The bodies were written first; nothing names them, and a later import of the same text reuses them.
    expect((await readdir(join(dir, 'bodies'))).length).toBeGreaterThan(0)
  })

  it('refuses only the item whose body cannot be written', async () => {
    const bodies = new PickyBodies(join(dir, 'bodies'))
    await bodies.init()
    const db = new Low<LibraryData>({ read: async () => null, write: async () => undefined }, emptyLibrary())
    const library = new Library(db, bodies, new HighlightJournal(join(dir, 'highlights.jsonl')), new Map())
    opened.push(library)
    const outcomes = await importArticles(library.store, [report({ extracted: 'An unstorable text.', dropped: [] }), report()])
    expect(outcomes.map((o) => [o.status, o.message])).toEqual([
      ['refused', 'Parallax could not save this text: EIO: i/o error'],
      ['imported', null],
    ])
    await expect(addArticle(library.store, report({ extracted: 'Still unstorable.', dropped: [] }))).rejects.toMatchObject({ code: 'storage' })
    expect(listArticles(library.store)).toHaveLength(1)
  })
})

describe('updateArticle', () => {
  it('changes only the details given, across a restart, without touching the texts', async () => {
    const library = await open()
    const { article } = await addArticle(library.store, report())
    const updated = await updateArticle(library.store, article.id, { title: ' High water in the old town ', byline: null, tags: ['Floods', 'weather', 'floods'] })
    expect(updated).toEqual({ ...article, title: 'High water in the old town', byline: null, tags: ['Floods', 'weather'] })
    expect(article.title).toBe('Flood closes the old town')
    const reopened = await open()
    expect(listArticles(reopened.store)).toEqual([updated])
  })

  it('refuses an empty title and an unknown article in words, changing nothing', async () => {
    const library = await open()
    const { article } = await addArticle(library.store, report())
    const before = await readFile(join(dir, 'library.json'))
    await expect(updateArticle(library.store, article.id, { title: '  ' })).rejects.toMatchObject({ code: 'invalid-argument', message: 'An article needs a title.' })
    await expect(updateArticle(library.store, 'no-such-article', { title: 'x' })).rejects.toMatchObject({ code: 'not-found' })
    expect(await readFile(join(dir, 'library.json'))).toEqual(before)
  })
})

describe('setCleanup', () => {
  it('re-applies clean-up from the stored extracted text, and [] undoes it', async () => {
    const library = await open()
    const { article } = await addArticle(library.store, report())
    const more = await setCleanup(library.store, article.id, [4, 0, 3, 0])
    expect(more.dropped).toEqual([0, 3, 4])
    expect((await getArticle(library.store, article.id)).text).toBe(applyCleanup(extracted, [0, 3, 4]))
    expect(more.wordCount).toBeLessThan(article.wordCount)

    const undone = await setCleanup(library.store, article.id, [])
    const texts = await getArticleTexts(library.store, article.id)
    expect(undone).toMatchObject({ dropped: [], textHash: hashText(applyCleanup(extracted, [])), extractedHash: article.extractedHash, sourceHash: article.sourceHash })
    expect(texts).toEqual({ source: html, extracted, text: applyCleanup(extracted, []) })
    expect(texts.text).toContain('Discuss as:')

    const again = await setCleanup(library.store, article.id, [0, 3])
    expect(again).toEqual({ ...article, dropped: [0, 3] })
    const reopened = await open()
    expect(listArticles(reopened.store)).toEqual([again])
  })

  it('leaves highlights as they were: they re-anchor when shown', async () => {
    const library = await open()
    const { article } = await addArticle(library.store, report())
    const { article: second } = await addArticle(library.store, report({ extracted: 'Another report.', dropped: [] }))
    const comparison = await createComparison(library.store, { title: 'Flood', articleIds: [article.id, second.id] })
    const text = (await getArticle(library.store, article.id)).text
    const start = text.indexOf('lower streets')
    const highlight = await library.highlights.add({ comparisonId: comparison.id, articleId: article.id, start, end: start + 13, color: 'yellow', note: '' })
    await setCleanup(library.store, article.id, [])
    expect(library.highlights.list(comparison.id)).toEqual([highlight])
  })

  it('refuses to drop every block, or a block the text does not have, changing nothing', async () => {
    const library = await open()
    const { article } = await addArticle(library.store, report())
    const before = await readFile(join(dir, 'library.json'))
    await expect(setCleanup(library.store, article.id, [0, 1, 2, 3, 4])).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('leave nothing') })
    await expect(setCleanup(library.store, article.id, [99])).rejects.toMatchObject({ code: 'invalid-argument', message: expect.stringContaining('block 100') })
    await expect(setCleanup(library.store, 'no-such-article', [])).rejects.toMatchObject({ code: 'not-found' })
    expect(await readFile(join(dir, 'library.json'))).toEqual(before)
  })
})
