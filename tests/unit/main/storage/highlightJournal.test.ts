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
    const live = new Map([['h1', highlight('h1', 'version 1099')]])
    await journal.compactIfLarge(live.values(), live.size)
    expect(compactions).toBe(1)
    await journal.put([highlight('h2')])
    await journal.close()
    const lines = (await readFile(path, 'utf8')).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect([...(await new HighlightJournal(path).load()).highlights.values()].map((h) => h.note)).toEqual(['version 1099', ''])
  })
})
