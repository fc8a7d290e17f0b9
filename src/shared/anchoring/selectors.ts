// How a highlight remembers where it is: the W3C Web Annotation TextPositionSelector (offsets) and
// TextQuoteSelector (the quoted text with a little of what comes before and after). Offsets alone break
// when the text changes; the quote and its context let reanchor.ts find the place again.

export interface TextPositionSelector {
  type: 'TextPositionSelector'
  start: number
  end: number
}

export interface TextQuoteSelector {
  type: 'TextQuoteSelector'
  exact: string
  prefix: string
  suffix: string
}

export interface TextAnchor {
  position: TextPositionSelector
  quote: TextQuoteSelector
}

/** Characters of context kept on each side of the quote. */
export const CONTEXT_LENGTH = 32

/** Describes text.slice(start, end) by position and by quote. Throws on a range outside the text (misuse). */
export function describeRange(text: string, start: number, end: number, context = CONTEXT_LENGTH): TextAnchor {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start >= end) {
    throw new RangeError(`Not a range of this text: ${start}..${end} of ${text.length}`)
  }
  return {
    position: { type: 'TextPositionSelector', start, end },
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(Math.max(0, start - context), start),
      suffix: text.slice(end, end + context),
    },
  }
}
