// Derives the view model from the articles and their alignment: passages ordered for the panel, each
// column's paragraphs cut into segments (passage, phrase, variant, highlight), and each column's minimap
// blocks. In two parts, so a column can be rebuilt alone (viewModelCache.ts): what the alignment gives
// every column (comparisonBase), and one column with its highlights (columnView).

import type { Alignment, PassageGroup, Span, Variant } from '../../../../../shared/alignment'
import { openingWords, splitParagraphs } from '../../../../../shared/domain/text'
import { assignTints, passageNeighbours } from './tints'
import {
  type ColumnView,
  type ComparisonViewModel,
  type HighlightMark,
  type MinimapBlock,
  type ParagraphView,
  type PassageView,
  type Segment,
  type VariantMark,
  type Wording,
} from './types'

const OPENING_WORDS = 12

/** "p2" before "p10". One collator for every comparison: localeCompare with options builds one per call,
 *  and the passages are sorted before the first frame with passages. */
const compareIds = new Intl.Collator(undefined, { numeric: true }).compare

const opening = (text: string): string => openingWords(text, OPENING_WORDS)

const docsOf = (spans: Span[]): number[] => [...new Set(spans.map((s) => s.doc))].sort((a, b) => a - b)

/** A variant mark as it appears in one document, with how every other report of the group words it. */
interface PlacedMark {
  doc: number
  start: number
  end: number
  passage: string
  mark: VariantMark
}

/** Marks for one group: in each report that differs, and the matching stretch of the base. */
function placeMarks(group: PassageGroup, texts: readonly string[]): PlacedMark[] {
  const base = group.spans[0]
  if (!base) return []
  const docs = docsOf(group.spans)
  const byBaseRange = new Map<string, Variant[]>()
  for (const v of group.variants) {
    if (v.doc === base.doc) continue
    const key = `${v.baseStart}:${v.baseEnd}`
    const list = byBaseRange.get(key)
    if (list) list.push(v)
    else byBaseRange.set(key, [v])
  }
  const placed: PlacedMark[] = []
  for (const variants of byBaseRange.values()) {
    const first = variants[0] as Variant
    const baseText = (texts[base.doc] as string).slice(first.baseStart, first.baseEnd)
    const wordingIn = (doc: number): Wording => {
      if (doc === base.doc) return { doc, text: baseText, kind: 'same' }
      const v = variants.find((x) => x.doc === doc)
      return v ? { doc, text: v.text, kind: v.kind } : { doc, text: baseText, kind: 'same' }
    }
    for (const v of variants) {
      placed.push({
        doc: v.doc,
        start: v.start,
        end: v.end,
        passage: group.id,
        mark: { kind: v.kind, others: docs.filter((d) => d !== v.doc).map(wordingIn), empty: v.start === v.end },
      })
    }
    // The base shows the stretch the others word differently, marked with the commonest kind among them.
    placed.push({
      doc: base.doc,
      start: first.baseStart,
      end: first.baseEnd,
      passage: group.id,
      mark: { kind: baseKind(variants), others: docs.filter((d) => d !== base.doc).map(wordingIn), empty: first.baseStart === first.baseEnd },
    })
  }
  return placed
}

function baseKind(variants: Variant[]): Variant['kind'] {
  const counts = new Map<Variant['kind'], number>()
  for (const v of variants) counts.set(v.kind, (counts.get(v.kind) ?? 0) + 1)
  // In the base, an omission elsewhere is text the base has and an insertion elsewhere is text it lacks.
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'substitution'
}

/** The passages covering [from, to), shortest first: the innermost and the one around it. */
function coveringAll<T extends { start: number; end: number }>(list: T[], from: number, to: number): T[] {
  return list.filter((s) => s.start <= from && s.end >= to && s.end > s.start).sort((x, y) => x.end - x.start - (y.end - y.start))
}

/** The layers that reach into [start, end]: every lookup per cut point then scans one paragraph's few, not the column's all. */
function layersWithin(start: number, end: number, layers: Layers): Layers {
  const touches = (s: { start: number; end: number }): boolean => s.start <= end && s.end >= start
  return {
    passages: layers.passages.filter(touches),
    phrases: layers.phrases.filter(touches),
    marks: layers.marks.filter(touches),
    highlights: layers.highlights.filter(touches),
  }
}

function segmentsOf(start: number, end: number, doc: number, columnLayers: Layers): Segment[] {
  const layers = layersWithin(start, end, columnLayers)
  const cuts = new Set<number>([start, end])
  const inside = (s: { start: number; end: number }): boolean => s.start < end && s.end > start
  for (const s of layers.passages) if (inside(s)) cuts.add(Math.max(start, s.start)).add(Math.min(end, s.end))
  for (const s of layers.phrases) if (inside(s)) cuts.add(Math.max(start, s.start)).add(Math.min(end, s.end))
  for (const m of layers.marks) if (m.start >= start && m.end <= end) cuts.add(m.start).add(m.end)
  for (const h of layers.highlights) if (inside(h)) cuts.add(Math.max(start, h.start)).add(Math.min(end, h.end))
  const points = [...cuts].sort((a, b) => a - b)
  const segments: Segment[] = []
  const covering = <T extends { start: number; end: number }>(list: T[], from: number, to: number): T | undefined =>
    list.find((s) => s.start <= from && s.end >= to && s.end > s.start)
  for (let i = 0; i < points.length; i++) {
    const from = points[i] as number
    // Zero-width marks (an omission) sit between segments; of nested passages, only the innermost's.
    const innermostHere = coveringAll(layers.passages, from, from)[0]?.id
    for (const m of layers.marks) {
      if (m.start === from && m.end === from && m.doc === doc && (innermostHere === undefined || m.passage === innermostHere)) {
        segments.push({ start: from, end: from, passage: m.passage, outer: null, phrase: null, variant: m.mark, highlight: null })
      }
    }
    const to = points[i + 1]
    if (to === undefined || to === from) continue
    // Where passages nest, the stretch belongs to the innermost (shortest) one, inside the next.
    const [inner, around] = coveringAll(layers.passages, from, to)
    const passage = inner?.id ?? null
    const mark = layers.marks.find((m) => m.start <= from && m.end >= to && m.end > m.start && m.passage === passage)
    segments.push({
      start: from,
      end: to,
      passage,
      outer: around?.id ?? null,
      phrase: passage ? null : (covering(layers.phrases, from, to)?.id ?? null),
      variant: mark?.mark ?? null,
      highlight: layers.highlights.findLast((h) => h.start <= from && h.end >= to) ?? null,
    })
  }
  return segments
}

