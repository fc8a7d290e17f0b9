// The window's first screen (issue 22): from navigation start in Chromium until the built-in sample's columns
// show with their passages, and the JavaScript loaded up to that moment, through the test bridge on a fresh
// library. The baseline in the same run is the same build with every chunk the app loads on first use pulled
// in at start, as one bundle did: the import code, export and print view, settings and the dialogs. Each
// load is a fresh navigation; the bridge answers no-store, so nothing comes from a cache. Medians of 9 loads.

import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { gzipSync } from 'node:zlib'
import { loadFirstScreen, watchFirstScreen } from '../tests/bridge/firstScreen'
import { alignStartComparison } from '../src/main/services/startComparison'
import { startBenchBrowser } from './browser'
import { median } from './output'

const root = resolve(import.meta.dirname, '..')
export const FIRST_SCREEN_TARGET_MS = 500

export interface FirstScreenLoad {
  /** Median ms from navigation start to the frame after the columns show their text with the passages marked. */
  medianMs: number
  runs: number[]
  /** The scripts asked for before that moment (the page's and its workers'), their bytes as served and gzipped. */
  scripts: string[]
  kB: number
  gzipKB: number
}

export interface FirstScreenFigures {
  /** The build as it is: what the first screen loads, the rest on first use (prefetched when idle). */
  split: FirstScreenLoad
  /** The same build with every chunk loaded at start: the one-bundle window this replaced. */
  allAtStart: FirstScreenLoad
}

/** The chunks the app loads only on first use: every built script but the workers and the entry's own. */
async function lazyChunks(assets: string, entryScripts: readonly string[]): Promise<string[]> {
  const names = (await readdir(assets)).filter((n) => n.endsWith('.js'))
  // The import jobs run in the import worker; the window loads them as a chunk only where no worker can
  // start, so no build ever loaded them at start.
  return names.filter((n) => !n.includes('.worker-') && !n.startsWith('importJobs-') && !entryScripts.includes(n))
}

/** Thousands of bytes, as the build reports its chunks. */
const kB = (bytes: number): number => Math.round(bytes / 100) / 10

async function sizes(assets: string, scripts: readonly string[]): Promise<{ kB: number; gzipKB: number }> {
  let raw = 0
  let zipped = 0
  for (const name of scripts) {
    const bytes = await readFile(join(assets, name))
    raw += bytes.length
    zipped += gzipSync(bytes).length
  }
  return { kB: kB(raw), gzipKB: kB(zipped) }
}

/** Loads of the split build and of the everything-at-start baseline, alternating, `runs` of each. */
export async function measureFirstScreen(runs = 9, progress: (line: string) => void = () => {}): Promise<FirstScreenFigures> {
  const assets = join(root, 'out/renderer/assets')
  const html = await readFile(join(root, 'out/renderer/index.html'), 'utf8')
  const entryScripts = [...html.matchAll(/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string)
  const lazy = await lazyChunks(assets, entryScripts)
  const { bridge, context, close } = await startBenchBrowser('first-screen')
  try {
    await watchFirstScreen(context)
    // The baseline's page asks for every lazy chunk as a module script before the entry, so all of it is
    // fetched, parsed and run before the first screen, as the single bundle was.
    await context.route(/[?&]all-at-start\b/, async (route) => {
      const response = await route.fetch()
      const tags = lazy.map((name) => `<script type="module" crossorigin src="./assets/${name}"></script>`).join('\n')
      const body = (await response.text()).replace('<script type="module"', `${tags}\n<script type="module"`)
      await route.fulfill({ response, body })
    })
    const page = context.pages()[0] ?? (await context.newPage())
    const split: { ms: number; scripts: string[] }[] = []
    const whole: { ms: number; scripts: string[] }[] = []
    // Each load as at the app's start: main keeps nothing from an earlier window, and begins aligning the
    // comparison the window opens on as the window loads (src/main/index.ts). Its thread is warm after the
    // first load, as it is not at a real start; the first load shows the cold one.
    const asAtStart = async (): Promise<void> => {
      const { alignments, library, recent } = bridge.services
      if (!alignments) return
      alignments.clear()
      await alignStartComparison(library.store, recent, alignments)
    }
    for (let run = 0; run < runs; run++) {
      split.push(await loadFirstScreen(page, bridge.url, asAtStart))
      whole.push(await loadFirstScreen(page, `${bridge.url}?all-at-start`, asAtStart))
      progress(`  load ${run + 1} of ${runs}: ${Math.round(split.at(-1)?.ms ?? 0)} ms split, ${Math.round(whole.at(-1)?.ms ?? 0)} ms all at start`)
    }
    const summary = async (loads: { ms: number; scripts: string[] }[]): Promise<FirstScreenLoad> => {
      const scripts = [...new Set(loads.flatMap((l) => l.scripts))].sort()
      return { medianMs: median(loads.map((l) => l.ms)), runs: loads.map((l) => Math.round(l.ms)), scripts, ...(await sizes(assets, scripts)) }
    }
    return { split: await summary(split), allAtStart: await summary(whole) }
  } finally {
    await close()
  }
}

export function describeFirstScreen(figures: FirstScreenFigures): string[] {
  const line = (what: string, load: FirstScreenLoad): string =>
    `  ${what}: ${Math.round(load.medianMs)} ms (median of ${load.runs.length}), ${load.kB} kB of JavaScript (${load.gzipKB} kB gzipped) in ${load.scripts.length} files: ${load.scripts.join(', ')}`
  return [
    'The first screen: from navigation start until the sample’s columns show their passages (Chromium, test bridge, fresh library):',
    line('as built (the rest on first use)', figures.split),
    line('baseline, every chunk at start', figures.allAtStart),
  ]
}

export function firstScreenTargets(figures: FirstScreenFigures | { error: string }): { name: string; pass: boolean; measured: string }[] {
  const name = `first screen: the sample's columns with passages ≤ ${FIRST_SCREEN_TARGET_MS} ms`
  if ('error' in figures) return [{ name, pass: false, measured: figures.error }]
  const { split, allAtStart } = figures
  return [
    {
      name,
      pass: split.medianMs <= FIRST_SCREEN_TARGET_MS,
      measured: `${Math.round(split.medianMs)} ms, ${split.kB} kB JS (${split.gzipKB} kB gzip); all at start ${Math.round(allAtStart.medianMs)} ms, ${allAtStart.kB} kB (${allAtStart.gzipKB} kB gzip)`,
    },
  ]
}
