// Highlights and notes as a W3C Web Annotation Data Model collection (JSON-LD), and back. Other annotation
// tools can read the export; the `parallax` extension on each annotation (colour, passage, comparison)
// makes the round trip back into Parallax lossless. Import takes any JSON a person hands us: it checks
// everything, skips what it cannot use, says why in `problems`, and never throws.

import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors'
import type { ComparisonWithArticles } from '../domain/comparison'
import {
  DEFAULT_COLOR_LABELS,
  isHighlightColor,
  MAX_ANNOTATIONS_PER_IMPORT,
  MAX_HIGHLIGHT_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_QUOTE_CONTEXT_LENGTH,
  type Highlight,
  type HighlightColor,
} from '../domain/highlight'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'
const HIGHLIGHT_URN = 'urn:parallax:highlight:'
const ARTICLE_URN = 'urn:parallax:article:'
const COMPARISON_URN = 'urn:parallax:comparison:'

export interface TextualBody {
  type: 'TextualBody'
  value: string
  format?: 'text/plain'
  purpose: 'commenting' | 'tagging'
}

export interface WebAnnotation {
  /** Each annotation carries the context, so one taken out of the collection is still valid on its own. */
  '@context': typeof ANNOTATION_CONTEXT
  id: string
  type: 'Annotation'
  motivation: 'commenting' | 'highlighting'
  created: string
  modified: string
  body: TextualBody[]
  target: { source: string; selector: [TextQuoteSelector, TextPositionSelector] }
  parallax: { color: HighlightColor; passageId: string | null; comparisonId: string }
}

export interface AnnotationCollection {
  '@context': typeof ANNOTATION_CONTEXT
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; items: WebAnnotation[] }
}

/**
 * The model counts a TextPositionSelector in code points, JavaScript strings in UTF-16 units: the two differ
 * only where a text holds characters beyond the Basic Multilingual Plane (an emoji, some scripts), so a text
 * without them maps each offset to itself.
 */
export interface CodePoints {
  fromUnits: (units: number) => number
  toUnits: (codePoints: number) => number
}

export function codePointsOf(text: string): CodePoints {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return { fromUnits: (n) => n, toUnits: (n) => n }
  // unitsAt[c]: the UTF-16 offset of code point c; codePointAt[u]: the code point at or before unit u.
  const unitsAt: number[] = []
  const codePointAt = new Int32Array(text.length + 1)
  let units = 0
  for (const character of text) {
    codePointAt[units] = unitsAt.length
    if (character.length === 2) codePointAt[units + 1] = unitsAt.length
    unitsAt.push(units)
    units += character.length
  }
  codePointAt[units] = unitsAt.length
  unitsAt.push(units)
  return {
    fromUnits: (n) => codePointAt[Math.min(Math.max(n, 0), text.length)] as number,
    toUnits: (n) => (n < unitsAt.length ? (unitsAt[n] as number) : text.length + 1),
  }
}

/** A highlight read from an export: the store gives it an id and timestamps when it is saved. */
export type ImportedHighlight = Omit<Highlight, 'id' | 'comparisonId' | 'createdAt' | 'updatedAt'> & { comparisonId: string }

