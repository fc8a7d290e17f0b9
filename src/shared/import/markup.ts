// What a web page's own markup says a block of its text is, carried from the DOM (src/reading) into
// clean-up, which has only text: a photo's caption or credit, other text of a figure (a placeholder, an
// embed's link), or a line of a code sample or of a table. Plain text and Markdown have no markup, so
// their blocks carry none and only the text rules judge them.

export type MarkupHint = 'caption' | 'credit' | 'figure' | 'code' | 'table'

/** For each block of a text (by index), what its markup says it is; null where it says nothing. */
export type BlockMarkup = readonly (MarkupHint | null)[]

export const MARKUP_REASONS = {
  caption: 'a photo caption',
  credit: 'a photo credit',
  figure: 'a media placeholder',
} as const

/** Blocks clean-up never judges by their words: a code sample's `]` or `...` and a table's cells are kept whole. */
export function isKeptWhole(hint: MarkupHint | null | undefined): boolean {
  return hint === 'code' || hint === 'table'
}

/** Blocks the markup says are not the report's text, and so dropped whatever their words. */
export function isMarkedAside(hint: MarkupHint | null | undefined): hint is keyof typeof MARKUP_REASONS {
  return hint === 'caption' || hint === 'credit' || hint === 'figure'
}
