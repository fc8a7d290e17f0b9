// The inert parser the reading runs on, in the app's import worker and in the command line alike: linkedom
// builds a DOM from the text without rendering it, running any script or loading anything (no images,
// styles, frames or fonts), so a hostile page can do nothing while it is read. Its parser is not the
// browsers' (it follows the tags as written), so what a browser would do with a page that leaves out its
// <html> or <body>, or puts text in its head, is done here: every page has a body that holds its text.

import { parseHTML } from 'linkedom'

/** Parses HTML into a document that runs and loads nothing. */
export type ParseHtml = (html: string) => Document

/** What a browser keeps in a page's head; any other element there starts the body. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template'])

const ELEMENT_NODE = 1
const TEXT_NODE = 3

const nameOf = (node: Node): string => (node.nodeType === ELEMENT_NODE ? (node as Element).localName.toLowerCase() : '')

/** Moves into the body what a browser would have put there: the head's content from its first element that is not a head element, and anything outside head and body. */
function settleBody(document: Document): void {
  const root = document.documentElement
  const body = document.body ?? root.appendChild(document.createElement('body'))
  const head = document.head
  const strays: Node[] = []
  if (head) {
    const first = Array.from(head.childNodes).findIndex((node) => (node.nodeType === ELEMENT_NODE && !HEAD_ELEMENTS.has(nameOf(node))) || (node.nodeType === TEXT_NODE && (node.nodeValue ?? '').trim() !== ''))
    if (first >= 0) strays.push(...Array.from(head.childNodes).slice(first))
  }
  const beforeBody: Node[] = []
  const afterBody: Node[] = []
  let seenBody = false
  for (const node of Array.from(root.childNodes)) {
    if (node === body) seenBody = true
    else if (node !== head && (node.nodeType === ELEMENT_NODE || node.nodeType === TEXT_NODE)) (seenBody ? afterBody : beforeBody).push(node)
  }
  const opening = body.firstChild
  for (const node of [...strays, ...beforeBody]) body.insertBefore(node, opening)
  for (const node of afterBody) body.appendChild(node)
}

/** The page as a document with a head and a body, whatever of them its markup leaves out. */
export const parseInert: ParseHtml = (html) => {
  let document = parseHTML(html).document as unknown as Document
  if (document.documentElement?.localName.toLowerCase() !== 'html') {
    // A fragment (a value's markup, or a page without <html>) is read as a body's content.
    document = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document
  }
  settleBody(document)
  return document
}
