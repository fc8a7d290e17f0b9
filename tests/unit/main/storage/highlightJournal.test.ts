// The highlight journal on real files: what is written is read back, a line torn by a crash or not UTF-8 is
// skipped without harming what follows, loading writes nothing, and compaction keeps exactly the live highlights.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeRange } from '../../../../src/shared/anchoring'
import type { Highlight } from '../../../../src/shared/domain/highlight'
import { HighlightJournal, readJournal } from '../../../../src/main/storage/highlightJournal'

let dir: string
let path: string
const text = 'The minister said the talks would continue next week in Geneva.'

function highlight(id: string, note = ''): Highlight {
  return {
    id,
    comparisonId: 'c1',
    articleId: 'a1',
    versionHash: 'a'.repeat(64),
    anchor: describeRange(text, 4, 12),
    color: 'yellow',
    note,
    passageId: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  }
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'parallax-journal-'))
  path = join(dir, 'highlights.jsonl')
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('HighlightJournal', () => {
  it('reads back puts, updates and removals in order after a restart', async () => {
    const journal = new HighlightJournal(path)
    expect((await journal.load()).highlights.size).toBe(0)
    await journal.put([highlight('h1'), highlight('h2')])
    await journal.put([highlight('h1', 'changed')])
    await journal.remove('h2')
    await journal.close()
    const { highlights, skippedLines } = await new HighlightJournal(path).load()
    expect([...highlights.values()]).toEqual([highlight('h1', 'changed')])
    expect(skippedLines).toBe(0)
  })

  it('skips a line torn by a crash, and the next append starts on a fresh line', async () => {
    const journal = new HighlightJournal(path)
    await journal.load()
    await journal.put([highlight('h1')])
    await journal.close()
    await writeFile(path, `${await readFile(path, 'utf8')}{"put":{"id":"h2","comm`)
    const reopened = new HighlightJournal(path)
    const first = await reopened.load()
    expect([...first.highlights.keys()]).toEqual(['h1'])
    expect(first.skippedLines).toBe(1)
    await reopened.put([highlight('h3')])
    await reopened.close()
    expect([...(await new HighlightJournal(path).load()).highlights.keys()]).toEqual(['h1', 'h3'])
  })

  it('reads each line strictly: one with bytes that are not UTF-8 is skipped, not read with holes', async () => {
    const good = JSON.stringify({ put: highlight('h1') })
    const bad = Buffer.from(JSON.stringify({ put: highlight('h2', 'caf\u00e9') }), 'utf8')
    bad[bad.indexOf(0xc3)] = 0xff
    const bytes = Buffer.concat([Buffer.from(`${good}\n`), bad, Buffer.from('\n')])
    const load = readJournal(bytes)
    expect({ ids: [...load.highlights.keys()], readLines: load.readLines, skippedLines: load.skippedLines, tornLastLine: load.tornLastLine }).toEqual({
      ids: ['h1'],
      readLines: 1,
      skippedLines: 1,
      tornLastLine: false,
    })
  })

  it('writes nothing when it loads, so a damaged file is found exactly as it was', async () => {
    const torn = `${JSON.stringify({ put: highlight('h1') })}\n{"put":{"id":"h2"`
    await writeFile(path, torn)
    const load = await new HighlightJournal(path).load()
    expect(load.tornLastLine).toBe(true)
    expect(await readFile(path, 'utf8')).toBe(torn)
  })

  it('compacts to one line per live highlight once it has grown well past them', async () => {
    const journal = new HighlightJournal(path)
    let compactions = 0
    journal.afterCompaction = () => compactions++
    await journal.load()
    for (let i = 0; i < 1100; i++) await journal.put([highlight('h1', `version ${i}`)])
    await journal.compactIfLarge()
    expect(compactions).toBe(1)
    await journal.put([highlight('h2')])
    await journal.close()
    const lines = (await readFile(path, 'utf8')).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect([...(await new HighlightJournal(path).load()).highlights.values()].map((h) => h.note)).toEqual(['version 1099', ''])
  })

  it('never loses an acknowledged edit to a compaction queued among the writes', async () => {
    // A small slack makes compaction due after every few edits of the same eight highlights.
    const journal = new HighlightJournal(path, 4)
    await journal.load()
    for (let i = 0; i < 8; i++) await journal.put([highlight(`h${i}`, 'edit -1')])
    const editOf = (note: string | undefined): number => Number(note?.replace('edit ', '') ?? -2)
    const older: string[] = []
    const acknowledged = Array.from({ length: 40 }, (_, i) => {
      const id = `h${i % 8}`
      const saved = journal.put([highlight(id, `edit ${i}`)]).then(async () => {
        // Acknowledged: from now on the file must hold this edit or a later one, whatever the queue does next.
        const held = readJournal(await readFile(path)).highlights.get(id)
        if (editOf(held?.note) < i) older.push(`${id}: edit ${i} acknowledged, file has ${held?.note}`)
      })
      void journal.compactIfLarge()
      return saved
    })
    await Promise.all(acknowledged)
    await journal.close()
    expect(older).toEqual([])
    const after = await new HighlightJournal(path).load()
    expect([...after.highlights.values()].map((h) => h.note)).toEqual(['edit 32', 'edit 33', 'edit 34', 'edit 35', 'edit 36', 'edit 37', 'edit 38', 'edit 39'])
    expect(after.readLines).toBeLessThan(40)
  })

  it('flushes the folder when it makes the file, and holds in memory what the file holds', async () => {
    const journal = new HighlightJournal(path)
    await journal.load()
    await journal.put([highlight('h1')])
    await journal.remove('h1')
    await journal.put([highlight('h2')])
    expect([...journal.held().keys()]).toEqual(['h2'])
    await journal.close()
    expect([...(await new HighlightJournal(path).load()).highlights.keys()]).toEqual(['h2'])
  })
})
