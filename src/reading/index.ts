// The reading of articles, shared by the app's import and the command line: a decoded file or pasted text
// read as plain text, Markdown or a web page into a draft (text, details, blocks and clean-up verdicts).
// Works on a DOM handed to it (linkedom's, made by parseInert) and never touches a global document or
// window, so the same functions run in the app's import worker and under Node.

export { blocksOf, draftOf, type DraftBlock, type HtmlArticle, type ImportDraft, type ImportPreparation, type ImportRefusal } from './draft'
export { parseInert, type ParseHtml } from './inertDocument'
export { MIN_ARTICLE_WORDS, readPage, type HtmlDetails, type HtmlExtraction, type PageStep } from './page'
export { cleanedText, formatOf, IMPORT_EXTENSIONS, looksLikeHtml, readSource, unsupportedFormat, type ReadingStep } from './source'
