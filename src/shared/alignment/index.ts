// The alignment engine's public face: what the rest of Parallax (renderer worker, command line) imports.
export { ALIGNMENT_STAGES, alignDocuments, type AlignmentStage } from './align'
export { renderAlignment, renderGroup } from './render'
export { normalizeWord } from './tokenize'
export * from './types'
export { countWordChanges } from './wordChanges'
