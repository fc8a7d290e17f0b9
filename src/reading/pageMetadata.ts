// The details of an HTML page (title, outlet, byline, date, link), read from the original document's
// structured data and meta tags, and chosen field by field from the most trusted source that gives a
// usable value: JSON-LD, then meta tags, then what Readability found, then the <title>.
// Works on the document it is given; a value's markup is read with the inert parser it is given.

import { MAX_TITLE_LENGTH } from '../shared/domain/article'
import type { ParseHtml } from './inertDocument'
import { plainTextOf } from './pageText'
import { cleanByline, cleanText, httpUrl, isoDate, titleWithoutOutlet } from './pageValues'

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

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'reviewnewsarticle',
  'backgroundnewsarticle',
  'askpublicnewsarticle',
  'satiricalarticle',
  'blogposting',
  'liveblogposting',
  'report',
  'techarticle',
])

type JsonObject = Record<string, unknown>

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * A value that carries entities or tags (JSON-LD often does; a hostile page may put markup anywhere)
 * read as HTML text in an inert document, without the text of any script or style in it.
 */
function decodeMarkup(text: string, parse: ParseHtml): string {
  if (!/<[a-z!/?]|&(?:#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i.test(text)) return text
  return plainTextOf(parse(text).body).replace(/\s+/g, ' ')
}

function firstString(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (Array.isArray(value)) return value.map(firstString).find((s) => s !== undefined && s.trim() !== '')
  return undefined
}

/** Every object in the page's JSON-LD blocks, including arrays and @graph members. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const nodes: JsonObject[] = []
  const visit = (value: unknown, depth: number): void => {
    if (depth > 8) return
    if (Array.isArray(value)) value.forEach((item) => visit(item, depth + 1))
    else if (isObject(value)) {
      nodes.push(value)
      if ('@graph' in value) visit(value['@graph'], depth + 1)
    }
  }
  for (const script of Array.from(doc.querySelectorAll('script'))) {
    const type = (script.getAttribute('type') ?? '').split(';')[0]?.trim().toLowerCase()
    if (type !== 'application/ld+json') continue
    const text = (script.textContent ?? '')
      .trim()
      .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)$/, '')
    try {
      visit(JSON.parse(text), 0)
    } catch {
      // A broken block is skipped; the page may have others, and meta tags.
    }
  }
  return nodes
}

function typesOf(node: JsonObject): string[] {
  const type = node['@type']
  const names = Array.isArray(type) ? type : [type]
  return names.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/:#]/, '').toLowerCase())
}

function candidatesFromJsonLd(doc: Document): DetailCandidates {
  const nodes = jsonLdNodes(doc)
  const article = nodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPES.has(t)))
  if (!article) return {}
  const byId = new Map<string, JsonObject>()
  for (const node of nodes) if (typeof node['@id'] === 'string' && !byId.has(node['@id'])) byId.set(node['@id'], node)
  // A reference such as { "@id": "#org" } stands for the graph node of that id.
  const resolve = (value: unknown): unknown => (isObject(value) && typeof value['@id'] === 'string' && !('name' in value) ? (byId.get(value['@id']) ?? value) : value)
  const nameOf = (value: unknown): string | undefined => {
    const resolved = resolve(value)
    return typeof resolved === 'string' ? resolved : isObject(resolved) ? firstString(resolved['name']) : undefined
  }
  const authors = (Array.isArray(article['author']) ? article['author'] : [article['author']])
    .map(nameOf)
    .map((name) => cleanByline(name))
    .filter((name): name is string => name !== null)
  const page = article['mainEntityOfPage']
  return {
    title: firstString(article['headline']) ?? firstString(article['name']),
    outlet: nameOf(Array.isArray(article['publisher']) ? article['publisher'][0] : article['publisher']),
    byline: authors.length > 0 ? [...new Set(authors)].join(', ') : undefined,
    publishedAt: firstString(article['datePublished']) ?? firstString(article['dateCreated']),
    url: firstString(article['url']) ?? (typeof page === 'string' ? page : isObject(page) ? (firstString(page['@id']) ?? firstString(page['url'])) : undefined),
  }
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
  const authors = authorKeys.flatMap((key) => values.get(key) ?? []).map((name) => cleanByline(name))
  const canonical = Array.from(doc.querySelectorAll('link[rel]')).find((link) => (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/).includes('canonical'))
  return {
    title: first('og:title', 'twitter:title'),
    outlet: first('og:site_name', 'application-name'),
    byline: [...new Set(authors.filter((name): name is string => name !== null))].join(', ') || undefined,
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
    byline: firstUsable(sources, 'byline', cleanByline, parse),
    publishedAt: firstUsable(sources, 'publishedAt', isoDate, parse),
    url: firstUsable(sources, 'url', httpUrl, parse),
  }
}
