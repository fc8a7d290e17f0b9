// Brings a quotation into view in every column that carries it, level: each column scrolls so that its copy
// (in the fullest wording, the words the others share with it) sits at the same height, a third of the way
// down where every column can, and the copies are marked (with the CSS Custom
// Highlight API, so the React-rendered text is not touched) until another quotation is chosen.

import type { QuoteGroup, QuoteInstance } from '../../../../shared/quotes'
import { RangeFinder, type ColumnsDom } from '../find'

export const QUOTE_HIGHLIGHT = 'quote-shown'

/** Where, down a column, the chosen quotation is brought: a third of the way. */
const LEVEL = 1 / 3

function paint(ranges: readonly Range[]): void {
  if (typeof CSS === 'undefined' || typeof Highlight === 'undefined') return
  const registry = (CSS as { highlights?: HighlightRegistry }).highlights
  registry?.set(QUOTE_HIGHLIGHT, new Highlight(...ranges))
}

export function showQuotation(container: HTMLElement, dom: ColumnsDom, group: QuoteGroup): void {
  const finder = new RangeFinder(container, dom)
  const base = group.instances[group.base]
  // Where the base is levelled: at the words a shorter wording shares with it ("we have consistently…"
  // inside Carney's fuller quotation), so the same words sit side by side; else at its start.
  const shorter = group.instances.find((i) => i.doc !== base?.doc && i.baseOffset !== null)
  const shared = shorter?.baseOffset ?? null
  const anchorOf = (instance: QuoteInstance): { doc: number; start: number; end: number } =>
    instance === base && shared !== null ? { doc: instance.doc, start: shared, end: shared + 1 } : { doc: instance.doc, start: instance.start, end: instance.start + 1 }
  const ranges: Range[] = []
  const columns: Array<{ body: HTMLElement; top: number }> = []
  for (const instance of group.instances) {
    const range = finder.rangeOf(instance) ?? finder.rangeOf({ doc: instance.doc, start: instance.start, end: instance.start + 1 })
    if (range) ranges.push(range)
    // One copy per column sets its scroll: the first.
    const body = finder.bodyOf(instance.doc)
    if (!body || columns.some((c) => c.body === body)) continue
    const target = finder.rangeOf(anchorOf(instance))?.getBoundingClientRect() ?? finder.elementOf(instance)?.getBoundingClientRect()
    if (target) columns.push({ body, top: target.top })
  }
  levelColumns(columns)
  paint(ranges)
}

/**
 * Scrolls each column so its copy's top is at one height: a third of the way down the columns, or as near
 * as every column can reach (one near the end of its text cannot bring it that high).
 */
function levelColumns(columns: ReadonlyArray<{ body: HTMLElement; top: number }>): void {
  if (columns.length === 0) return
  let lowest = -Infinity
  let highest = Infinity
  let wanted = -Infinity
  for (const { body, top } of columns) {
    const furthest = body.scrollHeight - body.clientHeight
    lowest = Math.max(lowest, top - (furthest - body.scrollTop))
    highest = Math.min(highest, top + body.scrollTop)
    wanted = Math.max(wanted, body.getBoundingClientRect().top + LEVEL * body.clientHeight)
  }
  const level = lowest <= highest ? Math.min(highest, Math.max(lowest, wanted)) : wanted
  for (const { body, top } of columns) body.scrollTop += top - level
}
