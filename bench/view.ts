// The comparison view's speed in Chromium (issue targets for 3 × 10k words): time from opening the
// comparison to the first frame with passages shown, against the same page's first frame with the plain
// columns (the baseline in the same run); how long a hover takes to show; and frame times while a column
// scrolls. Uses the built renderer, the test bridge and Debian's Chromium, as the e2e tests do.
// Main aligns comparisons on a thread kept warm, and keeps what it aligned: the headline's loads each open
// a comparison of their own (other texts of the same size) that main has not aligned, after a first open
// has warmed its thread, as in an app that has been running. That first open (a cold thread) and a reopen
// (main's kept result) are reported apart.

import { ALIGNMENT_MARKS } from '../src/renderer/src/features/comparison/alignmentProtocol'
import { addTextsComparison, startBenchBrowser } from './browser'
import { ms } from './output'

/** One page load's first frames, in ms since navigation start, and where its alignment came from. */
export interface LoadFigures {
  plainFrameMs: number
  passagesFrameMs: number
  /** 'main' (main's thread) or 'window' (the window's own worker). */
  source: string
  /** What main had when the window asked: 'ready', 'aligning' or 'new' (main only). */
  found: string | null
}

export interface ViewFigures {
  words: number
  runs: number
  /** Median ms from navigation start to the first frame showing the columns' text (no alignment yet). */
  plainFrameMs: number
  /** Median ms from navigation start to the first frame showing aligned passages. */
  passagesFrameMs: number
  /** passagesFrameMs / plainFrameMs. */
  ratio: number
  /** Medians, ms since navigation start: when the window asked for the alignment, and when it came back;
   *  and the ms spent aligning (in main's thread, or the window's worker, wherever it came from). */
  alignmentAskedMs: number
  alignmentDoneMs: number
  alignmentWorkerMs: number
  /** Median ms main's answers spent besides aligning: behind other work in its thread, and crossing to main (NaN from the window). */
  alignmentWaitedMs: number
  /** Where each headline load's alignment came from, e.g. "main (aligning) × 5". */
  sources: string
  /** The first open after the services started (main's thread cold), and a reopen of the last comparison. */
  coldOpen: LoadFigures
  reopen: LoadFigures
  /** Median ms the hover's own work takes (the event handler lighting the passage and its counterparts). */
  hoverMs: number
  hoverP95Ms: number
  /** Share of hovers shown in the very next frame (the frame after the one the pointer entered in). */
  hoverNextFrameShare: number
  /** While a column scrolls 600 px a frame for 120 frames: median and worst frame interval, and late frames
   *  (an interval over 25 ms, 1.5 display intervals: at least one frame dropped). */
  scrollFrameMedianMs: number
  scrollFrameWorstMs: number
  scrollLongFrames: number
}

// In-page scripts are plain JavaScript strings: functions passed to page.evaluate would carry the
// helpers the TypeScript loader adds to them, which do not exist in the page.
const FIRST_FRAMES = `(async () => {
  const frameAfter = (selector) => new Promise((resolve) => {
    const check = () => document.querySelector(selector) ? requestAnimationFrame((t) => resolve(t)) : requestAnimationFrame(check)
    check()
  })
  const frames = await Promise.all([frameAfter('[data-doc] .paragraph'), frameAfter('[data-doc] [data-passage]')])
  const asked = performance.getEntriesByName(${JSON.stringify(ALIGNMENT_MARKS.asked)})[0]
  const done = performance.getEntriesByName(${JSON.stringify(ALIGNMENT_MARKS.done)})[0]
  return [...frames, asked ? asked.startTime : NaN, done ? done.startTime : NaN, done ? done.detail.workerMs : NaN, done ? done.detail.source : 'none', done?.detail.found ?? null, done?.detail.waitedMs ?? NaN]
})()`

const HOVERS = `(async () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  const passages = [...document.querySelectorAll('[data-doc="0"] [data-passage]')].slice(0, 40)
  const toFrame = []
  const handler = []
  for (const el of passages) {
    el.scrollIntoView({ block: 'center' })
    await frame()
    const before = await frame()
    const start = performance.now()
    el.dispatchEvent(new PointerEvent('pointerover', { bubbles: true }))
    handler.push(performance.now() - start)
    const shown = await frame()
    if (!el.hasAttribute('data-active')) throw new Error('hover did not light the passage')
    toFrame.push(shown - before)
  }
  return { toFrame, handler }
})()`

const SCROLL_FRAMES = `(async () => {
  const body = document.querySelector('[data-doc="0"] .column-body')
  body.scrollTop = 0
  const intervals = []
  let last = await new Promise((resolve) => requestAnimationFrame(resolve))
  for (let i = 0; i < 120; i++) {
    body.scrollTop += 600
    const now = await new Promise((resolve) => requestAnimationFrame(resolve))
    intervals.push(now - last)
    last = now
  }
  return intervals
})()`

const load = (figures: LoadFigures): string =>
  `plain columns ${ms(figures.plainFrameMs)}, passages ${ms(figures.passagesFrameMs)} (${(figures.passagesFrameMs / figures.plainFrameMs).toFixed(2)}×), from ${figures.source}${figures.found ? ` (${figures.found})` : ''}`

