// The one way into the handlers, driven as the renderer would: valid calls answer, anything else is
// refused as data (never thrown), and no refused call changes a byte of the person's data.

import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article, ArticleMeta } from '../../../../src/shared/domain/article'
import type { ComparisonSummary, ComparisonWithArticles } from '../../../../src/shared/domain/comparison'
import type { Result } from '../../../../src/shared/domain/errors'
import { CHANNELS, type Channel } from '../../../../src/shared/ipc/contract'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'

const samplesFolder = fileURLToPath(new URL('../../../../resources/samples', import.meta.url))

let dataFolder: string
let services: AppServices

beforeAll(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-dispatch-'))
  services = await createAppServices({ dataFolder, samplesFolder })
})

afterAll(async () => {
  await services.library.close()
  await rm(dataFolder, { recursive: true, force: true })
})

/** Every file under the data folder, by relative path, with its bytes. */
async function snapshot(folder: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    files.set(relative(folder, path) + (entry.isDirectory() ? '/' : ''), entry.isDirectory() ? Buffer.alloc(0) : await readFile(path))
  }
  return files
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}

describe('valid calls', () => {
  it('listComparisons gives the sample comparison with its three articles', async () => {
    const list = valueOf<ComparisonSummary[]>(await services.dispatch('listComparisons', undefined))
    expect(list.map((c) => [c.title, c.articles.length])).toEqual([['Kerry in Moscow, May 2013', 3]])
  })

  it('getComparison returns the three articles with their full (cleaned) texts, in column order', async () => {
    const [summary] = valueOf<ComparisonSummary[]>(await services.dispatch('listComparisons', undefined))
    const comparison = valueOf<ComparisonWithArticles>(await services.dispatch('getComparison', { id: summary!.id }))
    expect(comparison.articles.map((a) => a.id)).toEqual(summary!.articleIds)
    for (const [i, name] of ['1.txt', '2.txt', '3.txt'].entries()) {
      const texts = valueOf<{ source: string; text: string }>(await services.dispatch('getArticleTexts', { id: comparison.articles[i]!.id }))
      expect(texts.source).toBe(await readFile(join(samplesFolder, 'kerry-moscow-2013', name), 'utf8'))
      expect(comparison.articles[i]!.text).toBe(texts.text)
    }
  })

  it('listArticles gives three articles without bodies, and getArticle gives one with its body', async () => {
    const articles = valueOf<ArticleMeta[]>(await services.dispatch('listArticles', undefined))
    expect(articles).toHaveLength(3)
    for (const a of articles) {
      expect(a).not.toHaveProperty('text')
      expect(a.wordCount).toBeGreaterThan(300)
    }
    const one = valueOf<Article>(await services.dispatch('getArticle', { id: articles[0]!.id }))
    expect(one.id).toBe(articles[0]!.id)
    expect(one.text.length).toBeGreaterThan(2000)
  })

  it('restoreSample returns the sample comparison that is already there', async () => {
    const [summary] = valueOf<ComparisonSummary[]>(await services.dispatch('listComparisons', undefined))
    expect(valueOf<ComparisonSummary>(await services.dispatch('restoreSample', undefined))).toEqual(summary)
  })

  it('answers a well-formed id that does not exist with not-found', async () => {
    for (const channel of ['getComparison', 'getArticle']) {
      const result = await services.dispatch(channel, { id: '00000000-0000-4000-8000-000000000000' })
      expect(result).toMatchObject({ ok: false, error: { code: 'not-found' } })
    }
  })
})

