// What createAppServices reports about start-up: nothing on a sound library; a damaged library file moved
// aside with a backup restored, or an empty library with the sample added again; the background check of
// the bodies on disk.

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import { bodyDamageNotice } from '../../../../src/main/startupNotice'
import { getArticle, listArticles } from '../../../../src/main/storage/articles'
import { listComparisons } from '../../../../src/main/storage/comparisons'

const samplesFolder = fileURLToPath(new URL('../../../../resources/samples', import.meta.url))
const now = (): Date => new Date('2026-03-10T10:00:00.000Z')

let dataFolder: string
const libraryFile = (): string => join(dataFolder, 'library', 'library.json')
const opened: AppServices[] = []
const open = async (): Promise<AppServices> => {
  // One owner at a time, as in the app: opening cleans up what a crash left, not what another instance writes.
  await Promise.all(opened.map((s) => s.library.close()))
  const services = await createAppServices({ dataFolder, samplesFolder, now })
  opened.push(services)
  return services
}

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-startup-'))
})

afterEach(async () => {
  await Promise.all(opened.splice(0).map((services) => services.library.close()))
  await rm(dataFolder, { recursive: true, force: true })
})

describe('the start-up report', () => {
  it('is empty on a first start and on a sound library, and the seeded sample is backed up before use', async () => {
    const first = await open()
    expect(first.startup).toEqual({ recovered: null, repairs: [] })
    expect(await readdir(join(dataFolder, 'library', 'backups'))).not.toHaveLength(0)
    await first.library.close()
    expect((await open()).startup).toEqual({ recovered: null, repairs: [] })
  })

  it('does not start on a library a newer version saved, and says so, changing nothing', async () => {
    const first = await open()
    await first.library.close()
    const newer = JSON.stringify({ schemaVersion: 7, articles: [], shelves: [] })
    await writeFile(libraryFile(), newer)
    const backupsBefore = await readdir(join(dataFolder, 'library', 'backups'))
    await expect(open()).rejects.toThrow(/was saved by a newer version of Parallax, which this one cannot read\. Install the newer version to open it/)
    expect(await readFile(libraryFile(), 'utf8')).toBe(newer)
    expect(await readdir(join(dataFolder, 'library', 'backups'))).toEqual(backupsBefore)
  })

  it('with no backup that reads, starts empty, adds the sample again and says so', async () => {
    const first = await open()
    await first.library.close()
    await rm(join(dataFolder, 'library', 'backups'), { recursive: true })
    const changesSaved = (await readFile(libraryFile().replace('library.json', 'library-changes.jsonl'), 'utf8')).trim().split('\n').length
    await writeFile(libraryFile(), new Uint8Array(1024))
    const { library, startup } = await open()
    expect(startup).toEqual({
      recovered: {
        damagedPath: libraryFile(),
        movedTo: `${libraryFile()}.damaged-2026-03-10T10-00-00-000Z`,
        reason: 'the file holds only zero bytes, as a disk can leave it after a crash',
        restoredFrom: null,
      },
      repairs: [
        `Your library's file of recent changes (${changesSaved} changes) does not follow on from the library file now in use, which was restored from a backup or started afresh, so its changes were not applied. The file of changes as found was kept, unchanged, at ${libraryFile().replace('library.json', 'library-changes.jsonl')}.damaged-2026-03-10T10-00-00-000Z.`,
        'The built-in sample comparison was added again.',
      ],
    })
    expect(listComparisons(library.store).map((c) => c.title)).toEqual(['Kerry in Moscow, May 2013'])
    // The sample's bodies were still on disk: the same three articles' texts are reused, nothing duplicated.
    expect(listArticles(library.store)).toHaveLength(3)
  })

  it('checks every body in the background once the index is built', async () => {
    const first = await open()
    const [article] = listArticles(first.library.store)
    await first.library.close()
    await writeFile(join(dataFolder, 'library', 'bodies', `${article!.textHash}.txt`), 'not the text this name promises')
    const { bodyCheck } = await open()
    expect(await bodyCheck).toEqual([expect.stringMatching(new RegExp(`^The text of ".+" at .+${article!.textHash}\\.txt has been changed or damaged on disk`))])
  })
})

describe('an article whose text is damaged or missing on disk', () => {
  it.each([
    ['missing', (path: string) => rm(path)],
    ['changed', (path: string) => writeFile(path, 'not the text this name promises')],
  ])('is repaired by importing it again, as the message says (%s)', async (_kind, damage) => {
    const first = await open()
    const article = listArticles(first.library.store)[0]!
    const text = (await getArticle(first.library.store, article.id)).text
    await first.library.close()
    await damage(join(dataFolder, 'library', 'bodies', `${article.textHash}.txt`))

    const services = await open()
    const broken = await services.dispatch('getArticle', { id: article.id })
    expect(broken).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Import the article again to restore it\.$/) } })
    const again = await services.dispatch('importArticles', { items: [{ title: article.title, outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text }] })
    expect(again).toMatchObject({ ok: true, value: [{ status: 'duplicate', message: expect.stringMatching(/has been restored\.$/) }] })
    expect(await services.dispatch('getArticle', { id: article.id })).toMatchObject({ ok: true, value: { text } })
    expect(await services.library.checkBodies()).toEqual([])
  })

  it('found by the background check, is shown to the person with what to do', async () => {
    expect(bodyDamageNotice([])).toBeNull()
    const box = bodyDamageNotice(['The text of "A" at /x/a.txt has been changed or damaged on disk; import the article again to restore it.'])
    expect(box?.message).toBe('The text of an article is damaged on disk')
    expect(box?.detail).toMatch(/^• The text of "A" at \/x\/a\.txt .+\n\nImport each of these articles again \(the same file or page\) to restore its text\./)
  })
})

