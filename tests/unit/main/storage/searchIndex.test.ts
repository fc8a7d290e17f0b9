// Full-text search on a real library of a few hundred generated reports: every word of the query must be
// found in the title, outlet, byline or text, the last one perhaps unfinished; case, accents and inner
// punctuation do not matter; the index follows every change, and it is built after open, not during it.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { Low } from 'lowdb'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { ArticleMeta, NewArticle } from '../../../../src/shared/domain/article'
import { forEachWord } from '../../../../src/shared/domain/text'
import { BodyStore } from '../../../../src/main/storage/bodies'
import { DurableJsonFile } from '../../../../src/main/storage/durableJsonFile'
import { HighlightJournal } from '../../../../src/main/storage/highlightJournal'
import { Library, openLibrary } from '../../../../src/main/storage/library'
import { emptyLibrary, libraryDataSchema, type LibraryData } from '../../../../src/main/storage/schema'
import { parseQuery, SearchIndex, searchForm } from '../../../../src/main/storage/searchIndex'

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
      byline: random() < 0.3 ? `By ${pick(['Ana Núñez', 'Sam Ward', 'Lee Park'])}` : null,
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
const titles = async (query: string, tag?: string): Promise<string[]> => (await library.searchArticles(query, tag)).map((a) => a.title)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-search-'))
  let minute = 0
  library = await openLibrary(dir, () => new Date(Date.UTC(2026, 0, 1, 0, minute++)))
  const items = generated(COUNT)
  for (let i = 0; i < items.length; i += 50) await library.importArticles(items.slice(i, i + 50))
  await library.importArticles([
    { title: 'Talks in Zurich', outlet: 'Cafe Review', byline: null, url: null, publishedAt: null, tags: ['Diplomacy'], extracted: 'Delegates met at a cafe near the lake.' },
    { title: 'Kerry in Moscow', outlet: null, byline: 'By Jo Frost', url: null, publishedAt: null, tags: [], extracted: 'Discuss as:\n\nKerry met Putin at the Kremlin.', dropped: [0] },
  ])
  corpus = await Promise.all(library.listArticles().map(async (meta) => ({ meta, text: (await library.getArticle(meta.id)).text })))
})

afterAll(async () => {
  await library.close()
  await rm(dir, { recursive: true, force: true })
})

