// Plain text from a sanitised article's DOM (any DOM: only nodes' types, names and values are read): one
// paragraph per block element, paragraphs separated by a blank line, whitespace collapsed inside a
// paragraph, <br> as a line break within it. Only the document's own text nodes are written out, so the
// text never holds a word the page did not. Each line comes with what it stands in (code, a data table,
// a caption ...), which clean-up reads as the page's own word on it.

import type { MarkupHint } from '../shared/import'
import { altWords, type PageMarks } from './pageMarks'

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

/** Parts of a table; any other block inside a table makes it a layout table, whose text is judged as any other. */
const TABLE_PARTS = new Set(['table', 'caption', 'thead', 'tbody', 'tfoot', 'tr'])

/** A run of text and what it stands in: a code sample, a data table, or what the page's marks say. */
interface Segment {
  text: string
  hint: MarkupHint | null
  /** The alt text's words of an image just before this text, which this text may caption. */
  alt?: ReadonlySet<string>
}

/**
 * A line that says mostly what the image just above it says in its alt text is that image's caption. Words
 * of four letters or more are compared, so "the", "of" and "in" shared by any two sentences do not count.
 */
const CAPTION_SHARE_OF_ALT = 0.5

function restatesAlt(line: string, alt: ReadonlySet<string> | undefined): boolean {
  if (alt === undefined) return false
  const all = altWords(line)
  const words = all.filter((w) => w.length >= 4)
  if (words.length < 3 || all.length > 80) return false
  return words.filter((w) => alt.has(w)).length >= CAPTION_SHARE_OF_ALT * words.length
}

/** The article's text, and for each of its lines (each block clean-up reads, splitBlocks) what it stands in. */
export interface TextWithMarkup {
  text: string
  markup: (MarkupHint | null)[]
}

/**
 * What a line stands in when all its text does: code or a table; a credit when all of it is a credit, else
 * a caption or a figure's other text. A line with any unmarked text has no hint.
 */
function lineHint(counts: Map<MarkupHint | null, number>): MarkupHint | null {
  if ((counts.get(null) ?? 0) > 0) return null
  for (const hint of ['code', 'table', 'caption'] as const) if ((counts.get(hint) ?? 0) > 0) return hint
  if ((counts.get('figure') ?? 0) > 0) return (counts.get('credit') ?? 0) > 0 ? 'caption' : 'figure'
  return (counts.get('credit') ?? 0) > 0 ? 'credit' : null
}

/** One paragraph's lines, each with its whitespace collapsed and its hint; empty lines dropped. */
function tidyParagraph(segments: readonly Segment[]): Array<{ line: string; hint: MarkupHint | null }> {
  const lines: Array<{ raw: string; counts: Map<MarkupHint | null, number>; alt?: ReadonlySet<string> }> = [{ raw: '', counts: new Map() }]
  for (const segment of segments) {
    segment.text.split('\n').forEach((piece, i) => {
      if (i > 0) lines.push({ raw: '', counts: new Map() })
      const line = lines.at(-1)!
      if (line.raw.trim() === '' && piece.trim() !== '') line.alt = segment.alt
      line.raw += piece
      const letters = piece.replace(/\s+/g, '').length
      if (letters > 0) line.counts.set(segment.hint, (line.counts.get(segment.hint) ?? 0) + letters)
    })
  }
  return lines
    .map(({ raw, counts, alt }) => {
      const line = raw.replace(/\s+/g, ' ').trim()
      const hint = lineHint(counts) ?? (restatesAlt(line, alt) ? 'caption' : null)
      return { line, hint }
    })
    .filter(({ line }) => line !== '')
}

/** Whether a table holds data (rows of cells) rather than laying out a page: no block inside but its own parts. */
function isDataTable(table: Node): boolean {
  const stack: Node[] = []
  for (let child = table.firstChild; child !== null; child = child.nextSibling) stack.push(child)
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node.nodeType !== ELEMENT_NODE) continue
    const name = (node as Element).localName.toLowerCase()
    if (name === 'table' || (BLOCKS.has(name) && !TABLE_PARTS.has(name))) return false
    for (let child = node.firstChild; child !== null; child = child.nextSibling) stack.push(child)
  }
  return true
}

/** The plain text of `root`, walked without recursion so deep nesting cannot overflow the stack. */
export function plainTextOf(root: Node): string {
  return textWithMarkupOf(root).text
}

/**
 * The plain text of `root` with a hint for each line: lines of a <pre> are code, rows of a data table are a
 * table, and lines whose text `marks` names (read from the page before it was sanitised) are captions,
 * credits or a figure's text. Walked without recursion so deep nesting cannot overflow the stack.
 */
export function textWithMarkupOf(root: Node, marks: PageMarks = { textMarks: new Map(), nearAlt: new Map() }): TextWithMarkup {
  const paragraphs: string[] = []
  const markup: (MarkupHint | null)[] = []
  let current: Segment[] = []
  let preDepth = 0
  let tableDepth = 0
  const endParagraph = (): void => {
    const lines = tidyParagraph(current)
    if (lines.length > 0) {
      paragraphs.push(lines.map((l) => l.line).join('\n'))
      for (const { hint } of lines) markup.push(hint)
    }
    current = []
  }

  const stack: Array<{ node: Node; leaving: boolean; dataTable?: boolean }> = []
  const pushChildren = (node: Node): void => {
    for (let child = node.lastChild; child !== null; child = child.previousSibling) stack.push({ node: child, leaving: false })
  }
  pushChildren(root)
  while (stack.length > 0) {
    const { node, leaving, dataTable } = stack.pop()!
    if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_SECTION_NODE) {
      const data = node.nodeValue ?? ''
      // Outside <pre> a newline is just whitespace; inside, it is a line break.
      const hint = preDepth > 0 ? 'code' : tableDepth > 0 ? 'table' : (marks.textMarks.get(node) ?? null)
      current.push({ text: preDepth > 0 ? data : data.replace(/\s+/g, ' '), hint, alt: marks.nearAlt.get(node) })
      continue
    }
    if (node.nodeType !== ELEMENT_NODE) continue
    const name = (node as Element).localName.toLowerCase()
    if (leaving) {
      if (name === 'pre') preDepth -= 1
      if (dataTable === true) tableDepth -= 1
      if (BLOCKS.has(name)) endParagraph()
      else if (CELLS.has(name)) current.push({ text: ' ', hint: null })
      continue
    }
    if (SKIPPED.has(name)) continue
    if (name === 'br') {
      current.push({ text: '\n', hint: null })
      continue
    }
    if (BLOCKS.has(name)) endParagraph()
    else if (CELLS.has(name)) current.push({ text: ' ', hint: null })
    if (name === 'pre') preDepth += 1
    const isData = name === 'table' && tableDepth === 0 && isDataTable(node)
    if (isData) tableDepth += 1
    stack.push({ node, leaving: true, dataTable: isData })
    pushChildren(node)
  }
  endParagraph()
  return { text: paragraphs.join('\n\n'), markup }
}

/** Words as the refusal threshold counts them. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => word !== '').length
}
