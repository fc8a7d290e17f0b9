// One measurement in a fresh process (started by bench/main.ts with --expose-gc): times either
// Parallax's alignDocuments or the jsdiff baseline on one case, and its peak memory, then prints one
// JSON line. A process per case and engine keeps one run's garbage and peak out of the next.
//
//   node --expose-gc --import tsx bench/child.ts parallax|jsdiff CASE.json

import { readFileSync } from 'node:fs'
import { diffWords } from 'diff'
import { alignDocuments } from '../src/shared/alignment'
import { tokenize, Vocabulary } from '../src/shared/alignment/tokenize'
import { BASELINE_CAP_MS, type ChildResult } from './protocol'

const MIN_RUNS = 5
const MAX_RUNS = 25
/**
 * The baseline: fewer than MIN_RUNS runs once they have taken this long (a run just under the cap would
 * otherwise cost five minutes); the table shows how many runs each median is of.
 */
const BASELINE_CASE_BUDGET_MS = 2 * BASELINE_CAP_MS
/** Parallax: more runs than the minimum while they fit in this much time. */
const PARALLAX_TIME_BUDGET_MS = 1_500

const gc = (globalThis as { gc?: (options?: { type: 'major' | 'minor' }) => void }).gc

function measureFirst<T>(run: () => T): { value: T; ms: number; peakRssGrowth: number } {
  gc?.()
  const before = process.memoryUsage.rss()
  const start = performance.now()
  const value = run()
  const ms = performance.now() - start
  return { value, ms, peakRssGrowth: Math.max(0, process.resourceUsage().maxRSS * 1024 - before) }
}

function parallax(texts: string[]): ChildResult {
  const first = measureFirst(() => alignDocuments(texts))
  const runs: number[] = []
  const cpuRuns: number[] = []
  const readingRuns: number[] = []
  let result = first.value
  while (runs.length < MIN_RUNS || (runs.length < MAX_RUNS && runs.reduce((a, b) => a + b, 0) < PARALLAX_TIME_BUDGET_MS)) {
    const start = performance.now()
    const cpu = process.cpuUsage()
    result = alignDocuments(texts)
    const used = process.cpuUsage(cpu)
    runs.push(performance.now() - start)
    cpuRuns.push((used.user + used.system) / 1000)
    // The baseline right after, so that a busy moment of the machine weighs on both; the alignment's
    // garbage is collected first, or the reading would pay for it. A minor collection: a forced full one
    // also throws away the compiled code, so that every timed run after it paid for compiling the engine
    // again (at 50 reports of 800 words, 2.6 times the processor time of a run without), which no reader
    // pays once the alignment's worker has aligned anything.
    gc?.({ type: 'minor' })
    const reading = performance.now()
    const vocabulary = new Vocabulary()
    for (const text of texts) tokenize(text, vocabulary)
    readingRuns.push(performance.now() - reading)
  }
  return {
    engine: 'parallax',
    runs,
    coldMs: first.ms,
    capped: false,
    peakRssGrowth: first.peakRssGrowth,
    passages: result.passages.length,
    phrases: result.phrases.length,
    readingRuns,
    cpuRuns,
  }
}

/** jsdiff's diffWords over every pair of whole documents, all pairs within one 60 s budget. */
function baselineRun(texts: string[]): boolean {
  const deadline = performance.now() + BASELINE_CAP_MS
  for (let i = 0; i < texts.length; i++) {
    for (let j = i + 1; j < texts.length; j++) {
      const remaining = deadline - performance.now()
      if (remaining <= 0) return false
      if (diffWords(texts[i] as string, texts[j] as string, { timeout: remaining }) === undefined) return false
    }
  }
  return true
}

function baseline(texts: string[]): ChildResult {
  const first = measureFirst(() => baselineRun(texts))
  const runs = [first.ms]
  if (first.value) {
    while (runs.length < MIN_RUNS && runs.reduce((a, b) => a + b, 0) < BASELINE_CASE_BUDGET_MS) {
      const start = performance.now()
      baselineRun(texts)
      runs.push(performance.now() - start)
    }
  }
  return { engine: 'jsdiff', runs, coldMs: first.ms, capped: !first.value, peakRssGrowth: first.peakRssGrowth }
}

const [engine, caseFile] = process.argv.slice(2)
if ((engine !== 'parallax' && engine !== 'jsdiff') || caseFile === undefined) throw new Error('usage: child.ts parallax|jsdiff CASE.json')
const { texts } = JSON.parse(readFileSync(caseFile, 'utf8')) as { texts: string[] }
const result = engine === 'parallax' ? parallax(texts) : baseline(texts)
process.stdout.write(`${JSON.stringify(result)}\n`)
