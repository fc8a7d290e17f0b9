// Reads an HTML page (untrusted) into an article's plain text and details, in the sandboxed renderer.
// The page is parsed into an inert DOMParser document (scripts never run, nothing is fetched), its
// details are read from its own head, Readability picks the article, DOMPurify strips it to text-bearing
// elements, and the text is written out from the DOM. Nothing of the page enters the live document.
// The import dialog runs the same parts as separate tasks (extractHtmlInSteps), and Readability, the one
// part that takes long on a page of megabytes, in the import worker: there it reads the document Chromium
// parsed, serialised, since a worker has no DOMParser (see pageArticle.ts).

import DOMPurify from 'dompurify'
import { readabilityArticle, type ArticleReading, type FoundArticle } from './htmlArticle'
import { chooseDetails, readPageMetadata, type HtmlDetails, type PageMetadata } from './htmlMetadata'
import { BLOCKS, plainTextOf, wordCount } from './htmlText'

export type { HtmlDetails } from './htmlMetadata'

export type HtmlExtraction = { ok: true; extracted: string; details: HtmlDetails } | { ok: false; reason: string }

/** Fewer words than this is a page without an article (an index, a log-in wall, an error page). */
export const MIN_ARTICLE_WORDS = 25

const PASTE_INSTEAD = 'Open the article in a browser, copy its text and paste it instead.'
const NO_ARTICLE = `No article text was found in this page (it may be an index, a sign-in page or an error page). ${PASTE_INSTEAD}`

/** Text-bearing elements kept by DOMPurify; any other element is unwrapped (its text kept) or, for
 * scripts, styles, SVG, MathML, frames and media, dropped with its content. No attribute is kept. */
const KEPT_TAGS = [
  ...BLOCKS,
  'td', 'th', 'br', 'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
]

function refuse(reason: string): HtmlExtraction {
  return { ok: false, reason }
}

function unreadable(error: unknown): HtmlExtraction {
  const cause = error instanceof Error && error.message ? ` (${error.message.slice(0, 120)})` : ''
  return refuse(`This page could not be read${cause}. ${PASTE_INSTEAD}`)
}

/** Why a page cannot be read at all, before it is parsed; null when it can be. */
function refusedOutright(html: string): HtmlExtraction | null {
  if (typeof html !== 'string' || html.trim() === '') return refuse(`This page is empty. ${PASTE_INSTEAD}`)
  if (!DOMPurify.isSupported) return refuse('HTML pages cannot be read here: this window has no HTML sanitiser.')
  return null
}

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html')

/** Readability's output is HTML built from the page: sanitised before it is parsed again. */
const sanitise = (content: string): string =>
  DOMPurify.sanitize(content, { ALLOWED_TAGS: KEPT_TAGS, ALLOWED_ATTR: [], ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false, KEEP_CONTENT: true })

/** The sanitised article written out as text, with the details chosen from the page and from Readability. */
function conclude(page: PageMetadata, article: FoundArticle | null, clean: string): HtmlExtraction {
  const extracted = plainTextOf(parse(clean).body)
  if (article === null || wordCount(extracted) < MIN_ARTICLE_WORDS) return refuse(NO_ARTICLE)
  const details = chooseDetails(page, { title: article.title, outlet: article.siteName, byline: article.byline, publishedAt: article.publishedTime })
  return { ok: true, extracted, details }
}

/** The article in an HTML page as plain text, with the details the page gives. Never throws. */
export function extractHtml(html: string): HtmlExtraction {
  const refused = refusedOutright(html)
  if (refused) return refused
  try {
    const doc = parse(html)
    const page = readPageMetadata(doc)
    const article = readabilityArticle(doc)
    return conclude(page, article, sanitise(article?.content ?? ''))
  } catch (error) {
    return unreadable(error)
  }
}

/** The parts of reading a page, each run as its own task; named as each begins. */
export type HtmlStep = 'article' | 'sanitise' | 'text'

export interface StepOptions {
  /** Runs before each part after the first; may reject (a read that was stopped), which ends the read with that error. */
  between: (step: HtmlStep) => Promise<void>
  /**
   * Reads the article out of the page, serialised as Chromium parsed it, elsewhere (the import worker).
   * Rejects only when stopped; a failure is returned as { error }. Without it, Readability runs here.
   */
  readArticle?: (serialised: string) => Promise<ArticleReading>
}

/**
 * extractHtml in parts (parsing, Readability, sanitising, writing out the text), each its own task, so that
 * on a page of megabytes no single one holds the UI thread for long. Gives what extractHtml gives.
 */
export async function extractHtmlInSteps(html: string, { between, readArticle }: StepOptions): Promise<HtmlExtraction> {
  const refused = refusedOutright(html)
  if (refused) return refused
  let doc: Document
  try {
    doc = parse(html)
  } catch (error) {
    return unreadable(error)
  }
  await between('article')
  let page: PageMetadata
  let article: FoundArticle | null
  if (readArticle) {
    let serialised: string
    try {
      page = readPageMetadata(doc)
      serialised = `<!doctype html>${doc.documentElement.outerHTML}`
    } catch (error) {
      return unreadable(error)
    }
    const reading = await readArticle(serialised)
    if ('error' in reading) return unreadable(new Error(reading.error))
    article = reading.article
  } else {
    try {
      page = readPageMetadata(doc)
      article = readabilityArticle(doc)
    } catch (error) {
      return unreadable(error)
    }
  }
  await between('sanitise')
  let clean: string
  try {
    clean = sanitise(article?.content ?? '')
  } catch (error) {
    return unreadable(error)
  }
  await between('text')
  try {
    return conclude(page, article, clean)
  } catch (error) {
    return unreadable(error)
  }
}

/** Readability's article of a page serialised as Chromium parsed it: what the import worker does, done here. */
export function readArticleHere(serialised: string): ArticleReading {
  try {
    return { article: readabilityArticle(parse(serialised)) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
