// Duplicates named before an import: the window names a draft's text by the SHA-256 of the text the import
// would store (storedTextHash), and the library answers with the article that already holds it. The two
// must agree with the import itself, on a real sample report with its clean-up, and with a block changed.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { ImportDraft } from '../../../../src/reading/draft'
import type { ImportOutcome } from '../../../../src/shared/ipc/contract'
import { draftOf } from '../../../../src/reading/draft'
import { createAppServices } from '../../../../src/main/services/appServices'
import { toNewArticle } from '../../../../src/renderer/src/features/import/prepareImport'
import { storedTextHash } from '../../../../src/renderer/src/features/import/storedTextHash'

const samplesFolder = fileURLToPath(new URL('../../../../resources/samples', import.meta.url))
let dataFolder: string

beforeAll(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-duplicates-'))
})
afterAll(async () => {
  await rm(dataFolder, { recursive: true, force: true })
})

it('finds the article an import would find, by the hash the window works out, and nothing once the clean-up differs', async () => {
  const services = await createAppServices({ dataFolder, samplesFolder, checkBodies: false })
  const text = await readFile(join(samplesFolder, 'kerry-moscow-2013', '2.txt'), 'utf8')
  const draft = draftOf('report.txt', 'text', `A copy\n\n${text}`) as ImportDraft
  expect(draft.kind).toBe('draft')
  expect(draft.dropped.size).toBeGreaterThan(0)
  const hash = await storedTextHash(draft)

  expect(await services.dispatch('findDuplicates', { hashes: [hash] })).toEqual({ ok: true, value: [null] })
  const imported = await services.dispatch('importArticles', { items: [toNewArticle(draft)] })
  const article = imported.ok ? (imported.value as ImportOutcome[])[0]?.article : null
  expect(article?.textHash).toBe(hash)
  expect(await services.dispatch('findDuplicates', { hashes: [hash] })).toEqual({ ok: true, value: [{ id: article?.id, title: article?.title }] })

  // Keeping one more block is another text: not a duplicate, and the import agrees.
  const other: ImportDraft = { ...draft, dropped: new Set([...draft.dropped].slice(1)) }
  const otherHash = await storedTextHash(other)
  expect(otherHash).not.toBe(hash)
  expect(await services.dispatch('findDuplicates', { hashes: [otherHash, hash] })).toEqual({ ok: true, value: [null, { id: article?.id, title: article?.title }] })
  const second = await services.dispatch('importArticles', { items: [toNewArticle(other), toNewArticle(draft)] })
  expect(second.ok && (second.value as ImportOutcome[]).map((o) => o.status)).toEqual(['imported', 'duplicate'])
  await services.library.close()
})
