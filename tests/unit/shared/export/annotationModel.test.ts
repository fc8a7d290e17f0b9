// The Web Annotation export checked against the W3C model's own tests (web-platform-tests' JSON Schemas in
// tests/fixtures/annotation-model): every annotation of an export of the sample, taken out of its collection
// alone, meets all 14 MUST assertions; a creator passes the model's creator checks; and every key the
// export writes is a term of the W3C context or of Parallax's own.

import { describe, expect, it } from 'vitest'
import { DEFAULT_COLOR_LABELS, type Highlight } from '../../../../src/shared/domain/highlight'
import { ANNOTATION_CONTEXT, PARALLAX_CONTEXT, PARALLAX_NAMESPACE, TERMS, toWebAnnotations } from '../../../../src/shared/export'
import { creatorAssertions, failedAssertions, mustAssertions } from './annotationModel'
import { highlightOn, sampleArticle, sampleComparison } from './sampleComparison'

// The first report with its web address known and an emoji before the text; the others without an address.
const one = sampleArticle('1.txt', { url: 'https://news.example/2013/05/06/kerry-to-talk-boston-bombing-syria-in-russia?id=19115580' })
const withEmoji = { ...one, text: `🔴 Live: ${one.text}` }
const comparison = sampleComparison([withEmoji, sampleArticle('2.txt'), sampleArticle('3.txt')])
const [first, second, third] = comparison.articles as [typeof one, typeof one, typeof one]

const highlights: Highlight[] = [
  highlightOn(first, 'Focus of trip', 'May 6, 2013', { color: 'orange', note: 'The date is in the text.', passageId: 'p2' }),
  highlightOn(second, 'has killed more than', '70,000 people', { color: 'purple' }),
  highlightOn(third, 'we have consistently', 'supported Assad', { color: 'green', note: 'Carney.' }),
]

/** The export as a file holds it, each annotation taken out alone. */
function annotationsOf(creatorName?: string): Record<string, unknown>[] {
  const collection = JSON.parse(JSON.stringify(toWebAnnotations(comparison, highlights, DEFAULT_COLOR_LABELS, { creatorName })))
  return collection.first.items
}

describe('the W3C model’s tests themselves', () => {
  const example = {
    '@context': ANNOTATION_CONTEXT,
    id: 'http://example.org/anno1',
    type: 'Annotation',
    body: { type: 'TextualBody', value: 'A comment', purpose: 'commenting' },
    target: { source: 'http://example.org/page1', selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has some' } },
  }

  it('are the 14 MUSTs of annotationMusts.test, and the model’s own example meets them all', () => {
    expect(mustAssertions).toHaveLength(14)
    expect(mustAssertions.every((a) => a.assertionType === 'must')).toBe(true)
    expect(failedAssertions(example)).toEqual([])
  })

  it.each([
    ['no @context', { ...example, '@context': undefined }, 'annotations/3.1-annotationContextValidated.json'],
    ['an id that is not a URI', { ...example, id: 'anno 1' }, 'annotations/3.1-annotationIdValidated.json'],
    ['no target', { ...example, target: undefined }, 'annotations/3.1-targetKeyFound.json'],
    ['both body and bodyValue', { ...example, bodyValue: 'A comment' }, 'annotations/3.2.5-notBodyBodyValue.json'],
    ['a created that is not a date-time', { ...example, created: 'yesterday' }, 'annotations/3.3.1-annotationCreatedValidated.json'],
  ])('fail an annotation with %s', (_what, annotation, assertion) => {
    expect(failedAssertions(JSON.parse(JSON.stringify(annotation)))).toEqual([assertion])
  })
})

describe('an export of the sample, against the model', () => {
  it('meets all 14 MUST assertions with every annotation taken out alone', () => {
    const annotations = annotationsOf('Reader One')
    expect(annotations).toHaveLength(3)
    const passed = annotations.map((a) => mustAssertions.length - failedAssertions(a).length)
    expect(passed).toEqual([14, 14, 14])
  })

  it('would fail only the @context MUST in the earlier export, whose annotations carried no context of their own', () => {
    const [annotation] = annotationsOf()
    delete annotation?.['@context']
    expect(failedAssertions(annotation)).toEqual(['annotations/3.1-annotationContextValidated.json'])
  })

  it('names the person as a creator the model recognises (a Person with a name) when the setting is set, and no creator when it is empty', () => {
    const [named] = annotationsOf('  Reader   One ')
    expect(named?.creator).toEqual({ type: 'Person', name: 'Reader One' })
    expect(failedAssertions(named, creatorAssertions)).toEqual([])
    const [anonymous] = annotationsOf('   ')
    expect(anonymous).not.toHaveProperty('creator')
    expect(failedAssertions(anonymous, mustAssertions)).toEqual([])
  })

  it('targets the web address when known, keeps the quote selector first, and says the positions count in Parallax’s text', () => {
    const [a1, a2] = annotationsOf()
    expect(a1?.target).toEqual({
      source: one.url,
      [TERMS.article]: 'urn:parallax:article:a1',
      selector: [
        { ...highlights[0]?.anchor.quote, type: 'TextQuoteSelector' },
        // "🔴" is one code point and two UTF-16 units: the model counts code points.
        { type: 'TextPositionSelector', start: (highlights[0]?.anchor.position.start as number) - 1, end: (highlights[0]?.anchor.position.end as number) - 1, [TERMS.countedIn]: 'urn:parallax:article:a1' },
      ],
    })
    expect((a2?.target as { source: string }).source).toBe('urn:parallax:article:a2')
  })

  it('writes only keys the W3C context or Parallax’s context defines', () => {
    // The W3C context's terms that the export uses (http://www.w3.org/ns/anno.jsonld defines each).
    const w3c = ['@context', 'id', 'type', 'motivation', 'created', 'modified', 'creator', 'name', 'body', 'value', 'format', 'purpose', 'target', 'source', 'selector', 'exact', 'prefix', 'suffix', 'start', 'end', 'label', 'total', 'first', 'items']
    const keys = new Set<string>()
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (typeof value === 'object' && value !== null)
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key)
          if (key !== '@context') collect(inner)
        }
    }
    collect(JSON.parse(JSON.stringify(toWebAnnotations(comparison, highlights, DEFAULT_COLOR_LABELS, { creatorName: 'Reader One' }))))
    const own = [...keys].filter((k) => !w3c.includes(k)).sort()
    expect(own).toEqual(Object.values(TERMS).sort())
    // Each is a compact IRI under the prefix Parallax's context defines, in a namespace Parallax names itself.
    expect(own.every((k) => k.startsWith('parallax:'))).toBe(true)
    expect(PARALLAX_CONTEXT.parallax).toBe(PARALLAX_NAMESPACE)
    expect(PARALLAX_NAMESPACE).toMatch(/^urn:parallax:/)
    expect(annotationsOf()[0]?.['@context']).toEqual([ANNOTATION_CONTEXT, PARALLAX_CONTEXT])
  })
})
