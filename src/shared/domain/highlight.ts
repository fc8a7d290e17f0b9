// A highlight: a stretch of one article's text that the person marked, with a colour, maybe a note,
// and the anchor that finds it again if the text changes. A passage-level highlight marks a whole shared
// passage of a comparison and shows in every column that carries it.

import type { TextAnchor } from '../anchoring/selectors'

/** The palette a person highlights with; each colour has a label the person can rename. */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink', 'orange', 'purple'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]

export const DEFAULT_COLOR_LABELS: Record<HighlightColor, string> = {
  yellow: 'claim',
  green: 'quote',
  blue: 'context',
  pink: 'disputed',
  orange: 'check',
  purple: 'follow up',
}

/** Notes are plain text; past this they are refused rather than stored. */
export const MAX_NOTE_LENGTH = 20_000
export const MAX_LABEL_LENGTH = 40
/** The most text one highlight may cover: a long passage, not a whole book (its quote is stored with it). */
export const MAX_HIGHLIGHT_LENGTH = 50_000
/** The most context kept on either side of a highlight's quote. */
export const MAX_QUOTE_CONTEXT_LENGTH = 1_000
/** The most annotations one import may bring in: every one becomes a line of the highlights file. */
export const MAX_ANNOTATIONS_PER_IMPORT = 5_000

export interface Highlight {
  id: string
  comparisonId: string
  articleId: string
  /**
   * The version of the article's text it was made on, which its anchor points into: the hash of that
   * version's text before clean-up (the article's extractedHash then). A clean-up of the person's keeps the
   * version; a new version fetched from the page does not, and the highlight stays on its own until carried.
   */
  versionHash: string
  anchor: TextAnchor
  color: HighlightColor
  /** Plain text with line breaks; '' when there is none. */
  note: string
  /** Set when the highlight marks a whole shared passage (the passage's id in the comparison's alignment). */
  passageId: string | null
  createdAt: string
  updatedAt: string
}

/**
 * One page of a comparison's highlights, in the order they were made; `next` asks for the page after it
 * (null on the last). A comparison can hold tens of thousands of highlights, each with up to 50,000
 * characters of quote: in one reply that was 30 MB.
 */
export interface HighlightPage {
  highlights: Highlight[]
  next: string | null
}

/** A page holds at most this many highlights... */
export const HIGHLIGHTS_PER_PAGE = 500
/** ...and ends once its quotes, contexts and notes come to this many characters (a page holds at least one). */
export const HIGHLIGHT_PAGE_CHARACTERS = 2_000_000
/** The longest page key (`next`): a time and an id. */
export const MAX_PAGE_KEY_LENGTH = 200

export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && (HIGHLIGHT_COLORS as readonly string[]).includes(value)
}

/** A highlight "Carry to the newest version" could not place, with the reason in a sentence; it stays on its version. */
export interface UnplacedHighlight {
  highlight: Highlight
  reason: string
}

/** What carrying an article's earlier-version highlights did: those placed on the newest version, and those not. */
export interface CarryResult {
  carried: Highlight[]
  unplaced: UnplacedHighlight[]
}