describe('refused calls', () => {
  const wrongNoInput: unknown[] = [1, 'x', {}, [], null, { id: 'a' }, 0, false, '']
  const wrongIdInput: unknown[] = [
    undefined, null, 42, 'abc', [], {}, { id: 5 }, { id: '' }, { id: 'x'.repeat(500) }, { id: '../../etc/passwd' },
    { id: 'a', extra: 1 }, { id: null }, { id: ['a'] }, { id: 'a b' }, { id: 'a\u0000' }, [{ id: 'a' }],
  ]
  const range = { comparisonId: 'c1', articleId: 'a1', start: 0, end: 5, color: 'yellow' }
  const pdfOptions = { paper: 'a4', orientation: 'landscape', columns: true, appendix: false, notes: true, quotes: true }
  const TOKEN = '1b4e28ba-2fa1-4d2e-8b6c-9d1f2f1a3c4d'
  const item = { title: 'A report', outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: 'Some text.' }
  const items = (change: Record<string, unknown>): unknown => ({ items: [{ ...item, ...change }] })
  const details = (change: Record<string, unknown>): unknown => ({ id: 'a1', details: change })
  const comparison = (change: Record<string, unknown>): unknown => ({ title: 'Budget vote', articleIds: ['a1', 'a2'], ...change })
  const version = (change: Record<string, unknown>): unknown => ({
    articleId: 'a1', title: 'A report', byline: null, extracted: 'Some text.', fetched: { url: 'https://a.example/story', at: '2026-03-01T12:00:00Z' }, ...change,
  })
  // Every channel must appear here (a missing one is a type error): what each must refuse.
  const wrongInputs: Record<Channel, unknown[]> = {
    listComparisons: wrongNoInput,
    listArticles: wrongNoInput,
    restoreSample: wrongNoInput,
    getColorLabels: wrongNoInput,
    getComparison: wrongIdInput,
    getArticle: wrongIdInput,
    deleteHighlight: wrongIdInput,
    restoreHighlight: wrongIdInput,
    carryHighlights: [
      undefined, null, 'a1', {}, { articleId: 'a1' }, { comparisonId: 'c1' }, { comparisonId: 'c1', articleId: '' }, { comparisonId: 'c1', articleId: 5 },
      { comparisonId: 'c1', articleId: '../a1' }, { comparisonId: 'c1', articleId: 'a1', extra: 1 }, { id: 'a1' }, [{ comparisonId: 'c1', articleId: 'a1' }],
    ],
    listHighlights: [undefined, null, 'c1', {}, { comparisonId: 5 }, { comparisonId: '' }, { comparisonId: 'c1', extra: 1 }, { id: 'c1' }],
    addHighlight: [
      undefined, {}, { ...range, end: 0 }, { ...range, start: 5, end: 5 }, { ...range, start: -1 }, { ...range, start: 1.5 },
      { ...range, start: '0' }, { ...range, color: 'red' }, { ...range, color: undefined }, { ...range, note: 'x'.repeat(100_000) },
      { ...range, note: 5 }, { ...range, passageId: '' }, { ...range, extra: true }, { ...range, articleId: '../x' },
    ],
    updateHighlight: [undefined, { id: 'h1' }, { id: 'h1', color: 'red' }, { id: 'h1', note: 7 }, { id: 5, note: 'x' }, { id: 'h1', note: 'x'.repeat(100_000) }],
    exportNotes: [undefined, { comparisonId: 'c1' }, { comparisonId: 'c1', format: 'pdf' }, { comparisonId: '', format: 'markdown' }, { comparisonId: 'c1', format: 'markdown', x: 1 }, 'markdown'],
    importAnnotations: [undefined, { comparisonId: 'c1' }, { comparisonId: 'c1', json: 5 }, { comparisonId: 'c1', json: {} }, { json: '{}' }, { comparisonId: 'c1', json: 'x'.repeat(20_000_001) }],
    choosePdfFile: [undefined, {}, { comparisonId: '' }, { comparisonId: 5 }, { comparisonId: 'c1', extra: 1 }, { id: 'c1' }, 'c1'],
    exportPdf: [
      undefined, { comparisonId: 'c1' }, { comparisonId: 'c1', token: 'not-a-token', options: pdfOptions },
      { comparisonId: 'c1', token: TOKEN, options: { ...pdfOptions, paper: 'a3' } }, { comparisonId: 'c1', token: TOKEN, options: { ...pdfOptions, orientation: 'sideways' } },
      { comparisonId: 'c1', token: TOKEN, options: { ...pdfOptions, columns: 'yes' } }, { comparisonId: 'c1', token: TOKEN, options: { ...pdfOptions, extra: 1 } },
      { comparisonId: 'c1', token: TOKEN, options: { ...pdfOptions, columns: false, appendix: false, notes: false, quotes: false } }, { comparisonId: 'c1', token: TOKEN, options: { ...pdfOptions, path: '/etc/passwd' } },
      { comparisonId: 'c1', token: TOKEN, path: '/tmp/x.pdf', options: pdfOptions },
      // A malformed hand-off of the open comparison's alignment (printAlignment.test.ts tries many more).
      { comparisonId: 'c1', token: TOKEN, options: pdfOptions, prepared: {} },
      { comparisonId: 'c1', token: TOKEN, options: pdfOptions, prepared: { textHashes: ['a'.repeat(64), 'b'.repeat(64)], alignment: null, ledger: null } },
    ],
    getAlignment: [undefined, {}, { comparisonId: '' }, { comparisonId: 5 }, { comparisonId: 'c1', extra: 1 }, { id: 'c1' }, 'c1', { comparisonId: '../x' }],
    getQuoteLedger: [undefined, {}, { comparisonId: '' }, { comparisonId: 5 }, { comparisonId: 'c1', texts: ['a'] }, { id: 'c1' }, 'c1'],
    getPrintAlignment: [undefined, {}, { comparisonId: '' }, { comparisonId: 5 }, { comparisonId: 'c1', extra: 1 }, { id: 'c1' }, 'c1'],
    chooseVersionsPdfFile: [undefined, {}, { articleId: '' }, { articleId: 5 }, { articleId: 'a1', extra: 1 }, { comparisonId: 'a1' }, 'a1'],
    exportVersionsPdf: [
      undefined, { articleId: 'a1' }, { articleId: 'a1', token: 'not-a-token', options: pdfOptions }, { comparisonId: 'a1', token: TOKEN, options: pdfOptions },
      { articleId: 'a1', token: TOKEN, options: { ...pdfOptions, paper: 'a3' } }, { articleId: 'a1', token: TOKEN, path: '/tmp/x.pdf', options: pdfOptions },
    ],
    openExportedFile: [undefined, {}, { token: '' }, { token: '/etc/passwd' }, { token: TOKEN, extra: 1 }, { path: '/tmp/x.pdf' }, TOKEN],
    findDuplicates: [undefined, {}, { hashes: 'abc' }, { hashes: ['A'.repeat(64)] }, { hashes: ['0'.repeat(63)] }, { hashes: [5] }, { hashes: Array(51).fill('0'.repeat(64)) }, { hashes: [], extra: 1 }],
    cancelFetches: [undefined, {}, { tickets: 'a' }, { tickets: [''] }, { tickets: ['a b'] }, { tickets: ['x'.repeat(65)] }, { tickets: Array(51).fill('a') }, { tickets: [], extra: 1 }],
    fetchPage: [{ address: 'https://example.org/', ticket: 'a/b' }, { address: 'https://example.org/', ticket: 5 }, undefined, {}, { address: '' }, { address: 5 }, { address: 'x'.repeat(2049) }, { address: 'https://example.org/', extra: 1 }, 'https://example.org/', { url: 'https://example.org/' }],
    openLink: [undefined, {}, { url: 42 }, { url: 'x'.repeat(2049) }, { url: 'https://example.org/', extra: 1 }, 'https://example.org/'],
    setColorLabel: [
      undefined, { color: 'yellow' }, { color: 'yellow', label: '' }, { color: 'yellow', label: '   ' }, { color: 'red', label: 'claim' },
      { color: 'yellow', label: 'x'.repeat(41) }, { color: 'yellow', label: 'claim', extra: 1 },
    ],
    importArticles: [
      undefined, {}, { items: [] }, { items: item }, { items: Array.from({ length: 51 }, () => item) }, { items: [item], extra: 1 }, [item],
      items({ title: '   ' }), items({ title: 'x'.repeat(301) }), items({ title: 5 }), items({ title: undefined }), items({ text: 'the old field' }),
      items({ outlet: 'x'.repeat(201) }), items({ byline: 5 }), items({ outlet: undefined }),
      items({ url: 'javascript:alert(1)' }), items({ url: 'file:///etc/passwd' }), items({ url: 'not a url' }),
      items({ publishedAt: 'yesterday' }), items({ publishedAt: '2013-13-45' }), items({ publishedAt: 20130507 }),
      items({ tags: Array.from({ length: 21 }, (_, i) => `tag ${i}`) }), items({ tags: ['x'.repeat(41)] }), items({ tags: ['  '] }), items({ tags: 'syria' }), items({ tags: [5] }),
      items({ extracted: 5 }), items({ extracted: undefined }), items({ extracted: 'x'.repeat(20_000_001) }), items({ source: 'x'.repeat(20_000_001) }),
      items({ dropped: [-1] }), items({ dropped: [1.5] }), items({ dropped: ['1'] }), items({ dropped: new Array<number>(100_001).fill(0) }),
      items({ sourceFormat: 'pdf' }), items({ sourceName: 'x'.repeat(261) }), items({ sourceName: 7 }),
    ],
    updateArticle: [
      undefined, { id: 'a1' }, details({}), details({ title: undefined }), details({ title: '' }), details({ title: '   ' }), details({ text: 'x' }),
      details({ tags: ['x'.repeat(41)] }), details({ tags: [''] }), details({ url: 'ftp://example.org/a' }), details({ publishedAt: 'May 7' }),
      details({ byline: 'x'.repeat(201) }), { id: '', details: { title: 'x' } }, { id: 'a1', details: { title: 'x' }, extra: 1 }, { id: 'a1', details: 'x' },
    ],
    setCleanup: [
      undefined, { id: 'a1' }, { dropped: [] }, { id: 'a1', dropped: [-1] }, { id: 'a1', dropped: [1.5] }, { id: 'a1', dropped: ['1'] },
      { id: 'a1', dropped: null }, { id: 'a1', dropped: new Array<number>(100_001).fill(0) }, { id: 'a1', dropped: [], extra: 1 }, { id: 'a1', dropped: 3 },
    ],
    getArticleTexts: wrongIdInput,
    listVersions: wrongIdInput,
    getVersionTexts: [undefined, { id: 'a1' }, { id: 'a1', version: -1 }, { id: 'a1', version: 1.5 }, { id: 'a1', version: '0' }, { id: 'a1', version: 500 }, { id: '', version: 0 }, { id: 'a1', version: 0, extra: 1 }],
    recordVersion: [
      undefined, {}, version({ articleId: '' }), version({ articleId: '../x' }), version({ title: '  ' }), version({ title: 'x'.repeat(301) }), version({ byline: 5 }),
      version({ extracted: 5 }), version({ extracted: 'x'.repeat(20_000_001) }), version({ source: 'x'.repeat(20_000_001) }), version({ dropped: [-1] }),
      version({ fetched: undefined }), version({ fetched: { url: 'file:///etc/passwd', at: '2026-03-01T12:00:00Z' } }), version({ fetched: { url: 'https://a.example/', at: 'yesterday' } }),
      version({ extra: 1 }), version({ sourceFormat: 'html' }),
    ],
    searchArticles: [
      undefined, {}, 'kremlin', { query: 5 }, { query: null }, { query: 'x'.repeat(1001) }, { query: 'a', tag: '' }, { query: 'a', tag: '  ' },
      { query: 'a', tag: 'x'.repeat(41) }, { query: 'a', tag: 5 }, { query: 'a', extra: 1 },
    ],
    articleUsage: wrongIdInput,
    deleteArticle: wrongIdInput,
    restoreArticle: wrongIdInput,
    createComparison: [
      undefined, {}, { title: 'Budget vote' }, comparison({ title: '' }), comparison({ title: '   ' }), comparison({ title: 'x'.repeat(201) }), comparison({ title: 5 }),
      comparison({ articleIds: ['a1'] }), comparison({ articleIds: [] }), comparison({ articleIds: Array.from({ length: 51 }, (_, i) => `a${i}`) }),
      comparison({ articleIds: ['a1', 'a1'] }), comparison({ articleIds: ['a1', ''] }), comparison({ articleIds: ['../x', 'a2'] }), comparison({ articleIds: 'a1,a2' }),
      comparison({ extra: 1 }),
    ],
    setColumnChoice: [
      undefined, {}, { comparisonId: 'c1' }, { comparisonId: 'c1', columns: ['a1', 'a2'] }, { comparisonId: '', columns: null }, { comparisonId: 'c1', columns: null, extra: 1 },
      { comparisonId: 'c1', columns: { order: ['a1', 'a2'], pinned: [] } }, { comparisonId: 'c1', columns: { order: ['a1', 'a1'], pinned: [], hidden: [] } },
      { comparisonId: 'c1', columns: { order: ['a1', 'a2'], pinned: ['a3'], hidden: [] } }, { comparisonId: 'c1', columns: { order: ['a1', 'a2'], pinned: [], hidden: ['a1', 'a2'] } },
      { comparisonId: 'c1', columns: { order: ['a1', 'a2'], pinned: ['a1'], hidden: ['a1'] } }, { comparisonId: 'c1', columns: { order: ['a1', '../a2'], pinned: [], hidden: [] } },
    ],
    recentComparisons: wrongNoInput,
    comparisonOpened: wrongIdInput,
    getSettings: wrongNoInput,
    updateSettings: [
      undefined, {}, null, 'dark', { theme: 'blue' }, { theme: 'DARK' }, { textSize: 105 }, { textSize: '100' }, { textSize: 1e9 },
      { theme: 'dark', extra: 1 }, { theme: undefined }, [{ theme: 'dark' }], { versionThreshold: 3 }, { versionThreshold: '5' }, { checkAtStart: 'yes' }, { checkAtStart: null },
    ],
    appInfo: wrongNoInput,
    setMenuState: [undefined, {}, [], { available: 'find' }, { available: ['find', 'rm'] }, { available: [5] }, { available: ['find'], extra: 1 }, { available: Array(100).fill('find') }],
  }
  const cases = CHANNELS.flatMap((channel) => wrongInputs[channel].map((input) => ({ channel, input })))

  it('covers every channel of the contract', () => {
    expect(Object.keys(wrongInputs).sort()).toEqual([...CHANNELS].sort())
    for (const channel of CHANNELS) expect(wrongInputs[channel].length, channel).toBeGreaterThan(5)
  })

  it('refuses every wrong input with invalid-argument and a readable message naming the call, changing no file', async () => {
    const before = await snapshot(dataFolder)
    for (const { channel, input } of cases) {
      const result = await services.dispatch(channel, input)
      const label = `${channel}(${JSON.stringify(input)})`
      expect(result, label).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
      const { message } = (result as { error: { message: string } }).error
      expect(message, label).toMatch(new RegExp(`^Parallax rejected a request \\(${channel}\\) with an invalid argument: [A-Za-z]`))
      expect(message, label).not.toMatch(/\[object|undefined:|\n/)
      expect(message.length, label).toBeLessThan(300)
      expect(message, label).not.toContain('x'.repeat(200))
    }
    expect(await snapshot(dataFolder)).toEqual(before)
  })

  it.each<unknown>(['nope', 42, '__proto__', 'constructor', 'toString', 'hasOwnProperty', '', null, undefined, {}, ['getArticle'], 'GetArticle', ' getArticle'])(
    'refuses the unknown channel %j with invalid-argument',
    async (channel) => {
      const result = await services.dispatch(channel, { id: 'a' })
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringMatching(/^Parallax has no call named /) } })
    },
  )

  it('refuses, without throwing, values that cannot be read: a channel with no toString, a throwing getter, a hostile proxy', async () => {
    const noString = await services.dispatch(Object.create(null), undefined)
    expect(noString).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
    const getter = {
      get id(): string {
        throw new Error('getter')
      },
    }
    const proxy = new Proxy({}, { ownKeys: () => { throw new Error('proxy') } })
    for (const input of [getter, proxy]) {
      const result = await services.dispatch('getArticle', input)
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('(getArticle)') } })
    }
  })

  it('never throws and never changes the data folder, whatever the channel and input (property)', async () => {
    const before = await snapshot(dataFolder)
    const anything = fc.anything({ withNullPrototype: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true })
    const channel = fc.oneof(fc.constantFrom<unknown>(...CHANNELS), fc.string(), fc.constantFrom<unknown>('__proto__', 'constructor', 'valueOf'), anything)
    const input = fc.oneof(anything, fc.record({ id: fc.oneof(fc.string(), anything) }), fc.constant(undefined))
    await fc.assert(
      fc.asyncProperty(channel, input, async (c, i) => {
        const result = await services.dispatch(c, i)
        return typeof result === 'object' && result !== null && (result.ok === true || typeof result.error.message === 'string')
      }),
      { numRuns: 200 },
    )
    expect(await snapshot(dataFolder)).toEqual(before)
  })
})
