// The recent-comparisons list: most recent first, each id once, at most ten, deleted comparisons
// dropped, menu entries titled from the library, and its file read back (a damaged one as empty).

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addRecent, MAX_RECENT, parseRecent, pruneRecent, RecentComparisons, RecentStore, recentEntries } from '../../../src/main/recent'

/** A library's lookup by id, as the app gives it to the recent list. */
const lookUp = (library: readonly { id: string; title: string }[]) => (id: string) => library.find((c) => c.id === id)

const ids = (n: number) => Array.from({ length: n }, (_, i) => `c${i + 1}`)

describe('the recent list', () => {
  it('puts the comparison just opened first, once', () => {
    expect(addRecent([], 'c1')).toEqual(['c1'])
    expect(addRecent(['c1', 'c2', 'c3'], 'c3')).toEqual(['c3', 'c1', 'c2'])
    expect(addRecent(['c1', 'c2'], 'c1')).toEqual(['c1', 'c2'])
  })

  it('keeps at most ten, dropping the oldest', () => {
    expect(MAX_RECENT).toBe(10)
    const full = ids(10)
    expect(addRecent(full, 'new')).toEqual(['new', ...ids(9)])
  })

  it('drops comparisons that no longer exist, and repeats, keeping the order', () => {
    const existing = new Set(['c1', 'c3', 'c4'])
    expect(pruneRecent(['c4', 'c2', 'c1', 'c4', 'c3'], (id) => existing.has(id))).toEqual(['c4', 'c1', 'c3'])
    expect(pruneRecent(ids(12), () => true)).toEqual(ids(10))
  })

  it('titles the menu entries from the library, leaving out deleted comparisons', () => {
    const library = [
      { id: 'c1', title: 'Budget speech' },
      { id: 'c3', title: 'Kerry in Moscow, May 2013' },
    ]
    expect(recentEntries(['c3', 'c2', 'c1'], lookUp(library))).toEqual([
      { id: 'c3', title: 'Kerry in Moscow, May 2013' },
      { id: 'c1', title: 'Budget speech' },
    ])
  })

  it.each([
    ['not JSON', '{"comparisons": ['],
    ['the wrong shape', '{"comparisons": [1, 2]}'],
    ['a bare list', '["c1"]'],
  ])('reads a damaged file (%s) as empty', (_name, text) => {
    expect(parseRecent(text)).toEqual([])
  })

  it('reads a file with repeats or too many ids as a valid list', () => {
    expect(parseRecent(JSON.stringify({ comparisons: ['c1', 'c1', ...ids(12)] }))).toEqual(ids(10))
  })
})

describe('RecentStore', () => {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-recent-'))
  })
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })

  it('reads nothing without a file, then reads back what it saved, beside window-state.json', async () => {
    const store = new RecentStore(folder)
    expect(store.path).toBe(join(folder, 'recent.json'))
    await expect(store.load()).resolves.toEqual([])
    await store.save(['c2', 'c1'])
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toEqual({ comparisons: ['c2', 'c1'] })
    await expect(new RecentStore(folder).load()).resolves.toEqual(['c2', 'c1'])
  })

  it('reads a damaged file as empty, without throwing', async () => {
    await writeFile(join(folder, 'recent.json'), 'garbage')
    await expect(new RecentStore(folder).load()).resolves.toEqual([])
  })

  it('logs a write that fails instead of throwing', async () => {
    const log = vi.fn()
    await expect(new RecentStore(join(folder, 'missing'), log).save(['c1'])).resolves.toBeUndefined()
    expect(log).toHaveBeenCalledWith('Could not save the recent comparisons', expect.anything())
  })
})

describe('RecentComparisons', () => {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-recent-'))
  })
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true })
  })
  const library = [
    { id: 'c1', title: 'Kerry in Moscow, May 2013' },
    { id: 'c2', title: 'Budget speech' },
    { id: 'c3', title: 'Flood warnings' },
  ]

  it('loads the saved list titled from the library, and drops deleted comparisons from the file too', async () => {
    const store = new RecentStore(folder)
    await store.save(['c9', 'c2', 'c1'])
    const recent = new RecentComparisons(store, lookUp(library))
    await expect(recent.load()).resolves.toEqual([library[1], library[0]])
    await expect(store.load()).resolves.toEqual(['c2', 'c1'])
  })

  it('moves an opened comparison to the front, saves, and reports the new list once', async () => {
    const store = new RecentStore(folder)
    const reported: string[][] = []
    const recent = new RecentComparisons(store, lookUp(library), (entries) => reported.push(entries.map((e) => e.id)))
    await recent.load()
    await expect(recent.opened('c1')).resolves.toBe(true)
    await recent.opened('c3')
    await recent.opened('c3')
    expect(recent.entries().map((e) => e.title)).toEqual(['Flood warnings', 'Kerry in Moscow, May 2013'])
    expect(reported).toEqual([['c1'], ['c3', 'c1']])
    await expect(new RecentStore(folder).load()).resolves.toEqual(['c3', 'c1'])
  })

  it('refuses an id with no comparison, changing nothing', async () => {
    const recent = new RecentComparisons(new RecentStore(folder), lookUp(library))
    await recent.opened('c2')
    await expect(recent.opened('gone')).resolves.toBe(false)
    expect(recent.entries().map((e) => e.id)).toEqual(['c2'])
  })

  it('leaves out a comparison deleted since it was opened, and shows a renamed one by its new title', async () => {
    let titles = [...library]
    const recent = new RecentComparisons(new RecentStore(folder), (id) => lookUp(titles)(id))
    await recent.opened('c1')
    await recent.opened('c2')
    titles = [{ id: 'c1', title: 'Kerry and Lavrov' }]
    expect(recent.entries()).toEqual([{ id: 'c1', title: 'Kerry and Lavrov' }])
  })
})