/** The figures in words, as the benchmark prints them. */
export function describeView(view: ViewFigures | { error: string }): string[] {
  const head = 'The comparison view in Chromium, 3 × 10k words (medians; ms since navigation start for the first frames):'
  if ('error' in view) return [head, `  could not be measured: ${view.error}`]
  return [
    head,
    `  ${view.runs} first opens, each of a comparison of its own that main has not aligned, main's thread warm:`,
    `  first frame with the plain columns (baseline) ${ms(view.plainFrameMs)}; first frame with passages ${ms(view.passagesFrameMs)} (${view.ratio.toFixed(2)}× the baseline)`,
    `  of which the alignment: asked at ${ms(view.alignmentAskedMs)}, back at ${ms(view.alignmentDoneMs)} (${ms(view.alignmentWorkerMs)} aligning, ${ms(view.alignmentWaitedMs)} waiting in main's thread and crossing to main); passages' frame ${ms(view.passagesFrameMs - view.alignmentDoneMs)} after; from ${view.sources}`,
    `  the first open after start (main's thread cold): ${load(view.coldOpen)}`,
    `  a reopen (main's kept result): ${load(view.reopen)}`,
    `  hover: its work takes ${ms(view.hoverMs)} (median; 95th percentile ${ms(view.hoverP95Ms)}); shown in the next frame ${Math.round(view.hoverNextFrameShare * 100)}% of the time`,
    `  scrolling 600 px a frame: frame interval median ${ms(view.scrollFrameMedianMs)}, worst ${ms(view.scrollFrameWorstMs)}, ${view.scrollLongFrames} of 120 frames late (over 25 ms)`,
  ]
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] as number

type FirstFrames = [number, number, number, number, number, string, string | null, number]

/** Where the loads' alignments came from, counted: "main (aligning) × 4, main (ready) × 1". */
function tally(loads: readonly FirstFrames[]): string {
  const counts = new Map<string, number>()
  for (const [, , , , , source, found] of loads) {
    const key = found ? `${source} (${found})` : source
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return [...counts].map(([key, n]) => `${key} × ${n}`).join(', ')
}

/**
 * `cold` is opened first, right after the services start; then each of `fresh` once (the headline: each a
 * comparison main has not aligned yet); then the last of them again (a reopen), on which hover and
 * scrolling are measured. All are sets of texts of the same size.
 */
export async function measureView(cold: string[], fresh: readonly string[][]): Promise<ViewFigures> {
  const { bridge, context, close } = await startBenchBrowser('view')
  try {
    const page = context.pages()[0] ?? (await context.newPage())
    const open = async (comparisonId: string): Promise<FirstFrames> => {
      await page.goto('about:blank')
      await page.goto(`${bridge.url}#/comparison/${comparisonId}`)
      // Each figure: the first animation frame after the element appears, in ms since navigation start.
      return page.evaluate<FirstFrames>(FIRST_FRAMES)
    }
    const asLoad = ([plainFrameMs, passagesFrameMs, , , , source, found]: FirstFrames): LoadFigures => ({ plainFrameMs, passagesFrameMs, source, found })
    const coldOpen = asLoad(await open(await addTextsComparison(bridge, 'Bench: 3 × 10k words, first open', cold)))
    const ids: string[] = []
    for (const [i, texts] of fresh.entries()) ids.push(await addTextsComparison(bridge, `Bench: 3 × 10k words, ${i + 1}`, texts))
    const loads: FirstFrames[] = []
    for (const id of ids) loads.push(await open(id))
    const reopen = asLoad(await open(ids.at(-1) as string))

    const hovers = await page.evaluate<{ toFrame: number[]; handler: number[] }>(HOVERS)
    const frames = await page.evaluate<number[]>(SCROLL_FRAMES)

    const plainMs = median(loads.map((l) => l[0]))
    const passagesMs = median(loads.map((l) => l[1]))
    return {
      words: (fresh[0] ?? []).reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0),
      runs: loads.length,
      plainFrameMs: plainMs,
      passagesFrameMs: passagesMs,
      ratio: passagesMs / plainMs,
      alignmentAskedMs: median(loads.map((l) => l[2])),
      alignmentDoneMs: median(loads.map((l) => l[3])),
      alignmentWorkerMs: median(loads.map((l) => l[4])),
      alignmentWaitedMs: median(loads.map((l) => l[7])),
      sources: tally(loads),
      coldOpen,
      reopen,
      hoverMs: median(hovers.handler),
      hoverP95Ms: p95(hovers.handler),
      // Frame times are multiples of the display interval (16.7 ms): the next frame is one interval on.
      hoverNextFrameShare: hovers.toFrame.filter((t) => t < 25).length / hovers.toFrame.length,
      scrollFrameMedianMs: median(frames),
      scrollFrameWorstMs: Math.max(...frames),
      scrollLongFrames: frames.filter((f) => f > 25).length,
    }
  } finally {
    await close()
  }
}
