// Highlights and notes through the real contract handlers and lowdb files: stored, changed, deleted,
// read back after a restart; bad requests refused without writing; version-1 libraries migrated in memory.

import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/domain/errors'
import { HIGHLIGHT_PAGE_CHARACTERS, HIGHLIGHTS_PER_PAGE, type Highlight, type HighlightPage } from '../../../../src/shared/domain/highlight'
import { describeRange } from '../../../../src/shared/anchoring'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import { SCHEMA_VERSION } from '../../../../src/main/storage/schema'
import { listComparisons } from '../../../../src/main/storage/comparisons'

const samplesFolder = 'resources/samples'
let dataFolder: string
let services: AppServices

// Every instance opened by a test is closed after it, releasing its highlight journal.
const opened: AppServices[] = []
const open = async (): Promise<AppServices> => {
  // One owner at a time, as in the app: opening cleans up what a crash left, not what another instance writes.
  await Promise.all(opened.map((s) => s.library.close()))
  const instance = await createAppServices({ dataFolder, samplesFolder })
  opened.push(instance)
  return instance
}
const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

async function files(): Promise<Record<string, string>> {
  const root = join(dataFolder, 'library')
  const out: Record<string, string> = { 'library.json': await readFile(join(root, 'library.json'), 'utf8') }
  out['library-changes.jsonl'] = await readFile(join(root, 'library-changes.jsonl'), 'utf8').catch(() => '(none)')
  for (const name of await readdir(join(root, 'bodies'))) out[name] = await readFile(join(root, 'bodies', name), 'utf8')
  out['highlights.jsonl'] = await readFile(join(root, 'highlights.jsonl'), 'utf8').catch(() => '(none)')
  return out
}

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-highlights-'))
  services = await open()
})
afterEach(async () => {
  await Promise.all(opened.splice(0).map((instance) => instance.library.close()))
  await rm(dataFolder, { recursive: true, force: true })
})

function sample() {
  const [comparison] = listComparisons(services.library.store)
  if (!comparison) throw new Error('no sample')
  return comparison
}

async function carneyRange() {
  const comparison = sample()
  const articleId = comparison.articleIds[2] as string
  const text = value<{ text: string }>(await services.dispatch('getArticle', { id: articleId })).text
  const start = text.indexOf('we have consistently')
  return { comparison, articleId, text, start, end: text.indexOf('supported Assad') + 'supported Assad'.length }
}

