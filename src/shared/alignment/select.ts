// Chooses, per pair of documents, which chains to keep: longest first, each word matched at most once,
// ends grown over the few words seeds are too short to see, and chance matches across a sentence break cut.

import { newChain, type Chain } from './join'
import type { Match } from './seed'
import { commonRuns } from './lcs'
import type { TokenizedDocument } from './tokenize'

/** The parts of a chain whose words are still free in both documents, re-joined into chains. */
function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true
  return false
}

function untakenParts(chain: Chain, takenA: Uint8Array, takenB: Uint8Array, maxGap: number): Chain[] {
  if (!anyTaken(takenA, chain.aStart, chain.aEnd) && !anyTaken(takenB, chain.bStart, chain.bEnd)) return [chain]
  const parts: Chain[] = []
  let current: Chain | null = null
  for (const piece of chain.pieces) {
    let runStart = -1
    for (let t = 0; t <= piece.length; t++) {
      const free = t < piece.length && !takenA[piece.aStart + t] && !takenB[piece.bStart + t]
      if (free && runStart < 0) runStart = t
      if (free || runStart < 0) continue
      const aStart = piece.aStart + runStart
      const bStart = piece.bStart + runStart
      const length = t - runStart
      runStart = -1
      if (current && aStart - current.aEnd <= maxGap && bStart - current.bEnd <= maxGap) {
        current.pieces.push({ a: chain.a, b: chain.b, aStart, bStart, length })
        current.aEnd = aStart + length
        current.bEnd = bStart + length
        current.matched += length
      } else {
        current = newChain({ a: chain.a, b: chain.b, aStart, bStart, length })
        parts.push(current)
      }
    }
  }
  return parts
}

/**
 * Per pair (pairs are independent), keeps chains longest first, each word matched at most once: a chain that overlaps one kept
 * before is cut back to its free parts. So a phrase repeated inside a passage is not matched again
 * against its other occurrence, and every word of one report has at most one counterpart in another.
 * The order is symmetric in the two documents, so swapping their places keeps the same chains.
 */
export interface SelectOptions {
  /** Chains shorter than this, once cut back, are dropped. */
  minWords: number
  maxGap: number
  /** Chains at least this long grow at their ends (see extendChainEnds); around a short phrase, a stray
   *  "in Moscow" next to it is chance, not the same text. */
  extendFrom: number
  extendWindow: number
}

export function selectChains(chainsByPair: Chain[][], docs: TokenizedDocument[], options: SelectOptions): Chain[] {
  return chainsByPair.flatMap((chains) => selectPairChains(chains, docs, options))
}

/** Keeps the chains of one pair of documents (see selectChains). */
function selectPairChains(chains: Chain[], docs: TokenizedDocument[], { minWords, maxGap, extendFrom, extendWindow }: SelectOptions): Chain[] {
  const first = chains[0]
  if (!first) return []
  // Longest first; the key packs matched words, extent and first position (each under 2^17) in one number.
  const keyed = chains.map((c) => ({
    chain: c,
    key: (c.matched * 2 ** 18 + (c.aEnd - c.aStart + (c.bEnd - c.bStart))) * 2 ** 17 - Math.min(c.aStart, c.bStart),
  }))
  keyed.sort((x, y) => y.key - x.key || Math.max(x.chain.aStart, x.chain.bStart) - Math.max(y.chain.aStart, y.chain.bStart))
  const takenA = new Uint8Array((docs[first.a] as TokenizedDocument).length)
  const takenB = new Uint8Array((docs[first.b] as TokenizedDocument).length)
  const kept: Chain[] = []
  for (const { chain } of keyed) {
    for (const part of untakenParts(chain, takenA, takenB, maxGap)) {
      if (part.matched >= extendFrom) extendChainEnds(part, docs, takenA, takenB, maxGap, extendWindow)
      trimAtSentenceBreaks(part, docs, minWords)
      if (part.matched < minWords) continue
      takenA.fill(1, part.aStart, part.aEnd)
      takenB.fill(1, part.bStart, part.bEnd)
      kept.push(part)
    }
  }
  return kept
}

