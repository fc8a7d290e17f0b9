// The comparison view's speed in Chromium (issue targets for 3 × 10k words): time from opening the
// comparison to the first frame with passages shown, against the same page's first frame with the plain
// columns (the baseline in the same run); how long a hover takes to show; and frame times while a column
// scrolls. Uses the built renderer, the test bridge and Debian's Chromium, as the e2e tests do.

import { ALIGNMENT_MARKS } from '../src/renderer/src/features/comparison/alignmentProtocol'
import { addTextsComparison, startBenchBrowser } from './browser'
import { ms } from './output'

export interface ViewFigures {
  words: number
  runs: number
  /** Median ms from navigation start to the first frame showing the columns' text (no alignment yet). */
  plainFrameMs: number
  /** Median ms from navigation start to the first frame showing aligned passages. */
  passagesFrameMs: number
  /** passagesFrameMs / plainFrameMs. */
  ratio: number
  /** Medians, ms since navigation start: when the texts went to the alignment worker, and when its
   *  alignment came back; and the ms the worker spent aligning (the engine's first run in that worker). */
  alignmentAskedMs: number
  alignmentDoneMs: number
  alignmentWorkerMs: number
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
  return [...frames, asked ? asked.startTime : NaN, done ? done.startTime : NaN, done ? done.detail.workerMs : NaN]
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

/** The figures in words, as the benchmark prints them. */
export function describeView(view: ViewFigures | { error: string }): string[] {
  const head = 'The comparison view in Chromium, 3 × 10k words (medians; ms since navigation start for the first frames):'
  if ('error' in view) return [head, `  could not be measured: ${view.error}`]
  return [
    head,
    `  first frame with the plain columns (baseline) ${ms(view.plainFrameMs)}; first frame with passages ${ms(view.passagesFrameMs)} (${view.ratio.toFixed(2)}× the baseline)`,
    `  of which the alignment: asked at ${ms(view.alignmentAskedMs)}, back at ${ms(view.alignmentDoneMs)} (${ms(view.alignmentWorkerMs)} aligning in the worker, its first run there); passages' frame ${ms(view.passagesFrameMs - view.alignmentDoneMs)} after`,
    `  hover: its work takes ${ms(view.hoverMs)} (median; 95th percentile ${ms(view.hoverP95Ms)}); shown in the next frame ${Math.round(view.hoverNextFrameShare * 100)}% of the time`,
    `  scrolling 600 px a frame: frame interval median ${ms(view.scrollFrameMedianMs)}, worst ${ms(view.scrollFrameWorstMs)}, ${view.scrollLongFrames} of 120 frames late (over 25 ms)`,
  ]
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number
const p95 = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] as number

export async function measureView(texts: string[], runs = 5): Promise<ViewFigures> {
  const { bridge, context, close } = await startBenchBrowser('view')
  try {
    const comparisonId = await addTextsComparison(bridge, 'Bench: 3 × 10k words', texts)
    const page = context.pages()[0] ?? (await context.newPage())
    const plain: number[] = []
    const aligned: number[] = []
    const asked: number[] = []
    const done: number[] = []
    const inWorker: number[] = []
    for (let run = 0; run < runs; run++) {
      await page.goto('about:blank')
      await page.goto(`${bridge.url}#/comparison/${comparisonId}`)
      // Each figure: the first animation frame after the element appears, in ms since navigation start.
      const [plainAt, passagesAt, askedAt, doneAt, workerMs] = await page.evaluate<[number, number, number, number, number]>(FIRST_FRAMES)
      plain.push(plainAt)
      aligned.push(passagesAt)
      asked.push(askedAt)
      done.push(doneAt)
      inWorker.push(workerMs)
    }

    const hovers = await page.evaluate<{ toFrame: number[]; handler: number[] }>(HOVERS)
    const frames = await page.evaluate<number[]>(SCROLL_FRAMES)

    const plainMs = median(plain)
    const passagesMs = median(aligned)
    return {
      words: texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0),
      runs,
      plainFrameMs: plainMs,
      passagesFrameMs: passagesMs,
      ratio: passagesMs / plainMs,
      alignmentAskedMs: median(asked),
      alignmentDoneMs: median(done),
      alignmentWorkerMs: median(inWorker),
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
