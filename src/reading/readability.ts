// Readability's pick of a page's article: the article's HTML (still to be sanitised) and the details
// Readability found. It runs on the DOM it is given (linkedom's, in the app's import worker and the CLI).

import { Readability } from '@mozilla/readability'

export interface FoundArticle {
  /** Readability's article as HTML built from the page: untrusted, to be sanitised before it is parsed. */
  content: string
  title?: string | null
  byline?: string | null
  siteName?: string | null
  publishedTime?: string | null
}

/** Readability's article in `doc`, which it changes; read the page's own metadata first. */
export function readabilityArticle(doc: Document): FoundArticle | null {
  // Classes kept: they say which elements are captions and credits (pageMarks.ts); the sanitiser strips them after.
  const article = new Readability(doc, { keepClasses: true }).parse()
  if (article === null) return null
  return {
    content: typeof article.content === 'string' ? article.content : '',
    title: article.title,
    byline: article.byline,
    siteName: article.siteName,
    publishedTime: article.publishedTime,
  }
}
