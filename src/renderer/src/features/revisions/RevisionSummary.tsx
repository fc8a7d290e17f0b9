// The summary at the top of Compare versions: for each version against the one before it, the headline
// change, the sentences added, removed and reworded, the quotations changed (in the quote ledger's words)
// and the numbers changed, one line each, as the command line and the PDF say them.

import type { ArticleVersion } from '../../../../shared/domain/versions'
import { fetchedOn } from './loadVersions'
import { RevisionLines } from './RevisionLines'
import type { RevisionPair } from './revisionPairs'
import './RevisionSummary.css'

export function RevisionSummary({ pairs, versions }: { pairs: readonly RevisionPair[]; versions: readonly ArticleVersion[] }) {
  return (
    // Focusable: it scrolls on its own, and the keyboard must be able to scroll it too.
    <div className="revision-summary" role="group" aria-label="What changed between each version and the one before" tabIndex={0}>
      {pairs.map(({ from, to, lines }) => {
        const when = versions[to] ? `, fetched ${fetchedOn(versions[to].fetchedAt)}` : ''
        const headingId = `revision-pair-${to}`
        return (
          <section key={to} className="revision-pair" aria-labelledby={headingId}>
            <h2 id={headingId}>
              Version {from + 1} → {to + 1}
              <span className="revision-pair-when">{when}</span>
            </h2>
            <RevisionLines lines={lines} className="revision-summary-lines" label={`Changes from version ${from + 1} to version ${to + 1}`} />
          </section>
        )
      })}
    </div>
  )
}
