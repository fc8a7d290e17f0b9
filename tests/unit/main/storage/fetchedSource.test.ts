// A fetched page keeps where it came from: the address after redirects and the time of the fetch, saved
// with the article and there again after the library is opened anew; articles from files have none.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ArticleMeta } from '../../../../src/shared/domain/article'
import type { ImportOutcome } from '../../../../src/shared/ipc/contract'
import { createAppServices } from '../../../../src/main/services/appServices'

const samplesFolder = fileURLToPath(new URL('../../../../resources/samples', import.meta.url))
const base = { outlet: null, byline: null, url: null, publishedAt: null, tags: [], sourceFormat: 'html' as const }
let dataFolder: string

beforeAll(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-fetched-'))
})
afterAll(async () => {
  await rm(dataFolder, { recursive: true, force: true })
})

it('keeps the final address and fetch time of a fetched page across a restart', async () => {
  const fetched = { url: 'https://news.example/2015/04/story.html', at: '2026-03-01T12:00:00.000Z' }
  const first = await createAppServices({ dataFolder, samplesFolder, checkBodies: false })
  const answer = await first.dispatch('importArticles', {
    items: [
      { ...base, title: 'Fetched story', extracted: 'Talks resumed on Monday in the capital.', source: '<p>Talks resumed on Monday in the capital.</p>', sourceName: null, fetched },
      { ...base, title: 'Saved story', extracted: 'Talks ended on Tuesday.', sourceName: 'story.html' },
    ],
  })
  expect(answer.ok && (answer.value as ImportOutcome[]).map((o) => `${o.name}: ${o.status}`)).toEqual([`${fetched.url}: imported`, 'story.html: imported'])
  await first.library.close()

  const again = await createAppServices({ dataFolder, samplesFolder, checkBodies: false })
  const articles = again.library.store.data.articles as ArticleMeta[]
  expect(articles.find((a) => a.title === 'Fetched story')?.fetched).toEqual(fetched)
  expect(articles.find((a) => a.title === 'Saved story')).not.toHaveProperty('fetched')
  await again.library.close()
})

it('refuses a fetched source that is not a web address and a time', async () => {
  const services = await createAppServices({ dataFolder, samplesFolder, checkBodies: false })
  const item = { ...base, title: 'T', extracted: 'Some text.' }
  for (const fetched of [{ url: 'file:///etc/passwd', at: '2026-03-01T12:00:00Z' }, { url: 'https://a.example/', at: 'yesterday' }, { url: 'https://a.example/' }, 'https://a.example/']) {
    expect(await services.dispatch('importArticles', { items: [{ ...item, fetched }] })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  }
  await services.library.close()
})
