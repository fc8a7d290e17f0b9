// Plain text from a sanitised article's DOM (any DOM: only nodes' types, names and values are read): one
// paragraph per block element, paragraphs separated by a blank line, whitespace collapsed inside a
// paragraph, <br> as a line break within it. Only the document's own text nodes are written out, so the
// text never holds a word the page did not.

/** Elements whose content is never text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'head', 'title', 'textarea', 'select', 'button'])

/** Elements that start and end a paragraph. */
export const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre', 'figcaption', 'div',
  'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'ul', 'ol', 'dl', 'dt', 'dd',
  'figure', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'address', 'hr', 'details', 'summary',
  'center', 'fieldset', 'legend',
])

/** Table cells: side by side in one paragraph, kept apart by a space. */
const CELLS = new Set(['td', 'th'])

const ELEMENT_NODE = 1
const TEXT_NODE = 3
const CDATA_SECTION_NODE = 4

/** One paragraph's lines, each with its whitespace collapsed; empty lines dropped. */
function tidyParagraph(raw: string): string {
  return raw
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n')
}

/** The plain text of `root`, walked without recursion so deep nesting cannot overflow the stack. */
export function plainTextOf(root: Node): string {
  const paragraphs: string[] = []
  let current = ''
  let preDepth = 0
  const endParagraph = (): void => {
    const paragraph = tidyParagraph(current)
    if (paragraph !== '') paragraphs.push(paragraph)
    current = ''
  }

  const stack: Array<{ node: Node; leaving: boolean }> = []
  const pushChildren = (node: Node): void => {
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push({ node: child, leaving: false })
  }
  pushChildren(root)
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = node.nodeValue ?? ''
      // Outside <pre> a newline is just whitespace; inside, it is a line break.
      current += preDepth > 0 ? data : data.replace(/\s+/g, ' ')
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const name = (node as Element).localName.toLowerCase()
    if (leaving) {
      if (name === 'pre') preDepth -= 1
      if (BLOCKS.has(name)) endParagraph()
      else if (CELLS.has(name)) current += ' '
      continue
    }
    if (SKIPPED.has(name)) continue
    if (name === 'br') {
      current += '\n'
      continue
    }
    if (BLOCKS.has(name)) endParagraph()
    else if (CELLS.has(name)) current += ' '
    if (name === 'pre') preDepth += 1
    stack.push({ node, leaving: true })
    pushChildren(node)
  }
  endParagraph()
  return paragraphs.join('\n\n')
}

/** Words as the refusal threshold counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}
