// Find in the comparison: the bar, and the pure matcher under it.
export { FindBar, type FindBarProps } from './FindBar'
export { findMatches, type Match } from './findMatches'
export type { ColumnsDom } from './matchRanges'
export { RangeFinder } from './matchRanges'
