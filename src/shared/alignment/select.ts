// Chooses, per pair of documents, which chains to keep: longest first, each word matched at most once,
// ends grown over the few words seeds are too short to see, and chance matches across a sentence break cut.

import { newChain, type Chain } from './join'
import { commonRuns } from './lcs'
import type { Match } from './seed'
import { PARAGRAPH_BREAK, SENTENCE_BREAK, type TokenizedDocument } from './tokenize'

export interface SelectOptions {
  /** Chains shorter than this, once cut back, are dropped. */
  minWords: number
  maxGap: number
  /** Chains at least this long grow at their ends (see extendChainEnds) and may be kept as a repeat (see
   *  isRepeat); around a short phrase, a stray "in Moscow" next to it is chance, not the same text. */
  extendFrom: number
  extendWindow: number
}

/**
 * Per pair (pairs are independent), keeps chains longest first, each word matched at most once: a chain
 * that overlaps one kept before is cut back to its free parts. So a phrase repeated inside a passage is
 * not matched again against its other occurrence. The order is symmetric in the two documents, so
 * swapping their places keeps the same chains.
 */
export function selectChains(chainsByPair: Chain[][], docs: TokenizedDocument[], options: SelectOptions): Chain[] {
  return chainsByPair.flatMap((chains) => selectPairChains(chains, docs, options))
}

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
    if (chain.matched >= extendFrom && isRepeat(chain, takenA, takenB)) {
      kept.push(chain)
      continue
    }
    for (const part of untakenParts(chain, takenA, takenB, maxGap)) {
      if (part.matched >= extendFrom) extendChainEnds(part, docs, takenA, takenB, maxGap, extendWindow)
      trimAtSentenceBreaks(part, docs, minWords, extendFrom)
      if (part.matched < minWords) continue
      takenA.fill(1, part.aStart, part.aEnd)
      takenB.fill(1, part.bStart, part.bEnd)
      kept.push(part)
    }
  }
  return kept
}

function anyTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (taken[i]) return true
  return false
}

function allTaken(taken: Uint8Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!taken[i]) return false
  return true
}

/**
 * A passage one document carries twice: its second copy matches text of the other document that is
 * already matched, while it is itself entirely free. It is kept whole, so both copies show as shared.
 */
function isRepeat(chain: Chain, takenA: Uint8Array, takenB: Uint8Array): boolean {
  const freeA = !anyTaken(takenA, chain.aStart, chain.aEnd)
  const freeB = !anyTaken(takenB, chain.bStart, chain.bEnd)
  return (freeA && allTaken(takenB, chain.bStart, chain.bEnd)) || (freeB && allTaken(takenA, chain.aStart, chain.aEnd))
}

/** The parts of a chain whose words are still free in both documents, re-joined into chains. */
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

/** The chain cut to the words [aFrom, aTo) of its first document and [bFrom, bTo) of its second. */
function cutChain(chain: Chain, aFrom: number, aTo: number, bFrom: number, bTo: number): void {
  const pieces: Match[] = []
  for (const p of chain.pieces) {
    const skip = Math.max(0, aFrom - p.aStart, bFrom - p.bStart)
    const length = Math.min(p.length, aTo - p.aStart, bTo - p.bStart) - skip
    if (length > 0) pieces.push({ ...p, aStart: p.aStart + skip, bStart: p.bStart + skip, length })
  }
  chain.pieces = pieces
  chain.matched = pieces.reduce((sum, p) => sum + p.length, 0)
  const head = pieces[0]
  const tail = pieces.at(-1)
  if (!head || !tail) return
  chain.aStart = head.aStart
  chain.bStart = head.bStart
  chain.aEnd = tail.aStart + tail.length
  chain.bEnd = tail.bStart + tail.length
}

/** The last break within the chain's last words: any break in its last `shortTail` words, a paragraph break in its last `longTail`. */
function lastBreak(breaks: Uint8Array, from: number, end: number, shortTail: number, longTail: number): number {
  for (let i = end - 2; i >= from && end - 1 - i < longTail; i--) {
    const kind = breaks[i] as number
    if (kind === PARAGRAPH_BREAK || (kind === SENTENCE_BREAK && end - 1 - i < shortTail)) return i
  }
  return -1
}

/** The first break within the chain's first words (as lastBreak, from the start). */
function firstBreak(breaks: Uint8Array, start: number, to: number, shortHead: number, longHead: number): number {
  for (let i = start; i < to - 1 && i - start + 1 < longHead; i++) {
    const kind = breaks[i] as number
    if (kind === PARAGRAPH_BREAK || (kind === SENTENCE_BREAK && i - start + 1 < shortHead)) return i
  }
  return -1
}

/**
 * A match runs on while words agree, so two reports that end a sentence the same way and happen to begin
 * the next one with the same words ("... stepping down. Russia ...") match across the break. Words beyond
 * a break that both documents have near the chain's end are chance and are cut off: fewer than `k` after
 * a sentence break, fewer than `paragraph` after a paragraph break (a name that opens the next paragraph
 * in both). The same at the chain's start.
 */
function trimAtSentenceBreaks(chain: Chain, docs: TokenizedDocument[], k: number, paragraph: number): void {
  const A = (docs[chain.a] as TokenizedDocument).breakAfter
  const B = (docs[chain.b] as TokenizedDocument).breakAfter
  // A chain that reaches the end (or start) of both documents has nothing beyond it to be chance about.
  if (chain.aEnd < A.length || chain.bEnd < B.length) {
    const aTail = lastBreak(A, chain.aStart, chain.aEnd, k, paragraph)
    const bTail = lastBreak(B, chain.bStart, chain.bEnd, k, paragraph)
    if (aTail >= 0 && bTail >= 0) cutChain(chain, chain.aStart, aTail + 1, chain.bStart, bTail + 1)
  }
  if (chain.pieces.length === 0 || (chain.aStart === 0 && chain.bStart === 0)) return
  const aHead = firstBreak(A, chain.aStart, chain.aEnd, k, paragraph)
  const bHead = firstBreak(B, chain.bStart, chain.bEnd, k, paragraph)
  if (aHead >= 0 && bHead >= 0) cutChain(chain, aHead + 1, chain.aEnd, bHead + 1, chain.bEnd)
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
 * aligning the few free words beyond it: a run of equal words joins the chain when it is longer than the
 * gap that separates it from the chain, so a lone "the" across a changed word does not.
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
    if (aGap > maxGap || bGap > maxGap || run.length <= Math.max(aGap, bGap)) break
    chain.pieces.unshift({ a: chain.a, b: chain.b, aStart: aLo + run.a, bStart: bLo + run.b, length: run.length })
    chain.aStart = aLo + run.a
    chain.bStart = bLo + run.b
    chain.matched += run.length
  }
  for (;;) {
    const aHi = chain.aEnd + freeReach(takenA, chain.aEnd, 1, window)
    const bHi = chain.bEnd + freeReach(takenB, chain.bEnd, 1, window)
    const run = commonRuns(A.subarray(chain.aEnd, aHi), B.subarray(chain.bEnd, bHi))[0]
    if (!run || run.a > maxGap || run.b > maxGap || run.length <= Math.max(run.a, run.b)) break
    chain.pieces.push({ a: chain.a, b: chain.b, aStart: chain.aEnd + run.a, bStart: chain.bEnd + run.b, length: run.length })
    chain.aEnd += run.a + run.length
    chain.bEnd += run.b + run.length
    chain.matched += run.length
  }
}
