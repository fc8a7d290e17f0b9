// Reads an HTML page (untrusted) into an article's plain text and details, on documents made by the inert
// parser it is given (linkedom's, in the app's import worker and in the command line: nothing of the page
// runs or is fetched). The page's details are read from its own head, Readability picks the article, what
// its markup says of captions and credits is noted, the article is cut to text-bearing elements without
// attributes, and its text is written out from that DOM, each line with what the markup said of it.
// Only text and plain values come out; nothing of the page ever reaches a live document.

import type { ParseHtml } from './inertDocument'
import { chooseDetails, readPageMetadata, type HtmlDetails } from './pageMetadata'
import type { BlockMarkup } from '../shared/import'
import { pageMarksOf } from './pageMarks'
import { textWithMarkupOf, wordCount } from './pageText'
import { readabilityArticle } from './readability'
import { sanitiseInPlace } from './sanitise'

export type { HtmlDetails } from './pageMetadata'

/** An article read from a page: its text, the details the page gives, and what its markup says each block is. */
export type HtmlExtraction = { ok: true; extracted: string; details: HtmlDetails; markup: BlockMarkup } | { ok: false; reason: string }

/** The parts of reading a page, named as each begins (for progress). */
export type PageStep = 'parse' | 'article' | 'sanitise' | 'text'

/** Fewer words than this is a page without an article (an index, a log-in wall, an error page). */
export const MIN_ARTICLE_WORDS = 25

const PASTE_INSTEAD = 'Open the article in a browser, copy its text and paste it instead.'
/** The refusal of a page with no article in it (a check for changes words it for the page it had before). */
export const NO_ARTICLE = `No article text was found in this page (it may be an index, a sign-in page or an error page). ${PASTE_INSTEAD}`

function refuse(reason: string): HtmlExtraction {
  return { ok: false, reason }
}

function unreadable(error: unknown): HtmlExtraction {
  const cause = error instanceof Error && error.message ? ` (${error.message.slice(0, 120)})` : ''
  return refuse(`This page could not be read${cause}. ${PASTE_INSTEAD}`)
}

/** The article in an HTML page as plain text, with the details the page gives. Never throws. */
export function readPage(html: string, parse: ParseHtml, onStep: (step: PageStep) => void = () => {}): HtmlExtraction {
  if (typeof html !== 'string' || html.trim() === '') return refuse(`This page is empty. ${PASTE_INSTEAD}`)
  try {
    onStep('parse')
    const doc = parse(html)
    // The page's own details first: Readability changes the document.
    const page = readPageMetadata(doc)
    onStep('article')
    // Styles never apply to a page being read (the app's reading has always judged pages unstyled), and
    // Readability skips elements styled hidden: without them every paragraph is judged alike.
    for (const element of Array.from(doc.querySelectorAll('[style]'))) element.removeAttribute('style')
    const article = readabilityArticle(doc)
    onStep('sanitise')
    // Readability's output is HTML built from the page: parsed inertly again and cut down before its text is read.
    const body = parse(article?.content ?? '').body
    // Captions and credits are known by attributes the sanitiser strips: read first, by the text nodes they hold.
    const marks = pageMarksOf(body)
    sanitiseInPlace(body)
    onStep('text')
    const { text: extracted, markup } = textWithMarkupOf(body, marks)
    if (article === null || wordCount(extracted) < MIN_ARTICLE_WORDS) return refuse(NO_ARTICLE)
    const details = chooseDetails(page, { title: article.title, outlet: article.siteName, byline: article.byline, publishedAt: article.publishedTime }, parse)
    return { ok: true, extracted, details, markup }
  } catch (error) {
    return unreadable(error)
  }
}
