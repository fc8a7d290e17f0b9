// The W3C Web Annotation export and import, on the built-in sample: the shape other tools read, a lossless
// round trip, and an import that refuses bad input with problems a person can read and never throws.

import fc from 'fast-check'
import { describeRange } from '../../../../src/shared/anchoring'
import { describe, expect, it } from 'vitest'
import { DEFAULT_COLOR_LABELS, MAX_NOTE_LENGTH, type Highlight } from '../../../../src/shared/domain/highlight'
import { ANNOTATION_CONTEXT, EXPORT_CONTEXT, fromWebAnnotations, TERMS, toWebAnnotations } from '../../../../src/shared/export'
import { highlightOn, sampleComparison } from './sampleComparison'

const comparison = sampleComparison()
const [one, two, three] = comparison.articles as [(typeof comparison.articles)[0], (typeof comparison.articles)[0], (typeof comparison.articles)[0]]

const highlights: Highlight[] = [
  highlightOn(three, 'we have consistently', 'supported Assad', { color: 'green', note: 'Carney.\n# a line with a hash\n\nand a paragraph', passageId: 'p1' }),
  highlightOn(one, 'Focus of trip', 'May 6, 2013', { color: 'orange' }),
  highlightOn(two, 'has killed more than', '70,000 people', { color: 'purple', note: 'Same figure as NBC.' }),
  highlightOn(three, 'has killed more than', '70,000 people'),
]

// An imported highlight is bound to the version its article has when it is imported, not to the exported one's.
const withoutIdentity = ({ id: _id, versionHash: _v, createdAt: _c, updatedAt: _u, ...rest }: Highlight) => rest
const exported = () => JSON.parse(JSON.stringify(toWebAnnotations(comparison, highlights, DEFAULT_COLOR_LABELS)))

describe('toWebAnnotations', () => {
  const collection = toWebAnnotations(comparison, highlights, DEFAULT_COLOR_LABELS)

  it('is an AnnotationCollection labelled with the comparison, in column order then text order', () => {
    expect(collection['@context']).toEqual([ANNOTATION_CONTEXT, EXPORT_CONTEXT[1]])
    expect(collection.type).toBe('AnnotationCollection')
    expect(collection.label).toBe('Kerry in Moscow')
    expect(collection.total).toBe(4)
    expect(collection.first.type).toBe('AnnotationPage')
    // The model's MUSTs: a page has an id, and each annotation taken out alone still names its context.
    expect(collection.first.id).toBe('urn:parallax:comparison:c1:page:1')
    for (const annotation of collection.first.items) expect(annotation['@context']).toEqual(EXPORT_CONTEXT)
    expect(collection.first.items.map((a) => a.target.source)).toEqual([
      'urn:parallax:article:a1',
      'urn:parallax:article:a2',
      'urn:parallax:article:a3',
      'urn:parallax:article:a3',
    ])
    expect(collection.first.items.map((a) => a.target.selector[0].exact.slice(0, 20))).toEqual([
      'Focus of trip said t',
      'has killed more than',
      'has killed more than',
      'we have consistently',
    ])
  })

  it('writes a note as a commenting body and the colour label as a tag', () => {
    const carney = collection.first.items.find((a) => a.id === `urn:parallax:highlight:${highlights[0]?.id}`)
    const position = highlights[0]?.anchor.position
    expect(carney).toEqual({
      '@context': EXPORT_CONTEXT,
      id: `urn:parallax:highlight:${highlights[0]?.id}`,
      type: 'Annotation',
      motivation: 'commenting',
      created: highlights[0]?.createdAt,
      modified: highlights[0]?.updatedAt,
      body: [
        { type: 'TextualBody', value: 'Carney.\n# a line with a hash\n\nand a paragraph', format: 'text/plain', purpose: 'commenting' },
        { type: 'TextualBody', purpose: 'tagging', value: 'quote' },
      ],
      // No web address is known for the sample's reports: the source is the article's URN.
      target: {
        source: 'urn:parallax:article:a3',
        [TERMS.article]: 'urn:parallax:article:a3',
        selector: [highlights[0]?.anchor.quote, { ...position, [TERMS.countedIn]: 'urn:parallax:article:a3' }],
      },
      [TERMS.color]: 'green',
      [TERMS.passage]: 'p1',
      [TERMS.comparison]: 'urn:parallax:comparison:c1',
    })
  })

  it('marks a highlight without a note as highlighting, with only its tag', () => {
    const focus = collection.first.items[0]
    expect(focus?.motivation).toBe('highlighting')
    expect(focus?.body).toEqual([{ type: 'TextualBody', purpose: 'tagging', value: 'check' }])
  })
})

