// The alignment cases' part of the report: a row a case (Parallax against the baseline), the table, and the
// targets of the engine and of the comparison view as pass or fail.

import { BASELINE_CAP_MS } from './protocol'
import { ms } from './output'
import type { ViewFigures } from './view'

export interface CaseFigures {
  id: string
  label: string
  documents: number
  words: number
  selfRepetition: number
  parallax: { medianMs: number; coldMs: number; runs: number; peakRssMB: number; passages: number; phrases: number; readingMs: number; cpuMs: number } | { error: string }
  baseline: { medianMs: number | null; runs: number; capped: boolean; peakRssMB: number } | { error: string }
  /** baseline median / Parallax median; a lower bound when the baseline was capped. */
  speedup: number | null
  speedupIsLowerBound: boolean
}

export function row(f: CaseFigures): string[] {
  const p = f.parallax
  const b = f.baseline
  const baselineTime = 'error' in b ? `failed: ${b.error}` : b.capped ? `> ${BASELINE_CAP_MS / 1000} s` : ms(b.medianMs ?? 0)
  const speedup = f.speedup === null ? '–' : `${f.speedupIsLowerBound ? '> ' : ''}${f.speedup >= 100 ? Math.round(f.speedup) : f.speedup.toFixed(1)}×`
  return [
    f.label,
    String(f.words),
    `${Math.round(f.selfRepetition * 100)}%`,
    'error' in p ? `failed: ${p.error}` : `${ms(p.medianMs)} (${p.runs})`,
    'error' in b ? '–' : `${baselineTime} (${b.runs})`,
    speedup,
    'error' in p ? '–' : `${p.peakRssMB}`,
    'error' in b ? '–' : `${b.peakRssMB}`,
    'error' in p ? '–' : String(p.passages),
    'error' in p ? '–' : String(p.phrases),
  ]
}

export function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)))
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] as number) : c.padStart(widths[i] as number))).join('  ')
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)]
}

export interface Target {
  name: string
  pass: boolean
  measured: string
}

export function targets(figures: CaseFigures[]): Target[] {
  const byId = (id: string): CaseFigures | undefined => figures.find((f) => f.id === id)
  const medianOf = (id: string): number | null => {
    const p = byId(id)?.parallax
    return p !== undefined && 'medianMs' in p ? p.medianMs : null
  }
  const within = (name: string, id: string, limit: number): Target => {
    const value = medianOf(id)
    return { name, pass: value !== null && value <= limit, measured: value === null ? 'failed' : ms(value) }
  }
  const three = byId('reports-3x10k')
  const unrelated = byId('unrelated-2x10k')?.parallax
  return [
    within('3 × 10k: median ≤ 100 ms', 'reports-3x10k', 100),
    {
      name: '3 × 10k: ≥ 100× faster than the baseline',
      pass: (three?.speedup ?? 0) >= 100,
      measured: three?.speedup === null || three === undefined ? 'failed' : `${three.speedupIsLowerBound ? '> ' : ''}${Math.round(three.speedup)}×`,
    },
    within('2 × 50k: median ≤ 250 ms', 'same-2x50k', 250),
    {
      name: 'unrelated: no passages',
      pass: unrelated !== undefined && 'passages' in unrelated && unrelated.passages === 0,
      measured: unrelated === undefined || 'error' in unrelated ? 'failed' : `${unrelated.passages} passages, ${unrelated.phrases} phrases`,
    },
  ]
}

export function viewTargets(view: ViewFigures | { error: string }): Target[] {
  if ('error' in view) return [{ name: 'view: measured in Chromium', pass: false, measured: view.error }]
  return [
    { name: 'view, 3 × 10k: first frame with passages ≤ 1 s', pass: view.passagesFrameMs <= 1000, measured: ms(view.passagesFrameMs) },
    {
      name: 'view, 3 × 10k: first frame with passages ≤ 1.3× the plain columns\' (same run)',
      pass: view.ratio <= 1.3,
      measured: `${view.ratio.toFixed(2)}× (${ms(view.passagesFrameMs)} against ${ms(view.plainFrameMs)})`,
    },
    {
      name: 'view: a hover shows in the next frame (95% of hovers)',
      pass: view.hoverNextFrameShare >= 0.95,
      measured: `${Math.round(view.hoverNextFrameShare * 100)}%, work ${ms(view.hoverMs)}`,
    },
    {
      name: 'view: scrolling smooth (at most 5% of frames late, none over 50 ms)',
      pass: view.scrollLongFrames <= 6 && view.scrollFrameWorstMs <= 50,
      measured: `${view.scrollLongFrames} of 120 frames late, worst ${ms(view.scrollFrameWorstMs)}`,
    },
  ]
}