/** The chain cut to the words [aFrom, aTo) of its first document (pieces cut to match). */
function cutChain(chain: Chain, aFrom: number, aTo: number): void {
  const pieces: Match[] = []
  for (const p of chain.pieces) {
    const from = Math.max(p.aStart, aFrom)
    const to = Math.min(p.aStart + p.length, aTo)
    if (to > from) pieces.push({ ...p, aStart: from, bStart: p.bStart + (from - p.aStart), length: to - from })
  }
  chain.pieces = pieces
  const first = pieces[0]
  const last = pieces.at(-1)
  chain.matched = pieces.reduce((sum, p) => sum + p.length, 0)
  if (!first || !last) return
  chain.aStart = first.aStart
  chain.bStart = first.bStart
  chain.aEnd = last.aStart + last.length
  chain.bEnd = last.bStart + last.length
}

/** Where word i of the chain's first document sits in its second, if matched. */
function counterpart(chain: Chain, i: number): number {
  for (const p of chain.pieces) if (i >= p.aStart && i < p.aStart + p.length) return p.bStart + (i - p.aStart)
  return -1
}

/**
 * A match runs on while words agree, so two reports that end a sentence the same way and happen to begin
 * the next one with the same word ("... stepping down. Russia ...") match across the break. Fewer than
 * `k` words beyond a sentence break that both documents share are chance: they are cut off.
 */
function trimAtSentenceBreaks(chain: Chain, docs: TokenizedDocument[], k: number): void {
  const A = (docs[chain.a] as TokenizedDocument).breakAfter
  const B = (docs[chain.b] as TokenizedDocument).breakAfter
  for (let i = chain.aEnd - 2; i >= Math.max(chain.aStart, chain.aEnd - k); i--) {
    if (A[i] === 1 && B[counterpart(chain, i)] === 1) {
      cutChain(chain, chain.aStart, i + 1)
      break
    }
  }
  for (let i = chain.aStart; i < Math.min(chain.aEnd - 1, chain.aStart + k - 1); i++) {
    if (A[i] === 1 && B[counterpart(chain, i)] === 1) {
      cutChain(chain, i + 1, chain.aEnd)
      break
    }
  }
}

/** How far from `from` one can step (by `step`, -1 or +1) over untaken words, at most `limit` words. */
function freeReach(taken: Uint8Array, from: number, step: -1 | 1, limit: number): number {
  let n = 0
  for (let i = step < 0 ? from - 1 : from; n < limit && i >= 0 && i < taken.length && !taken[i]; i += step) n++
  return n
}

/**
 * Seeds find only runs of at least k words, so a passage can stop short of its true end when a change
 * falls within k words of it ("The minister said [the] talks..."). This grows a chain at both ends by
 * aligning the few free words beyond it: a run of equal words joins the chain when it is at least as long
 * as the gap that separates it from the chain, so a lone "the" across a three-word gap does not.
 */
function extendChainEnds(chain: Chain, docs: TokenizedDocument[], takenA: Uint8Array, takenB: Uint8Array, maxGap: number, window: number): void {
  const A = (docs[chain.a] as TokenizedDocument).ids
  const B = (docs[chain.b] as TokenizedDocument).ids
  for (;;) {
    const aLo = chain.aStart - freeReach(takenA, chain.aStart, -1, window)
    const bLo = chain.bStart - freeReach(takenB, chain.bStart, -1, window)
    const run = commonRuns(A.subarray(aLo, chain.aStart), B.subarray(bLo, chain.bStart)).at(-1)
    if (!run) break
    const aGap = chain.aStart - aLo - run.a - run.length
    const bGap = chain.bStart - bLo - run.b - run.length
    if (aGap > maxGap || bGap > maxGap || run.length < Math.max(aGap, bGap)) break
    chain.pieces.unshift({ a: chain.a, b: chain.b, aStart: aLo + run.a, bStart: bLo + run.b, length: run.length })
    chain.aStart = aLo + run.a
    chain.bStart = bLo + run.b
    chain.matched += run.length
  }
  for (;;) {
    const aHi = chain.aEnd + freeReach(takenA, chain.aEnd, 1, window)
    const bHi = chain.bEnd + freeReach(takenB, chain.bEnd, 1, window)
    const run = commonRuns(A.subarray(chain.aEnd, aHi), B.subarray(chain.bEnd, bHi))[0]
    if (!run || run.a > maxGap || run.b > maxGap || run.length < Math.max(run.a, run.b)) break
    chain.pieces.push({ a: chain.a, b: chain.b, aStart: chain.aEnd + run.a, bStart: chain.bEnd + run.b, length: run.length })
    chain.aEnd += run.a + run.length
    chain.bEnd += run.b + run.length
    chain.matched += run.length
  }
}
