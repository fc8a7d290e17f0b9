// Cuts an article's DOM down to text-bearing elements with no attributes, in place, over any DOM (linkedom's
// in the app and the command line, where nothing of it can run or load). An allow-list walk: an element
// not on the list is unwrapped (its text kept), or dropped with everything in it when its content is never
// text a reader sees (scripts, styles, SVG, MathML, frames, media, templates); comments and processing
// instructions go. The lists are the ones the app's reading used with DOMPurify, so the text is the same.

import { BLOCKS } from './pageText'

/** Text-bearing elements, kept without their attributes. */
export const KEPT_TAGS = new Set([
  ...BLOCKS,
  'td', 'th', 'br', 'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'del', 'dfn', 'em', 'i', 'ins', 'kbd',
  'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr',
])

/**
 * Elements not kept whose content goes with them: DOMPurify's FORBID_CONTENTS, and a form's text field,
 * whose content is what someone would type (Readability removes text fields before this runs, and the
 * text written out skips them: here too they are never a reader's text).
 */
export const DROPPED_WITH_CONTENT = new Set([
  'annotation-xml', 'audio', 'colgroup', 'desc', 'foreignobject', 'head', 'iframe', 'math', 'mi', 'mn', 'mo', 'ms',
  'mtext', 'noembed', 'noframes', 'noscript', 'plaintext', 'script', 'selectedcontent', 'style', 'svg', 'template',
  'textarea', 'thead', 'title', 'video', 'xmp',
])

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

/** Every attribute of `element` removed. */
function stripAttributes(element: Element): void {
  for (const name of element.getAttributeNames()) element.removeAttribute(name)
}

/**
 * `root`'s descendants cut to KEPT_TAGS without attributes, and to text. Walked without recursion, so deep
 * nesting cannot overflow the stack; an unwrapped element's children are walked where they land.
 */
export function sanitiseInPlace(root: Element): void {
  const stack: Node[] = []
  const pushChildren = (node: Node): void => {
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push(child)
  }
  pushChildren(root)
  while (stack.length > 0) {
    const node = stack.pop()!
    const parent = node.parentNode
    if (parent === null) continue
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) continue
    if (node.nodeType !== ELEMENT_NODE) {
      parent.removeChild(node)
      continue
    }
    const element = node as Element
    const name = element.localName.toLowerCase()
    if (KEPT_TAGS.has(name)) {
      stripAttributes(element)
      pushChildren(element)
      continue
    }
    if (!DROPPED_WITH_CONTENT.has(name)) {
      const children = Array.from(element.childNodes)
      for (const child of children) parent.insertBefore(child, element)
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Node)
    }
    parent.removeChild(element)
  }
}
