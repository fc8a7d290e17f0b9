// The article calls of the contract, driven through the dispatcher as the renderer would: import, edit,
// clean-up, texts, search, usage, delete and undo, and making a comparison, each answering as data.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ArticleMeta } from '../../../../src/shared/domain/article'
import type { ComparisonSummary } from '../../../../src/shared/domain/comparison'
import type { Result } from '../../../../src/shared/domain/errors'
import type { ArticleUsage, ImportOutcome } from '../../../../src/shared/ipc/contract'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import { listComparisons } from '../../../../src/main/storage/comparisons'

const samplesFolder = 'resources/samples'
let dataFolder: string
let services: AppServices

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-article-calls-'))
  services = await createAppServices({ dataFolder, samplesFolder })
})
afterEach(async () => {
  await services.library.close()
  await rm(dataFolder, { recursive: true, force: true })
})

const call = async <T>(channel: string, input?: unknown): Promise<T> => {
  const result: Result<unknown> = await services.dispatch(channel, input)
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

const item = {
  title: '  Ferry service resumes  ',
  outlet: 'Harbour News',
  byline: null,
  url: 'https://example.org/ferry',
  publishedAt: '2026-01-30T08:15:00Z',
  tags: ['transport', 'Transport'],
  extracted: 'Advertisement\n\nThe ferry to the islands ran again on Friday after the storm.\n\nTickets are valid for a week.',
  dropped: [0],
  sourceName: 'ferry.txt',
}

describe('article calls', () => {
  it('import, edit, clean up, search, delete and undo, through the dispatcher', async () => {
    const [outcome, duplicate] = await call<ImportOutcome[]>('importArticles', { items: [item, { ...item, sourceName: null }] })
    expect(outcome).toMatchObject({ name: 'ferry.txt', status: 'imported', message: null, article: { title: 'Ferry service resumes', tags: ['transport'] } })
    expect(duplicate).toMatchObject({ name: 'Pasted text', status: 'duplicate' })
    const id = outcome!.article!.id

    const edited = await call<ArticleMeta>('updateArticle', { id, details: { byline: 'By the harbour desk', tags: ['islands'] } })
    expect(edited).toMatchObject({ id, byline: 'By the harbour desk', tags: ['islands'] })

    const texts = await call<{ source: string; extracted: string; text: string; dropped: number[] }>('getArticleTexts', { id })
    expect(texts.source).toBe(item.extracted)
    expect(texts.text).not.toContain('Advertisement')
    // The editor reads the dropped blocks with the texts; the list does without them and the body hashes.
    expect(texts.dropped).toEqual([0])
    const listed = (await call<Record<string, unknown>[]>('listArticles')).find((a) => a.id === id)
    expect(Object.keys(listed ?? {}).sort()).toEqual(['byline', 'id', 'importedAt', 'outlet', 'publishedAt', 'sourceFormat', 'sourceName', 'tags', 'title', 'url', 'wordCount'])
    await call<ArticleMeta>('setCleanup', { id, dropped: [] })
    expect((await call<{ text: string }>('getArticleTexts', { id })).text).toContain('Advertisement')

    expect((await call<ArticleMeta[]>('searchArticles', { query: 'ferry isl' })).map((a) => a.id)).toEqual([id])
    expect((await call<ArticleMeta[]>('searchArticles', { query: '', tag: 'ISLANDS' })).map((a) => a.id)).toEqual([id])

    const [sample] = listComparisons(services.library.store)
    const made = await call<ComparisonSummary>('createComparison', { title: 'Ferry and Kerry', articleIds: [id, sample!.articleIds[0]] })
    expect(made.articles.map((a) => a.id)).toEqual([id, sample!.articleIds[0]])

    expect(await call<ArticleUsage>('articleUsage', { id })).toMatchObject({ highlights: 0, comparisons: [{ id: made.id, reports: 2 }] })
    await call<ArticleUsage>('deleteArticle', { id })
    expect(services.library.store.findComparison(made.id)).toBeUndefined()
    expect(await services.dispatch('getArticle', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    await call<ArticleMeta>('restoreArticle', { id })
    expect(services.library.store.findComparison(made.id)?.articleIds).toEqual(made.articleIds)
    expect(await services.dispatch('restoreArticle', { id })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('makes a comparison with its title trimmed, and refuses in words one it cannot hold', async () => {
    const [a, b] = listComparisons(services.library.store)[0]!.articleIds as [string, string]
    expect(await call<ComparisonSummary>('createComparison', { title: '  River  ', articleIds: [b, a] })).toMatchObject({ title: 'River', articleIds: [b, a] })
    const refusals: [string, string[], string][] = [
      ['   ', [a, b], 'title: A comparison needs a title'],
      ['x'.repeat(201), [a, b], 'title: A comparison title has at most 200 characters'],
      ['One', [a], 'articleIds: A comparison needs at least 2 reports'],
      ['Many', Array.from({ length: 51 }, (_, i) => `${a}-${i}`), 'articleIds: A comparison holds at most 50 reports'],
      ['Twice', [a, a], 'articleIds: A report can appear only once in a comparison'],
    ]
    for (const [title, articleIds, message] of refusals) {
      expect(await services.dispatch('createComparison', { title, articleIds })).toEqual({
        ok: false,
        error: { code: 'invalid-argument', message: `Parallax rejected a request (createComparison) with an invalid argument: ${message}.` },
      })
    }
  })

  it('answers refusals of the library in words, as data', async () => {
    const [sample] = listComparisons(services.library.store)
    const [a] = sample!.articleIds
    expect(await services.dispatch('setCleanup', { id: a, dropped: [9999] })).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('block 10000') } })
    expect(await services.dispatch('createComparison', { title: 'x', articleIds: [a, 'no-such-article'] })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await services.dispatch('updateArticle', { id: 'no-such-article', details: { title: 'x' } })).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const [refused] = await call<ImportOutcome[]>('importArticles', { items: [{ ...item, extracted: '' }] })
    expect(refused).toEqual({ name: 'ferry.txt', status: 'refused', article: null, message: 'There is no text to import: it is empty.' })
  })
})
