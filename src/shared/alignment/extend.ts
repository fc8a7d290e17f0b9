// Grows a chain of one pair of documents past its ends, through wording that differs, for as long as
// matched words keep coming densely on both sides. Seeds only see runs of four equal words, so a quote
// reworded in places ("the water rise this fast" against "the river rise so quickly") would stop at the
// first change; here it goes on while, in each step, at least half of the words on both sides match, and
// stops where they stop. Paragraph breaks are not crossed, and words another chain holds are not taken.

import type { Chain } from './join'
import { commonRuns, type CommonRun } from './lcs'
import { PARAGRAPH_BREAK, type TokenizedDocument } from './tokenize'

export interface ExtendOptions {
  /** Words looked at beyond an end, on each side, in one step. */
  window: number
  /** Matched words per word crossed, on the longer side, for a step to be taken. */
  minDensity: number
  /** The largest run of unmatched words at the very start of a step. */
  maxGap: number
}

/** How many words from `from` one can step (by `step`) over untaken words, not past a paragraph break. */
function reach(taken: Int32Array, breaks: Uint8Array, from: number, step: -1 | 1, limit: number): number {
  let n = 0
  if (step > 0) {
    // Going on, a paragraph break after word i ends the window after it...
    for (let i = from; n < limit && i < taken.length && (taken[i] as number) < 0; i++) {
      n++
      if (breaks[i] === PARAGRAPH_BREAK) break
    }
  } else {
    // ...going back, before it.
    for (let i = from - 1; n < limit && i >= 0 && (taken[i] as number) < 0; i--) {
      if (breaks[i] === PARAGRAPH_BREAK) break
      n++
    }
  }
  return n
}

/**
 * The longest prefix of `runs` (offsets from the chain's end) that a step may take: dense enough, and
 * with at least two matched words (a lone "the" across a changed word is chance). Returns how many runs.
 */
function acceptedPrefix(runs: CommonRun[], { minDensity, maxGap }: ExtendOptions): number {
  const first = runs[0]
  if (!first || first.a > maxGap || first.b > maxGap) return 0
  let matched = 0
  let best = 0
  runs.forEach((run, i) => {
    matched += run.length
    const crossedA = run.a + run.length
    const crossedB = run.b + run.length
    if (matched >= 2 && matched >= minDensity * Math.max(crossedA, crossedB)) best = i + 1
  })
  return best
}

let stamps = new Int32Array(1024)
let stamp = 0

/** How many words of a[aFrom, aTo) also occur in b[bFrom, bTo): at most what a step could match. */
function sharedWords(a: Int32Array, aFrom: number, aTo: number, b: Int32Array, bFrom: number, bTo: number): number {
  stamp++
  for (let j = bFrom; j < bTo; j++) {
    const id = b[j] as number
    if (id >= stamps.length) {
      const bigger = new Int32Array(Math.max(id + 1, 2 * stamps.length))
      bigger.set(stamps)
      stamps = bigger
    }
    stamps[id] = stamp
  }
  let shared = 0
  for (let i = aFrom; i < aTo; i++) {
    const id = a[i] as number
    if (id < stamps.length && stamps[id] === stamp) shared++
  }
  return shared
}

/**
 * Whether a first step at each end of a chain (words [aStart, aEnd) of document a and [bStart, bEnd) of b)
 * could add at least `need` words (need >= 1), by a cheap bound from the words the windows beyond the chain
 * share: most chains fail it, so that trying to grow every short match costs little. The windows after
 * the end are looked at first; those before only where they could still make up the difference.
 */