describe('searchArticles', () => {
  it('finds every article holding all the words, in any field, newest import first', async () => {
    for (const query of ['river flood', 'Kremlin mayor ferry', 'Town Courier levee', 'ward bridge', 'report 12 ', 'u.s.-led 70,000']) {
      const found = await library.searchArticles(query)
      expect(ids(found), query).toEqual(expected(corpus, query))
      expect(found.map((a) => a.importedAt), query).toEqual(found.map((a) => a.importedAt).sort().reverse())
    }
    expect(await titles('Kerry Kremlin')).toEqual(['Kerry in Moscow'])
    expect(await titles('jo frost')).toEqual(['Kerry in Moscow'])
  })

  it('lets the last word be unfinished, unless a space follows it', async () => {
    expect(await titles('kerry krem')).toEqual(['Kerry in Moscow'])
    expect(await titles('kerry krem ')).toEqual([])
    expect(await titles('delegates caf')).toEqual(['Talks in Zurich'])
    const prefixed = await library.searchArticles('gen')
    expect(prefixed.length).toBeGreaterThan(0)
    expect(ids(prefixed)).toEqual(expected(corpus, 'gen'))
  })

  it('ignores case and accents, both ways', async () => {
    expect(await titles('ZÜRICH CAFÉ delegates')).toEqual(['Talks in Zurich'])
    expect(await titles('zurich cafe delegates')).toEqual(['Talks in Zurich'])
    const withAccents = ids(await library.searchArticles('Zürich naïve'))
    expect(withAccents.length).toBeGreaterThan(0)
    expect(ids(await library.searchArticles('zurich NAIVE'))).toEqual(withAccents)
    expect(ids(await library.searchArticles('núñez'))).toEqual(ids(await library.searchArticles('nunez')))
  })

  it('keeps only articles with the tag, whatever its case; an empty query gives them all', async () => {
    expect(ids(await library.searchArticles(''))).toEqual(ids(library.listArticles()))
    expect(ids(await library.searchArticles('  ... '))).toEqual(ids(library.listArticles()))
    const politics = await library.searchArticles('', 'politics')
    expect(politics.length).toBeGreaterThan(10)
    expect(ids(politics)).toEqual(expected(corpus, '', 'Politics'))
    expect(await titles('cafe delegates', 'DIPLOMACY')).toEqual(['Talks in Zurich'])
    expect(await titles('cafe delegates', 'weather')).toEqual([])
  })

  it('does not find what clean-up dropped, and finds it again once the clean-up is undone', async () => {
    const kerry = library.listArticles().find((a) => a.title === 'Kerry in Moscow') as ArticleMeta
    expect(await titles('discuss kremlin')).toEqual([])
    await library.setCleanup(kerry.id, [])
    expect(await titles('discuss kremlin')).toEqual(['Kerry in Moscow'])
    await library.setCleanup(kerry.id, [0])
    expect(await titles('discuss kremlin')).toEqual([])
  })

  it('follows changed details at once', async () => {
    const zurich = library.listArticles().find((a) => a.title === 'Talks in Zurich') as ArticleMeta
    await library.updateArticle(zurich.id, { title: 'Delegates by the lake', outlet: null })
    expect(await titles('zurich delegates')).toEqual([])
    expect(await titles('cafe review')).toEqual([])
    expect(await titles('lake delegates')).toEqual(['Delegates by the lake'])
    await library.updateArticle(zurich.id, { title: 'Talks in Zurich', outlet: 'Cafe Review' })
    expect(await titles('zurich delegates')).toEqual(['Talks in Zurich'])
  })

  it('agrees with a slow search for any query of known words, prefixes and noise (property)', async () => {
    const word = fc.constantFrom(...VOCABULARY, 'report', 'by', 'post', 'gazette', 'rio', 'nowhere')
    const query = fc.tuple(fc.array(word, { maxLength: 3 }), fc.option(fc.string({ maxLength: 4 })), fc.constantFrom('', ' '))
    const tag = fc.option(fc.constantFrom(...TAGS), { nil: undefined })
    await fc.assert(
      fc.asyncProperty(query, tag, async ([words, rest, end], t) => {
        const q = `${[...words, rest ?? ''].join(' ')}${end}`
        expect(ids(await library.searchArticles(q, t))).toEqual(expected(corpus, q, t))
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
    const db = new Low<LibraryData>(new DurableJsonFile(join(dir, 'library.json'), libraryDataSchema), emptyLibrary())
    await db.read()
    const reopened = new Library(db, bodies, new HighlightJournal(join(dir, 'reopened.jsonl')), new Map())
    try {
      reopened.indexInBackground()
      expect(bodies.reads).toBe(0)
      expect(reopened.listArticles()).toHaveLength(COUNT + 2)
      expect(ids(await reopened.searchArticles('river flood'))).toEqual(expected(corpus, 'river flood'))
      expect(bodies.reads).toBe(COUNT + 2)
      await reopened.searchArticles('mayor')
      expect(bodies.reads).toBe(COUNT + 2)
    } finally {
      await reopened.close()
    }
  })

  it('takes in changes made while it is being built', async () => {
    const other = await mkdtemp(join(tmpdir(), 'parallax-search-build-'))
    try {
      const first = await openLibrary(other)
      await first.importArticles(generated(60))
      await first.close()
      const second = await openLibrary(other)
      const [added] = await second.importArticles([{ title: 'Late arrival', outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: 'A ferry docked late.' }])
      const victim = second.listArticles().at(-1) as ArticleMeta
      await second.deleteArticle(victim.id)
      expect(ids(await second.searchArticles('late arrival'))).toEqual([added!.article!.id])
      expect(ids(await second.searchArticles(victim.title))).not.toContain(victim.id)
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
