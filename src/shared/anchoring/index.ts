// Anchoring highlights to article text, and finding them again when the text changes.
export { describeRange, CONTEXT_LENGTH, type TextAnchor, type TextPositionSelector, type TextQuoteSelector } from './selectors'
export { reanchor, MIN_QUOTE_SIMILARITY, type Reanchored } from './reanchor'
export { similarity } from './similarity'
