export { buildViewModel } from './buildViewModel'
export * from './types'
