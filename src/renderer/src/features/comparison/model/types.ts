// The comparison as the view draws it: derived once from the articles and their alignment, then read by
// the columns, the passages panel, the minimaps and the ribbons. Offsets are indexes into each article text.

import type { Span, VariantKind } from '../../../../../shared/alignment'
import type { HighlightColor } from '../../../../../shared/domain/highlight'

/** A highlight placed on one report's current text (re-anchored), as the model cuts segments by it. */
export interface HighlightMark {
  id: string
  doc: number
  start: number
  end: number
  color: HighlightColor
  noted: boolean
}

export interface PassageView {
  id: string
  /** Its number as a person reads it, 1 first, in the order the passages panel and the PDF's appendix list them. */
  number: number
  /** Index into the tint palette (tints.ts), the same in every column that carries the passage; no neighbour has it. */
  tint: number
  /** Documents carrying it, ascending, each once. */
  docs: number[]
  words: number
  spans: Span[]
  /** The first words of the base span, for lists. */
  opening: string
  /** The longer passage this one lies inside (a part more reports share), or null. */
  parent: string | null
}

export interface PhraseView {
  id: string
  docs: number[]
  spans: Span[]
}

/** How one report words a marked stretch. */
export interface Wording {
  doc: number
  /** The words ('' where the report leaves them out). */
  text: string
  kind: VariantKind | 'same'
}

export interface VariantMark {
  kind: VariantKind
  /** Every other report of the passage and how it words this stretch. */
  others: Wording[]
  /** A zero-width mark: words the other reports have and this one lacks (or the reverse, in the base). */
  empty: boolean
}

/** A stretch of one paragraph with one meaning: plain, in a passage, in a phrase, and maybe a variant. */
export interface Segment {
  start: number
  end: number
  /** The innermost passage over this stretch. */
  passage: string | null
  /** The passage around `passage` where that one is nested in (or overlaps) a longer one, or null. */
  outer: string | null
  phrase: string | null
  variant: VariantMark | null
  /** The highlight over this stretch (the latest, where several overlap). */
  highlight: HighlightMark | null
}

export interface ParagraphView {
  start: number
  end: number
  segments: Segment[]
}

/** A stretch for the minimap: shared (with the passage's tint) or unique, as fractions of the text. */
export interface MinimapBlock {
  from: number
  to: number
  passage: string | null
  tint: number | null
}

export interface ColumnView {
  doc: number
  paragraphs: ParagraphView[]
  /** Share of the text (non-space characters) found in another report, 0 to 1. */
  sharedShare: number
  /** Stretches found in no other report. */
  unique: Span[]
  minimap: MinimapBlock[]
}

export interface ComparisonViewModel {
  /** Most reports first, then longest. */
  passages: PassageView[]
  passageById: ReadonlyMap<string, PassageView>
  phrases: PhraseView[]
  columns: ColumnView[]
}
