// Full-text search on a real library of a few hundred generated reports: every word of the query must be
// found in the title, outlet, byline or text, the last one perhaps unfinished; case, accents and inner
// punctuation do not matter; the index follows every change, and it is built after open, not during it.
// It is kept between runs: a reopened library reads only the bodies changed since, and a damaged file is
// only a slower start.

import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { Low } from 'lowdb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleMeta, NewArticle } from '../../../../src/shared/domain/article'
import { forEachWord } from '../../../../src/shared/domain/text'
import { BodyStore } from '../../../../src/main/storage/bodies'
import { LibraryFile } from '../../../../src/main/storage/libraryFile'
import { HighlightJournal } from '../../../../src/main/storage/highlightJournal'
import { Library, openLibrary } from '../../../../src/main/storage/library'
import { emptyLibrary, type LibraryData } from '../../../../src/main/storage/schema'
import { SearchIndex } from '../../../../src/main/storage/searchIndex'
import { parseQuery, searchForm } from '../../../../src/main/storage/searchWords'
import { decodeIndex, encodeIndex } from '../../../../src/main/storage/searchIndexFile'
import { getArticle, importArticles, listArticles, searchArticles, setCleanup, updateArticle } from '../../../../src/main/storage/articles'

const VOCABULARY = [
  'river', 'flood', 'mayor', 'bridge', 'school', 'levee', 'rain', 'storm', 'council', 'budget', 'vote', 'minister', 'talks', 'Kremlin',
  'Moscow', 'Syria', 'Geneva', 'ceasefire', 'Zürich', 'café', 'Éire', 'naïve', "Assad's", 'U.S.-led', '70,000', 'Ankara', 'harbour', 'ferry',
]
const OUTLETS = ['Town Courier', 'Evening Post', 'Río Gazette', null]
const TAGS = ['floods', 'Politics', 'weather', 'diplomacy']
const COUNT = 300

/** A small deterministic generator (mulberry32), so a failure can be read again. */
function generator(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function generated(count: number): NewArticle[] {
  const random = generator(7)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  return Array.from({ length: count }, (_, i) => {
    const sentences = Array.from({ length: 3 + Math.floor(random() * 6) }, () => `${Array.from({ length: 6 }, () => pick(VOCABULARY)).join(' ')}.`)
    return {
      title: `Report ${i} on the ${pick(VOCABULARY)}`,
      outlet: pick(OUTLETS),
      byline: random() < 0.3 ? `By ${pick(['Gabriella Muñoz', 'Joanna Rothkopf', 'Devindra Hardawar'])}` : null,
      url: null,
      publishedAt: null,
      tags: random() < 0.5 ? [pick(TAGS)] : [],
      extracted: sentences.join('\n\n'),
    }
  })
}

/** What search must find, worked out the slow way from the same words. */
function expected(articles: readonly { meta: ArticleMeta; text: string }[], query: string, tag?: string): string[] {
  const { words, prefix } = parseQuery(query)
  const formsOf = (text: string): Set<string> => {
    const forms = new Set<string>()
    forEachWord(text, (start, end) => forms.add(searchForm(text.slice(start, end))))
    return forms
  }
  return articles
    .filter(({ meta, text }) => {
      if (tag !== undefined && !meta.tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return false
      const forms = formsOf([meta.title, meta.outlet ?? '', meta.byline ?? '', text].join('\n'))
      return words.every((w) => forms.has(w)) && (prefix === null || [...forms].some((f) => f.startsWith(prefix)))
    })
    .map(({ meta }) => meta.id)
}

let dir: string
let library: Library
let corpus: { meta: ArticleMeta; text: string }[]
const ids = (list: ArticleMeta[]): string[] => list.map((a) => a.id)
const titles = async (query: string, tag?: string): Promise<string[]> => (await searchArticles(library.store, query, tag)).map((a) => a.title)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-search-'))
  let minute = 0
  library = await openLibrary(dir, () => new Date(Date.UTC(2026, 0, 1, 0, minute++)))
  const items = generated(COUNT)
  for (let i = 0; i < items.length; i += 50) await importArticles(library.store, items.slice(i, i + 50))
  await importArticles(library.store, [
    { title: 'Talks in Zurich', outlet: 'Cafe Review', byline: null, url: null, publishedAt: null, tags: ['Diplomacy'], extracted: 'Delegates met at a cafe near the lake.' },
    { title: 'Kerry in Moscow', outlet: null, byline: 'By Ben Silverman', url: null, publishedAt: null, tags: [], extracted: 'Discuss as:\n\nKerry met Putin at the Kremlin.', dropped: [0] },
  ])
  corpus = await Promise.all(listArticles(library.store).map(async (meta) => ({ meta, text: (await getArticle(library.store, meta.id)).text })))
})

