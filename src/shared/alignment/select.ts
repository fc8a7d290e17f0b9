// Chooses, per pair of documents, which chains to keep: longest first, each word matched once, except
// where a document carries a passage twice: then every copy is kept, so each pair of copies is linked.
// Kept chains grow through reworded stretches (extend.ts), and a single chance word beyond a sentence
// break at either end is cut off (trim.ts). A chain of one piece that none of this changes, nearly every
// chance match of a few words, is kept straight from the pair's arrays, with no object made for it.

import { extendThroughRewording, mayGrowBy } from './extend'
import { newChain, type Chain, type PairChains } from './join'
import { sortedIndexes } from './order'
import type { PhraseChains } from './phrases'
import type { TokenizedDocument } from './tokenize'
import { hasChanceWords, trimChanceWords, trimPassage } from './trim'

export interface SelectOptions {
  /** Chains shorter than this, once cut back, are dropped. */
  minWords: number
  maxGap: number
  /** Chains at least this long are passages: they may be kept as copies; shorter ones grow through
   *  rewording only into a passage. */
  passageWords: number
  /** Words looked at beyond a passage's end in one step of growing it. */
  extendWindow: number
}

/** The chains kept, each pair's in the order kept: passages (at least passageWords matched) and phrases. */
export interface KeptChains {
  passages: Chain[]
  phrases: PhraseChains
}

/**
 * Keeps chains of one pair of documents (pairs are independent), longest first, adding them to `kept`. A
 * chain that overlaps words kept before in both documents is cut back to its free parts, so a phrase
 * repeated inside a passage is not matched again against its other occurrence. The order is symmetric in
 * the two documents.
 */
export function selectPairChains(chains: PairChains, closed: Int32Array, docs: TokenizedDocument[], options: SelectOptions, kept: KeptChains): void {
  if (closed.length === 0) return
  const { minWords, maxGap, passageWords, extendWindow } = options
  const { a, b } = chains
  // Which kept chain holds each word (-1: none).
  const takenA = heldWords(0, (docs[a] as TokenizedDocument).length)
  const takenB = heldWords(1, (docs[b] as TokenizedDocument).length)
  let keptCount = 0
  /** Keeps a chain; the words it marks as held are those later chains may not take again. */
  const keep = (chain: Chain, markA: boolean, markB: boolean): void => {
    const index = keptCount++
    if (chain.matched >= passageWords) kept.passages.push(chain)
    else kept.phrases.push(chain.a, chain.aStart, chain.aEnd, chain.b, chain.bStart, chain.bEnd)
    // Pieces are a few words: a loop costs less than a call to fill.
    if (markA) for (const p of chain.pieces) for (let t = p.aStart; t < p.aStart + p.length; t++) takenA[t] = index
    if (markB) for (const p of chain.pieces) for (let t = p.bStart; t < p.bStart + p.length; t++) takenB[t] = index
  }
  const extendOptions = { window: extendWindow, minDensity: 0.5, maxGap }
  /** Whether a chain's neighbours share enough words for it to grow into a passage (or at all, if one). */
  const mayGrow = (aStart: number, aEnd: number, bStart: number, bEnd: number, matched: number): boolean =>
    mayGrowBy(docs, a, b, aStart, aEnd, bStart, bEnd, takenA, takenB, extendOptions, Math.max(1, passageWords - matched))
  /** A chain whose words are free in both documents: grown, trimmed, and kept if still long enough. */
  const keepFree = (part: Chain): void => {
    // A short match grows only into a passage: not worth trying where its neighbours share too few words.
    if (mayGrow(part.aStart, part.aEnd, part.bStart, part.bEnd, part.matched)) {
      growOrKeep(part, passageWords, (c) => extendThroughRewording(c, docs, takenA, takenB, extendOptions))
    }
    if (part.matched >= passageWords) trimPassage(part, docs, passageWords)
    else trimChanceWords(part, docs, minWords, passageWords)
    if (part.matched >= minWords) keep(part, true, true)
  }
  /** keepFree for a chain of one piece, made an object only where growing or trimming would change it. */
  const keepFreeRun = (aStart: number, bStart: number, length: number): void => {
    const aEnd = aStart + length
    const bEnd = bStart + length
    if (length < passageWords) {
      if (!mayGrow(aStart, aEnd, bStart, bEnd, length) && !hasChanceWords(docs, a, b, aStart, aEnd, bStart, bEnd, minWords, passageWords)) {
        if (length < minWords) return
        const index = keptCount++
        kept.phrases.push(a, aStart, aEnd, b, bStart, bEnd)
        for (let t = aStart; t < aEnd; t++) takenA[t] = index
        for (let t = bStart; t < bEnd; t++) takenB[t] = index
        return
      }
    }
    keepFree(newChain({ a, b, aStart, bStart, length }))
  }
  for (const c of longestFirst(chains, closed)) {
    const aStart = chains.aStart[c] as number
    const bStart = chains.bStart[c] as number
    const matched = chains.matched[c] as number
    const single = chains.head[c] === chains.tail[c]
    const freeA = isFree(takenA, aStart, chains.aEnd[c] as number)
    const freeB = isFree(takenB, bStart, chains.bEnd[c] as number)
    if (freeA && freeB) {
      if (single) keepFreeRun(aStart, bStart, matched)
      else keepFree(chains.chain(c))
      continue
    }
    if (single && matched < passageWords) {
      // Its free runs, found before any is kept; runs a few held words apart are one part again.
      const runs = freeRuns(takenA, takenB, aStart, bStart, matched)
      for (let r = 0; r < runs.length; ) {
        let end = r + 2
        while (end < runs.length && (runs[end] as number) - ((runs[end - 2] as number) + (runs[end - 1] as number)) <= maxGap) end += 2
        if (end === r + 2) keepFreeRun(aStart + (runs[r] as number), bStart + (runs[r] as number), runs[r + 1] as number)
        else keepFree(runsChain(a, b, aStart, bStart, runs.slice(r, end)))
        r = end
      }
      continue
    }
    const chain = chains.chain(c)
    // Only a passage may be kept as a copy; the owners of its held words say whether it is one.
    if (chain.matched >= passageWords) {
      if (freeA !== freeB) {
        // A passage one document carries again: its other copy is linked too, whole.
        trimPassage(chain, docs, passageWords)
        if (chain.matched >= passageWords) keep(chain, freeA, freeB)
        continue
      }
      if (disjoint(ownersIn(takenA, chain.aStart, chain.aEnd), ownersIn(takenB, chain.bStart, chain.bEnd)) && mostlyTaken(takenA, takenB, chain)) {
        // Both documents carry the passage twice: this links copy 1 of one to copy 2 of the other, and
        // holds no words of its own.
        keep(chain, false, false)
        continue
      }
    }
    for (const part of untakenParts(chain, takenA, takenB, maxGap)) keepFree(part)
  }
}

