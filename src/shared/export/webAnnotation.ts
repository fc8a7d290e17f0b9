// Highlights and notes as a W3C Web Annotation Data Model collection (JSON-LD). Other annotation tools can
// read the export: each annotation targets the article's web address when it is known, with the quote and
// its context as the primary selector; the positions say they count in Parallax's text of the article.
// Parallax's own terms (webAnnotationModel.ts) keep what makes the round trip back into Parallax lossless.

import type { Article } from '../domain/article'
import type { ComparisonWithArticles } from '../domain/comparison'
import type { Highlight, HighlightColor } from '../domain/highlight'
import { tidyAuthorName } from '../domain/settings'
import { codePointsOf, type CodePoints } from './codePoints'
import {
  ARTICLE_URN,
  COMPARISON_URN,
  EXPORT_CONTEXT,
  HIGHLIGHT_URN,
  TERMS,
  type AnnotationCollection,
  type AnnotationTarget,
  type TextualBody,
  type WebAnnotation,
} from './webAnnotationModel'

export interface AnnotationExportOptions {
  /** The person's name for the annotations' creator; none when empty or missing. */
  creatorName?: string | null
}

// An absolute http(s) address with nothing in it an IRI may not hold; anything else stays inside Parallax.
const WEB_ADDRESS = /^https?:\/\/[^\s<>"{}|\\^`]+$/i

/** Where a consumer finds the article: its web address when Parallax knows a usable one, else its URN. */
function sourceOf(article: Pick<Article, 'id' | 'url'>): string {
  const url = article.url?.trim()
  return url && WEB_ADDRESS.test(url) ? url : `${ARTICLE_URN}${article.id}`
}

function targetOf(highlight: Highlight, article: Pick<Article, 'id' | 'url'>, points: CodePoints): AnnotationTarget {
  const { start, end } = highlight.anchor.position
  const urn = `${ARTICLE_URN}${article.id}`
  return {
    source: sourceOf(article),
    [TERMS.article]: urn,
    selector: [{ ...highlight.anchor.quote }, { type: 'TextPositionSelector', start: points.fromUnits(start), end: points.fromUnits(end), [TERMS.countedIn]: urn }],
  }
}

function toAnnotation(highlight: Highlight, target: AnnotationTarget, labels: Record<HighlightColor, string>, creatorName: string): WebAnnotation {
  const body: TextualBody[] = []
  if (highlight.note !== '') body.push({ type: 'TextualBody', value: highlight.note, format: 'text/plain', purpose: 'commenting' })
  body.push({ type: 'TextualBody', purpose: 'tagging', value: labels[highlight.color] || highlight.color })
  return {
    '@context': EXPORT_CONTEXT,
    id: `${HIGHLIGHT_URN}${highlight.id}`,
    type: 'Annotation',
    motivation: highlight.note === '' ? 'highlighting' : 'commenting',
    created: highlight.createdAt,
    modified: highlight.updatedAt,
    ...(creatorName === '' ? {} : { creator: { type: 'Person', name: creatorName } }),
    body,
    target,
    [TERMS.color]: highlight.color,
    ...(highlight.passageId === null ? {} : { [TERMS.passage]: highlight.passageId }),
    [TERMS.comparison]: `${COMPARISON_URN}${highlight.comparisonId}`,
  }
}

/** The comparison's highlights as an AnnotationCollection, in column order and then text order. */
export function toWebAnnotations(
  comparison: ComparisonWithArticles,
  highlights: readonly Highlight[],
  labels: Record<HighlightColor, string>,
  options: AnnotationExportOptions = {},
): AnnotationCollection {
  const creatorName = tidyAuthorName(options.creatorName ?? '')
  const column = new Map(comparison.articles.map((a, i) => [a.id, i]))
  const articles = new Map(comparison.articles.map((a) => [a.id, { article: a, points: codePointsOf(a.text) }]))
  const items = highlights
    .filter((h) => h.comparisonId === comparison.id && column.has(h.articleId))
    .sort(
      (a, b) =>
        (column.get(a.articleId) as number) - (column.get(b.articleId) as number) ||
        a.anchor.position.start - b.anchor.position.start ||
        a.anchor.position.end - b.anchor.position.end,
    )
    .map((h) => {
      const { article, points } = articles.get(h.articleId) as { article: Article; points: CodePoints }
      return toAnnotation(h, targetOf(h, article, points), labels, creatorName)
    })
  return {
    '@context': EXPORT_CONTEXT,
    id: `${COMPARISON_URN}${comparison.id}`,
    type: 'AnnotationCollection',
    label: comparison.title,
    total: items.length,
    first: { id: `${COMPARISON_URN}${comparison.id}:page:1`, type: 'AnnotationPage', items },
  }
}