afterAll(async () => {
  await library.close()
  await rm(dir, { recursive: true, force: true })
})

describe('searchArticles', () => {
  it('finds every article holding all the words, in any field, newest import first', async () => {
    for (const query of ['river flood', 'Kremlin mayor ferry', 'Town Courier levee', 'ward bridge', 'report 12 ', 'u.s.-led 70,000']) {
      const found = await searchArticles(library.store, query)
      expect(ids(found), query).toEqual(expected(corpus, query))
      expect(found.map((a) => a.importedAt), query).toEqual(found.map((a) => a.importedAt).sort().reverse())
    }
    expect(await titles('Kerry Kremlin')).toEqual(['Kerry in Moscow'])
    expect(await titles('ben silverman')).toEqual(['Kerry in Moscow'])
  })

  it('lets the last word be unfinished, unless a space follows it', async () => {
    expect(await titles('kerry krem')).toEqual(['Kerry in Moscow'])
    expect(await titles('kerry krem ')).toEqual([])
    expect(await titles('delegates caf')).toEqual(['Talks in Zurich'])
    const prefixed = await searchArticles(library.store, 'gen')
    expect(prefixed.length).toBeGreaterThan(0)
    expect(ids(prefixed)).toEqual(expected(corpus, 'gen'))
  })

  it('ignores case and accents, both ways', async () => {
    expect(await titles('ZÜRICH CAFÉ delegates')).toEqual(['Talks in Zurich'])
    expect(await titles('zurich cafe delegates')).toEqual(['Talks in Zurich'])
    const withAccents = ids(await searchArticles(library.store, 'Zürich naïve'))
    expect(withAccents.length).toBeGreaterThan(0)
    expect(ids(await searchArticles(library.store, 'zurich NAIVE'))).toEqual(withAccents)
    const byline = ids(await searchArticles(library.store, 'muñoz'))
    expect(byline.length).toBeGreaterThan(0)
    expect(ids(await searchArticles(library.store, 'munoz'))).toEqual(byline)
  })

  it('keeps only articles with the tag, whatever its case; an empty query gives them all', async () => {
    expect(ids(await searchArticles(library.store, ''))).toEqual(ids(listArticles(library.store)))
    expect(ids(await searchArticles(library.store, '  ... '))).toEqual(ids(listArticles(library.store)))
    const politics = await searchArticles(library.store, '', 'politics')
    expect(politics.length).toBeGreaterThan(10)
    expect(ids(politics)).toEqual(expected(corpus, '', 'Politics'))
    expect(await titles('cafe delegates', 'DIPLOMACY')).toEqual(['Talks in Zurich'])
    expect(await titles('cafe delegates', 'weather')).toEqual([])
  })

  it('does not find what clean-up dropped, and finds it again once the clean-up is undone', async () => {
    const kerry = listArticles(library.store).find((a) => a.title === 'Kerry in Moscow') as ArticleMeta
    expect(await titles('discuss kremlin')).toEqual([])
    await setCleanup(library.store, kerry.id, [])
    expect(await titles('discuss kremlin')).toEqual(['Kerry in Moscow'])
    await setCleanup(library.store, kerry.id, [0])
    expect(await titles('discuss kremlin')).toEqual([])
  })

  it('follows changed details at once', async () => {
    const zurich = listArticles(library.store).find((a) => a.title === 'Talks in Zurich') as ArticleMeta
    await updateArticle(library.store, zurich.id, { title: 'Delegates by the lake', outlet: null })
    expect(await titles('zurich delegates')).toEqual([])
    expect(await titles('cafe review')).toEqual([])
    expect(await titles('lake delegates')).toEqual(['Delegates by the lake'])
    await updateArticle(library.store, zurich.id, { title: 'Talks in Zurich', outlet: 'Cafe Review' })
    expect(await titles('zurich delegates')).toEqual(['Talks in Zurich'])
  })

  it('agrees with a slow search for any query of known words, prefixes and noise (property)', async () => {
    const word = fc.constantFrom(...VOCABULARY, 'report', 'by', 'post', 'gazette', 'rio', 'nowhere')
    const query = fc.tuple(fc.array(word, { maxLength: 3 }), fc.option(fc.string({ maxLength: 4 })), fc.constantFrom('', ' '))
    const tag = fc.option(fc.constantFrom(...TAGS), { nil: undefined })
    await fc.assert(
      fc.asyncProperty(query, tag, async ([words, rest, end], t) => {
        const q = `${[...words, rest ?? ''].join(' ')}${end}`
        expect(ids(await searchArticles(library.store, q, t))).toEqual(expected(corpus, q, t))
      }),
      { numRuns: 150 },
    )
  })
})

