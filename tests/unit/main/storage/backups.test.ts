// Rolling backups: made a while after saves, holding the library as saved and highlights.jsonl as written;
// the newest five and the newest of each of the last seven days kept; a burst of saves makes one backup, and
// one more if it comes while a backup is written, never two at once; a backup that fails is logged and the
// save stands.

import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { Backups, backupsToKeep, timeStamp } from '../../../../src/main/storage/backups'
import type { NewArticle } from '../../../../src/shared/domain/article'
import { testClock, useTempLibraries } from './tempLibraries'
import { readSavedLibrary } from './savedLibrary'
import { addArticle } from '../../../../src/main/storage/articles'
import { setColorLabel } from '../../../../src/main/storage/colorLabels'
import { addComparison } from '../../../../src/main/storage/comparisons'

const temp = useTempLibraries('backups')
const backupsFolder = (): string => join(temp.dir, 'backups')
const listBackups = async (): Promise<string[]> => (await readdir(backupsFolder())).sort()

const article = (text: string): NewArticle => ({ title: text.slice(0, 20), outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })

describe('backupsToKeep', () => {
  it('keeps the newest five and the newest of each of the last seven days', () => {
    const names = [
      '2026-03-01T09-00-00-000Z', // more than seven days ago: only if among the newest five
      '2026-03-04T09-00-00-000Z',
      '2026-03-04T18-00-00-000Z', // newest of 4 March
      '2026-03-06T08-00-00-000Z', // newest of 6 March
      '2026-03-09T07-00-00-000Z',
      '2026-03-09T08-00-00-000Z', // newest of 9 March
      '2026-03-10T09-00-00-000Z',
      '2026-03-10T10-00-00-000Z',
      '2026-03-10T11-00-00-000Z',
      '2026-03-10T12-00-00-000Z',
      '2026-03-10T13-00-00-000Z',
      '2026-03-10T14-00-00-000Z',
      '2026-03-10T15-00-00-000Z',
    ]
    const kept = [...backupsToKeep(names, new Date('2026-03-10T16:00:00Z'))].sort()
    expect(kept).toEqual([
      '2026-03-04T18-00-00-000Z',
      '2026-03-06T08-00-00-000Z',
      '2026-03-09T08-00-00-000Z',
      '2026-03-10T11-00-00-000Z',
      '2026-03-10T12-00-00-000Z',
      '2026-03-10T13-00-00-000Z',
      '2026-03-10T14-00-00-000Z',
      '2026-03-10T15-00-00-000Z',
    ])
  })

  it('ignores what is not a backup (a half-written one, a file the person put there)', () => {
    expect([...backupsToKeep(['.partial-2026-03-10T15-00-00-000Z', 'notes.txt', '2026-03-10T15-00-00-000Z'], new Date('2026-03-10T16:00:00Z'))]).toEqual([
      '2026-03-10T15-00-00-000Z',
    ])
  })
})

describe('backups made by the library', () => {
  it('holds the library as saved in one library.json that reads on its own, highlights.jsonl as written, and no bodies', async () => {
    const clock = testClock('2026-03-10T10:00:00Z')
    const library = await temp.open(clock.now)
    const a = await addArticle(library.store, article('The river rose through the night.'))
    const b = await addArticle(library.store, article('Schools stay closed until Friday.'))
    const comparison = await addComparison(library.store, 'Flood', [a.article.id, b.article.id])
    await library.highlights.add({ comparisonId: comparison.id, articleId: a.article.id, start: 4, end: 9, color: 'yellow', note: '' })
    await library.backedUp()
    clock.advance(1000)
    await setColorLabel(library.store, 'green', 'quotes')
    await library.backedUp()
    const newest = (await listBackups()).at(-1) as string
    expect(newest).toBe(timeStamp(clock.now()))
    expect((await readdir(join(backupsFolder(), newest))).sort()).toEqual(['highlights.jsonl', 'library.json'])
    // library.json on disk is followed by the changes saved since; the backup holds them all, and says so.
    const backedUp = JSON.parse(await readFile(join(backupsFolder(), newest, 'library.json'), 'utf8'))
    const saved = await readSavedLibrary(temp.dir)
    expect(backedUp.colorLabels.green).toBe('quotes')
    expect(backedUp.changesThrough).toBeGreaterThan(JSON.parse(await readFile(join(temp.dir, 'library.json'), 'utf8')).changesThrough)
    expect({ ...backedUp, changesThrough: 0 }).toEqual({ ...saved, changesThrough: 0 })
    expect(await readFile(join(backupsFolder(), newest, 'highlights.jsonl'))).toEqual(await readFile(join(temp.dir, 'highlights.jsonl')))
  })

  it('backs up the highlight journal when it is compacted', async () => {
    const clock = testClock('2026-03-10T10:00:00Z')
    const first = await temp.open(clock.now)
    const a = await addArticle(first.store, article('The river rose through the night.'))
    const b = await addArticle(first.store, article('Schools stay closed until Friday.'))
    const comparison = await addComparison(first.store, 'Flood', [a.article.id, b.article.id])
    const highlight = await first.highlights.add({ comparisonId: comparison.id, articleId: a.article.id, start: 4, end: 9, color: 'yellow', note: '' })
    await first.close()
    const edits = Array.from({ length: 1100 }, (_, i) => `${JSON.stringify({ put: { ...highlight, note: `edit ${i}` } })}\n`).join('')
    await writeFile(join(temp.dir, 'highlights.jsonl'), edits, { flag: 'a' })
    clock.advance(60_000)
    const library = await temp.open(clock.now)
    await library.highlights.update({ id: highlight.id, note: 'last' })
    await library.close()
    const newest = (await listBackups()).at(-1) as string
    expect(newest).toBe(timeStamp(clock.now()))
    const journal = await readFile(join(temp.dir, 'highlights.jsonl'), 'utf8')
    expect(journal.trim().split('\n')).toHaveLength(1)
    expect(await readFile(join(backupsFolder(), newest, 'highlights.jsonl'), 'utf8')).toBe(journal)
  })

  it('keeps the newest five and one a day over ten days of saves', async () => {
    const clock = testClock('2026-03-01T09:00:00Z')
    const library = await temp.open(clock.now)
    for (let day = 1; day <= 10; day++) {
      for (const hour of [9, 12, 17]) {
        clock.set(`2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`)
        await setColorLabel(library.store, 'yellow', `day ${day} ${hour}h`)
        await library.backedUp()
      }
    }
    expect(await listBackups()).toEqual([
      '2026-03-04T17-00-00-000Z',
      '2026-03-05T17-00-00-000Z',
      '2026-03-06T17-00-00-000Z',
      '2026-03-07T17-00-00-000Z',
      '2026-03-08T17-00-00-000Z',
      '2026-03-09T12-00-00-000Z',
      '2026-03-09T17-00-00-000Z',
      '2026-03-10T09-00-00-000Z',
      '2026-03-10T12-00-00-000Z',
      '2026-03-10T17-00-00-000Z',
    ])
    const labels = await Promise.all((await listBackups()).map(async (name) => JSON.parse(await readFile(join(backupsFolder(), name, 'library.json'), 'utf8')).colorLabels.yellow))
    expect(labels).toEqual(['day 4 17h', 'day 5 17h', 'day 6 17h', 'day 7 17h', 'day 8 17h', 'day 9 12h', 'day 9 17h', 'day 10 9h', 'day 10 12h', 'day 10 17h'])
  })

  it('names backups made in the same millisecond so they still sort in the order made', async () => {
    const clock = testClock('2026-03-10T10:00:00Z')
    const library = await temp.open(clock.now)
    for (const label of ['one', 'two', 'three']) {
      await setColorLabel(library.store, 'yellow', label)
      await library.backedUp()
    }
    expect(await listBackups()).toEqual(['2026-03-10T10-00-00-000Z', '2026-03-10T10-00-00-000Z-001', '2026-03-10T10-00-00-000Z-002'])
  })

  it('logs a backup that cannot be written, and the save stands', async () => {
    const log = vi.fn()
    const library = await temp.open(undefined, log)
    await writeFile(backupsFolder(), 'a file where the backups folder should be')
    await setColorLabel(library.store, 'yellow', 'still saved')
    await library.backedUp()
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not write a backup'), expect.anything())
    expect((await readSavedLibrary(temp.dir))?.colorLabels.yellow).toBe('still saved')
  })
})

