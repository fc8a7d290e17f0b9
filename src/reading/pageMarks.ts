// What an article's markup says about its text, read before the sanitiser strips every attribute: which
// text nodes stand in a photo's caption or credit (<figcaption>, an element whose class or itemprop says
// caption or credit, as Readability leaves them) or elsewhere in a <figure> (a placeholder, an embed's
// link), and which text follows an image closely enough to be the caption the page prints below it (its
// words are then read against the image's alt text). Only reads: the marks name text nodes the sanitiser
// keeps or drops as it always does, and an alt text is only ever compared with text the page shows, never
// written out.

import type { MarkupHint } from '../shared/import'

export type AsideMark = Extract<MarkupHint, 'caption' | 'credit' | 'figure'>

export interface PageMarks {
  /** The mark of each text node inside a caption, a credit or a figure. */
  textMarks: Map<Node, AsideMark>
  /** For the text nodes just after an image with an alt text, the words of that alt text (altWords). */
  nearAlt: Map<Node, ReadonlySet<string>>
}

/** Text this close after an image (in words) may be its caption; further on it is the report again. */
const CAPTION_WINDOW_WORDS = 120

/** A caption runs to a few sentences; an element so marked that holds more is a wrapper, not a caption. */
const MAX_MARKED_WORDS = 120

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

/** Elements inside a figure that hold text of their own: a quoted post, a code listing, a table. */
const OWN_TEXT_IN_FIGURE = new Set(['blockquote', 'pre', 'table'])

/** A text's words in lower case, for comparing a caption with an alt text. */
export function altWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []
}

/** The words of a class attribute's names, BEM and camelCase split: "media-caption__text" → media caption text. */
function classWords(element: Element): string[] {
  const names = (element.getAttribute('class') ?? '').split(/\s+/u)
  return names.flatMap((name) => {
    const words = name.replace(/([a-z])([A-Z])/gu, '$1 $2').toLowerCase().split(/[\s_-]+/u)
    // "has-caption", "no-credit" describe what an element holds, not what it is.
    return ['has', 'no', 'with', 'without'].includes(words[0] ?? '') ? [] : words
  })
}

/** What the element's own name, class or itemprop says it is; null when it says nothing. */
function ownMark(element: Element, name: string): AsideMark | null {
  const itemprops = (element.getAttribute('itemprop') ?? '').toLowerCase().split(/\s+/u)
  const words = classWords(element)
  if (words.includes('credit') || words.includes('credits') || itemprops.some((p) => p === 'copyrightholder' || p === 'credittext')) return 'credit'
  if (name === 'figcaption' || words.includes('caption') || itemprops.includes('caption')) return 'caption'
  if (name === 'figure') return 'figure'
  return null
}

/** A caption has few elements; looking no further than this keeps a deeply nested page linear. */
const MAX_MARKED_NODES = 500

/** Whether `element` is small enough to be a caption: at most MAX_MARKED_WORDS words in at most MAX_MARKED_NODES nodes. */
function isCaptionSized(element: Element): boolean {
  let words = 0
  let nodes = 0
  const stack: Node[] = [element]
  while (stack.length > 0) {
    const node = stack.pop()!
    if (++nodes > MAX_MARKED_NODES) return false
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      words += (node.nodeValue ?? '').split(/\s+/u).filter((w) => w !== '').length
      if (words > MAX_MARKED_WORDS) return false
    }
    for (let child = node.firstChild; child !== null; child = child.nextSibling) {
      stack.push(child)
      if (nodes + stack.length > MAX_MARKED_NODES) return false
    }
  }
  return true
}

/** The marks in `root`, an article's DOM before it is sanitised. Walked without recursion. */
export function pageMarksOf(root: Node): PageMarks {
  const textMarks = new Map<Node, AsideMark>()
  const nearAlt = new Map<Node, ReadonlySet<string>>()
  // The alt words of the images just passed, and how many words of text have followed them.
  let alt: Set<string> | null = null
  let wordsSinceAlt = 0
  const stack: Array<{ node: Node; mark: AsideMark | null }> = []
  const pushChildren = (node: Node, mark: AsideMark | null): void => {
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push({ node: child, mark })
  }
  pushChildren(root, null)
  while (stack.length > 0) {
    const { node, mark: inherited } = stack.pop()!
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const words = altWords(node.nodeValue ?? '').length
      if (words === 0) continue
      if (inherited !== null) textMarks.set(node, inherited)
      if (alt !== null && wordsSinceAlt < CAPTION_WINDOW_WORDS) nearAlt.set(node, alt)
      wordsSinceAlt += words
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const element = node as Element
    const name = element.localName.toLowerCase()
    if (name === 'img') {
      // Images side by side (a figure of several) share the caption that follows them all.
      const words = altWords(element.getAttribute('alt') ?? '')
      if (alt === null || wordsSinceAlt > 0) alt = new Set()
      for (const word of words) alt.add(word)
      wordsSinceAlt = 0
    }
    let mark = inherited
    if (inherited === 'figure' && OWN_TEXT_IN_FIGURE.has(name)) mark = null
    const own = ownMark(element, name)
    // A credit inside a caption is the credit; a caption inside a figure is the caption.
    if (own !== null && inherited !== 'credit' && !(own === 'figure' && inherited === 'caption') && isCaptionSized(element)) mark = own
    pushChildren(element, mark)
  }
  return { textMarks, nearAlt }
}
