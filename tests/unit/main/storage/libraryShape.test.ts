// The quick checks that spare a large library's start-up the zod schemas say yes exactly when the schemas
// take the data unchanged: tried on a real library of an earlier version (brought up to date) and its
// changes, and on every way of spoiling one of their values or adding a key the schema does not know.

import { readFile } from 'node:fs/promises'
import { isDeepStrictEqual } from 'node:util'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { changeSchema, readChange } from '../../../../src/main/storage/libraryChanges'
import { isLibraryChange, isLibraryData } from '../../../../src/main/storage/libraryShape'
import { libraryDataSchema, migrateLibrary } from '../../../../src/main/storage/schema'

const fixture = (name: string): Promise<string> => readFile(fileURLToPath(new URL(`../../../fixtures/library/v5/${name}`, import.meta.url)), 'utf8')

/** The fixture's library brought up to date, with a comparison whose columns the reader chose and the article its changes add. */
async function realLibrary(): Promise<unknown> {
  const library = migrateLibrary(JSON.parse(await fixture('library.json'))) as { articles: unknown[]; comparisons: unknown[] }
  const changes = (await fixture('library-changes.jsonl')).split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as { articles?: { put: unknown }[]; comparisons?: { put: { articleIds: string[] } }[] })
  library.articles.push(...changes.flatMap((c) => c.articles ?? []).map((p) => p.put).slice(0, 1))
  const comparison = changes.flatMap((c) => c.comparisons ?? [])[0]?.put
  library.comparisons.push({ ...comparison, columns: { order: comparison?.articleIds, pinned: comparison?.articleIds.slice(0, 1), hidden: [] } })
  return library
}

/** Values that break a rule of some field of the schema, or keep it. */
const VALUES: unknown[] = [
  null,
  '',
  'x',
  'text',
  'html',
  'yellow',
  'x'.repeat(41),
  'a'.repeat(64),
  'A'.repeat(64),
  'a'.repeat(63),
  '0123456789abcdef'.repeat(4) + ' ',
  0,
  1,
  -1,
  1.5,
  2 ** 60,
  6,
  true,
  false,
  [],
  {},
  ['x'],
  [''],
  [-1],
  [3],
]

/** Every way of changing one value below `value`: replaced by each of VALUES, taken away, or given a key too many. */
function* spoilt(value: unknown): Generator<unknown> {
  if (typeof value !== 'object' || value === null) return
  const copy = (): unknown => structuredClone(value)
  if (!Array.isArray(value)) {
    yield { ...value, unknownKey: 1 }
    yield JSON.parse(JSON.stringify(value).replace(/^\{/, '{"__proto__":{"x":1},'))
  }
  for (const key of Object.keys(value)) {
    for (const replacement of VALUES) {
      const changed = copy() as Record<string, unknown>
      changed[key] = replacement
      yield changed
    }
    if (!Array.isArray(value)) {
      const without = copy() as Record<string, unknown>
      delete without[key]
      yield without
    }
    for (const inner of spoilt((value as Record<string, unknown>)[key])) {
      const changed = copy() as Record<string, unknown>
      changed[key] = inner
      yield changed
    }
  }
}

/** Whether the schema takes `value` as it is: valid, and nothing dropped or changed. */
function schemaTakes(schema: z.ZodType, value: unknown): boolean {
  const parsed = schema.safeParse(value)
  return parsed.success && isDeepStrictEqual(parsed.data, value)
}

function tally(check: (value: unknown) => boolean, schema: z.ZodType, values: Iterable<unknown>) {
  const disagree: unknown[] = []
  let yes = 0
  let no = 0
  for (const value of values) {
    const quick = check(value)
    if (quick) yes++
    else no++
    if (quick !== schemaTakes(schema, value)) disagree.push(value)
  }
  return { yes, no, disagree }
}

describe('the quick check of library.json', () => {
  it('takes a real library brought up to date, as the schema does', async () => {
    const library = await realLibrary()
    expect(isLibraryData(library)).toBe(true)
    expect(schemaTakes(libraryDataSchema, library)).toBe(true)
  })

  it('says yes to every spoilt copy the schema takes unchanged, and no to every other', async () => {
    const library = await realLibrary()
    const { yes, no, disagree } = tally(isLibraryData, libraryDataSchema, spoilt(library))
    expect(disagree).toEqual([])
    // Both answers were tried many times: the test cannot pass by always saying one thing.
    expect(yes).toBeGreaterThan(20)
    expect(no).toBeGreaterThan(1000)
  })
})

describe('the quick check of a changes line', () => {
  it('takes every line of a real changes file, and agrees with the schema on every spoilt copy of each', async () => {
    const lines = (await fixture('library-changes.jsonl')).split('\n').filter((line) => line !== '')
    expect(lines.length).toBeGreaterThan(2)
    for (const line of lines) {
      const change: unknown = JSON.parse(line)
      expect(isLibraryChange(change)).toBe(true)
      const { yes, no, disagree } = tally(isLibraryChange, changeSchema, spoilt(change))
      expect(disagree).toEqual([])
      expect(yes).toBeGreaterThan(0)
      expect(no).toBeGreaterThan(50)
    }
  })

  it('still reads a line with a key this version does not know, through the schema, which leaves the key out', () => {
    const line = '{"seq":4,"sample":{"seeded":true,"comparisonId":null},"laterField":1}'
    expect(isLibraryChange(JSON.parse(line))).toBe(false)
    expect(readChange(new TextEncoder().encode(line))).toEqual({ seq: 4, sample: { seeded: true, comparisonId: null } })
  })
})