function toAnnotation(highlight: Highlight, labels: Record<HighlightColor, string>, points: CodePoints): WebAnnotation {
  const body: TextualBody[] = []
  if (highlight.note !== '') body.push({ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' })
  body.push({ type: 'TextualBody', purpose: 'tagging', value: labels[highlight.color] || highlight.color })
  const { start, end } = highlight.anchor.position
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${HIGHLIGHT_URN}${highlight.id}`,
    type: 'Annotation',
    motivation: highlight.note === '' ? 'highlighting' : 'commenting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    body,
    target: { source: `${ARTICLE_URN}${highlight.articleId}`, selector: [{ ...highlight.anchor.quote }, { type: 'TextPositionSelector', start: points.fromUnits(start), end: points.fromUnits(end) }] },
    parallax: { color: highlight.color, passageId: highlight.passageId, comparisonId: highlight.comparisonId },
  }
}

/** The comparison's highlights as an AnnotationCollection, in column order and then text order. */
export function toWebAnnotations(comparison: ComparisonWithArticles, highlights: readonly Highlight[], labels: Record<HighlightColor, string>): AnnotationCollection {
  const column = new Map(comparison.articles.map((a, i) => [a.id, i]))
  const points = new Map(comparison.articles.map((a) => [a.id, codePointsOf(a.text)]))
  const items = highlights
    .filter((h) => h.comparisonId === comparison.id && column.has(h.articleId))
    .sort(
      (a, b) =>
        (column.get(a.articleId) as number) - (column.get(b.articleId) as number) ||
        a.anchor.position.start - b.anchor.position.start ||
        a.anchor.position.end - b.anchor.position.end,
    )
    .map((h) => toAnnotation(h, labels, points.get(h.articleId) as CodePoints))
  return {
    '@context': ANNOTATION_CONTEXT,
    id: `${COMPARISON_URN}${comparison.id}`,
    type: 'AnnotationCollection',
    label: comparison.title,
    total: items.length,
    first: { id: `${COMPARISON_URN}${comparison.id}:page:1`, type: 'AnnotationPage', items },
  }
}

// ---- import ----

type Fields = Record<string, unknown>

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value)

/** JSON-LD lets any property hold one value or an array of them. */
const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

function hasContext(value: unknown): boolean {
  return all(value).includes(ANNOTATION_CONTEXT)
}

function quoteSelector(selectors: unknown[]): TextQuoteSelector | null {
  for (const s of selectors) {
    if (!isFields(s) || s.type !== 'TextQuoteSelector' || typeof s.exact !== 'string' || s.exact === '') continue
    return {
      type: 'TextQuoteSelector',
      exact: s.exact,
      prefix: typeof s.prefix === 'string' ? s.prefix : '',
      suffix: typeof s.suffix === 'string' ? s.suffix : '',
    }
  }
  return null
}

/**
 * A position selector's range in the text's UTF-16 offsets, where it holds the quote. The model counts code
 * points; an export of an earlier Parallax counted UTF-16 units, so that reading is tried too.
 */
function positionSelector(selectors: unknown[], text: string, exact: string): TextPositionSelector | null {
  const points = codePointsOf(text)
  for (const s of selectors) {
    if (!isFields(s) || s.type !== 'TextPositionSelector' || !isOffset(s.start) || !isOffset(s.end)) continue
    for (const [start, end] of [[points.toUnits(s.start), points.toUnits(s.end)], [s.start, s.end]] as const) {
      if (start < end && end <= text.length && text.slice(start, end) === exact) return { type: 'TextPositionSelector', start, end }
    }
  }
  return null
}

/** Where the quote is in the text, preferring the place its context also matches; null when it is not there. */
function locate(text: string, quote: TextQuoteSelector): TextPositionSelector | null {
  const inContext = text.indexOf(quote.prefix + quote.exact + quote.suffix)
  const start = inContext >= 0 ? inContext + quote.prefix.length : text.indexOf(quote.exact)
  return start < 0 ? null : { type: 'TextPositionSelector', start, end: start + quote.exact.length }
}

function bodiesOf(annotation: Fields): Fields[] {
  return all(annotation.body).filter(isFields)
}

function noteOf(annotation: Fields): string {
  const comment = bodiesOf(annotation).find(
    (b) => typeof b.value === 'string' && (b.purpose === 'commenting' || (b.purpose === undefined && annotation.motivation === 'commenting')),
  )
  if (comment) return comment.value as string
  return typeof annotation.bodyValue === 'string' ? annotation.bodyValue : ''
}

function colorOf(annotation: Fields, labels: Record<HighlightColor, string>): HighlightColor {
  const extension = annotation.parallax
  if (isFields(extension) && isHighlightColor(extension.color)) return extension.color
  const tags = bodiesOf(annotation)
    .filter((b) => b.purpose === 'tagging' && typeof b.value === 'string')
    .map((b) => (b.value as string).trim().toLowerCase())
  for (const tag of tags) {
    const color = (Object.keys(labels) as HighlightColor[]).find((c) => labels[c].trim().toLowerCase() === tag || c === tag)
    if (color) return color
  }
  return 'yellow'
}

/** A passage id means something only in the comparison whose alignment it came from. */
function passageOf(annotation: Fields, comparisonId: string): string | null {
  const extension = annotation.parallax
  if (!isFields(extension) || extension.comparisonId !== comparisonId) return null
  return typeof extension.passageId === 'string' && extension.passageId !== '' ? extension.passageId : null
}

/** One annotation as a highlight of this comparison, or the reason it cannot be one. */
function readAnnotation(item: unknown, n: number, comparison: ComparisonWithArticles, labels: Record<HighlightColor, string>): ImportedHighlight | string {
  if (!isFields(item)) return `Annotation ${n} is not an object.`
  // A target may be just the IRI of its source, which then has no selectors.
  const target = all(item.target)
    .map((t) => (typeof t === 'string' ? { source: t } : t))
    .find(isFields)
  if (!target) return `Annotation ${n} has no target.`
  const source = typeof target.source === 'string' && target.source.startsWith(ARTICLE_URN) ? target.source.slice(ARTICLE_URN.length) : null
  const article = source === null ? undefined : comparison.articles.find((a) => a.id === source)
  if (!article) return `Annotation ${n} refers to an article that is not in this comparison.`
  const selectors = all(target.selector)
  const quote = quoteSelector(selectors)
  if (!quote) return `Annotation ${n} has no text quote selector.`
  if (quote.exact.length > MAX_HIGHLIGHT_LENGTH) return `Annotation ${n} quotes more than ${MAX_HIGHLIGHT_LENGTH.toLocaleString('en')} characters, more than one highlight may cover.`
  if (quote.prefix.length > MAX_QUOTE_CONTEXT_LENGTH || quote.suffix.length > MAX_QUOTE_CONTEXT_LENGTH) {
    return `Annotation ${n} gives more than ${MAX_QUOTE_CONTEXT_LENGTH.toLocaleString('en')} characters of context around its quote.`
  }
  const position = positionSelector(selectors, article.text, quote.exact) ?? locate(article.text, quote)
  if (!position) return `Annotation ${n} has no usable text position selector, and its quote is not in the article.`
  if (position.end - position.start > MAX_HIGHLIGHT_LENGTH) return `Annotation ${n} covers more than ${MAX_HIGHLIGHT_LENGTH.toLocaleString('en')} characters, more than one highlight may cover.`
  const note = noteOf(item)
  if (note.length > MAX_NOTE_LENGTH) return `Annotation ${n} has a note longer than ${MAX_NOTE_LENGTH} characters.`
  return {
    comparisonId: comparison.id,
    articleId: article.id,
    anchor: { position, quote },
    color: colorOf(item, labels),
    note,
    passageId: passageOf(item, comparison.id),
  }
}

/**
 * Reads an AnnotationCollection (as toWebAnnotations writes it) into highlights of `comparison`. Anything
 * unusable is skipped with a problem a person can read; annotations are numbered from 1. Colours come from
 * the `parallax` extension, else from a tag matching one of `labels`, else yellow.
 */
export function fromWebAnnotations(
  json: unknown,
  comparison: ComparisonWithArticles,
  labels: Record<HighlightColor, string> = DEFAULT_COLOR_LABELS,
): { highlights: ImportedHighlight[]; problems: string[] } {
  const refused = (problem: string): { highlights: ImportedHighlight[]; problems: string[] } => ({ highlights: [], problems: [problem] })
  if (!isFields(json)) return refused('This is not a Web Annotation collection: expected a JSON object.')
  if (!hasContext(json['@context'])) return refused(`This is not a Web Annotation collection: its @context is not ${ANNOTATION_CONTEXT}.`)
  const items = isFields(json.first) ? json.first.items : undefined
  if (!Array.isArray(items)) return refused('This annotation collection has no items (expected first.items to be a list).')
  if (items.length > MAX_ANNOTATIONS_PER_IMPORT) {
    return refused(
      `This file holds ${items.length.toLocaleString('en')} annotations; Parallax imports at most ${MAX_ANNOTATIONS_PER_IMPORT.toLocaleString('en')} at a time. Split the file, or export fewer.`,
    )
  }
  const highlights: ImportedHighlight[] = []
  const problems: string[] = []
  items.forEach((item: unknown, index) => {
    const read = readAnnotation(item, index + 1, comparison, labels)
    if (typeof read === 'string') problems.push(read)
    else highlights.push(read)
  })
  return { highlights, problems }
}
