// Start-up recovery: a library.json that cannot be read is moved aside byte for byte and the newest backup
// that reads is restored; a highlight journal with unreadable lines keeps what it can read, the file as found
// moved aside; one with no readable line at all is restored from a backup, as is a file that went missing.
// The report says each in words.

import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { NewArticle } from '../../../../src/shared/domain/article'
import { openLibrary } from '../../../../src/main/storage/library'
import { emptyLibrary } from '../../../../src/main/storage/schema'
import { testClock, useTempLibraries } from './tempLibraries'
import { addArticle, listArticles } from '../../../../src/main/storage/articles'
import { colorLabels, setColorLabel } from '../../../../src/main/storage/colorLabels'
import { addComparison, listComparisons } from '../../../../src/main/storage/comparisons'

const temp = useTempLibraries('recovery')
const libraryFile = (): string => join(temp.dir, 'library.json')
const journalFile = (): string => join(temp.dir, 'highlights.jsonl')
const backup = (name: string, file = 'library.json'): string => join(temp.dir, 'backups', name, file)
const article = (text: string): NewArticle => ({ title: text.slice(0, 24), outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })

const clock = testClock('2026-03-10T09:00:00Z')
const RECOVERY_TIME = '2026-03-11T08-00-00-000Z'

/**
 * A library saved at 09:00 (two articles, a comparison, a highlight) and at 10:00 (a label), each save
 * backed up; then a third article at 11:00 whose backup is removed, as if the damage came before it.
 */
async function savedLibrary(): Promise<{ comparisonId: string; highlightId: string }> {
  clock.set('2026-03-10T09:00:00Z')
  const library = await temp.open(clock.now)
  const a = await addArticle(library.store, article('The river rose through the night.'))
  const b = await addArticle(library.store, article('Schools stay closed until Friday.'))
  const comparison = await addComparison(library.store, 'Flood', [a.article.id, b.article.id])
  const highlight = await library.highlights.add({ comparisonId: comparison.id, articleId: a.article.id, start: 4, end: 9, color: 'yellow', note: 'Which river?' })
  await library.backedUp()
  clock.set('2026-03-10T10:00:00Z')
  await setColorLabel(library.store, 'green', 'quotes')
  await library.close()
  clock.set(`2026-03-11T08:00:00Z`)
  return { comparisonId: comparison.id, highlightId: highlight.id }
}

const NEWEST = '2026-03-10T10-00-00-000Z'
const valid = JSON.stringify(emptyLibrary())

