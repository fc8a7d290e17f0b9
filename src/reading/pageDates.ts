// When an article was published, as the page states it, read from its original document before
// Readability changes it. Sources from the most to the least trusted: JSON-LD datePublished, the meta
// tags that say "published", itemprop=datePublished, JSON-LD dateCreated, generic date meta tags, and a
// <time datetime> in the article. A modified date is never taken for the published one.

import { isoDate } from './pageValues'

/** Meta names that say "published", most trusted first; other names that say it follow in page order. */
const PUBLISHED_META = ['article:published_time', 'og:article:published_time', 'article:published', 'datepublished']
/** published_at, publishdate, pubdate, parsely-pub-date, publication_date, articleFirstPublished; not "publisher". */
const PUBLISHED_NAME = /(?:publish(?:ed)?|publication|pub)[_:.-]?(?:date|time|at|on)$|published$/
/** Names that give a date without saying which: trusted after every published one. */
const OTHER_DATE_META = ['date', 'dc.date', 'dc.date.issued', 'dcterms.issued', 'dcterms.created']

/** Where an article's own <time> elements are; the page's other lists (related stories) are usually outside. */
const ARTICLE_SCOPES = 'article, main, [role="main"], [role="article"], [itemprop="articleBody"]'

const markOf = (element: Element): string => ['itemprop', 'class', 'name', 'id'].map((name) => element.getAttribute(name) ?? '').join(' ')
const MODIFIED = /modif|updat|edited|revised/i
const PUBLISHED = /publish|posted|created/i

/** A <time> that carries a machine-readable date. */
const datetimeOf = (element: Element): string | null => element.getAttribute('datetime')

/** The article's <time datetime> elements: inside its scope, or else following its headline in the block around both. */
function articleTimes(doc: Document): Element[] {
  const times = Array.from(doc.querySelectorAll('time[datetime]'))
  const scoped = times.filter((time) => time.closest(ARTICLE_SCOPES) !== null)
  if (scoped.length > 0) return scoped
  const headline = doc.querySelector('h1')
  if (headline === null) return []
  let block = headline.parentElement
  while (block !== null && block !== doc.body && block.querySelector('time[datetime]') === null) block = block.parentElement
  if (block === null || block === doc.body) return []
  // Node.DOCUMENT_POSITION_FOLLOWING: only what comes after the headline belongs to its article.
  return Array.from(block.querySelectorAll('time[datetime]')).filter((time) => (headline.compareDocumentPosition(time) & 4) !== 0)
}

/** The article's <time> marked as published, else its first one not marked as modified. */
function articleTime(doc: Document): string | null {
  const times = articleTimes(doc)
  const published = times.find((time) => time.hasAttribute('pubdate') || PUBLISHED.test(markOf(time)))
  const chosen = published ?? times.find((time) => !MODIFIED.test(markOf(time)))
  return chosen === undefined ? null : datetimeOf(chosen)
}

/** The values of elements marked itemprop=datePublished that are not meta tags (those are read with the meta tags). */
function itemPropDates(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('[itemprop]'))
    .filter((element) => element.localName.toLowerCase() !== 'meta' && (element.getAttribute('itemprop') ?? '').split(/\s+/).includes('datePublished'))
    .map((element) => element.getAttribute('datetime') ?? element.getAttribute('content') ?? '')
    .filter((value) => value.trim() !== '')
}

/** Raw published dates from the page, most trusted first. `meta` holds each meta tag's values by its lower-cased name. */
export function publishedDateCandidates(doc: Document, meta: ReadonlyMap<string, readonly string[]>, jsonLd: { datePublished?: string; dateCreated?: string }): string[] {
  const fromMeta = (names: readonly string[]): string[] => names.flatMap((name) => meta.get(name) ?? [])
  const otherPublished = [...meta.keys()].filter((name) => !PUBLISHED_META.includes(name) && PUBLISHED_NAME.test(name))
  const candidates = [
    jsonLd.datePublished,
    ...fromMeta(PUBLISHED_META),
    ...fromMeta(otherPublished),
    ...itemPropDates(doc),
    jsonLd.dateCreated,
    ...fromMeta(OTHER_DATE_META),
    articleTime(doc),
  ]
  return candidates.filter((value): value is string => typeof value === 'string' && value.trim() !== '')
}

/**
 * The first candidate that reads as a real date, as ISO 8601. When it has a time but no offset and a later
 * candidate gives the same day and time with one, that one: the page told where its clock was.
 */
export function choosePublishedDate(candidates: ReadonlyArray<string | null | undefined>): string | null {
  const dates = candidates.map((raw) => isoDate(raw)).filter((date): date is string => date !== null)
  const chosen = dates[0]
  if (chosen === undefined) return null
  if (chosen.length < 16 || /(?:Z|[+-]\d{2}:\d{2})$/.test(chosen)) return chosen
  const minute = chosen.slice(0, 16)
  return dates.find((date) => date.startsWith(minute) && /(?:Z|[+-]\d{2}:\d{2})$/.test(date)) ?? chosen
}
