export { buildViewModel, columnView } from './buildViewModel'
export * from './types'
export { TINT_COUNT, TINT_CLASHES, tintsMayNeighbour } from './tints'
export { viewModelCache, type ViewModelOf } from './viewModelCache'
