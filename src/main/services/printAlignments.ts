// The alignments handed to PDF exports in progress, kept in memory by comparison for the print window to
// ask for (getPrintAlignment), only while its export runs. One is given out only while the hashes it was
// computed on are those of the comparison's reports now: a report edited meanwhile makes the print window
// align the reports itself, as it does when no alignment was handed over (the command line, a window
// whose alignment was not finished).

import type { PrintAlignment } from '../../shared/ipc/contract'

const sameHashes = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((hash, i) => hash === b[i])

export class PrintAlignments {
  private readonly held = new Map<string, { prepared: PrintAlignment; exports: number }>()

  /** `current` gives the hashes of the comparison's texts as they are now, in column order. */
  constructor(private readonly current: (comparisonId: string) => string[]) {}

  /** Keeps `prepared` for the comparison's print window, if it was computed on the texts as they are; returns the release to call when the export ends. */
  hold(comparisonId: string, prepared: PrintAlignment | undefined): () => void {
    if (!prepared || !sameHashes(prepared.textHashes, this.current(comparisonId))) return () => undefined
    const held = this.held.get(comparisonId)
    // Two exports of one comparison at once: the newer alignment serves both (each was checked against the same texts).
    this.held.set(comparisonId, { prepared, exports: (held?.exports ?? 0) + 1 })
    let released = false
    return () => {
      if (released) return
      released = true
      const now = this.held.get(comparisonId)
      if (!now) return
      if (now.exports <= 1) this.held.delete(comparisonId)
      else now.exports--
    }
  }

  /** The alignment held for the comparison, if its texts have not changed since; else null. */
  get(comparisonId: string): PrintAlignment | null {
    const held = this.held.get(comparisonId)
    return held && sameHashes(held.prepared.textHashes, this.current(comparisonId)) ? held.prepared : null
  }
}
