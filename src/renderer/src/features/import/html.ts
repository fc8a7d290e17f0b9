// Reads an HTML page (untrusted) into an article's plain text and details, in the sandboxed renderer.
// The page is parsed into an inert DOMParser document (scripts never run, nothing is fetched), its
// details are read from its own head, Readability picks the article, DOMPurify strips it to text-bearing
// elements, and the text is written out from the DOM. Nothing of the page enters the live document.

import { Readability } from '@mozilla/readability'
import DOMPurify from 'dompurify'
import { chooseDetails, readPageMetadata, type HtmlDetails } from './htmlMetadata'
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

/** The article in an HTML page as plain text, with the details the page gives. Never throws. */
export function extractHtml(html: string): HtmlExtraction {
  if (typeof html !== 'string' || html.trim() === '') return refuse(`This page is empty. ${PASTE_INSTEAD}`)
  if (!DOMPurify.isSupported) return refuse('HTML pages cannot be read here: this window has no HTML sanitiser.')
  try {
    const doc = new DOMParser().parseFromString(html, 'text/html')
    const page = readPageMetadata(doc)
    const article = new Readability(doc).parse()
    const content = typeof article?.content === 'string' ? article.content : ''
    // Readability's output is HTML built from the page: sanitise it before it is parsed again.
    const clean = DOMPurify.sanitize(content, { ALLOWED_TAGS: KEPT_TAGS, ALLOWED_ATTR: [], ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false, KEEP_CONTENT: true })
    const extracted = plainTextOf(new DOMParser().parseFromString(clean, 'text/html').body)
    if (article === null || wordCount(extracted) < MIN_ARTICLE_WORDS) return refuse(NO_ARTICLE)
    const details = chooseDetails(page, { title: article.title, outlet: article.siteName, byline: article.byline, publishedAt: article.publishedTime })
    return { ok: true, extracted, details }
  } catch (error) {
    const cause = error instanceof Error && error.message ? ` (${error.message.slice(0, 120)})` : ''
    return refuse(`This page could not be read${cause}. ${PASTE_INSTEAD}`)
  }
}