export function mayGrowBy(docs: TokenizedDocument[], a: number, b: number, aStart: number, aEnd: number, bStart: number, bEnd: number, takenA: Int32Array, takenB: Int32Array, options: ExtendOptions, need: number): boolean {
  const A = docs[a] as TokenizedDocument
  const B = docs[b] as TokenizedDocument
  const aHi = aEnd + reach(takenA, A.breakAfter, aEnd, 1, options.window)
  const bHi = bEnd + reach(takenB, B.breakAfter, bEnd, 1, options.window)
  const after = sharedWords(A.ids, aEnd, aHi, B.ids, bEnd, bHi)
  const gained = after >= 2 ? after : 0
  if (gained >= need) return true
  const aLo = aStart - reach(takenA, A.breakAfter, aStart, -1, options.window)
  // The words before share at most as many as their window holds.
  if (gained + (aStart - aLo) < need) return false
  const bLo = bStart - reach(takenB, B.breakAfter, bStart, -1, options.window)
  const before = sharedWords(A.ids, aLo, aStart, B.ids, bLo, bStart)
  return gained + (before >= 2 ? before : 0) >= need
}

const reversedBuffers = [new Int32Array(64), new Int32Array(64)]

/** ids[from, to) in reverse order, at the start of reusable buffer `which` (0 or 1). */
function reversed(ids: Int32Array, from: number, to: number, which: 0 | 1): Int32Array {
  if ((reversedBuffers[which] as Int32Array).length < to - from) reversedBuffers[which] = new Int32Array(2 * (to - from))
  const out = reversedBuffers[which] as Int32Array
  for (let i = 0; i < to - from; i++) out[i] = ids[to - 1 - i] as number
  return out
}

/** Grows the chain at its end, then at its start, a step at a time. */
export function extendThroughRewording(chain: Chain, docs: TokenizedDocument[], takenA: Int32Array, takenB: Int32Array, options: ExtendOptions): void {
  const A = docs[chain.a] as TokenizedDocument
  const B = docs[chain.b] as TokenizedDocument
  for (;;) {
    if (A.breakAfter[chain.aEnd - 1] === PARAGRAPH_BREAK || B.breakAfter[chain.bEnd - 1] === PARAGRAPH_BREAK) break
    const aHi = chain.aEnd + reach(takenA, A.breakAfter, chain.aEnd, 1, options.window)
    const bHi = chain.bEnd + reach(takenB, B.breakAfter, chain.bEnd, 1, options.window)
    const runs = commonRuns(A.ids, B.ids, chain.aEnd, aHi, chain.bEnd, bHi)
    const take = acceptedPrefix(runs, options)
    if (take === 0) break
    for (const run of runs.slice(0, take)) {
      chain.pieces.push({ a: chain.a, b: chain.b, aStart: chain.aEnd + run.a, bStart: chain.bEnd + run.b, length: run.length })
      chain.matched += run.length
    }
    const last = runs[take - 1] as CommonRun
    chain.aEnd += last.a + last.length
    chain.bEnd += last.b + last.length
  }
  for (;;) {
    if (chain.aStart > 0 && A.breakAfter[chain.aStart - 1] === PARAGRAPH_BREAK) break
    if (chain.bStart > 0 && B.breakAfter[chain.bStart - 1] === PARAGRAPH_BREAK) break
    const aLo = chain.aStart - reach(takenA, A.breakAfter, chain.aStart, -1, options.window)
    const bLo = chain.bStart - reach(takenB, B.breakAfter, chain.bStart, -1, options.window)
    // Reversed, the words before the start read as words after an end.
    const runs = commonRuns(reversed(A.ids, aLo, chain.aStart, 0), reversed(B.ids, bLo, chain.bStart, 1), 0, chain.aStart - aLo, 0, chain.bStart - bLo)
    const take = acceptedPrefix(runs, options)
    if (take === 0) break
    const added = runs.slice(0, take).map((run) => ({
      a: chain.a,
      b: chain.b,
      aStart: chain.aStart - run.a - run.length,
      bStart: chain.bStart - run.b - run.length,
      length: run.length,
    }))
    const last = runs[take - 1] as CommonRun
    chain.pieces.unshift(...added.reverse())
    chain.aStart -= last.a + last.length
    chain.bStart -= last.b + last.length
    chain.matched += added.reduce((sum, piece) => sum + piece.length, 0)
  }
}
