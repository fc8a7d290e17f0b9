// Chooses, per pair of documents, which chains to keep: longest first, each word matched once, except
// where a document carries a passage twice: then every copy is kept, so each pair of copies is linked.
// Kept chains grow through reworded stretches (extend.ts), and a single chance word beyond a sentence
// break at either end is cut off.

import { extendThroughRewording, growthBound } from './extend'
import { newChain, type Chain } from './join'
import { sortedBy } from './order'
import type { Match } from './seed'
import { PARAGRAPH_BREAK, SENTENCE_BREAK, type TokenizedDocument } from './tokenize'

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

/**
 * The chains kept for one pair of documents (pairs are independent), longest first. A chain that overlaps
 * words kept before in both documents is cut back to its free parts, so a phrase repeated inside a passage
 * is not matched again against its other occurrence. The order is symmetric in the two documents.
 */
export function selectPairChains(chains: Chain[], docs: TokenizedDocument[], options: SelectOptions): Chain[] {
  const first = chains[0]
  if (!first) return []
  const { minWords, maxGap, passageWords, extendWindow } = options
  // Which kept chain holds each word (-1: none).
  const takenA = heldWords(0, (docs[first.a] as TokenizedDocument).length)
  const takenB = heldWords(1, (docs[first.b] as TokenizedDocument).length)
  const kept: Chain[] = []
  /** Keeps a chain; the words it marks as held are those later chains may not take again. */
  const keep = (chain: Chain, markA: boolean, markB: boolean): void => {
    const index = kept.length
    kept.push(chain)
    // Pieces are a few words: a loop costs less than a call to fill.
    if (markA) for (const p of chain.pieces) for (let t = p.aStart; t < p.aStart + p.length; t++) takenA[t] = index
    if (markB) for (const p of chain.pieces) for (let t = p.bStart; t < p.bStart + p.length; t++) takenB[t] = index
  }
  const extendOptions = { window: extendWindow, minDensity: 0.5, maxGap }
  /** A chain whose words are free in both documents: grown, trimmed, and kept if still long enough. */
  const keepFree = (part: Chain): void => {
    // A short match grows only into a passage: not worth trying where its neighbours share too few words.
    const bound = growthBound(part, docs, takenA, takenB, extendOptions)
    if (bound > 0 && part.matched + bound >= passageWords) {
      growOrKeep(part, passageWords, (c) => extendThroughRewording(c, docs, takenA, takenB, extendOptions))
    }
    if (part.matched >= passageWords) trimPassage(part, docs, passageWords)
    else trimChanceWords(part, docs, minWords, passageWords)
    if (part.matched >= minWords) keep(part, true, true)
  }
  for (const chain of longestFirst(chains)) {
    const freeA = isFree(takenA, chain.aStart, chain.aEnd)
    const freeB = isFree(takenB, chain.bStart, chain.bEnd)
    if (freeA && freeB) {
      keepFree(chain)
      continue
    }
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
  return kept
}

/**
 * The chains longest first: most words matched, then the widest, then the earliest in the document where
 * it starts earlier, then in the other; ties in the order given. The key packs matched words, extent and
 * first position (each under 2^17) in one number.
 */
function longestFirst(chains: Chain[]): Chain[] {
  let most = 0
  let widest = 0
  let last = 0
  for (const c of chains) {
    most = Math.max(most, c.matched)
    widest = Math.max(widest, c.aEnd - c.aStart + (c.bEnd - c.bStart))
    last = Math.max(last, c.aStart, c.bStart)
  }
  const span = last + 1
  const bound = (most + 1) * (widest + 1) * span * span
  if (widest < 2 ** 18 && last < 2 ** 17 && bound * chains.length <= Number.MAX_SAFE_INTEGER) {
    // Within those bounds the order is that of one whole number a chain, sorted without a comparator.
    const extent = (c: Chain): number => c.aEnd - c.aStart + (c.bEnd - c.bStart)
    return sortedBy(chains, (c) => (((most - c.matched) * (widest + 1) + (widest - extent(c))) * span + Math.min(c.aStart, c.bStart)) * span + Math.max(c.aStart, c.bStart), bound)
  }
  const keyed = chains.map((c) => ({
    chain: c,
    key: (c.matched * 2 ** 18 + (c.aEnd - c.aStart + (c.bEnd - c.bStart))) * 2 ** 17 - Math.min(c.aStart, c.bStart),
  }))
  keyed.sort((x, y) => y.key - x.key || Math.max(x.chain.aStart, x.chain.bStart) - Math.max(y.chain.aStart, y.chain.bStart))
  return keyed.map((k) => k.chain)
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

/**
 * Cuts a chance word at either end of a passage, unless that would leave fewer words than a passage
 * needs: ten identical words in two reports are shared text even where the tenth opens a sentence.
 */
function trimPassage(chain: Chain, docs: TokenizedDocument[], passageWords: number): void {
  const before = { pieces: chain.pieces, matched: chain.matched, aStart: chain.aStart, aEnd: chain.aEnd, bStart: chain.bStart, bEnd: chain.bEnd }
  trimChanceWords(chain, docs, 2, 2)
  if (chain.matched < passageWords) Object.assign(chain, before)
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
 * the next one with the same word ("... stepping down. Russia ...") match across the break. Words past a
 * break that both documents have near the chain's end are chance and are cut off: for a passage, one word
 * (two or more are the same text going on: "It's wrong. It's destructive"); for a short phrase, fewer than
 * `shortTail` after a sentence break or `longTail` after a paragraph break. The same at the chain's start.
 * A chain that reaches the end (or start) of both documents has nothing beyond it to be chance about.
 */
function trimChanceWords(chain: Chain, docs: TokenizedDocument[], shortTail: number, longTail: number): void {
  const A = (docs[chain.a] as TokenizedDocument).breakAfter
  const B = (docs[chain.b] as TokenizedDocument).breakAfter
  if (chain.aEnd < A.length || chain.bEnd < B.length) {
    const aTail = lastBreak(A, chain.aStart, chain.aEnd, shortTail, longTail)
    const bTail = lastBreak(B, chain.bStart, chain.bEnd, shortTail, longTail)
    if (aTail >= 0 && bTail >= 0) cutChain(chain, chain.aStart, aTail + 1, chain.bStart, bTail + 1)
  }
  if (chain.pieces.length === 0 || (chain.aStart === 0 && chain.bStart === 0)) return
  const aHead = firstBreak(A, chain.aStart, chain.aEnd, shortTail, longTail)
  const bHead = firstBreak(B, chain.bStart, chain.bEnd, shortTail, longTail)
  if (aHead >= 0 && bHead >= 0) cutChain(chain, aHead + 1, chain.aEnd, bHead + 1, chain.bEnd)
}
