// The details of an HTML page (title, outlet, byline, date, link), read from the original document's
// structured data, meta tags and headings, and chosen field by field from the most trusted source that
// gives a usable value: JSON-LD and meta tags, then what Readability found, then the <title>; the outlet
// falls back on the address's host. A title is never only the site's name, and loses the site's name,
// author and section around it; a byline names each person once. Works on the document it is given; a
// value's markup is read with the inert parser it is given.

import { MAX_TITLE_LENGTH } from '../shared/domain/article'
import type { ParseHtml } from './inertDocument'
import { bylineOf, namesIn } from './pageBylines'
import { choosePublishedDate, publishedDateCandidates } from './pageDates'
import { jsonLdArticle, type JsonLdArticle } from './pageJsonLd'
import { compactName, hostLabel, hostOf, isOneOf, siteNameWithoutSlogan, titleWithoutAffixes } from './pageNames'
import { plainTextOf } from './pageText'
import { cleanText, httpUrl } from './pageValues'

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
  jsonLd: JsonLdArticle
  /** Each meta tag's values by its lower-cased property, name or itemprop, in page order. */
  meta: ReadonlyMap<string, readonly string[]>
  titleTag: string | null
  /** The page's h1 headings, those its <title> repeats first. */
  headings: string[]
  canonical: string | null
  /** Raw published dates, most trusted first. */
  dates: string[]
}

/**
 * A value that carries entities or tags (JSON-LD often does; a hostile page may put markup anywhere)
 * read as HTML text in an inert document, without the text of any script or style in it.
 */
function decodeMarkup(text: string, parse: ParseHtml): string {
  if (!/<[a-z!/?]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text
  return plainTextOf(parse(text).body).replace(/\s+/g, ' ')
}

function metaValues(doc: Document): Map<string, string[]> {
  const values = new Map<string, string[]>()
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? meta.getAttribute('itemprop') ?? '').trim().toLowerCase()
    const content = meta.getAttribute('content')
    if (key === '' || content === null || content.trim() === '') continue
    values.set(key, [...(values.get(key) ?? []), content])
  }
  return values
}

/** How many headings are looked at: a headline is among a page's first. */
const MAX_HEADINGS = 4

/** Reads the page's own metadata; call it before Readability, which changes the document. */
export function readPageMetadata(doc: Document): PageMetadata {
  const jsonLd = jsonLdArticle(doc)
  const meta = metaValues(doc)
  const titleTag = doc.querySelector('title')?.textContent ?? null
  // The article's headline is usually the page's first h1 (others head slideshows, asides, the site's
  // logo); one that the <title> repeats is surely it. A "heading" longer than any title is a caption.
  const inTitle = (heading: string): boolean => titleTag !== null && compactName(heading) !== '' && compactName(titleTag).includes(compactName(heading))
  const h1s = Array.from(doc.querySelectorAll('h1'))
    .map((h1) => (h1.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((heading) => heading !== '' && heading.length <= MAX_TITLE_LENGTH)
  const headings = [...h1s.filter(inTitle), ...h1s.filter((heading) => !inTitle(heading))].slice(0, MAX_HEADINGS)
  const canonical = Array.from(doc.querySelectorAll('link[rel]')).find((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
  return { jsonLd, meta, titleTag, headings, canonical: canonical?.getAttribute('href') ?? null, dates: publishedDateCandidates(doc, meta, jsonLd) }
}

const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'dc.creator', 'byl']
/** Meta tags that name the site besides og:site_name and application-name, used to recognise it. */
const SITE_NAME_META = ['apple-mobile-web-app-title', 'msapplication-tooltip', 'twitter:site', 'dc.publisher', 'publisher']

/** One value per field, from the most trusted source that gives a usable one; `parse` reads a value's markup. */
export function chooseDetails(page: PageMetadata, readability: DetailCandidates, parse: ParseHtml): HtmlDetails {
  const text = (raw: string | null | undefined): string | null => (typeof raw === 'string' ? cleanText(decodeMarkup(raw, parse), Number.MAX_SAFE_INTEGER) : null)
  const texts = (raws: ReadonlyArray<string | null | undefined>): string[] => raws.map(text).filter((value): value is string => value !== null)
  const meta = (name: string): readonly string[] => page.meta.get(name) ?? []

  const url = [page.jsonLd.url, ...meta('og:url'), page.canonical].map((raw) => httpUrl(text(raw))).find((link) => link !== null) ?? null
  const host = hostOf(url)
  const label = host === null ? null : hostLabel(host)
  const outlets = texts([meta('og:site_name')[0], page.jsonLd.publisher, meta('application-name')[0], readability.outlet])
  const siteNames = [...outlets, ...texts(SITE_NAME_META.flatMap(meta)), ...texts([host, label])]
  const outlet = outlets.map((name) => cleanText(siteNameWithoutSlogan(name, siteNames))).find((name) => name !== null) ?? host

  const byline = [page.jsonLd.authors, AUTHOR_META.flatMap(meta), [readability.byline]].map((values) => bylineOf(texts(values))).find((value) => value !== null) ?? null
  const appended = [...(byline === null ? [] : namesIn(byline)), ...texts(meta('article:section'))]
  const titleNames = outlet === null ? siteNames : [...siteNames, outlet]
  const titles = texts([page.jsonLd.headline, ...meta('og:title'), ...meta('twitter:title'), ...page.headings, readability.title, page.titleTag])
  const title =
    titles
      .filter((candidate) => !isOneOf(candidate, titleNames))
      .map((candidate) => cleanText(titleWithoutAffixes(candidate, titleNames, appended), MAX_TITLE_LENGTH))
      .find((candidate): candidate is string => candidate !== null && !isOneOf(candidate, titleNames)) ?? null

  return { title, outlet: cleanText(outlet), byline, publishedAt: choosePublishedDate([...page.dates, readability.publishedAt]), url }
}
