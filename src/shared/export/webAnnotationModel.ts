// The shape of Parallax's Web Annotation export: the W3C context, Parallax's own context (the terms it adds,
// under an IRI of its own), and the types of what is written. The terms say what the W3C model has no word
// for: which article of the library a target is (so an import finds it when the source is a web address),
// which text the positions count in, and the highlight's colour, passage and comparison.

import type { TextPositionSelector, TextQuoteSelector } from '../anchoring/selectors'
import type { HighlightColor } from '../domain/highlight'

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld'

/** The namespace of Parallax's terms: a URN, so it names no web address Parallax does not own. */
export const PARALLAX_NAMESPACE = 'urn:parallax:terms:'

export const HIGHLIGHT_URN = 'urn:parallax:highlight:'
export const ARTICLE_URN = 'urn:parallax:article:'
export const COMPARISON_URN = 'urn:parallax:comparison:'

/** The names Parallax's extras go by in an export (compact IRIs under the `parallax` prefix). */
export const TERMS = {
  /** On the target: the article of the library it is, as urn:parallax:article:<id>. */
  article: 'parallax:article',
  /**
   * On the TextPositionSelector: the text its start and end count in, the article's text as Parallax keeps
   * it (read out of the file or page and cleaned up), not the page the source address serves.
   */
  countedIn: 'parallax:countedIn',
  /** On the annotation: the highlight's colour (yellow, green, blue, pink, orange, purple). */
  color: 'parallax:color',
  /** On the annotation: the passage of the comparison's alignment the highlight is in. */
  passage: 'parallax:passage',
  /** On the annotation: the comparison it was made in, as urn:parallax:comparison:<id>. */
  comparison: 'parallax:comparison',
} as const

/** Parallax's context: the prefix, and the terms whose values are IRIs. */
export const PARALLAX_CONTEXT = {
  parallax: PARALLAX_NAMESPACE,
  [TERMS.article]: { '@type': '@id' },
  [TERMS.countedIn]: { '@type': '@id' },
  [TERMS.comparison]: { '@type': '@id' },
} as const

export const EXPORT_CONTEXT = [ANNOTATION_CONTEXT, PARALLAX_CONTEXT] as const
export type ExportContext = typeof EXPORT_CONTEXT

export interface TextualBody {
  type: 'TextualBody'
  value: string
  format?: 'text/plain'
  purpose: 'commenting' | 'tagging'
}

/** The annotation's author, from the "Your name" setting. */
export interface Creator {
  type: 'Person'
  name: string
}

export type CountedPositionSelector = TextPositionSelector & { [TERMS.countedIn]: string }

export interface AnnotationTarget {
  /** The article's web address when known, else its URN. */
  source: string
  [TERMS.article]: string
  /** The quote (with its prefix and suffix) first: a consumer re-anchoring on the live page reads it. */
  selector: [TextQuoteSelector, CountedPositionSelector]
}

export interface WebAnnotation {
  /** Each annotation carries the context, so one taken out of the collection is still valid on its own. */
  '@context': ExportContext
  id: string
  type: 'Annotation'
  motivation: 'commenting' | 'highlighting'
  created: string
  modified: string
  creator?: Creator
  body: TextualBody[]
  target: AnnotationTarget
  [TERMS.color]: HighlightColor
  [TERMS.passage]?: string
  [TERMS.comparison]: string
}

export interface AnnotationCollection {
  '@context': ExportContext
  id: string
  type: 'AnnotationCollection'
  label: string
  total: number
  first: { id: string; type: 'AnnotationPage'; items: WebAnnotation[] }
}
