// Turns the person's text selection into offsets in one report's text: the columns render the text
// exactly (marks and tints only wrap it), so the length of the text from a paragraph's start to a point
// is that point's offset from the paragraph's data-start.

export interface ColumnSelection {
  doc: number
  start: number
  end: number
  /** The shared passage the whole selection lies in, if any. */
  passage: string | null
  rect: DOMRect
}

function offsetIn(node: Node, offset: number): number | null {
  const element = node instanceof Element ? node : node.parentElement
  const paragraph = element?.closest<HTMLElement>('.paragraph')
  if (!paragraph || paragraph.dataset['start'] === undefined) return null
  const before = document.createRange()
  before.setStart(paragraph, 0)
  before.setEnd(node, offset)
  return Number(paragraph.dataset['start']) + before.toString().length
}

export function selectionInColumn(selection: Selection | null, container: HTMLElement, textOf: (doc: number) => string): ColumnSelection | null {
  if (!selection || selection.isCollapsed || selection.rangeCount !== 1) return null
  const range = selection.getRangeAt(0)
  const startBody = (range.startContainer instanceof Element ? range.startContainer : range.startContainer.parentElement)?.closest('.column-body')
  const endBody = (range.endContainer instanceof Element ? range.endContainer : range.endContainer.parentElement)?.closest('.column-body')
  if (!startBody || startBody !== endBody || !container.contains(startBody)) return null
  const doc = Number(startBody.closest<HTMLElement>('[data-doc]')?.dataset['doc'])
  let start = offsetIn(range.startContainer, range.startOffset)
  let end = offsetIn(range.endContainer, range.endOffset)
  if (start === null || end === null || Number.isNaN(doc)) return null
  const text = textOf(doc)
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  if (end <= start) return null
  const passageAt = (node: Node): string | null =>
    (node instanceof Element ? node : node.parentElement)?.closest<HTMLElement>('[data-passage]')?.dataset['passage'] ?? null
  const first = passageAt(range.startContainer)
  return { doc, start, end, passage: first !== null && first === passageAt(range.endContainer) ? first : null, rect: range.getBoundingClientRect() }
}