describe('fromWebAnnotations', () => {
  it('round-trips the export through JSON to the same highlights, less ids and timestamps', () => {
    const { highlights: read, problems } = fromWebAnnotations(exported(), comparison)
    expect(problems).toEqual([])
    const byPlace = (h: { articleId: string; anchor: { position: { start: number } } }) => `${h.articleId}:${h.anchor.position.start}`
    const sort = <T extends Parameters<typeof byPlace>[0]>(list: T[]) => [...list].sort((a, b) => byPlace(a).localeCompare(byPlace(b)))
    expect(sort(read)).toEqual(sort(highlights.map(withoutIdentity)))
  })

  it('takes the colour from a tag matching a label when Parallax’s terms are gone, else yellow', () => {
    const json = exported()
    for (const item of json.first.items) for (const term of [TERMS.color, TERMS.passage, TERMS.comparison]) delete item[term]
    json.first.items[1].body = json.first.items[1].body.filter((b: { purpose: string }) => b.purpose !== 'tagging')
    const { highlights: read, problems } = fromWebAnnotations(json, comparison)
    expect(problems).toEqual([])
    expect(read.map((h) => h.color)).toEqual(['orange', 'yellow', 'yellow', 'green'])
    expect(read.every((h) => h.passageId === null)).toBe(true)
  })

  it('drops passage ids exported from another comparison, whose alignment they belong to', () => {
    const json = exported()
    const { highlights: read } = fromWebAnnotations(json, { ...comparison, id: 'c2' })
    expect(read.map((h) => [h.comparisonId, h.passageId])).toEqual(read.map(() => ['c2', null]))
  })

  it('counts positions in code points, as the model says, and reads them back; an export counting UTF-16 units still reads', () => {
    const [first] = comparison.articles
    const text = `🔴 Breaking: ${first!.text}`
    const withEmoji = { ...comparison, articles: [{ ...first!, text }, ...comparison.articles.slice(1)] }
    const start = text.indexOf('Focus of trip')
    const highlight: Highlight = { ...highlights[1]!, anchor: describeRange(text, start, start + 13) }
    const exportedOne = toWebAnnotations(withEmoji, [highlight], DEFAULT_COLOR_LABELS)
    // "🔴" is two UTF-16 units and one code point.
    expect(exportedOne.first.items[0]?.target.selector[1]).toEqual({ type: 'TextPositionSelector', start: start - 1, end: start + 12, [TERMS.countedIn]: 'urn:parallax:article:a1' })
    const read = fromWebAnnotations(JSON.parse(JSON.stringify(exportedOne)), withEmoji)
    expect(read.highlights[0]?.anchor.position).toEqual({ type: 'TextPositionSelector', start, end: start + 13 })
    const older = JSON.parse(JSON.stringify(exportedOne))
    older.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start, end: start + 13 }
    expect(fromWebAnnotations(older, withEmoji).highlights[0]?.anchor.position).toEqual({ type: 'TextPositionSelector', start, end: start + 13 })
  })

  it('finds the quote in the article when the position selector is missing or out of bounds', () => {
    const json = exported()
    json.first.items[3].target.selector = [json.first.items[3].target.selector[0]]
    json.first.items[0].target.selector[1] = { type: 'TextPositionSelector', start: 5, end: 10_000_000 }
    const { highlights: read, problems } = fromWebAnnotations(json, comparison)
    expect(problems).toEqual([])
    expect(read[0]?.anchor).toEqual(highlights[1]?.anchor)
    expect(read[3]?.anchor).toEqual(highlights[0]?.anchor)
  })

  it.each([
    [null, 'This is not a Web Annotation collection: expected a JSON object.'],
    [42, 'This is not a Web Annotation collection: expected a JSON object.'],
    [[], 'This is not a Web Annotation collection: expected a JSON object.'],
    [{}, `This is not a Web Annotation collection: its @context is not ${ANNOTATION_CONTEXT}.`],
    [{ '@context': 'https://schema.org', first: { items: [] } }, `This is not a Web Annotation collection: its @context is not ${ANNOTATION_CONTEXT}.`],
    [{ '@context': ANNOTATION_CONTEXT }, 'This annotation collection has no items (expected first.items to be a list).'],
    [{ '@context': [ANNOTATION_CONTEXT], first: 'https://example.org/page1' }, 'This annotation collection has no items (expected first.items to be a list).'],
  ])('refuses %j as a whole', (json, problem) => {
    expect(fromWebAnnotations(json, comparison)).toEqual({ highlights: [], problems: [problem] })
  })

  it('skips each unusable annotation with a numbered problem and keeps the rest', () => {
    const json = exported()
    const [a, b, c, d] = json.first.items
    b.target.selector = [b.target.selector[1]]
    c.target.source = 'urn:parallax:article:elsewhere'
    c.target[TERMS.article] = 'urn:parallax:article:elsewhere'
    d.body[0] = { type: 'TextualBody', purpose: 'commenting', value: 'x'.repeat(100_000) }
    d.motivation = 'commenting'
    json.first.items = [a, b, c, d, 'not an annotation', { target: 'https://example.org' }]
    const { highlights: read, problems } = fromWebAnnotations(json, comparison)
    expect(read.map((h) => h.anchor.quote.exact.slice(0, 13))).toEqual(['Focus of trip'])
    expect(problems).toEqual([
      'Annotation 2 has no text quote selector.',
      'Annotation 3 refers to an article that is not in this comparison.',
      `Annotation 4 has a note longer than ${MAX_NOTE_LENGTH} characters.`,
      'Annotation 5 is not an object.',
      'Annotation 6 refers to an article that is not in this comparison.',
    ])
  })

  it('reads the earlier export format: the extras under a plain `parallax` key, the source the article’s URN', () => {
    const json = exported()
    json['@context'] = ANNOTATION_CONTEXT
    for (const item of json.first.items) {
      item['@context'] = ANNOTATION_CONTEXT
      item.parallax = { color: item[TERMS.color], passageId: item[TERMS.passage] ?? null, comparisonId: 'c1' }
      for (const term of [TERMS.color, TERMS.passage, TERMS.comparison]) delete item[term]
      delete item.target[TERMS.article]
      item.target.selector[1] = { type: 'TextPositionSelector', start: item.target.selector[1].start, end: item.target.selector[1].end }
    }
    const { highlights: read, problems } = fromWebAnnotations(json, comparison)
    expect(problems).toEqual([])
    const byPlace = (h: { articleId: string; anchor: { position: { start: number } } }) => `${h.articleId}:${h.anchor.position.start}`
    expect(read.map(byPlace).sort()).toEqual(highlights.map(withoutIdentity).map(byPlace).sort())
    expect(read.map((h) => [h.color, h.passageId]).sort()).toEqual(highlights.map((h) => [h.color, h.passageId]).sort())
  })

  it('finds the article by Parallax’s article term when the source is the web address', () => {
    const withUrl = { ...comparison, articles: comparison.articles.map((a) => ({ ...a, url: `https://news.example/${a.id}` })) }
    const json = JSON.parse(JSON.stringify(toWebAnnotations(withUrl, highlights, DEFAULT_COLOR_LABELS)))
    expect(json.first.items.map((a: { target: { source: string } }) => a.target.source)).toEqual(['https://news.example/a1', 'https://news.example/a2', 'https://news.example/a3', 'https://news.example/a3'])
    expect(fromWebAnnotations(json, withUrl).problems).toEqual([])
    // Without the term, a web address alone names no article of the library.
    for (const item of json.first.items) delete item.target[TERMS.article]
    expect(fromWebAnnotations(json, withUrl).problems).toEqual([1, 2, 3, 4].map((n) => `Annotation ${n} refers to an article that is not in this comparison.`))
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything(), (json) => {
        const result = fromWebAnnotations(json, comparison)
        expect(result).toEqual({ highlights: expect.any(Array), problems: expect.any(Array) })
      }),
    )
  })

  it('never throws on a collection of arbitrary annotations, and reads each one or says why not', () => {
    const selector = fc.oneof(
      fc.anything(),
      fc.record({ type: fc.constant('TextQuoteSelector'), exact: fc.anything(), prefix: fc.anything(), suffix: fc.anything() }),
      fc.record({ type: fc.constant('TextPositionSelector'), start: fc.anything(), end: fc.anything() }),
    )
    const annotation = fc.oneof(
      fc.anything(),
      fc.record(
        {
          target: fc.record(
            {
              source: fc.oneof(fc.anything(), fc.constantFrom('urn:parallax:article:a1', 'urn:parallax:article:a3', 'https://news.example/a1')),
              [TERMS.article]: fc.oneof(fc.anything(), fc.constantFrom('urn:parallax:article:a2', 'urn:parallax:article:none')),
              selector: fc.oneof(selector, fc.array(selector)),
            },
            { requiredKeys: ['selector'] },
          ),
          body: fc.oneof(fc.anything(), fc.array(fc.record({ type: fc.anything(), purpose: fc.constantFrom('commenting', 'tagging'), value: fc.anything() }))),
          motivation: fc.anything(),
          parallax: fc.oneof(fc.anything(), fc.record({ color: fc.anything(), passageId: fc.anything(), comparisonId: fc.anything() })),
          [TERMS.color]: fc.anything(),
          [TERMS.passage]: fc.anything(),
          [TERMS.comparison]: fc.oneof(fc.anything(), fc.constant('urn:parallax:comparison:c1')),
        },
        { requiredKeys: [] },
      ),
    )
    fc.assert(
      fc.property(fc.array(annotation), (items) => {
        const { highlights: read, problems } = fromWebAnnotations({ '@context': ANNOTATION_CONTEXT, first: { items } }, comparison)
        expect(read.length + problems.length).toBe(items.length)
        for (const h of read) {
          const text = comparison.articles.find((a) => a.id === h.articleId)?.text ?? ''
          expect(h.anchor.position.start).toBeLessThan(h.anchor.position.end)
          expect(h.anchor.position.end).toBeLessThanOrEqual(text.length)
          expect(typeof h.note).toBe('string')
        }
      }),
    )
  })
})