describe('highlights', () => {
  it('are stored with their quote and context, and read back by a new library after a restart', async () => {
    const { comparison, articleId, text, start, end } = await carneyRange()
    const added = value<Highlight>(
      await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end, color: 'pink', note: 'Compare with report 2:\nthe → that' }),
    )
    expect(added.anchor.quote.exact).toBe(text.slice(start, end))
    expect(added.anchor.quote.prefix).toBe(text.slice(start - 32, start))
    expect(added).toMatchObject({ color: 'pink', note: 'Compare with report 2:\nthe → that', passageId: null })

    const restarted = await open()
    expect(value<HighlightPage>(await restarted.dispatch('listHighlights', { comparisonId: comparison.id })).highlights).toEqual([added])
  })

  it('change colour and note, and come back whole from a delete for undo', async () => {
    const { comparison, articleId, start, end } = await carneyRange()
    const added = value<Highlight>(await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end, color: 'yellow' }))
    const changed = value<Highlight>(await services.dispatch('updateHighlight', { id: added.id, color: 'green', note: 'quote checked' }))
    expect(changed).toMatchObject({ id: added.id, color: 'green', note: 'quote checked', anchor: added.anchor })
    const deleted = value<Highlight>(await services.dispatch('deleteHighlight', { id: added.id }))
    expect(deleted).toEqual(changed)
    expect(value<HighlightPage>(await services.dispatch('listHighlights', { comparisonId: comparison.id })).highlights).toEqual([])
  })

  it('undo a delete with the same id, place, colour and note, through a restart, and only once', async () => {
    const { comparison, articleId, start, end } = await carneyRange()
    const added = value<Highlight>(await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end, color: 'purple', note: 'keep me' }))
    await services.dispatch('deleteHighlight', { id: added.id })
    const restored = value<Highlight>(await services.dispatch('restoreHighlight', { id: added.id }))
    expect(restored).toEqual({ ...added, updatedAt: restored.updatedAt })
    const again = await services.dispatch('restoreHighlight', { id: added.id })
    expect(again).toMatchObject({ ok: false, error: { code: 'not-found', message: expect.stringContaining('can no longer be brought back') } })
    const restarted = await open()
    expect(value<HighlightPage>(await restarted.dispatch('listHighlights', { comparisonId: comparison.id })).highlights).toEqual([restored])
    // A new start has no deletes to undo: nothing is brought back from before it.
    await restarted.dispatch('deleteHighlight', { id: added.id })
    const later = await open()
    expect(await later.dispatch('restoreHighlight', { id: added.id })).toMatchObject({ ok: false, error: { code: 'not-found' } })
  })

  it('can mark a whole shared passage', async () => {
    const { comparison, articleId, start, end } = await carneyRange()
    const added = value<Highlight>(await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end, color: 'blue', passageId: 'p1' }))
    expect(added.passageId).toBe('p1')
  })

  it('refuse a range outside the text, an article outside the comparison, or an unknown comparison, writing nothing', async () => {
    const { comparison, articleId, text } = await carneyRange()
    const before = await files()
    const outside = await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start: text.length - 2, end: text.length + 10, color: 'yellow' })
    expect(outside).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('outside the article') } })
    const foreign = await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId: 'not-in-it', start: 0, end: 4, color: 'yellow' })
    expect(foreign).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: 'That article is not part of this comparison.' } })
    const missing = await services.dispatch('listHighlights', { comparisonId: 'no-such-comparison' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } })
    const tooLong = await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start: 0, end: 4, color: 'yellow', note: 'x'.repeat(100_000) })
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('note is too long') } })
    const badColour = await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start: 0, end: 4, color: 'red' })
    expect(badColour).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('colour must be one of') } })
    const unknown = await services.dispatch('updateHighlight', { id: 'no-such-highlight', note: 'x' })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await files()).toEqual(before)
  })

  it('keep renamed colour labels across a restart', async () => {
    const labels = value<Record<string, string>>(await services.dispatch('setColorLabel', { color: 'orange', label: 'numbers to verify' }))
    expect(labels['orange']).toBe('numbers to verify')
    const restarted = await open()
    expect(value<Record<string, string>>(await restarted.dispatch('getColorLabels', undefined)).orange).toBe('numbers to verify')
  })
})