describe('a damaged library.json with backups', () => {
  it.each<[string, string | Uint8Array, RegExp]>([
    ['an empty file', '', /^the file is empty$/],
    ['truncated JSON', valid.slice(0, 40), /^the file is not valid JSON$/],
    ['NUL bytes', new Uint8Array(4096), /^the file holds only zero bytes/],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0xc3, 0x28, 0x22, 0x3a, 0x31, 0x7d]), /^the file is not valid UTF-8 text$/],
    ['valid JSON of the wrong shape', '{"articles":"none","comparisons":{}}', /^its contents are not in the expected shape$/],
  ])('(%s) is moved aside byte for byte and the newest backup restored', async (_label, contents, reason) => {
    const { comparisonId, highlightId } = await savedLibrary()
    await writeFile(libraryFile(), contents)
    const damaged = await readFile(libraryFile())
    const journalBefore = await readFile(journalFile())

    const library = await temp.open(clock.now)
    const movedTo = `${libraryFile()}.damaged-${RECOVERY_TIME}`
    const journalCopy = `${journalFile()}.at-recovery-${RECOVERY_TIME}`
    expect(library.startup).toEqual({
      recovered: { damagedPath: libraryFile(), movedTo, reason: expect.stringMatching(reason), restoredFrom: backup(NEWEST) },
      repairs: [`Your highlights were kept; a copy of the highlights file as it was when the library file was moved aside is at ${journalCopy}.`],
    })
    expect(await readFile(movedTo)).toEqual(damaged)
    expect(await readFile(journalCopy)).toEqual(journalBefore)
    expect(await readFile(libraryFile())).toEqual(await readFile(backup(NEWEST)))
    expect(colorLabels(library.store).green).toBe('quotes')
    expect(listComparisons(library.store).map((c) => c.title)).toEqual(['Flood'])
    expect(library.highlights.list(comparisonId).map((h) => [h.id, h.note])).toEqual([[highlightId, 'Which river?']])
  })

  it('skips a backup that does not read, restores the one before it and applies the changes saved since', async () => {
    await savedLibrary()
    await writeFile(libraryFile(), '')
    await writeFile(backup(NEWEST), '{"schemaVersion":3,"articles":[')
    const library = await temp.open(clock.now)
    const older = (await readdir(join(temp.dir, 'backups'))).sort().filter((name) => name < NEWEST).at(-1) as string
    expect(library.startup.recovered?.restoredFrom).toBe(backup(older))
    // The older backup holds the library before the label was changed; the changes file, which follows on
    // from it, brings the change back.
    expect(JSON.parse(await readFile(backup(older), 'utf8')).colorLabels.green).toBe('quote')
    expect(colorLabels(library.store).green).toBe('quotes')
    expect(listComparisons(library.store).map((c) => c.title)).toEqual(['Flood'])
  })

  it('starts empty when no backup reads, still keeping the damaged file', async () => {
    await savedLibrary()
    for (const name of await readdir(join(temp.dir, 'backups'))) await writeFile(backup(name), 'null')
    await writeFile(libraryFile(), 'garbage')
    const library = await temp.open(clock.now)
    expect(library.startup.recovered).toEqual({ damagedPath: libraryFile(), movedTo: `${libraryFile()}.damaged-${RECOVERY_TIME}`, reason: 'the file is not valid JSON', restoredFrom: null })
    expect(listArticles(library.store)).toEqual([])
    // The highlights of articles the empty library does not have are removed from the journal in use, and the copy keeps them.
    expect(library.startup.repairs).toContain('1 highlight belonged to a deleted article and was removed.')
    expect(await readFile(`${libraryFile()}.damaged-${RECOVERY_TIME}`, 'utf8')).toBe('garbage')
    expect(await readFile(`${journalFile()}.at-recovery-${RECOVERY_TIME}`, 'utf8')).toContain('Which river?')
  })

  it('never moves a damaged file over one moved aside before', async () => {
    await savedLibrary()
    await writeFile(libraryFile(), 'first')
    await (await temp.open(clock.now)).close()
    await writeFile(libraryFile(), 'second')
    const library = await temp.open(clock.now)
    expect(library.startup.recovered?.movedTo).toBe(`${libraryFile()}.damaged-${RECOVERY_TIME}-2`)
    expect(await readFile(`${libraryFile()}.damaged-${RECOVERY_TIME}`, 'utf8')).toBe('first')
    expect(await readFile(`${libraryFile()}.damaged-${RECOVERY_TIME}-2`, 'utf8')).toBe('second')
  })

  it('puts the damaged file back when the restore cannot be finished, so the next start finds it again', async () => {
    await savedLibrary()
    await writeFile(libraryFile(), 'garbage')
    await rm(journalFile())
    await mkdir(journalFile())
    await expect(openLibrary(temp.dir, clock.now)).rejects.toMatchObject({ code: 'EISDIR' })
    expect(await readFile(libraryFile(), 'utf8')).toBe('garbage')
    expect((await readdir(temp.dir)).filter((name) => name.includes('.damaged-'))).toEqual([])
  })

  it('restores the newest backup when library.json has gone missing, rather than starting empty', async () => {
    await savedLibrary()
    await rm(libraryFile())
    const library = await temp.open(clock.now)
    expect(library.startup).toEqual({
      recovered: null,
      repairs: [`Your library file was missing from ${libraryFile()}; the backup of 2026-03-10 10:00 UTC was restored in its place (from ${backup(NEWEST)}).`],
    })
    expect(colorLabels(library.store).green).toBe('quotes')
  })

  it('restores a backup written by an earlier version, brought up to date like the file itself', async () => {
    await savedLibrary()
    const old = JSON.parse(await readFile(backup(NEWEST), 'utf8'))
    const version2 = { ...old, schemaVersion: 2, articles: old.articles.map(({ id, title, outlet, url, publishedAt, importedAt, textHash, wordCount }: Record<string, unknown>) => ({ id, title, outlet, url, publishedAt, importedAt, textHash, wordCount })) }
    await writeFile(backup(NEWEST), JSON.stringify(version2))
    await writeFile(libraryFile(), '')
    const library = await temp.open(clock.now)
    expect(library.startup.recovered?.restoredFrom).toBe(backup(NEWEST))
    expect(listArticles(library.store).map((a) => a.sourceFormat)).toEqual(['text', 'text'])
  })
})

