// Many reports of one story (`--many`, and in the full run): alignDocuments on 10, 20, 50 and 100 reports
// of 800 words, each size the smaller ones with reports added (cases.ts), as a table of how the time grows,
// per pair of reports and per report, against the targets at 50 and 100. The baseline, timed in the same
// child process in turn with every run, is reading the same texts (the engine's tokenizer): it grows with the
// words alone, so the "× reading" column shows what the pairs add.

import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { table, type CaseFigures, type Target } from './caseReport'
import { manyReportTexts, MANY_WORDS } from './cases'
import { runChild } from './childRun'
import { countWordsOf } from './corpus'
import { median, ms, progress, say } from './output'

export const MANY_SIZES = [10, 20, 50, 100] as const
/** Median alignment time each size must keep to, where the issue sets one. */
const TARGET_MS: Partial<Record<number, number>> = { 50: 300, 100: 700 }

export type ManyRow = { reports: number; pairs: number; words: number } & ({ medianMs: number; runs: number; readingMs: number; cpuMs: number } | { error: string })

export const manyCaseId = (reports: number): string => `many-${reports}x${MANY_WORDS}`

/** Every size's figures: taken from the alignment cases already measured in this run, or measured now. */
export function measureMany(known: readonly CaseFigures[] = []): ManyRow[] {
  const texts = manyReportTexts(Math.max(...MANY_SIZES))
  const dir = mkdtempSync(join(tmpdir(), 'parallax-many-'))
  try {
    return MANY_SIZES.map((reports): ManyRow => {
      const some = texts.slice(0, reports)
      const base = { reports, pairs: (reports * (reports - 1)) / 2, words: some.reduce((sum, text) => sum + countWordsOf(text), 0) }
      const measured = known.find((f) => f.id === manyCaseId(reports))?.parallax
      if (measured) return 'error' in measured ? { ...base, error: measured.error } : { ...base, medianMs: measured.medianMs, runs: measured.runs, readingMs: measured.readingMs, cpuMs: measured.cpuMs }
      progress(`  ${reports} reports of ${MANY_WORDS} words…`)
      const caseFile = join(dir, `${manyCaseId(reports)}.json`)
      writeFileSync(caseFile, JSON.stringify({ texts: some }))
      const outcome = runChild('parallax', caseFile)
      if (!outcome.ok) return { ...base, error: outcome.error }
      return { ...base, medianMs: median(outcome.result.runs), runs: outcome.result.runs.length, readingMs: median(outcome.result.readingRuns ?? []), cpuMs: median(outcome.result.cpuRuns ?? []) }
    })
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

const verdict = (row: ManyRow): string => {
  const target = TARGET_MS[row.reports]
  if (target === undefined) return '–'
  return 'error' in row ? 'FAIL' : `${row.medianMs <= target ? 'PASS' : 'FAIL'} (≤ ${target} ms)`
}

export function describeMany(rows: readonly ManyRow[]): string[] {
  const cells = rows.map((r) => {
    const size = [String(r.reports), r.pairs.toLocaleString('en'), r.words.toLocaleString('en')]
    if ('error' in r) return [...size, `failed: ${r.error}`, '–', '–', '–', '–', '–', verdict(r)]
    return [
      ...size,
      `${ms(r.medianMs)} (${r.runs})`,
      ms(r.cpuMs),
      `${(r.medianMs / r.pairs).toFixed(3)} ms`,
      `${(r.medianMs / r.reports).toFixed(2)} ms`,
      ms(r.readingMs),
      `${Math.round(r.medianMs / r.readingMs)}×`,
      verdict(r),
    ]
  })
  return [
    `Many reports of ${MANY_WORDS} words (each size the smaller ones with reports added): alignDocuments, median of the runs in brackets,`,
    'each size in its own child process; CPU: the processor time of the same runs (all threads: the collector\'s helpers too); the',
    'baseline, reading the same texts (tokenizing), timed in turn with each run. The targets are on the time waited (Parallax).',
    '',
    ...table(['reports', 'pairs', 'words', 'Parallax', 'CPU', 'per pair', 'per report', 'reading', '× reading', 'target'], cells),
  ]
}

export function manyTargets(rows: readonly ManyRow[]): Target[] {
  return rows.flatMap((row) => {
    const target = TARGET_MS[row.reports]
    if (target === undefined) return []
    const name = `${row.reports} × ${MANY_WORDS}: median ≤ ${target} ms`
    if ('error' in row) return [{ name, pass: false, measured: 'failed' }]
    return [{ name, pass: row.medianMs <= target, measured: `${ms(row.medianMs)} (${Math.round(row.medianMs / row.readingMs)}× reading the texts; CPU ${ms(row.cpuMs)})` }]
  })
}

/** The many-reports benchmark alone. */
export function manyAlone(): void {
  progress('Measuring many reports…')
  const rows = measureMany()
  for (const line of describeMany(rows)) say(line)
  say()
  const results = manyTargets(rows)
  for (const t of results) say(`${t.pass ? 'PASS' : 'FAIL'}  ${t.name}: ${t.measured}`)
  say(JSON.stringify({ node: process.versions.node, cores: availableParallelism(), many: rows, targets: results }))
  process.exitCode = rows.some((r) => 'error' in r) ? 1 : 0
}
