// One pair of versions' changes as a list, a line each, in the words revisionLines gives: the same list on
// screen (the summary of Compare versions) and on paper (the PDF's Revisions section).

import type { RevisionPair } from './revisionPairs'

export function RevisionLines({ lines, className, label }: { lines: RevisionPair['lines']; className?: string; label?: string }) {
  return (
    <ul className={className} aria-label={label}>
      {lines.map((line, i) => (
        <li key={i} data-kind={line.kind}>
          {line.text}
        </li>
      ))}
    </ul>
  )
}
