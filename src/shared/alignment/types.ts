// What the alignment engine computes. Offsets are UTF-16 indexes into each document's text, as given.

/** A stretch of one document: text.slice(start, end). */
export interface Span {
  doc: number
  start: number
  end: number
}

/**
 * How a span words something differently from its group's first span (the base):
 * - punctuation: commas, quote and dash forms, apostrophes, and other marks; the words themselves agree
 * - case: the same word in other capitals
 * - substitution: base words replaced by other words
 * - insertion: words this span has and the base lacks
 * - omission: base words this span leaves out
 */
export type VariantKind = 'punctuation' | 'case' | 'substitution' | 'insertion' | 'omission'

export const VARIANT_KINDS: readonly VariantKind[] = ['punctuation', 'case', 'substitution', 'insertion', 'omission']

export interface Variant {
  /** The document whose wording differs from the base. */
  doc: number
  kind: VariantKind
  /** The base span's wording ('' for an insertion) and where it sits in the base document. */
  base: string
  baseStart: number
  baseEnd: number
  /** This document's wording ('' for an omission) and where it sits (an empty range marks the place of an omission). */
  text: string
  start: number
  end: number
}

/**
 * The same passage (or phrase) carried by two or more documents. spans[0] is the base of the variants.
 * Every span matches every other span of the group in another document.
 */
export interface PassageGroup {
  id: string
  /**
   * Passages only: the id of the passage this one lies inside, when there is one. The part that three
   * reports share inside a longer part that two of them share is a passage of its own, whose parent is the
   * longer one; in each of the parent's documents it lies within the parent's span.
   */
  parent?: string
  /** Words in the base span. */
  words: number
  /** Ordered by document, then position. A document may carry the passage more than once. */
  spans: Span[]
  variants: Variant[]
}

export interface DocumentSummary {
  index: number
  chars: number
  words: number
}

export interface Coverage {
  doc: number
  /** Non-white-space characters inside a passage or phrase found in another document. */
  sharedChars: number
  /** Non-white-space characters found in no other document. */
  uniqueChars: number
}

export interface Alignment {
  documents: DocumentSummary[]
  /** Longer shared stretches, each grouped across every document that carries it. */
  passages: PassageGroup[]
  /** Shorter shared matches (names, titles, a few words) outside the passages. */
  phrases: PassageGroup[]
  /** Per document, the stretches found in no other document, split at paragraph breaks. */
  unique: Span[]
  coverage: Coverage[]
}

export interface AlignmentOptions {
  /** Words per seed: shared runs shorter than this are not found. */
  seedWords: number
  /** Matched words a passage needs (ten identical words in two reports of one event are a shared quote,
   *  not chance); shorter shared matches of at least seedWords are phrases. */
  minPassageWords: number
  /** Largest run of differing words, in either document, that still joins two matches into one passage. */
  maxGapWords: number
  /** A seed occurring more often than this across all documents is too common to be evidence. */
  maxSeedOccurrences: (documentCount: number) => number
}

export const DEFAULT_ALIGNMENT_OPTIONS: AlignmentOptions = {
  seedWords: 4,
  minPassageWords: 10,
  maxGapWords: 4,
  maxSeedOccurrences: (documentCount) => 2 * documentCount + 4,
}
