// "changed on 4 Mar 2026: +12 / −3 words, headline changed": the line the library row and a report's
// column header show for an article whose page changed since it was imported.

import { describeChange, type VersionChange } from '../../../../shared/domain/versions'

export function ChangedLine({ change, className }: { change: VersionChange | null | undefined; className: string }) {
  if (!change) return null
  const text = describeChange(change)
  return (
    <span className={className} data-changed={change.at} title={`${change.versions} versions kept; the newest was fetched on ${new Date(change.at).toLocaleString()}`}>
      {text}
    </span>
  )
}
