// The details of an HTML page (title, outlet, byline, date, link), read from the original document's
// structured data and meta tags, and chosen field by field from the most trusted source that gives a
// usable value: JSON-LD, then meta tags, then what Readability found, then the <title>. A byline names
// each person once (pageBylines).
// Works on the document it is given; a value's markup is read with the inert parser it is given.

import { MAX_TITLE_LENGTH } from '../shared/domain/article'
import type { ParseHtml } from './inertDocument'
import { bylineOf } from './pageBylines'
import { jsonLdArticle } from './pageJsonLd'
import { plainTextOf } from './pageText'
import { cleanText, httpUrl, isoDate, titleWithoutOutlet } from './pageValues'

export interface HtmlDetails {
  title: string | null
  outlet: string | null
  byline: string | null
  publishedAt: string | null
  url: string | null
}

/** Raw candidate values from one source, not yet cleaned. */
export type DetailCandidates = Partial<Record<keyof HtmlDetails, string | null | undefined>>

export interface PageMetadata {
  jsonLd: DetailCandidates
  meta: DetailCandidates
  titleTag: string | null
}

/**
 * A value that carries entities or tags (JSON-LD often does; a hostile page may put markup anywhere)
 * read as HTML text in an inert document, without the text of any script or style in it.
 */
function decodeMarkup(text: string, parse: ParseHtml): string {
  if (!/<[a-z!/?]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text
  return plainTextOf(parse(text).body).replace(/\s+/g, ' ')
}

function candidatesFromJsonLd(doc: Document): DetailCandidates {
  const article = jsonLdArticle(doc)
  return { title: article.headline, outlet: article.publisher, byline: bylineOf(article.authors) ?? undefined, publishedAt: article.datePublished ?? article.dateCreated, url: article.url }
}

function candidatesFromMeta(doc: Document): DetailCandidates {
  const values = new Map<string, string[]>()
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const content = meta.getAttribute('content')
    if (key === '' || content === null || content.trim() === '') continue
    values.set(key, [...(values.get(key) ?? []), content])
  }
  const first = (...keys: string[]): string | undefined => keys.map((key) => values.get(key)?.[0]).find((v) => v !== undefined)
  const authorKeys = ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl']
  const canonical = Array.from(doc.querySelectorAll('link[rel]')).find((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
  return {
    title: first('og:title', 'twitter:title'),
    outlet: first('og:site_name', 'application-name'),
    byline: bylineOf(authorKeys.flatMap((key) => values.get(key) ?? [])) ?? undefined,
    publishedAt: first('article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created'),
    url: httpUrl(first('og:url')) ?? canonical?.getAttribute('href') ?? undefined,
  }
}

/** Reads the page's own metadata; call it before Readability, which changes the document. */
export function readPageMetadata(doc: Document): PageMetadata {
  return { jsonLd: candidatesFromJsonLd(doc), meta: candidatesFromMeta(doc), titleTag: doc.querySelector('title')?.textContent ?? null }
}

function firstUsable(sources: DetailCandidates[], field: keyof HtmlDetails, clean: (raw: string | null | undefined) => string | null, parse: ParseHtml): string | null {
  for (const source of sources) {
    const raw = source[field]
    const value = clean(typeof raw === 'string' ? decodeMarkup(raw, parse) : null)
    if (value !== null) return value
  }
  return null
}

/** One value per field, from the most trusted source that gives a usable one; `parse` reads a value's markup. */
export function chooseDetails(page: PageMetadata, readability: DetailCandidates, parse: ParseHtml): HtmlDetails {
  const sources = [page.jsonLd, page.meta, readability, { title: page.titleTag }]
  const outlet = firstUsable(sources, 'outlet', (raw) => cleanText(raw), parse)
  const title = firstUsable(
    sources,
    'title',
    (raw) => {
      const text = cleanText(raw, Number.MAX_SAFE_INTEGER)
      return text === null ? null : cleanText(titleWithoutOutlet(text, outlet), MAX_TITLE_LENGTH)
    },
    parse,
  )
  return {
    title,
    outlet,
    byline: firstUsable(sources, 'byline', (raw) => bylineOf([raw]), parse),
    publishedAt: firstUsable(sources, 'publishedAt', isoDate, parse),
    url: firstUsable(sources, 'url', httpUrl, parse),
  }
}
