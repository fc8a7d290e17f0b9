// What a benchmark child process (child.ts) reports to the coordinator (main.ts).

export const BASELINE_CAP_MS = 60_000

export interface ChildResult {
  engine: 'parallax' | 'jsdiff'
  /** Timed runs in ms: for Parallax after one cold run; for the baseline, from the first (one run when capped). */
  runs: number[]
  coldMs: number
  /** The baseline gave up at its cap. */
  capped: boolean
  /** Peak resident memory during the first run above the resident memory just before it, in bytes. */
  peakRssGrowth: number
  passages?: number
  phrases?: number
  /** Parallax only: the baseline of the many-reports table, reading (tokenizing) the same texts, timed in
   *  turn with the runs of alignDocuments, one after each. */
  readingRuns?: number[]
  /** Parallax only: the processor time of each timed run (user and system, all threads), in ms. */
  cpuRuns?: number[]
}