interface Layers {
  passages: Array<{ id: string; start: number; end: number }>
  phrases: Array<{ id: string; start: number; end: number }>
  marks: PlacedMark[]
  highlights: HighlightMark[]
}

function minimapOf(text: string, passages: Layers['passages'], tintOf: (id: string) => number): MinimapBlock[] {
  const length = Math.max(1, text.length)
  const blocks: MinimapBlock[] = []
  let cursor = 0
  for (const p of [...passages].sort((a, b) => a.start - b.start)) {
    if (p.start > cursor) blocks.push({ from: cursor / length, to: p.start / length, passage: null, tint: null })
    blocks.push({ from: p.start / length, to: p.end / length, passage: p.id, tint: tintOf(p.id) })
    cursor = Math.max(cursor, p.end)
  }
  if (cursor < text.length) blocks.push({ from: cursor / length, to: 1, passage: null, tint: null })
  return blocks
}

/** What every column's model is cut from: the passages in their order and tints, and each report's layers. */
export interface ComparisonBase {
  texts: readonly string[]
  alignment: Alignment
  passages: PassageView[]
  passageById: ReadonlyMap<string, PassageView>
  phrases: ComparisonViewModel['phrases']
  /** Each report's passages, phrases and variant marks (highlights come per column). */
  layers: Array<Omit<Layers, 'highlights'>>
}

export function comparisonBase(texts: readonly string[], alignment: Alignment): ComparisonBase {
  const ordered = alignment.passages
    .map((group) => {
      const base = group.spans[0] as Span
      return {
        id: group.id,
        docs: docsOf(group.spans),
        words: group.words,
        spans: group.spans,
        opening: opening((texts[base.doc] as string).slice(base.start, base.end)),
        parent: group.parent ?? null,
      }
    })
    .sort((a, b) => b.docs.length - a.docs.length || b.words - a.words || compareIds(a.id, b.id))
  const order = ordered.map((p) => p.id)
  const tints = assignTints(order, passageNeighbours(order, ordered))
  const passages: PassageView[] = ordered.map((passage, i) => ({ ...passage, number: i + 1, tint: tints.get(passage.id) ?? 0 }))
  const passageById = new Map(passages.map((p) => [p.id, p]))
  const phrases = alignment.phrases.map((g) => ({ id: g.id, docs: docsOf(g.spans), spans: g.spans }))
  const marks = alignment.passages.flatMap((g) => placeMarks(g, texts))
  const layers = texts.map((_text, doc) => ({
    passages: alignment.passages.flatMap((g) => g.spans.filter((s) => s.doc === doc).map((s) => ({ id: g.id, start: s.start, end: s.end }))),
    phrases: alignment.phrases.flatMap((g) => g.spans.filter((s) => s.doc === doc).map((s) => ({ id: g.id, start: s.start, end: s.end }))),
    marks: marks.filter((m) => m.doc === doc),
  }))
  return { texts, alignment, passages, passageById, phrases, layers }
}

/**
 * One report's column, with the highlights drawn on it. A paragraph's segments are cut when first read,
 * and kept: the view reads only the paragraphs it has drawn so far, the printed page reads them all.
 */
export function columnView(base: ComparisonBase, doc: number, highlights: readonly HighlightMark[]): ColumnView {
  const text = base.texts[doc] as string
  const layers: Layers = { ...(base.layers[doc] as Omit<Layers, 'highlights'>), highlights: highlights.filter((h) => h.doc === doc && h.end > h.start) }
  const paragraphs: ParagraphView[] = splitParagraphs(text).map(({ start, end }) => {
    let segments: Segment[] | undefined
    return {
      start,
      end,
      get segments(): Segment[] {
        segments ??= segmentsOf(start, end, doc, layers)
        return segments
      },
    }
  })
  const coverage = base.alignment.coverage[doc]
  const total = coverage ? coverage.sharedChars + coverage.uniqueChars : 0
  return {
    doc,
    paragraphs,
    sharedShare: coverage && total > 0 ? coverage.sharedChars / total : 0,
    unique: base.alignment.unique.filter((s) => s.doc === doc),
    minimap: minimapOf(text, layers.passages, (id) => base.passageById.get(id)?.tint ?? 0),
  }
}

export function buildViewModel(texts: readonly string[], alignment: Alignment, highlights: readonly HighlightMark[] = []): ComparisonViewModel {
  const base = comparisonBase(texts, alignment)
  return { passages: base.passages, passageById: base.passageById, phrases: base.phrases, columns: texts.map((_text, doc) => columnView(base, doc, highlights)) }
}
