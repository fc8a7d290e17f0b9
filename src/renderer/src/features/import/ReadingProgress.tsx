// What the import dialog shows while it reads: which input of how many, a bar with the share of all the
// bytes done, and a way to stop. The status line names the input only, so a screen reader is not read
// every percent; the bar carries the number.

import type { ReadingProgress as Progress } from './useImportReading'
import './ReadingProgress.css'

/** What is being read, in words: files, web pages fetched by address, or both. */
function inputsNoun(total: number, pages: number, one = total === 1): string {
  if (pages === 0) return one ? 'file' : 'files'
  if (pages === total) return one ? 'web page' : 'web pages'
  return 'files and web pages'
}

export function ReadingProgress({ progress, onStop }: { progress: Progress; onStop: () => void }) {
  const percent = Math.floor(progress.fraction * 100)
  return (
    <div className="import-reading">
      <p role="status">
        Reading {progress.current} of {progress.total} {inputsNoun(progress.total, progress.pages)}…
      </p>
      <progress aria-label={`Reading ${inputsNoun(progress.total, progress.pages, false)}`} max={100} value={percent} />
      <span className="import-reading-percent" aria-hidden="true">
        {percent}%
      </span>
      <button type="button" onClick={onStop}>
        Stop reading
      </button>
    </div>
  )
}

/** After a stop: how many inputs were left unread. */
export function ReadingStopped({ unread }: { unread: number }) {
  return (
    <p role="status" className="import-reading-stopped">
      Stopped reading: {unread} {unread === 1 ? 'file was' : 'files were'} not read.
    </p>
  )
}
