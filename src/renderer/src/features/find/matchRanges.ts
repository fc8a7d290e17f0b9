// The DOM side of find: turns matches (offsets into an article's text) into DOM Ranges over the text
// nodes React rendered, without touching them. Each paragraph carries data-start/data-end and renders
// exactly that slice of the text, so walking its text nodes from data-start finds any offset. Where the
// columns, paragraphs and note markers are is the comparison's to say (its columnDom, handed in).

import type { Match } from './findMatches'

/** What find needs to know of the columns' DOM: the comparison's columnDom satisfies it. */
export interface ColumnsDom {
  /** Selector of a report's column. */
  column: string
  /** Selector of a paragraph carrying data-start and data-end. */
  paragraph: string
  /** Selector of what is drawn in a paragraph but is not part of the text. */
  notText: string
  columnBodyOf: (container: ParentNode, doc: number) => HTMLElement | null
}

interface Paragraph {
  el: HTMLElement
  start: number
  end: number
}

interface TextNodeAt {
  node: Text
  /** Offset in the article text where this node's text begins. */
  start: number
}

/** Finds matches' ranges in one render of the columns; caches what it walks, so throw it away on any change. */
export class RangeFinder {
  private readonly paragraphs = new Map<number, Paragraph[]>()
  private readonly textNodes = new Map<HTMLElement, TextNodeAt[]>()

  constructor(
    private readonly container: HTMLElement,
    private readonly dom: ColumnsDom,
  ) {}

  /** The column body of a report, which scrolls on its own. */
  bodyOf(doc: number): HTMLElement | null {
    return this.dom.columnBodyOf(this.container, doc)
  }

  rangeOf(match: Match): Range | null {
    const paragraph = this.paragraphAt(match.doc, match.start)
    if (!paragraph || match.end > paragraph.end) return null
    const nodes = this.textNodesOf(paragraph)
    const first = nodes.findLast((n) => n.start <= match.start && match.start < n.start + n.node.length)
    const last = nodes.find((n) => n.start < match.end && match.end <= n.start + n.node.length)
    if (!first || !last) return null
    const range = document.createRange()
    range.setStart(first.node, match.start - first.start)
    range.setEnd(last.node, match.end - last.start)
    return range
  }

  /** The element to fall back on for scrolling where a Range cannot be measured. */
  elementOf(match: Match): HTMLElement | null {
    return this.paragraphAt(match.doc, match.start)?.el ?? null
  }

  private paragraphAt(doc: number, offset: number): Paragraph | undefined {
    let list = this.paragraphs.get(doc)
    if (!list) {
      const body = this.bodyOf(doc)
      list = body
        ? [...body.querySelectorAll<HTMLElement>(this.dom.paragraph)].map((el) => ({
            el,
            start: Number(el.dataset['start']),
            end: Number(el.dataset['end']),
          }))
        : []
      this.paragraphs.set(doc, list)
    }
    // Paragraphs come in text order: binary search for the last one starting at or before the offset.
    let lo = 0
    let hi = list.length - 1
    let found: Paragraph | undefined
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const p = list[mid] as Paragraph
      if (p.start <= offset) {
        found = p
        lo = mid + 1
      } else hi = mid - 1
    }
    return found && offset < found.end ? found : undefined
  }

  private textNodesOf(paragraph: Paragraph): TextNodeAt[] {
    const cached = this.textNodes.get(paragraph.el)
    if (cached) return cached
    const nodes: TextNodeAt[] = []
    // Note markers are numbers added beside the text, not part of it.
    const walker = document.createTreeWalker(paragraph.el, NodeFilter.SHOW_TEXT, {
      acceptNode: (node) => (node.parentElement?.closest(this.dom.notText) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
    })
    let at = paragraph.start
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node as Text
      nodes.push({ node: text, start: at })
      at += text.length
    }
    this.textNodes.set(paragraph.el, nodes)
    return nodes
  }
}

/** Scrolls the match to the middle of its own column, leaving the other columns and the window be. */
export function centreInColumn(body: HTMLElement, range: Range | null, fallback: HTMLElement | null): void {
  const rect = range && typeof range.getBoundingClientRect === 'function' ? range.getBoundingClientRect() : fallback?.getBoundingClientRect()
  if (!rect) return
  const view = body.getBoundingClientRect()
  const delta = rect.top + rect.height / 2 - (view.top + body.clientHeight / 2)
  body.scrollTop += delta
}