/**
 * The chains longest first: most words matched, then the widest, then the earliest in the document where
 * it starts earlier, then in the other; ties in the order given. The key packs matched words, extent and
 * first position (each under 2^17) in one number.
 */
function longestFirst(chains: PairChains, closed: Int32Array): number[] {
  let most = 0
  let widest = 0
  let last = 0
  const extent = (c: number): number => (chains.aEnd[c] as number) - (chains.aStart[c] as number) + ((chains.bEnd[c] as number) - (chains.bStart[c] as number))
  for (const c of closed) {
    most = Math.max(most, chains.matched[c] as number)
    widest = Math.max(widest, extent(c))
    last = Math.max(last, chains.aStart[c] as number, chains.bStart[c] as number)
  }
  const span = last + 1
  const bound = (most + 1) * (widest + 1) * span * span
  const first = (c: number): number => Math.min(chains.aStart[c] as number, chains.bStart[c] as number)
  const second = (c: number): number => Math.max(chains.aStart[c] as number, chains.bStart[c] as number)
  if (widest < 2 ** 18 && last < 2 ** 17 && bound * closed.length <= Number.MAX_SAFE_INTEGER) {
    // Within those bounds the order is that of one whole number a chain, sorted without a comparator.
    const keyOf = (k: number): number => {
      const c = closed[k] as number
      return (((most - (chains.matched[c] as number)) * (widest + 1) + (widest - extent(c))) * span + first(c)) * span + second(c)
    }
    const order = sortedIndexes(closed.length, keyOf, bound)
    const chainsInOrder = new Array<number>(closed.length)
    for (let k = 0; k < closed.length; k++) chainsInOrder[k] = closed[order[k] as number] as number
    return chainsInOrder
  }
  // Keys worked out once a chain, not at each comparison: long documents' pairs have thousands of chains.
  const keyed = Array.from(closed, (c) => ({ c, key: ((chains.matched[c] as number) * 2 ** 18 + extent(c)) * 2 ** 17 - first(c), second: second(c) }))
  keyed.sort((x, y) => y.key - x.key || x.second - y.second)
  return keyed.map((k) => k.c)
}

