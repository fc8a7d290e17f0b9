// The PDF's "Revisions" section, for the versions of one fetched article: what changed between each version
// and the one before it, one line per change, in the words revisionLines gives (the command line's too).

import { RevisionLines, type RevisionPair } from '../revisions'
import './RevisionsSection.css'

export function RevisionsSection({ pairs, names }: { pairs: readonly RevisionPair[]; names: readonly string[] }) {
  return (
    <section className="print-revisions" aria-labelledby="print-revisions-heading">
      <h2 id="print-revisions-heading">Revisions</h2>
      {pairs.map(({ from, to, lines }) => (
        <section key={to} className="print-revision-pair">
          <h3>
            {names[from]} → {names[to]}
          </h3>
          <RevisionLines lines={lines} />
        </section>
      ))}
    </section>
  )
}
