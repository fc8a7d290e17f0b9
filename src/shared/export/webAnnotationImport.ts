// Web Annotations back into highlights of a comparison: Parallax's own export (this one, and the earlier
// format with a plain `parallax` key and the article's URN as the source) and, as far as they can be used,
// other tools' annotations. Import takes any JSON a person hands us: it checks everything, skips what it
// cannot use, says why in `problems`, and never throws.

import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors'
import type { Article } from '../domain/article'
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
import { codePointsOf } from './codePoints'
import { ANNOTATION_CONTEXT, ARTICLE_URN, COMPARISON_URN, TERMS } from './webAnnotationModel'

/** A highlight read from an export: the store gives it an id and timestamps when it is saved. */
export type ImportedHighlight = Omit<Highlight, 'id' | 'comparisonId' | 'versionHash' | 'createdAt' | 'updatedAt'> & { comparisonId: string }

type Fields = Record<string, unknown>

const isFields = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value)

/** JSON-LD lets any property hold one value or an array of them. */
const all = (value: unknown): unknown[] => (Array.isArray(value) ? value : value === undefined ? [] : [value])

const isOffset = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

function hasContext(value: unknown): boolean {
  return all(value).includes(ANNOTATION_CONTEXT)
}

/** The extras an earlier Parallax export kept under a plain `parallax` key. */
function earlierExtras(annotation: Fields): Fields {
  return isFields(annotation.parallax) ? annotation.parallax : {}
}

/**
 * The article of this comparison the target names: by Parallax's `article` term (the source may then be a
 * web address), else by a source that is an article's URN (an earlier export, or one without an address).
 */
function articleOf(target: Fields, comparison: ComparisonWithArticles): Article | undefined {
  for (const named of [...all(target[TERMS.article]), target.source]) {
    if (typeof named !== 'string' || !named.startsWith(ARTICLE_URN)) continue
    const id = named.slice(ARTICLE_URN.length)
    const article = comparison.articles.find((a) => a.id === id)
    if (article) return article
  }
  return undefined
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
  for (const color of [annotation[TERMS.color], earlierExtras(annotation).color]) if (isHighlightColor(color)) return color
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
  const earlier = earlierExtras(annotation)
  const [passage, from] =
    annotation[TERMS.comparison] !== undefined
      ? [annotation[TERMS.passage], annotation[TERMS.comparison] === `${COMPARISON_URN}${comparisonId}`]
      : [earlier.passageId, earlier.comparisonId === comparisonId]
  return from && typeof passage === 'string' && passage !== '' ? passage : null
}

/** One annotation as a highlight of this comparison, or the reason it cannot be one. */
function readAnnotation(item: unknown, n: number, comparison: ComparisonWithArticles, labels: Record<HighlightColor, string>): ImportedHighlight | string {
  if (!isFields(item)) return `Annotation ${n} is not an object.`
  // A target may be just the IRI of its source, which then has no selectors.
  const target = all(item.target)
    .map((t) => (typeof t === 'string' ? { source: t } : t))
    .find(isFields)
  if (!target) return `Annotation ${n} has no target.`
  const article = articleOf(target, comparison)
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
 * Reads an AnnotationCollection (as toWebAnnotations writes it, or an earlier Parallax did) into highlights
 * of `comparison`. Anything unusable is skipped with a problem a person can read; annotations are numbered
 * from 1. Colours come from Parallax's colour term, else from a tag matching one of `labels`, else yellow.
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
