// The main process's start-up budget: the time from the built main bundle's first line to its window's
// loadURL (opening the library, building the services, registering IPC, the menu and the window), run
// under plain Node with the stand-in 'electron' the smoke test uses (the Electron binary cannot run here).
// Measured for the library a first start leaves (the sample) and for a library of 10,000 articles, each
// against a baseline in the same run: a main that reads and parses the same library's files, then loads a
// window. Each start is its own process; the figures are medians.

import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { buildLarge } from './libraryBuild'
import { ArticleMaker } from './libraryTexts'
import { median } from './output'

const run = promisify(execFile)
const root = resolve(import.meta.dirname, '..')

export interface StartupFigures {
  runs: number
  /** The baseline on the sample's library and on the large one. */
  baselineMs: number
  largeBaselineMs: number
  sampleMs: number
  /** The first start of all, which seeds the sample into an empty library. */
  firstStartMs: number
  largeMs: number
  largeArticles: number
}

/** One start of `script` (the built main bundle, or the baseline) on the library in `userData`: ms to loadURL. */
async function startOnce(script: string, userData: string): Promise<number> {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-startup-'))
  try {
    const reportPath = join(folder, 'report.json')
    await run(process.execPath, ['--import', join(root, 'tests/e2e/electronStandIn/register.mjs'), script], {
      cwd: root,
      env: { ...process.env, PARALLAX_STANDIN_REPORT: reportPath, PARALLAX_STANDIN_USER_DATA: userData, PARALLAX_STANDIN_DOCUMENTS: folder, PARALLAX_STANDIN_STARTUP_ONLY: '1' },
      timeout: 120_000,
    })
    const report = JSON.parse(await readFile(reportPath, 'utf8')) as { startup: { loadUrlMs: number } | null; errors: unknown[] }
    if (!report.startup) throw new Error(`${script} never loaded its window: ${JSON.stringify(report.errors).slice(0, 300)}`)
    return report.startup.loadUrlMs
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

/** Starts of the baseline, the sample library and the large one, in turn, `runs` times each. */
export async function measureStartup(progress: (line: string) => void = () => {}, runs = 9, articles = 10_000): Promise<StartupFigures> {
  const main = join(root, 'out/main/index.js')
  const baseline = join(root, 'bench/startupBaseline.mjs')
  const sample = await mkdtemp(join(tmpdir(), 'parallax-startup-sample-'))
  const large = await mkdtemp(join(tmpdir(), 'parallax-startup-large-'))
  try {
    const firstStartMs = await startOnce(main, sample)
    progress(`  building a library of ${articles} articles…`)
    await buildLarge(large, new ArticleMaker(), articles, () => {})
    const times = { baseline: [] as number[], sample: [] as number[], largeBaseline: [] as number[], large: [] as number[] }
    for (let r = 0; r < runs; r++) {
      progress(`  start ${r + 1} of ${runs}…`)
      times.baseline.push(await startOnce(baseline, sample))
      times.sample.push(await startOnce(main, sample))
      times.largeBaseline.push(await startOnce(baseline, large))
      times.large.push(await startOnce(main, large))
    }
    return { runs, baselineMs: median(times.baseline), largeBaselineMs: median(times.largeBaseline), sampleMs: median(times.sample), firstStartMs, largeMs: median(times.large), largeArticles: articles }
  } finally {
    await rm(sample, { recursive: true, force: true })
    await rm(large, { recursive: true, force: true })
  }
}

const ms = (n: number): string => `${n.toFixed(0)} ms`

export function describeStartup(f: StartupFigures): string[] {
  return [
    `The main process from its bundle's first line to the window's loadURL (medians of ${f.runs} starts, stand-in Electron):`,
    `  baseline (read and parse the same library's files, load a window): ${ms(f.baselineMs)} with the sample, ${ms(f.largeBaselineMs)} with ${f.largeArticles.toLocaleString('en')} articles`,
    `  the sample's library: ${ms(f.sampleMs)} (${(f.sampleMs / Math.max(1, f.baselineMs)).toFixed(1)}× the baseline); the very first start, seeding the sample: ${ms(f.firstStartMs)}`,
    `  a library of ${f.largeArticles.toLocaleString('en')} articles: ${ms(f.largeMs)} (${(f.largeMs / Math.max(1, f.largeBaselineMs)).toFixed(1)}× the baseline)`,
  ]
}

export function startupTargets(f: StartupFigures | { error: string }): Array<{ name: string; pass: boolean; measured: string }> {
  const ok = 'error' in f ? null : f
  return [
    { name: 'start-up: bundle to loadURL ≤ 150 ms with the sample', pass: ok !== null && ok.sampleMs <= 150, measured: ok ? ms(ok.sampleMs) : 'failed' },
    { name: 'start-up: bundle to loadURL ≤ 400 ms with 10,000 articles', pass: ok !== null && ok.largeMs <= 400, measured: ok ? ms(ok.largeMs) : 'failed' },
  ]
}
