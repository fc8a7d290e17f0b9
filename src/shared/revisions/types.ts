// What the summary of a revision holds: how a newer version of one article differs from an older one.
// Every offset is a UTF-16 index (a JavaScript string index) into that version's text, as the alignment's
// and the command line's JSON are: `before` into the older text, `after` into the newer, and each snip's
// `text` is exactly that slice.

import type { Alignment, VariantKind } from '../alignment'
import type { QuoteLedger } from '../quotes'

/** One side of a revision, a version as compared: its headline (null when unknown) and its text after clean-up. */
export interface RevisionSide {
  title: string | null
  text: string
}

/** A stretch of one version: text.slice(start, end). An empty one marks a place. */
export interface Snip {
  start: number
  end: number
  text: string
}

/**
 * One difference inside matched sentences, with the alignment's kinds: a substitution, an insertion (empty
 * before, at its place), an omission (empty after), other punctuation, or other capitals. Quote and dash
 * forms and white space are never differences.
 */
export interface Difference {
  kind: VariantKind
  before: Snip
  after: Snip
}

/** Sentences of the older version matched to sentences of the newer, worded otherwise. */
export interface SentenceChange {
  /** From the first matched sentence to the last, in each version (usually one sentence each). */
  before: Snip
  after: Snip
  /** The differences not already told as a quotation's or a number's change. */
  differences: Difference[]
}

/**
 * How a quotation changed between the versions, in the ledger's terms:
 * - corrected: words replaced, added or left out inside it
 * - trimmed: the newer version quotes a part of it (or parts joined)
 * - extended: the newer version quotes more of it
 * - punctuation: the same words with other punctuation or capitals
 * - unquoted / quoted: the newer version prints the words without quotation marks, or now with them
 * - added / removed: the quotation is in one version only
 */
export type QuoteChangeKind = 'corrected' | 'trimmed' | 'extended' | 'punctuation' | 'unquoted' | 'quoted' | 'added' | 'removed'

export interface QuoteChange {
  /** The ledger's groups of the two versions (their ids, as the command line's `quotes` names them): one, or
   *  two where the ledger keeps a short quotation apart from its corrected wording. */
  groups: string[]
  /** The speaker as the ledger unifies the name, or null when neither version names one. */
  speaker: string | null
  kind: QuoteChangeKind
  /** The quoted words (without their marks) in each version; null in the version without them. */
  before: Snip | null
  after: Snip | null
  /** The words that differ, older against newer ('' where words were added or left out). */
  differences: Array<{ before: string; after: string }>
}

/** A number changed inside matched sentences: "400" → "450", "$1.2 billion" → "$1.5 billion". */
export interface NumberChange {
  /** The number with its currency, multiplier and percent sign. */
  before: Snip
  after: Snip
  /** The word it counts or belongs to ("troops", "March"), or null. */
  unit: string | null
}

export interface RevisionSummary {
  /** The headline before and after, or null when it did not change (or either is unknown). It has no offsets:
   *  clean-up takes the headline out of the text. */
  headline: { before: string; after: string } | null
  /** Whole sentences of the newer version with no counterpart in the older, and of the older with none in the newer. */
  sentencesAdded: Snip[]
  sentencesRemoved: Snip[]
  sentencesReworded: SentenceChange[]
  quotesChanged: QuoteChange[]
  numbersChanged: NumberChange[]
  /** Words in added sentences and inserted or replacing words; words in removed sentences and left out or replaced. */
  words: { added: number; removed: number }
}

export interface RevisionOptions {
  /** alignDocuments([older.text, newer.text]), when already computed. */
  alignment?: Alignment
  /** buildQuoteLedger([older.text, newer.text], alignment), when already built. */
  ledger?: QuoteLedger
}
