// Turns the person's text selection into offsets in one report's text: the columns render the text
// exactly (marks and tints only wrap it), so the length of the text from a paragraph's start to a point
// is that point's offset from the paragraph's data-start. Where the columns and paragraphs are is the
// comparison's to say (its columnDom, handed in).

/** What a selection needs to know of the columns' DOM: the comparison's columnDom satisfies it. */
export interface ColumnsDom {
  /** Selector of a column's scrolling body. */
  columnBody: string
  /** Selector of a paragraph carrying data-start. */
  paragraph: string
  /** Selector of a shared passage's element, carrying data-passage. */
  passage: string
  docOf: (element: Element) => number | null
  columnBodyOf: (container: ParentNode, doc: number) => HTMLElement | null
}

export interface ColumnSelection {
  doc: number
  start: number
  end: number
  /** The shared passage the whole selection lies in, if any. */
  passage: string | null
  rect: DOMRect
}

/** The offset in the report's text of a point (a node and an offset in it) inside a paragraph; null outside one. */
export function offsetIn(node: Node, offset: number, paragraphSelector: string): number | null {
  const element = node instanceof Element ? node : node.parentElement
  const paragraph = element?.closest<HTMLElement>(paragraphSelector)
  if (!paragraph || paragraph.dataset['start'] === undefined) return null
  const before = document.createRange()
  before.setStart(paragraph, 0)
  before.setEnd(node, offset)
  return Number(paragraph.dataset['start']) + before.toString().length
}

export function selectionInColumn(selection: Selection | null, container: HTMLElement, textOf: (doc: number) => string, dom: ColumnsDom): ColumnSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount !== 1) return null
  const range = selection.getRangeAt(0)
  const startBody = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest(dom.columnBody)
  const endBody = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest(dom.columnBody)
  if (!startBody || startBody !== endBody || !container.contains(startBody)) return null
  const doc = dom.docOf(startBody) ?? Number.NaN
  let start = offsetIn(range.startContainer, range.startOffset, dom.paragraph)
  let end = offsetIn(range.endContainer, range.endOffset, dom.paragraph)
  if (start === null || end === null || Number.isNaN(doc)) return null
  const text = textOf(doc)
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  if (end <= start) return null
  const passageAt = (node: Node): string | null =>
    (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>(dom.passage)?.dataset['passage'] ?? null
  const first = passageAt(range.startContainer)
  return { doc, start, end, passage: first !== null && first === passageAt(range.endContainer) ? first : null, rect: range.getBoundingClientRect() }
}
