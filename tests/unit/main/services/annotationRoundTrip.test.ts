// A Web Annotation export and its round trip through the real contract handlers and library files: a
// comparison of a report whose web address is known and whose text has an emoji before the highlights,
// and a report without one; the "Your name" setting as the creator; every annotation meeting the W3C
// model's MUSTs; and Parallax's own import bringing back the same highlights, positions, colours, notes.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import type { ImportOutcome } from '../../../../src/shared/ipc/articles'
import type { Result } from '../../../../src/shared/domain/errors'
import type { Highlight, HighlightPage } from '../../../../src/shared/domain/highlight'
import type { ComparisonSummary } from '../../../../src/shared/domain/comparison'
import { creatorAssertions, failedAssertions } from '../../shared/export/annotationModel'

const samplesFolder = 'resources/samples'
const ADDRESS = 'https://news.example/2013/05/06/kerry-moscow'
let dataFolder: string
let services: AppServices

const value = <T>(result: Result<unknown>): T => {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-annotations-'))
  services = await createAppServices({ dataFolder, samplesFolder })
})
afterEach(async () => {
  await services.library.close()
  await rm(dataFolder, { recursive: true, force: true })
})

/** Two reports of the sample as a person would import them, the first with its address and an emoji. */
async function comparisonOfTwo(): Promise<{ comparison: ComparisonSummary; texts: string[] }> {
  const sample = (file: string): Promise<string> => readFile(join(samplesFolder, 'kerry-moscow-2013', file), 'utf8')
  const texts = [`🔴 Live coverage 🇺🇸🇷🇺\n\n${await sample('1.txt')}`, await sample('2.txt')]
  const article = (text: string, url: string | null) => ({ title: text.split('\n')[0] as string, outlet: null, byline: null, url, publishedAt: null, tags: [], extracted: text })
  const outcomes = value<ImportOutcome[]>(await services.dispatch('importArticles', { items: [article(texts[0] as string, ADDRESS), article(texts[1] as string, null)] }))
  const articleIds = outcomes.map((o) => o.article?.id as string)
  const comparison = value<ComparisonSummary>(await services.dispatch('createComparison', { title: 'Kerry in Moscow, two reports', articleIds }))
  // The text as stored (after clean-up) is what highlights count in.
  const stored = await Promise.all(articleIds.map(async (id) => value<{ text: string }>(await services.dispatch('getArticle', { id })).text))
  return { comparison, texts: stored }
}

const listed = async (comparisonId: string): Promise<Highlight[]> => value<HighlightPage>(await services.dispatch('listHighlights', { comparisonId })).highlights
const kept = (h: Highlight) => ({ articleId: h.articleId, anchor: h.anchor, color: h.color, note: h.note, passageId: h.passageId })
const byPlace = (a: ReturnType<typeof kept>, b: ReturnType<typeof kept>) => a.articleId.localeCompare(b.articleId) || a.anchor.position.start - b.anchor.position.start

describe('Web Annotation export and import, round trip', () => {
  it('exports annotations that meet the model and import back as the same highlights, positions, colours and notes', async () => {
    const { comparison, texts } = await comparisonOfTwo()
    const [first, second] = comparison.articleIds as [string, string]
    const [one, two] = texts as [string, string]
    expect(one.startsWith('🔴')).toBe(true)
    const at = (text: string, phrase: string) => ({ start: text.indexOf(phrase), end: text.indexOf(phrase) + phrase.length })
    const made = [
      { articleId: first, ...at(one, 'Focus of trip'), color: 'orange', note: 'After an emoji and two flags: 5 code points, 10 UTF-16 units.' },
      { articleId: first, ...at(one, 'Vladimir Putin'), color: 'blue', passageId: 'p3' },
      { articleId: second, ...at(two, 'more than 70,000 people'), color: 'pink', note: 'Same figure in both.' },
    ]
    for (const h of made) value(await services.dispatch('addHighlight', { comparisonId: comparison.id, ...h }))
    const before = (await listed(comparison.id)).map(kept).sort(byPlace)
    expect(before).toHaveLength(3)

    value(await services.dispatch('updateSettings', { authorName: '  Reader   One ' }))
    const file = value<{ fileName: string; text: string }>(await services.dispatch('exportNotes', { comparisonId: comparison.id, format: 'annotations' }))
    const annotations = JSON.parse(file.text).first.items as Record<string, unknown>[]
    for (const annotation of annotations) {
      expect(failedAssertions(annotation)).toEqual([])
      expect(failedAssertions(annotation, creatorAssertions)).toEqual([])
      expect(annotation.creator).toEqual({ type: 'Person', name: 'Reader One' })
    }
    const targets = annotations.map((a) => a.target as { source: string; selector: { start?: number; exact?: string }[] })
    expect(targets.map((t) => t.source)).toEqual([ADDRESS, ADDRESS, `urn:parallax:article:${second}`])
    // Positions count code points: the emoji and the two flags before "Focus of trip" are 5 code points, 10 units.
    expect(targets[0]?.selector[1]?.start).toBe(Array.from(one.slice(0, one.indexOf('Focus of trip'))).length)
    expect(targets[0]?.selector[1]?.start).toBe(one.indexOf('Focus of trip') - 5)

    for (const h of await listed(comparison.id)) value(await services.dispatch('deleteHighlight', { id: h.id }))
    const result = value<{ imported: Highlight[]; problems: string[] }>(await services.dispatch('importAnnotations', { comparisonId: comparison.id, json: file.text }))
    expect(result.problems).toEqual([])
    expect((await listed(comparison.id)).map(kept).sort(byPlace)).toEqual(before)
  })

  it('imports into another comparison of the same reports, keeping places, colours and notes but not passage ids', async () => {
    const { comparison, texts } = await comparisonOfTwo()
    const [first] = comparison.articleIds as [string, string]
    const start = (texts[0] as string).indexOf('Vladimir Putin')
    value(await services.dispatch('addHighlight', { comparisonId: comparison.id, articleId: first, start, end: start + 14, color: 'green', note: 'A note.', passageId: 'p3' }))
    const file = value<{ text: string }>(await services.dispatch('exportNotes', { comparisonId: comparison.id, format: 'annotations' }))
    // Without a name set there is no creator.
    expect(JSON.parse(file.text).first.items[0]).not.toHaveProperty('creator')
    const other = value<ComparisonSummary>(await services.dispatch('createComparison', { title: 'The same two, again', articleIds: [...comparison.articleIds].reverse() }))
    const result = value<{ imported: Highlight[]; problems: string[] }>(await services.dispatch('importAnnotations', { comparisonId: other.id, json: file.text }))
    expect(result.problems).toEqual([])
    expect(result.imported.map(kept)).toEqual([{ articleId: first, anchor: (await listed(comparison.id))[0]?.anchor, color: 'green', note: 'A note.', passageId: null }])
  })
})
