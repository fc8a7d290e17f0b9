// The panel of a check for changes, in a corner of the window: what is being checked, how far it has got
// ("Checking 3 of 12…", read out politely), Cancel while it runs, and each article's result once known:
// unchanged, a new version with the words added and removed, or why it could not be checked.

import type { CheckJob } from './useVersionCheck'
import type { CheckOutcome } from './checkArticle'
import './VersionCheckPanel.css'

const OUTCOME_WORDS: Record<CheckOutcome, string> = { 'new-version': 'new version', unchanged: 'unchanged', failed: 'failed', cancelled: 'not checked' }

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** The status line: progress while running, then a summary. */
export function checkSummary(job: CheckJob): string {
  const done = job.results.length
  if (job.total === 0) return 'No article here was fetched from a web address, so there is nothing to check.'
  if (job.running) return job.cancelled ? `Cancelling… (${done} of ${job.total} done)` : `Checking ${Math.min(done + 1, job.total)} of ${job.total}…`
  const count = (outcome: CheckOutcome): number => job.results.filter((r) => r.outcome === outcome).length
  const parts = [
    plural(count('new-version'), 'new version', 'new versions'),
    `${count('unchanged')} unchanged`,
    count('failed') > 0 ? `${count('failed')} failed` : null,
    count('cancelled') > 0 ? `${count('cancelled')} not checked` : null,
  ].filter((part) => part !== null)
  return `${job.cancelled ? 'Cancelled' : 'Done'}: ${parts.join(', ')}.`
}

export function VersionCheckPanel({ job, onCancel, onClose }: { job: CheckJob; onCancel: () => void; onClose: () => void }) {
  return (
    <section className="version-check" aria-labelledby="version-check-title">
      <h2 id="version-check-title">Check for changes: {job.scope}</h2>
      <p className="version-check-status" role="status" aria-live="polite">
        {checkSummary(job)}
      </p>
      {job.running && job.total > 0 && <progress max={job.total} value={job.results.length} aria-label="Articles checked" />}
      {job.results.length > 0 && (
        <ul className="version-check-results" aria-label="Results">
          {job.results.map((r) => (
            <li key={r.id} data-outcome={r.outcome}>
              <span className="version-check-title">{r.title}</span>: <span className="version-check-outcome">{OUTCOME_WORDS[r.outcome]}</span>
              {r.outcome !== 'unchanged' || r.detail !== 'Unchanged.' ? <span className="version-check-detail"> — {r.detail}</span> : null}
            </li>
          ))}
        </ul>
      )}
      <div className="version-check-buttons">
        {job.running ? (
          <button type="button" onClick={onCancel} disabled={job.cancelled}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    </section>
  )
}
