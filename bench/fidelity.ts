// The fidelity benchmark: how much of the text that real reports share word for word the engine links
// (recall), how much of what it links is alike (precision), why it misses what it misses, and how long it
// takes, on a folder of news clusters given by path. Run in this process, after the others: the engine
// is warm, as it is in the app. `npm run bench -- --fidelity PATH` runs only this.

import { diffWords } from 'diff'
import { alignDocuments, type Alignment } from '../src/shared/alignment'
import { FidelityTally, type FidelityFigures } from './fidelityTally'
import { scoreAlignment, truthOf } from './fidelityTruth'
import { describeFidelity } from './fidelityReport'
import { concatenatedReports, readClusters } from './newsCorpus'
import { measureCliTime, type CliTime } from './cliTime'
import { BASELINE_CAP_MS } from './protocol'
import { truthWords } from './truthWords'

export const LONG_WORDS = 50_000
export const SPEED_WORDS = 10_000
const LONG_RUNS = 3
const SPEED_RUNS = 5
/** Clusters aligned once, untimed, before the timed pass: the first calls pay for compiling the engine. */
const WARM_UP_CLUSTERS = 20

export interface FidelityResult {
  corpus: string
  clusters: { count: number; documents: number; words: number; totalMs: number; medianMs: number; passages: number; figures: FidelityFigures }
  long: { wordsPerDocument: number[]; runsMs: number[]; medianMs: number; passages: number; figures: FidelityFigures; cli: CliTime | null }
  speed: { wordsPerDocument: number[]; runsMs: number[]; medianMs: number; jsdiffMs: number; jsdiffCapped: boolean; jsdiffRatio: number }
  seconds: number
}

export interface FidelityRun {
  result: FidelityResult
  /** The report to print, definitions and examples included. */
  report: string[]
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

function timed(texts: string[]): { alignment: Alignment; ms: number } {
  const start = performance.now()
  const alignment = alignDocuments(texts)
  return { alignment, ms: performance.now() - start }
}

/** `runs` timed alignments of the same texts; the last alignment and every time. */
function timedRuns(texts: string[], runs: number): { alignment: Alignment; runsMs: number[] } {
  const runsMs: number[] = []
  let alignment: Alignment | undefined
  for (let i = 0; i < runs; i++) {
    const run = timed(texts)
    alignment = run.alignment
    runsMs.push(run.ms)
  }
  return { alignment: alignment as Alignment, runsMs }
}

export function measureFidelity(corpus: string, progress: (line: string) => void): FidelityRun {
  const started = performance.now()
  progress(`Fidelity: reading the clusters in ${corpus}…`)
  const clusters = readClusters(corpus)
  for (const cluster of clusters.slice(0, WARM_UP_CLUSTERS)) alignDocuments(cluster.texts)

  progress(`Fidelity: aligning and scoring ${clusters.length} clusters…`)
  const clusterTally = new FidelityTally()
  const clusterMs: number[] = []
  let passages = 0
  let words = 0
  for (const cluster of clusters) {
    const truth = truthOf(cluster.texts)
    const { alignment, ms } = timed(cluster.texts)
    clusterMs.push(ms)
    passages += alignment.passages.length
    words += truth.docs.reduce((sum, d) => sum + d.words.length, 0)
    clusterTally.add(cluster.name, cluster.files, truth, scoreAlignment(truth, alignment))
  }

  progress(`Fidelity: the long case, 3 × ${LONG_WORDS} words…`)
  const longTexts = concatenatedReports(clusters, LONG_WORDS)
  const longTruth = truthOf(longTexts)
  const long = timedRuns(longTexts, LONG_RUNS)
  const longTally = new FidelityTally()
  longTally.add('long case', ['document 0', 'document 1', 'document 2'], longTruth, scoreAlignment(longTruth, long.alignment))
  progress('Fidelity: the long case through the built command line…')
  const cli = measureCliTime(longTexts)

  progress(`Fidelity: the real-news speed case, 3 × ${SPEED_WORDS} words, and jsdiff…`)
  const speedTexts = concatenatedReports(clusters, SPEED_WORDS)
  alignDocuments(speedTexts)
  const speed = timedRuns(speedTexts, SPEED_RUNS)
  const jsdiffStart = performance.now()
  const jsdiffCapped = diffWords(speedTexts[0] as string, speedTexts[1] as string, { timeout: BASELINE_CAP_MS }) === undefined
  const jsdiffMs = performance.now() - jsdiffStart

  const result: FidelityResult = {
    corpus,
    clusters: {
      count: clusters.length,
      documents: clusters.reduce((sum, c) => sum + c.texts.length, 0),
      words,
      totalMs: clusterMs.reduce((sum, ms) => sum + ms, 0),
      medianMs: median(clusterMs),
      passages,
      figures: clusterTally.figures(),
    },
    long: {
      wordsPerDocument: longTruth.docs.map((d) => d.words.length),
      runsMs: long.runsMs,
      medianMs: median(long.runsMs),
      passages: long.alignment.passages.length,
      figures: longTally.figures(),
      cli,
    },
    speed: {
      wordsPerDocument: speedTexts.map((text) => truthWords(text).length),
      runsMs: speed.runsMs,
      medianMs: median(speed.runsMs),
      jsdiffMs,
      jsdiffCapped,
      jsdiffRatio: jsdiffMs / median(speed.runsMs),
    },
    seconds: (performance.now() - started) / 1000,
  }
  return { result, report: describeFidelity(result, clusterTally, longTally) }
}