describe('a damaged highlight journal', () => {
  async function journalLines(): Promise<string[]> {
    return (await readFile(journalFile(), 'utf8')).split('\n').filter((line) => line !== '')
  }

  it('with garbage in the middle keeps every line it can read, reports the skipped ones and keeps the file as found', async () => {
    const { comparisonId, highlightId } = await savedLibrary()
    const library = await temp.open(clock.now)
    const b = listComparisons(library.store)[0]!.articleIds[1] as string
    const second = await library.highlights.add({ comparisonId, articleId: b, start: 0, end: 7, color: 'green', note: '' })
    await library.highlights.update({ id: highlightId, note: 'The Elbe' })
    await library.close()
    const [first, ...rest] = await journalLines()
    const damaged = Buffer.concat([Buffer.from(`${first}\n{"put":{"id":"x","comm\n`), Buffer.from([0xff, 0xfe, 0x0a]), Buffer.from(`${rest.join('\n')}\n`)])
    await writeFile(journalFile(), damaged)

    const reopened = await temp.open(clock.now)
    const movedTo = `${journalFile()}.damaged-${RECOVERY_TIME}`
    expect(reopened.startup).toEqual({
      recovered: null,
      repairs: [`2 lines of your highlights file could not be read and were skipped; the other 3 lines were read. The file as found was moved, unchanged, to ${movedTo}.`],
    })
    expect(await readFile(movedTo)).toEqual(damaged)
    expect(reopened.highlights.list(comparisonId).map((h) => [h.id, h.note]).sort()).toEqual([[highlightId, 'The Elbe'], [second.id, '']].sort())
    expect(await journalLines()).toHaveLength(2)
    await reopened.close()
    expect((await temp.open(clock.now)).startup).toEqual({ recovered: null, repairs: [] })
  })

  it('with its last line cut short says the last change was not saved', async () => {
    const { comparisonId, highlightId } = await savedLibrary()
    await writeFile(journalFile(), `${await readFile(journalFile(), 'utf8')}{"put":{"id":"h2","comparisonId":"c`)
    const library = await temp.open(clock.now)
    expect(library.startup.repairs).toEqual([
      `The last highlight change before Parallax stopped was cut short and was not saved (its line in the highlights file is left out). The file as found was moved, unchanged, to ${journalFile()}.damaged-${RECOVERY_TIME}.`,
    ])
    expect(library.highlights.list(comparisonId).map((h) => h.id)).toEqual([highlightId])
  })

  it('that cannot be read at all is restored from the newest backup holding a readable copy', async () => {
    const { comparisonId, highlightId } = await savedLibrary()
    const damaged = new Uint8Array(512)
    await writeFile(journalFile(), damaged)
    const library = await temp.open(clock.now)
    expect(library.startup.repairs).toEqual([
      `Your highlights file could not be read at all (1 line). It was moved, unchanged, to ${journalFile()}.damaged-${RECOVERY_TIME}. The highlights of the backup of 2026-03-10 10:00 UTC were restored (from ${backup(NEWEST, 'highlights.jsonl')}).`,
    ])
    expect(await readFile(`${journalFile()}.damaged-${RECOVERY_TIME}`)).toEqual(Buffer.from(damaged))
    expect(library.highlights.list(comparisonId).map((h) => h.id)).toEqual([highlightId])
  })

  it('that has gone missing is restored from the newest backup holding one', async () => {
    const { comparisonId, highlightId } = await savedLibrary()
    await rm(journalFile())
    const library = await temp.open(clock.now)
    expect(library.startup.repairs).toEqual([
      `Your highlights file was missing from ${journalFile()}; the highlights of the backup of 2026-03-10 10:00 UTC were restored (from ${backup(NEWEST, 'highlights.jsonl')}).`,
    ])
    expect(library.highlights.list(comparisonId).map((h) => h.id)).toEqual([highlightId])
  })

  it('that cannot be read at all, with no backup of it, leaves the library without highlights and says so', async () => {
    const { comparisonId } = await savedLibrary()
    for (const name of await readdir(join(temp.dir, 'backups'))) await writeFile(backup(name, 'highlights.jsonl'), 'not json\n')
    await writeFile(journalFile(), 'not json either\n')
    const library = await temp.open(clock.now)
    expect(library.startup.repairs).toEqual([
      `Your highlights file could not be read at all (1 line). It was moved, unchanged, to ${journalFile()}.damaged-${RECOVERY_TIME}. No backup held highlights that could be read, so the library has none for now.`,
    ])
    expect(library.highlights.list(comparisonId)).toEqual([])
  })
})
