// The alignment engine's public face: what the rest of Parallax (renderer worker, command line) imports.
export { alignDocuments } from './align'
export { ALIGNMENT_STAGES, type AlignmentStage } from './stages'
export { commonRuns, type CommonRun } from './lcs'
export { renderAlignment, renderGroup } from './render'
export { normalizeWord } from './tokenize'
export * from './types'
export { UnionFind } from './unionFind'
export { countWordChanges } from './wordChanges'
