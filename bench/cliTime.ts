// How long the built command line takes on given texts beyond its own start-up: the texts are written to
// files, `out/cli/compare.mjs --json` is run on them in fresh processes, and the median of `--help` runs
// (start-up alone) is taken off the median of the comparison runs.

import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const CLI = resolve('out/cli/compare.mjs')

export interface CliTime {
  /** Median wall time of the comparison, in a fresh process. */
  totalMs: number
  /** Median wall time of `--help`: Node and the CLI starting up. */
  startupMs: number
  beyondStartupMs: number
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[sorted.length >> 1] as number
}

function timeRun(args: string[]): number {
  const started = performance.now()
  const result = spawnSync(process.execPath, [CLI, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`the CLI failed: ${result.stderr}`)
  return performance.now() - started
}

/** The CLI's time on `texts`, or null when it has not been built (`npm run build`). */
export function measureCliTime(texts: readonly string[], runs = 3): CliTime | null {
  if (!existsSync(CLI)) return null
  const folder = mkdtempSync(join(tmpdir(), 'parallax-cli-time-'))
  try {
    const files = texts.map((text, i) => {
      const path = join(folder, `document-${i + 1}.txt`)
      writeFileSync(path, text)
      return path
    })
    const output = join(folder, 'report.json')
    const startupMs = medianOf(Array.from({ length: runs }, () => timeRun(['--help'])))
    const totalMs = medianOf(Array.from({ length: runs }, () => timeRun(['--json', '--output', output, ...files])))
    return { totalMs, startupMs, beyondStartupMs: totalMs - startupMs }
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
}
