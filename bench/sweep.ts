// `npm run bench -- --sweep PATH`: the command line run as a person runs it (its main(), with --json and then
// --markdown) on every cluster of a folder of news clusters, one after another: the clusters it fails on, its
// time per thousand words (a cluster at five times the median or more is named), and what the checks of
// bench/sweepChecks.ts find, counted by check with a few of each to read (BENCH_VERBOSE=1: all of them).

import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { clusterFiles } from '../src/cli/cluster'
import { main } from '../src/cli/compare'
import type { JsonReport } from '../src/cli/format'
import { median, progress, say } from './output'
import { checkJsonReport, checkMarkdownReport, SWEEP_CHECKS, type Finding, type SweepCheck } from './sweepChecks'

export interface SweepFigures {
  clusters: number
  /** Clusters the command line failed on, with what it said. */
  failed: Array<{ cluster: string; message: string }>
  /** Milliseconds per thousand words of the --json run, over the clusters compared. */
  msPerThousandWords: { median: number; p95: number; max: number; slowest: string }
  /** Clusters at five times the median time per thousand words or more. */
  slow: Array<{ cluster: string; msPerThousandWords: number }>
  findings: Array<Finding & { cluster: string }>
}

/** The cluster folders of a corpus, in natural order. */
function clustersOf(corpus: string): string[] {
  return readdirSync(corpus, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
}

async function run(args: string[]): Promise<{ code: number; out: string; err: string; ms: number }> {
  let out = ''
  let err = ''
  const started = performance.now()
  const code = await main(args, { stdout: (text) => void (out += text), stderr: (text) => void (err += text) })
  return { code, out, err, ms: performance.now() - started }
}

/** How many clusters are compared first, untimed, so that the timed ones do not pay for the code's first runs. */
const WARM_UP = 10

export async function measureSweep(corpus: string, progress: (line: string) => void): Promise<SweepFigures> {
  const clusters = clustersOf(corpus)
  for (const cluster of clusters.slice(0, WARM_UP)) await run(['--json', '--', ...(await clusterFiles(join(corpus, cluster)))])
  const failed: SweepFigures['failed'] = []
  const findings: SweepFigures['findings'] = []
  const times: Array<{ cluster: string; perThousand: number }> = []
  for (const [i, cluster] of clusters.entries()) {
    if (i % 100 === 99) progress(`  ${i + 1} of ${clusters.length} clusters`)
    const files = await clusterFiles(join(corpus, cluster))
    const json = await run(['--json', '--', ...files])
    const markdown = await run(['--markdown', '--', ...files])
    const failure = [json, markdown].find((r) => r.code !== 0 || r.err !== '')
    if (failure) {
      failed.push({ cluster, message: failure.err.trim() || `exit code ${failure.code}` })
      continue
    }
    let report: JsonReport
    try {
      report = JSON.parse(json.out) as JsonReport
    } catch (error) {
      failed.push({ cluster, message: `the JSON does not parse: ${(error as Error).message}` })
      continue
    }
    const words = report.documents.reduce((sum, d) => sum + d.words, 0)
    times.push({ cluster, perThousand: json.ms / Math.max(1, words / 1000) })
    for (const finding of [...checkJsonReport(report), ...checkMarkdownReport(report, markdown.out)]) findings.push({ cluster, ...finding })
  }
  const sorted = [...times].sort((a, b) => a.perThousand - b.perThousand)
  const middle = median(sorted.map((t) => t.perThousand))
  const slowest = sorted.at(-1)
  return {
    clusters: clusters.length,
    failed,
    msPerThousandWords: { median: middle, p95: sorted[Math.floor(0.95 * (sorted.length - 1))]?.perThousand ?? 0, max: slowest?.perThousand ?? 0, slowest: slowest?.cluster ?? '' },
    slow: sorted.filter((t) => t.perThousand >= 5 * middle).map((t) => ({ cluster: t.cluster, msPerThousandWords: t.perThousand })),
    findings,
  }
}

export function describeSweep(figures: SweepFigures, verbose: boolean): string[] {
  const { median: mid, p95, max, slowest } = figures.msPerThousandWords
  const lines = [
    `The command line on ${figures.clusters} clusters (--json, then --markdown, in this process): ${figures.failed.length} failed.`,
    `Time of --json per thousand words: median ${mid.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, max ${max.toFixed(1)} ms (${slowest}); ${figures.slow.length} at five times the median or more${figures.slow.length > 0 ? `: ${figures.slow.map((s) => `${s.cluster} ${s.msPerThousandWords.toFixed(1)}`).join(', ')}` : ''}.`,
  ]
  for (const f of figures.failed) lines.push(`  failed: ${f.cluster}: ${f.message}`)
  lines.push('Findings to read, by check:')
  for (const check of Object.keys(SWEEP_CHECKS) as SweepCheck[]) {
    const mine = figures.findings.filter((f) => f.check === check)
    lines.push(`  ${check}: ${mine.length} (${SWEEP_CHECKS[check]})`)
    for (const f of verbose ? mine : mine.slice(0, 3)) lines.push(`    ${f.cluster}/${f.detail}`)
  }
  return lines
}

/** The sweep alone: its report, and as the last line one JSON object (every finding in it). */
export async function sweepAlone(corpus: string, verbose: boolean): Promise<void> {
  const figures = await measureSweep(corpus, progress)
  for (const line of describeSweep(figures, verbose)) say(line)
  say(JSON.stringify({ node: process.versions.node, sweep: figures }))
  process.exitCode = figures.failed.length > 0 ? 1 : 0
}