describe('notes export and import', () => {
  it('says there is nothing to export as annotations in a comparison with no highlights (the model allows no empty collection)', async () => {
    const { comparison } = await carneyRange()
    expect(await services.dispatch('exportNotes', { comparisonId: comparison.id, format: 'annotations' })).toEqual({
      ok: false,
      error: { code: 'invalid-argument', message: 'This comparison has no highlights yet, so there are no annotations to export. Highlight some text first.' },
    })
  })

  it('exports Markdown with the quote and the note, and Web Annotation JSON that imports back into another library', async () => {
    const { comparison, articleId, text, start, end } = await carneyRange()
    await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end, color: 'pink', note: 'Wording differs from report 2.' })
    const markdown = value<{ fileName: string; text: string }>(await services.dispatch('exportNotes', { comparisonId: comparison.id, format: 'markdown' }))
    expect(markdown.fileName).toBe('Kerry-in-Moscow-May-2013-notes.md')
    expect(markdown.text).toContain(`> ${text.slice(start, end)}`)
    expect(markdown.text).toContain('Wording differs from report 2.')

    const json = value<{ text: string }>(await services.dispatch('exportNotes', { comparisonId: comparison.id, format: 'annotations' })).text
    // The export imports back: delete the highlight, then import the file into the same comparison.
    const [existing] = value<HighlightPage>(await services.dispatch('listHighlights', { comparisonId: comparison.id })).highlights
    await services.dispatch('deleteHighlight', { id: existing?.id })
    const result = value<{ imported: Highlight[]; problems: string[] }>(await services.dispatch('importAnnotations', { comparisonId: comparison.id, json }))
    expect(result.problems).toEqual([])
    expect(result.imported).toHaveLength(1)
    expect(result.imported[0]).toMatchObject({ articleId, color: 'pink', note: 'Wording differs from report 2.', anchor: existing?.anchor })

    // The same file again adds nothing twice, and says so.
    const before = await files()
    const again = value<{ imported: Highlight[]; problems: string[] }>(await services.dispatch('importAnnotations', { comparisonId: comparison.id, json }))
    expect(again).toEqual({ imported: [], problems: ['1 highlight is already in this comparison and was not added again.'] })
    expect(await files()).toEqual(before)
    expect(value<HighlightPage>(await services.dispatch('listHighlights', { comparisonId: comparison.id })).highlights).toHaveLength(1)
  })

  it('refuses a file that is not JSON in words, and reports unusable annotations without stopping', async () => {
    const { comparison } = await carneyRange()
    const before = await files()
    const notJson = await services.dispatch('importAnnotations', { comparisonId: comparison.id, json: '<html>not json</html>' })
    expect(notJson).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('not JSON') } })
    const wrong = value<{ imported: Highlight[]; problems: string[] }>(await services.dispatch('importAnnotations', { comparisonId: comparison.id, json: '{"hello": 1}' }))
    expect(wrong.imported).toEqual([])
    expect(wrong.problems[0]).toMatch(/not a Web Annotation collection/)
    expect(await files()).toEqual(before)
  })
})

describe('a library written before highlights existed (schema version 1)', () => {
  it('opens with no highlights and default labels, and is rewritten only at the next save', async () => {
    const path = join(dataFolder, 'library', 'library.json')
    const current = JSON.parse(await readFile(path, 'utf8')) as Record<string, unknown>
    const { highlights: _h, colorLabels: _c, ...rest } = current
    const versionOne = JSON.stringify({ ...rest, schemaVersion: 1 })
    await writeFile(path, versionOne)

    const migrated = await open()
    const comparison = listComparisons(migrated.library.store)[0]
    expect(comparison?.title).toBe('Kerry in Moscow, May 2013')
    expect(value<HighlightPage>(await migrated.dispatch('listHighlights', { comparisonId: comparison?.id })).highlights).toEqual([])
    expect(value<Record<string, string>>(await migrated.dispatch('getColorLabels', undefined)).pink).toBe('disputed')
    expect(await readFile(path, 'utf8')).toBe(versionOne)

    await migrated.dispatch('setColorLabel', { color: 'pink', label: 'contested' })
    expect(JSON.parse(await readFile(path, 'utf8')).schemaVersion).toBe(SCHEMA_VERSION)
  })
})

describe('highlight changes in flight together', () => {
  it('decides a delete and an edit of one highlight in order: the delete stands after a restart', async () => {
    const { comparison, articleId, start, end } = await carneyRange()
    const added = value<Highlight>(await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end, color: 'yellow' }))
    const [deleted, updated] = await Promise.all([
      services.dispatch('deleteHighlight', { id: added.id }),
      services.dispatch('updateHighlight', { id: added.id, note: 'too late' }),
    ])
    expect(deleted.ok).toBe(true)
    expect(updated).toMatchObject({ ok: false, error: { code: 'not-found' } })
    await services.library.close()
    const again = await open()
    expect(value<HighlightPage>(await again.dispatch('listHighlights', { comparisonId: comparison.id })).highlights).toEqual([])
  })

  it('refuses a highlight on an article being deleted, rather than keeping one the next start removes', async () => {
    const { comparison, articleId, start, end } = await carneyRange()
    const [deleted, added] = await Promise.all([
      services.dispatch('deleteArticle', { id: articleId }),
      services.dispatch('addHighlight', { comparisonId: comparison.id, articleId, start, end, color: 'yellow' }),
    ])
    expect(deleted.ok).toBe(true)
    expect(added.ok).toBe(false)
    await services.library.close()
    const again = await open()
    expect(again.library.startup.repairs).toEqual([])
  })
})

