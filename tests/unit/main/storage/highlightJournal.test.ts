// The highlight journal on real files: what is written is read back, a line torn by a crash is skipped
// without harming what follows, and compaction keeps exactly the live highlights.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeRange } from '../../../../src/shared/anchoring'
import type { Highlight } from '../../../../src/shared/domain/highlight'
import { HighlightJournal } from '../../../../src/main/storage/highlightJournal'

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

  it('compacts to one line per live highlight once it has grown well past them', async () => {
    const journal = new HighlightJournal(path)
    await journal.load()
    for (let i = 0; i < 1100; i++) await journal.put([highlight('h1', `version ${i}`)])
    const live = new Map([['h1', highlight('h1', 'version 1099')]])
    await journal.compactIfLarge(live.values(), live.size)
    await journal.put([highlight('h2')])
    await journal.close()
    const lines = (await readFile(path, 'utf8')).trim().split('\n')
    expect(lines).toHaveLength(2)
    expect([...(await new HighlightJournal(path).load()).highlights.values()].map((h) => h.note)).toEqual(['version 1099', ''])
  })
})
