// Revisions: what changed between two versions of one article, for the comparison view, the PDF and the command line.
export { revisionLines, QUOTE_CHANGE_WORDS, type RevisionLine, type RevisionLineKind } from './lines'
export { renderRevision } from './render'
export { splitSentences } from './sentences'
export { isUnchanged, summariseRevision } from './summary'
export * from './types'
