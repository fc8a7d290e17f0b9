// Compare versions: the versions of one fetched article side by side with the summary of what changed, and
// what the PDF of that view reads (the versions as reports, the summary for each pair of versions).

export { VersionsView, type VersionsExportDialog } from './VersionsView'
export { loadVersions, versionName, type VersionsOfArticle } from './loadVersions'
export { revisionPairs, type RevisionPair } from './revisionPairs'
export { RevisionLines } from './RevisionLines'
