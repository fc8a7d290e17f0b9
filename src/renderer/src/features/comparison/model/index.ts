export { buildViewModel } from './buildViewModel'
export * from './types'
export { TINT_COUNT, TINT_CLASHES, tintsMayNeighbour } from './tints'