describe('listHighlights, a page at a time', () => {
  /** Adds `count` highlights on one report of the sample, each covering `length` characters with a note of `note` characters. */
  async function many(count: number, length: number, note: number): Promise<{ comparisonId: string; ids: Set<string> }> {
    const { comparison, articleId, text } = await carneyRange()
    const added = await services.library.highlights.addAll(
      Array.from({ length: count }, (_, i) => {
        const start = i % Math.max(1, text.length - length)
        return { comparisonId: comparison.id, articleId, anchor: describeRange(text, start, start + length), color: 'yellow' as const, note: 'n'.repeat(note), passageId: null }
      }),
    )
    return { comparisonId: comparison.id, ids: new Set(added.map((h) => h.id)) }
  }
  async function pages(comparisonId: string): Promise<HighlightPage[]> {
    const all: HighlightPage[] = []
    let after: string | undefined
    do {
      const page = value<HighlightPage>(await services.dispatch('listHighlights', after === undefined ? { comparisonId } : { comparisonId, after }))
      all.push(page)
      after = page.next ?? undefined
    } while (after !== undefined)
    return all
  }
  const characters = (list: readonly Highlight[]): number =>
    list.reduce((n, h) => n + h.anchor.quote.exact.length + h.anchor.quote.prefix.length + h.anchor.quote.suffix.length + h.note.length, 0)

  it(`gives ${HIGHLIGHTS_PER_PAGE} highlights a page, each once, in the order they were made`, async () => {
    const { comparisonId, ids } = await many(1_100, 20, 0)
    const all = await pages(comparisonId)
    expect(all.map((p) => p.highlights.length)).toEqual([500, 500, 100])
    const listed = all.flatMap((p) => p.highlights)
    expect(new Set(listed.map((h) => h.id))).toEqual(ids)
    expect(listed.map((h) => `${h.createdAt} ${h.id}`)).toEqual(listed.map((h) => `${h.createdAt} ${h.id}`).sort())
  })

  it('ends a page before its text passes the limit, so no reply grows with the comparison', async () => {
    const { comparisonId, ids } = await many(300, 2_000, 20_000)
    const all = await pages(comparisonId)
    expect(all.length).toBeGreaterThan(2)
    for (const page of all) expect(characters(page.highlights)).toBeLessThanOrEqual(HIGHLIGHT_PAGE_CHARACTERS)
    expect(all.flatMap((p) => p.highlights).length).toBe(ids.size)
  })

  it('neither skips nor repeats a highlight when one before the page key is deleted between two pages', async () => {
    const { comparisonId, ids } = await many(700, 20, 0)
    const first = value<HighlightPage>(await services.dispatch('listHighlights', { comparisonId }))
    const gone = first.highlights[10] as Highlight
    await services.dispatch('deleteHighlight', { id: gone.id })
    const rest = value<HighlightPage>(await services.dispatch('listHighlights', { comparisonId, after: first.next! }))
    expect(rest.next).toBeNull()
    const listed = [...first.highlights, ...rest.highlights].map((h) => h.id)
    expect(new Set(listed).size).toBe(listed.length)
    expect(new Set(listed)).toEqual(ids)
  })

  it('refuses a page key that Parallax did not give, in words', async () => {
    const { comparison } = await carneyRange()
    expect(await services.dispatch('listHighlights', { comparisonId: comparison.id, after: 'x'.repeat(1_000) })).toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('not one Parallax gave') },
    })
    expect(await services.dispatch('listHighlights', { comparisonId: comparison.id, after: 5 })).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })
})
