// Calls are bounded at the boundary, in words a person can act on: how much text one import takes, how much
// one highlight covers, how many annotations one file brings in and how much context each quote carries.
// Driven through the real dispatcher and library files; a refused call writes nothing.

import { describe, expect, it } from 'vitest'
import type { Result } from '../../../../src/shared/domain/errors'
import { MAX_ANNOTATIONS_PER_IMPORT } from '../../../../src/shared/domain/highlight'
import { listArticles } from '../../../../src/main/storage/articles'
import { onSampleLibrary } from './sampleLibrary'

const library = onSampleLibrary('limits')
const sample = library.sample
const article = (text: string) => ({ title: 'Big', outlet: null, byline: null, url: null, publishedAt: null, tags: [], extracted: text })

function annotation(articleId: string, exact: string, extra: Record<string, unknown> = {}) {
  return { type: 'Annotation', target: { source: `urn:parallax:article:${articleId}`, selector: [{ type: 'TextQuoteSelector', exact, ...extra }] } }
}
const collection = (items: unknown[]) => JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', first: { items } })

describe('limits of one call', () => {
  it('refuses an import of more than 40 million characters in all, though each article is within 20 million', async () => {
    const text = 'x'.repeat(15_000_000)
    const result = await library.services.dispatch('importArticles', { items: [article(text), article(text), article(text)] })
    expect(result).toEqual({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('These articles come to more than 40 million characters, more than one import takes: import them a few at a time.') } })
    expect(listArticles(library.services.library.store)).toHaveLength(3)
  })

  it('refuses a highlight over more than 50,000 characters', async () => {
    const { id, articleIds } = sample()
    const result = await library.services.dispatch('addHighlight', { comparisonId: id, articleId: articleIds[0], start: 0, end: 50_001, color: 'yellow' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('A highlight covers at most 50,000 characters') } })
  })

  it(`refuses a file of more than ${MAX_ANNOTATIONS_PER_IMPORT} annotations, whole`, async () => {
    const { id, articleIds } = sample()
    const items = Array.from({ length: MAX_ANNOTATIONS_PER_IMPORT + 1 }, () => annotation(articleIds[2] as string, 'Kerry'))
    const result = (await library.services.dispatch('importAnnotations', { comparisonId: id, json: collection(items) })) as Result<{ imported: unknown[]; problems: string[] }>
    expect(result).toEqual({ ok: true, value: { imported: [], problems: ['This file holds 5,001 annotations; Parallax imports at most 5,000 at a time. Split the file, or export fewer.'] } })
    expect(library.services.library.highlights.list(id)).toEqual([])
  })

  it('skips, in words, an annotation quoting too much or carrying too much context, and imports the rest', async () => {
    const { id, articleIds } = sample()
    const articleId = articleIds[2] as string
    const items = [annotation(articleId, 'y'.repeat(50_001)), annotation(articleId, 'Kerry', { prefix: 'p'.repeat(1_001) }), annotation(articleId, 'Vnukovo')]
    const result = (await library.services.dispatch('importAnnotations', { comparisonId: id, json: collection(items) })) as Result<{ imported: unknown[]; problems: string[] }>
    expect(result.ok && result.value.problems).toEqual([
      'Annotation 1 quotes more than 50,000 characters, more than one highlight may cover.',
      'Annotation 2 gives more than 1,000 characters of context around its quote.',
    ])
    expect(result.ok && result.value.imported).toHaveLength(1)
  })
})
