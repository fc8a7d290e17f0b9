// Checking fetched articles for changes: the window's job and its panel, and the line a changed article shows.

export { VersionChecksProvider, useVersionChecks } from './VersionChecks'
export { ChangedLine } from './ChangedLine'
export type { CheckTarget } from './checkArticle'
export { RevisionsDialog } from './RevisionsDialog'