const runsBuffer: number[] = []

/** The runs of a piece's words free in both documents, as (offset, length) pairs, in order, in a buffer
 *  that the next call reuses. */
function freeRuns(takenA: Int32Array, takenB: Int32Array, aStart: number, bStart: number, length: number): readonly number[] {
  const runs = runsBuffer
  runs.length = 0
  let runStart = -1
  for (let t = 0; t <= length; t++) {
    const free = t < length && (takenA[aStart + t] as number) < 0 && (takenB[bStart + t] as number) < 0
    if (free && runStart < 0) runStart = t
    if (free || runStart < 0) continue
    runs.push(runStart, t - runStart)
    runStart = -1
  }
  return runs
}

/** A chain of the runs (offset, length pairs) of one piece that starts at aStart, bStart. */
function runsChain(a: number, b: number, aStart: number, bStart: number, runs: readonly number[]): Chain {
  const chain = newChain({ a, b, aStart: aStart + (runs[0] as number), bStart: bStart + (runs[0] as number), length: runs[1] as number })
  for (let r = 2; r < runs.length; r += 2) {
    const length = runs[r + 1] as number
    chain.pieces.push({ a, b, aStart: aStart + (runs[r] as number), bStart: bStart + (runs[r] as number), length })
    chain.matched += length
  }
  const offset = runs.at(-2) as number
  chain.aEnd = aStart + offset + (runs.at(-1) as number)
  chain.bEnd = bStart + offset + (runs.at(-1) as number)
  return chain
}

/**
 * Grows a chain through rewording. A passage keeps what it grows; a shorter match keeps it only when it
 * grows into a passage (a reworded quote that starts with a few identical words), so a name or a title
 * shared by chance is not glued to the words around it.
 */
function growOrKeep(chain: Chain, passageWords: number, grow: (chain: Chain) => void): void {
  if (chain.matched >= passageWords) {
    grow(chain)
    return
  }
  const trial: Chain = { ...chain, pieces: [...chain.pieces] }
  grow(trial)
  if (trial.matched >= passageWords) Object.assign(chain, trial)
}

// One buffer for each document of a pair, reused from pair to pair: at 100 reports there are 4,950 pairs.
const heldBuffers = [new Int32Array(1024), new Int32Array(1024)]

/** Buffer `which` (0 or 1) cut to a document's words, every word free (-1). */
function heldWords(which: 0 | 1, words: number): Int32Array {
  if ((heldBuffers[which] as Int32Array).length < words) heldBuffers[which] = new Int32Array(Math.max(words, 2 * (heldBuffers[which] as Int32Array).length))
  return (heldBuffers[which] as Int32Array).subarray(0, words).fill(-1)
}

function isFree(taken: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((taken[i] as number) >= 0) return false
  return true
}

function ownersIn(taken: Int32Array, from: number, to: number): Set<number> {
  const owners = new Set<number>()
  for (let i = from; i < to; i++) if ((taken[i] as number) >= 0) owners.add(taken[i] as number)
  return owners
}

const disjoint = (x: ReadonlySet<number>, y: ReadonlySet<number>): boolean => ![...x].some((owner) => y.has(owner))

/** Whether most of the chain's matched words are already held in both documents. */
function mostlyTaken(takenA: Int32Array, takenB: Int32Array, chain: Chain): boolean {
  let both = 0
  for (const p of chain.pieces) for (let t = 0; t < p.length; t++) if ((takenA[p.aStart + t] as number) >= 0 && (takenB[p.bStart + t] as number) >= 0) both++
  return both * 10 >= chain.matched * 9
}

/** The parts of a chain whose words are still free in both documents, re-joined into chains. */
function untakenParts(chain: Chain, takenA: Int32Array, takenB: Int32Array, maxGap: number): Chain[] {
  const parts: Chain[] = []
  let current: Chain | null = null
  for (const piece of chain.pieces) {
    let runStart = -1
    for (let t = 0; t <= piece.length; t++) {
      const free = t < piece.length && (takenA[piece.aStart + t] as number) < 0 && (takenB[piece.bStart + t] as number) < 0
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

