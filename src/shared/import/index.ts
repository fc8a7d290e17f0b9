// The import pipeline, free of DOM and Node: bytes to text, Markdown to text, metadata from plain text,
// clean-up of page clutter in whole blocks, and the rule for a headline the text repeats. Used by the
// renderer's import dialog, the main process (sample seeding, re-applying clean-up) and the command line.

export { decodeBytes, normaliseText, type DecodeOptions, type DecodeResult, type TextEncodingName } from './decode'
export { applyCleanup, splitBlocks, type TextBlock } from './blocks'
export { paragraphChunks, wordChunks } from './chunks'
export { cleanUp, detectClutter, repeatedHeadline, type CleanUpOptions, type CleanUpResult, type ClutterVerdict } from './clutter'
export { HEADLINE_REASON, headlineWords, repeatsTitle } from './headline'
export { isKeptWhole, isMarkedAside, MARKUP_REASONS, type BlockMarkup, type MarkupHint } from './markup'
export { markdownToText, type MarkdownText } from './markdown'
export { withoutNameCards } from './nameCards'
export { metadataFromPlainText, titleFromPlainText, type PlainTextMetadata } from './plainText'