describe('the search index', () => {
  /** A body store that counts the bodies read. */
  class CountingBodies extends BodyStore {
    reads = 0
    override get(hash: string): Promise<string> {
      this.reads++
      return super.get(hash)
    }
  }

  it('is built in the background after open, reading each body once, and a search waits for it', async () => {
    const bodies = new CountingBodies(join(dir, 'bodies'))
    const db = new Low<LibraryData>(new LibraryFile(join(dir, 'library.json'), join(dir, 'library-changes.jsonl')), emptyLibrary())
    await db.read()
    const reopened = new Library(db, bodies, new HighlightJournal(join(dir, 'reopened.jsonl')), new Map())
    try {
      reopened.indexInBackground()
      expect(bodies.reads).toBe(0)
      expect(listArticles(reopened.store)).toHaveLength(COUNT + 2)
      expect(ids(await searchArticles(reopened.store, 'river flood'))).toEqual(expected(corpus, 'river flood'))
      expect(bodies.reads).toBe(COUNT + 2)
      await searchArticles(reopened.store, 'mayor')
      expect(bodies.reads).toBe(COUNT + 2)
    } finally {
      await reopened.close()
    }
  })

  it('takes in changes made while it is being built', async () => {
    const other = await mkdtemp(join(tmpdir(), 'parallax-search-build-'))
    try {
      const first = await openLibrary(other)
      await importArticles(first.store, generated(60))
      await first.close()
      const second = await openLibrary(other)
      const [added] = await importArticles(second.store, [{ title: 'Late arrival', outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: 'A ferry docked late.' }])
      const victim = listArticles(second.store).at(-1) as ArticleMeta
      await second.deletions.delete(victim.id)
      expect(ids(await searchArticles(second.store, 'late arrival'))).toEqual([added!.article!.id])
      expect(ids(await searchArticles(second.store, victim.title))).not.toContain(victim.id)
      await second.close()
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })

  it('stays right through thousands of changes, as dropped entries are cleared out', async () => {
    const random = generator(11)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
    const bodies = new Map<string, string>()
    const articles = new Map<string, ArticleMeta>()
    const index = new SearchIndex({
      list: () => [...articles.values()],
      find: (id) => articles.get(id),
      readBody: async (hash) => bodies.get(hash) as string,
    })
    const write = (id: string): void => {
      const text = Array.from({ length: 5 }, () => pick(VOCABULARY)).join(' ')
      const hash = `${id}:${bodies.size}`
      bodies.set(hash, text)
      articles.set(id, { ...corpus[0]!.meta, id, title: `Item ${id}`, outlet: null, byline: null, textHash: hash })
      index.refresh(id)
    }
    for (let i = 0; i < 40; i++) write(`a${i}`)
    for (let change = 0; change < 3000; change++) {
      const id = `a${Math.floor(random() * 40)}`
      if (random() < 0.1) {
        articles.delete(id)
        index.refresh(id)
      } else write(id)
    }
    await index.search('')
    // Compaction ran: far fewer entries are kept than the 3,000 changes made.
    expect((index as unknown as { documents: unknown[] }).documents.length).toBeLessThan(1100)
    const current = [...articles.values()].map((meta) => ({ meta, text: bodies.get(meta.textHash) as string }))
    for (const query of ['river', 'kremlin flood', 'gen', 'item', "assad's ferry"]) {
      expect([...((await index.search(query)) ?? [])].sort(), query).toEqual(expected(current, query).sort())
    }
  })
})

describe('the index kept between runs', () => {
  /** A library of articles in memory, with a counted body reader and the index's file as bytes in memory. */
  function memoryLibrary(count: number) {
    const random = generator(23)
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
    const bodies = new Map<string, string>()
    const articles = new Map<string, ArticleMeta>()
    const state = { reads: 0, saved: null as Uint8Array | null, saves: 0 }
    const write = (id: string, title = `Item ${id}`): void => {
      const text = Array.from({ length: 8 }, () => pick(VOCABULARY)).join(' ')
      const hash = `${id}:${bodies.size}`
      bodies.set(hash, text)
      articles.set(id, { ...corpus[0]!.meta, id, title, outlet: null, byline: null, textHash: hash })
    }
    for (let i = 0; i < count; i++) write(`a${i}`)
    const open = (): SearchIndex =>
      new SearchIndex({
        list: () => [...articles.values()],
        find: (id) => articles.get(id),
        readBody: async (hash) => {
          state.reads++
          const text = bodies.get(hash)
          if (text === undefined) throw new Error('no such body')
          return text
        },
        file: {
          load: async () => state.saved,
          save: async (bytes) => {
            state.saves++
            state.saved = new Uint8Array(bytes)
          },
        },
      })
    const current = () => [...articles.values()].map((meta) => ({ meta, text: bodies.get(meta.textHash) ?? '' }))
    /** Opens the index again, checks every query against the library, closes it (saving): the bodies it read. */
    const reopen = async (): Promise<number> => {
      state.reads = 0
      const index = open()
      await expectRight(index, current())
      await index.close()
      return state.reads
    }
    return { articles, bodies, state, write, open, current, reopen }
  }
  const QUERIES = ['river', 'kremlin flood', 'gen', 'item a1', "assad's ferry", 'zurich cafe']
  async function expectRight(index: SearchIndex, current: readonly { meta: ArticleMeta; text: string }[]): Promise<void> {
    for (const query of QUERIES) expect([...((await index.search(query)) ?? [])].sort(), query).toEqual(expected(current, query).sort())
  }

  it('is saved when the library closes, and answers at the next open without reading a body', async () => {
    const memory = memoryLibrary(50)
    const first = memory.open()
    await expectRight(first, memory.current())
    expect(memory.state.reads).toBe(50)
    await first.close()
    expect(memory.state.saves).toBe(1)

    memory.state.reads = 0
    const second = memory.open()
    await expectRight(second, memory.current())
    expect(memory.state.reads).toBe(0)
    // Nothing changed, so closing writes nothing.
    await second.close()
    expect(memory.state.saves).toBe(1)
  })

  it('is written whole when an article changes as the library closes, the change left to the next open', async () => {
    const memory = memoryLibrary(50)
    const first = memory.open()
    await expectRight(first, memory.current())
    memory.write('a1', 'Changed while closing')
    first.refresh('a1')
    const closing = first.close()
    memory.write('a2', 'Changed again while closing, zurich cafe river')
    first.refresh('a2')
    await closing
    memory.state.reads = 0
    const second = memory.open()
    await expectRight(second, memory.current())
    // The file read back whole: only the article changed after it was written is read again.
    expect(memory.state.reads).toBe(1)
    await second.close()
  })

  it('reads again only the articles changed since it was saved, and drops the ones deleted', async () => {
    const memory = memoryLibrary(50)
    const first = memory.open()
    await first.search('')
    await first.close()
    memory.state.reads = 0
    memory.write('a3') // new text
    memory.articles.set('a4', { ...memory.articles.get('a4')!, title: 'Renamed ferry report' }) // new details only
    memory.write('b1') // a new article
    memory.articles.delete('a5')
    memory.articles.delete('a6')

    const second = memory.open()
    await expectRight(second, memory.current())
    expect(await second.search('renamed')).toEqual(new Set(['a4']))
    expect(memory.state.reads).toBe(3)
    await second.close()
    expect(await memory.reopen()).toBe(0)
  })

  it('reads a body again at the next open when it could not be read this time', async () => {
    const memory = memoryLibrary(10)
    const lost = memory.articles.get('a2')!
    const text = memory.bodies.get(lost.textHash)!
    memory.bodies.delete(lost.textHash)
    const first = memory.open()
    await first.search('')
    await first.close()
    memory.bodies.set(lost.textHash, text)
    expect(await memory.reopen()).toBe(1)
  })

  it.each<[string, (bytes: Uint8Array) => Uint8Array]>([
    ['cut short', (bytes) => bytes.subarray(0, bytes.length - 7)],
    ['of another format', (bytes) => Object.assign(new Uint8Array(bytes), { 4: 99 })],
    ['naming a document that does not exist', (bytes) => {
      const copy = new Uint8Array(bytes)
      new DataView(copy.buffer).setUint32(copy.length - 4, 1_000_000, true)
      return copy
    }],
    ['empty', () => new Uint8Array(0)],
    ['not an index at all', () => new TextEncoder().encode('{"documents":[]}')],
  ])('is built from the bodies, as without it, when its file is %s', async (_label, damage) => {
    const memory = memoryLibrary(30)
    const first = memory.open()
    await first.search('')
    await first.close()
    memory.state.saved = damage(memory.state.saved!)
    expect(await memory.reopen()).toBe(30)
    // And a good one takes its place.
    expect(await memory.reopen()).toBe(0)
  })

  it('reads back what it wrote, for any postings', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.tuple(fc.string({ minLength: 1 }), fc.string()), { nil: null }), { minLength: 1, maxLength: 30 }),
        fc.dictionary(fc.string({ minLength: 1 }), fc.uniqueArray(fc.nat(29), { maxLength: 30 })),
        (documents, lists) => {
          const postings = new Map(Object.entries(lists).map(([word, list]) => [word, [...list].filter((n) => n < documents.length).sort((a, b) => a - b)]))
          return encodeIndex({ documents, postings }).then(decodeIndex).then((decoded) => {
            expect(decoded?.documents).toEqual(documents)
            expect(new Map([...(decoded?.postings ?? [])].map(([word, list]) => [word, Array.from(list)]))).toEqual(postings)
          })
        },
      ),
    )
  })

  it('is kept in the library folder by openLibrary, and a reopened library finds by it', async () => {
    const other = await mkdtemp(join(tmpdir(), 'parallax-search-kept-'))
    try {
      const first = await openLibrary(other)
      await importArticles(first.store, generated(40))
      const gone = listArticles(first.store)[0] as ArticleMeta
      expect(await searchArticles(first.store, 'ferry')).not.toHaveLength(0)
      await first.deletions.delete(gone.id)
      await first.close()
      expect(await readdir(other)).toContain('search-index.bin')
      const second = await openLibrary(other)
      const found = ids(await searchArticles(second.store, 'report'))
      expect(found).toHaveLength(39)
      expect(found).not.toContain(gone.id)
      await second.close()
    } finally {
      await rm(other, { recursive: true, force: true })
    }
  })
})