describe('Backups', () => {
  /** Sources whose library read waits until released, counting reads at once. */
  function heldSources() {
    let release: () => void = () => undefined
    const held = new Promise<void>((resolve) => (release = resolve))
    let firstRead: () => void = () => undefined
    const started = new Promise<void>((resolve) => (firstRead = resolve))
    const state = { reads: 0, inFlight: 0, maxInFlight: 0 }
    const sources = {
      library: async () => {
        firstRead()
        state.reads++
        state.inFlight++
        state.maxInFlight = Math.max(state.maxInFlight, state.inFlight)
        await held
        state.inFlight--
        return new TextEncoder().encode(`{"read":${state.reads}}`)
      },
      journal: async () => null,
    }
    return { sources, state, release, started }
  }

  it('waits after a save before writing its backup, so a burst of saves makes one, written at once when asked', async () => {
    const { sources, state, release } = heldSources()
    const backups = new Backups(backupsFolder(), sources, () => new Date('2026-03-10T10:00:00Z'))
    for (let i = 0; i < 20; i++) backups.schedule()
    await new Promise((resolve) => setImmediate(resolve))
    expect(state.reads).toBe(0)
    release()
    await backups.idle()
    expect(state).toEqual({ reads: 1, inFlight: 0, maxInFlight: 1 })
    expect(await backups.list()).toHaveLength(1)
  })

  it('writes one backup at a time, and a burst of saves during one makes a single further backup', async () => {
    const clock = testClock('2026-03-10T10:00:00Z')
    const { sources, state, release, started } = heldSources()
    const backups = new Backups(backupsFolder(), sources, () => (clock.advance(1), clock.now()), undefined, undefined, 0)
    backups.schedule()
    await started
    for (let i = 0; i < 20; i++) backups.schedule()
    release()
    await backups.idle()
    expect(state).toEqual({ reads: 2, inFlight: 0, maxInFlight: 1 })
    const names = await backups.list()
    expect(names).toHaveLength(2)
    expect(await readFile(join(backupsFolder(), names[0] as string, 'library.json'), 'utf8')).toBe('{"read":2}')
  })

  it('clears a backup left half-written by a crash, and never restores from one', async () => {
    await mkdir(join(backupsFolder(), '.partial-2026-03-10T09-00-00-000Z'), { recursive: true })
    await writeFile(join(backupsFolder(), '.partial-2026-03-10T09-00-00-000Z', 'library.json'), '{"half":')
    const backups = new Backups(backupsFolder(), { library: async () => new TextEncoder().encode('{}'), journal: async () => null }, () => new Date('2026-03-10T10:00:00Z'))
    expect(await backups.restoreNewest('library.json', join(temp.dir, 'restored.json'), () => true)).toBeNull()
    await backups.backUp()
    expect(await listBackups()).toEqual(['2026-03-10T10-00-00-000Z'])
  })

  it('makes no backup before there is a library file', async () => {
    const backups = new Backups(backupsFolder(), { library: async () => null, journal: async () => null })
    expect(await backups.backUp()).toBeNull()
    expect(await backups.list()).toEqual([])
  })
})
