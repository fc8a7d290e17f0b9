// The recent-comparisons list: most recent first, each id once, at most ten, deleted comparisons
// dropped, menu entries titled from the library, and its file read back (a damaged one as empty).

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { addRecent, MAX_RECENT, parseRecent, pruneRecent, RecentStore, recentEntries, removeRecent } from '../../../src/main/recent'

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

  it('removes one comparison', () => {
    expect(removeRecent(['c1', 'c2', 'c3'], 'c2')).toEqual(['c1', 'c3'])
  })

  it('titles the menu entries from the library, leaving out deleted comparisons', () => {
    const library = [
      { id: 'c1', title: 'Budget speech' },
      { id: 'c3', title: 'Kerry in Moscow, May 2013' },
    ]
    expect(recentEntries(['c3', 'c2', 'c1'], library)).toEqual([
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
