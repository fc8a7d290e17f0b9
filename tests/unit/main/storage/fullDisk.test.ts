// A library on a disk that fills up: a small tmpfs (mounted where the tests run as root; skipped, saying
// so, where it cannot be), filled until almost nothing is free. Every save either succeeds whole or fails
// in words; after space is freed and the library opened again, every acknowledged highlight and article
// title is there, no refused one is, and neither journal reads with a damaged line.

import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { readFile, rm, statfs, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/domain/errors'
import type { Highlight } from '../../../../src/shared/domain/highlight'
import { createAppServices } from '../../../../src/main/services/appServices'
import type { ArticleMeta } from '../../../../src/shared/domain/article'
import { readLines } from '../../../../src/main/storage/appendOnlyFile'
import { readJournal } from '../../../../src/main/storage/highlightJournal'
import { readChange } from '../../../../src/main/storage/libraryChanges'
import { listComparisons } from '../../../../src/main/storage/comparisons'

const samplesFolder = fileURLToPath(new URL('../../../../resources/samples', import.meta.url))
const mountPoint = mkdtempSync(join(tmpdir(), 'parallax-full-disk-'))

function mountSmallDisk(): string | null {
  if (process.platform !== 'linux') return 'a tmpfs can only be mounted on Linux'
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m,mode=0700', 'tmpfs', mountPoint], { stdio: 'pipe' })
    return null
  } catch (error) {
    return `no small disk could be mounted here (${String((error as { stderr?: Buffer }).stderr ?? error).trim()})`
  }
}

const notMounted = mountSmallDisk()
if (notMounted) console.warn(`fullDisk.test: skipped: ${notMounted}`)

afterAll(() => {
  if (!notMounted) execFileSync('umount', [mountPoint])
  rmSync(mountPoint, { recursive: true, force: true })
})

/** Fills the disk until at most `leave` bytes are free; returns the filler's path. */
async function fill(folder: string, leave: number): Promise<string> {
  const { bavail, bsize } = await statfs(folder)
  const filler = join(folder, 'filler.bin')
  await writeFile(filler, Buffer.alloc(Math.max(0, bavail * bsize - leave)))
  return filler
}

describe.skipIf(notMounted !== null)('a library on a full disk', () => {
  it('saves whole or says why, and keeps everything it acknowledged once space is freed', async () => {
    const dataFolder = join(mountPoint, 'user-data')
    const services = await createAppServices({ dataFolder, samplesFolder, checkBodies: false })
    const [comparison] = listComparisons(services.library.store)
    const articleId = comparison!.articleIds[2] as string
    const filler = await fill(mountPoint, 6 * 1024)

    const acknowledged = new Map<string, string>()
    const refusals: string[] = []
    let acknowledgedTitle = services.library.store.article(articleId).title
    const titlesSaved: string[] = []
    const titleRefusals: string[] = []
    // Highlights with notes of 1 kB each, and metadata saves (a title of 290 characters) between them: a few
    // fit, then the disk is full. Each either saves whole or is refused in words; the last title saved stands.
    for (let i = 0; i < 40; i++) {
      const note = `note ${i} `.padEnd(1000, '·')
      const result = (await services.dispatch('addHighlight', { comparisonId: comparison!.id, articleId, start: i, end: i + 5, color: 'yellow', note })) as Result<Highlight>
      if (result.ok) acknowledged.set(result.value.id, note)
      else refusals.push(`${result.error.code}: ${result.error.message}`)
      const title = `Title ${i} `.padEnd(290, '·')
      const saved = (await services.dispatch('updateArticle', { id: articleId, details: { title } })) as Result<ArticleMeta>
      if (saved.ok) titlesSaved.push((acknowledgedTitle = title))
      else titleRefusals.push(`${saved.error.code}: ${saved.error.message}`)
    }
    const importResult = await services.dispatch('importArticles', { items: [{ title: 'Too big for the disk', outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: 'word '.repeat(20_000) }] })

    expect(acknowledged.size).toBeGreaterThan(0)
    expect(refusals.length).toBeGreaterThan(0)
    for (const refusal of refusals) expect(refusal).toMatch(/^storage: Parallax could not save your highlights: .*(ENOSPC|no space|took no more bytes)/i)
    expect(titlesSaved.length).toBeGreaterThan(0)
    expect(titleRefusals.length).toBeGreaterThan(0)
    for (const refusal of titleRefusals) expect(refusal).toMatch(/^storage: Parallax could not save your library: .*(ENOSPC|no space|took no more bytes)/i)
    expect(services.library.store.article(articleId).title).toBe(acknowledgedTitle)
    expect(importResult).toMatchObject({ ok: true, value: [{ status: 'refused', message: expect.stringMatching(/could not save this text/) }] })

    await rm(filler)
    await services.library.close()
    const journal = readJournal(await readFile(join(dataFolder, 'library', 'highlights.jsonl')))
    expect(journal.skippedLines).toBe(0)
    const changes = await readFile(join(dataFolder, 'library', 'library-changes.jsonl'))
    expect(readLines(changes, readChange).skippedLines).toBe(0)
    const again = await createAppServices({ dataFolder, samplesFolder, checkBodies: false })
    expect(again.library.store.article(articleId).title).toBe(acknowledgedTitle)
    const listed = again.library.highlights.list(comparison!.id)
    expect(new Map(listed.map((h) => [h.id, h.note]))).toEqual(acknowledged)
    expect(again.library.startup.repairs).toEqual([])
    // And saving works again.
    const after = await again.dispatch('addHighlight', { comparisonId: comparison!.id, articleId, start: 0, end: 5, color: 'green' })
    expect(after.ok).toBe(true)
    await again.library.close()
  }, 60_000)
})
