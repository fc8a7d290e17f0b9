// Joins the exact matches of each pair of documents into chains: matches in the same order in both
// documents, separated by at most maxGap differing words on either side (a changed, added or dropped
// word), make one chain.

import { sortedIndexes } from './order'
import { MatchList, type Match } from './seed'
import { widened } from './widen'

export interface Chain {
  a: number
  b: number
  /** The exact matches, in order, not overlapping in either document. */
  pieces: Match[]
  /** Token ranges [start, end) covered in each document, gaps included. */
  aStart: number
  aEnd: number
  bStart: number
  bEnd: number
  /** Words matched exactly: the sum of the pieces' lengths. */
  matched: number
}

export function newChain(m: Match): Chain {
  return { a: m.a, b: m.b, pieces: [m], aStart: m.aStart, aEnd: m.aStart + m.length, bStart: m.bStart, bEnd: m.bStart + m.length, matched: m.length }
}

/**
 * The chains of one pair of documents as parallel arrays, refilled pair after pair: chain c covers words
 * [aStart[c], aEnd[c]) of document a and [bStart[c], bEnd[c]) of b, and its pieces are a list through
 * `next` from head[c]. Nearly every chain is one chance match of a few words, most of them kept as a phrase
 * untouched (select.ts): held here, they need no object at all.
 */
export class PairChains {
  a = 0
  b = 0
  count = 0
  aStart = new Int32Array(256)
  aEnd = new Int32Array(256)
  bStart = new Int32Array(256)
  bEnd = new Int32Array(256)
  matched = new Int32Array(256)
  head = new Int32Array(256)
  tail = new Int32Array(256)
  pieceCount = 0
  pieceA = new Int32Array(256)
  pieceB = new Int32Array(256)
  pieceLength = new Int32Array(256)
  next = new Int32Array(256)

  reset(a: number, b: number, matches: number): void {
    this.a = a
    this.b = b
    this.count = 0
    this.pieceCount = 0
    if (this.aStart.length < matches) {
      for (const field of ['aStart', 'aEnd', 'bStart', 'bEnd', 'matched', 'head', 'tail', 'pieceA', 'pieceB', 'pieceLength', 'next'] as const) this[field] = widened(this[field], matches)
    }
  }

  /** A new chain of one piece; returns its index. */
  open(aStart: number, bStart: number, length: number): number {
    const c = this.count++
    const p = this.pieceCount++
    this.pieceA[p] = aStart
    this.pieceB[p] = bStart
    this.pieceLength[p] = length
    this.next[p] = -1
    this.head[c] = p
    this.tail[c] = p
    this.aStart[c] = aStart
    this.bStart[c] = bStart
    this.aEnd[c] = aStart + length
    this.bEnd[c] = bStart + length
    this.matched[c] = length
    return c
  }

  /** A piece added at the end of chain c. */
  append(c: number, aStart: number, bStart: number, length: number): void {
    const p = this.pieceCount++
    this.pieceA[p] = aStart
    this.pieceB[p] = bStart
    this.pieceLength[p] = length
    this.next[p] = -1
    this.next[this.tail[c] as number] = p
    this.tail[c] = p
    this.aEnd[c] = aStart + length
    this.bEnd[c] = bStart + length
    this.matched[c] = (this.matched[c] as number) + length
  }

  /** Chain c as an object, for the stages that change a chain's pieces. */
  chain(c: number): Chain {
    const pieces: Match[] = []
    for (let p = this.head[c] as number; p >= 0; p = this.next[p] as number) {
      pieces.push({ a: this.a, b: this.b, aStart: this.pieceA[p] as number, bStart: this.pieceB[p] as number, length: this.pieceLength[p] as number })
    }
    return { a: this.a, b: this.b, pieces, aStart: this.aStart[c] as number, aEnd: this.aEnd[c] as number, bStart: this.bStart[c] as number, bEnd: this.bEnd[c] as number, matched: this.matched[c] as number }
  }
}

let openChains = new Int32Array(64)

/**
 * The chains of one pair of documents into `into`, from its matches (matches[from, to), in any order);
 * returns the chains' indexes in the order they were closed. A match joins the open chain it follows most
 * closely, trimmed at its start where it overlaps that chain's end.
 */
export function chainPair(matches: MatchList, from: number, to: number, maxGap: number, into: PairChains): Int32Array {
  const count = to - from
  into.reset(matches.a[from] as number, matches.b[from] as number, count)
  let aWidth = 1
  let bWidth = 1
  for (let i = from; i < to; i++) {
    if ((matches.aStart[i] as number) >= aWidth) aWidth = (matches.aStart[i] as number) + 1
    if ((matches.bStart[i] as number) >= bWidth) bWidth = (matches.bStart[i] as number) + 1
  }
  if (openChains.length < count) openChains = new Int32Array(2 * count)
  const closed = new Int32Array(count)
  let closedCount = 0
  let openCount = 0
  const order = sortedIndexes(count, (k) => (matches.aStart[from + k] as number) * bWidth + (matches.bStart[from + k] as number), aWidth * bWidth)
  for (let k = 0; k < count; k++) {
    const i = from + (order[k] as number)
    const mA = matches.aStart[i] as number
    const mB = matches.bStart[i] as number
    const mLength = matches.length[i] as number
    let still = 0
    for (let o = 0; o < openCount; o++) {
      const c = openChains[o] as number
      if ((into.aEnd[c] as number) >= mA - maxGap) openChains[still++] = c
      else closed[closedCount++] = c
    }
    openCount = still
    let best = -1
    let bestOverlap = 0
    let bestCost = Infinity
    for (let o = 0; o < openCount; o++) {
      const c = openChains[o] as number
      const aEnd = into.aEnd[c] as number
      const bEnd = into.bEnd[c] as number
      // The match trimmed at its start so it begins after the chain's end in both documents.
      const overlap = Math.max(0, aEnd - mA, bEnd - mB)
      if (overlap >= mLength || overlap > maxGap) continue
      const aGap = mA + overlap - aEnd
      const bGap = mB + overlap - bEnd
      if (aGap > maxGap || bGap > maxGap) continue
      if (aGap + bGap < bestCost) {
        best = c
        bestOverlap = overlap
        bestCost = aGap + bGap
      }
    }
    if (best >= 0) into.append(best, mA + bestOverlap, mB + bestOverlap, mLength - bestOverlap)
    else openChains[openCount++] = into.open(mA, mB, mLength)
  }
  for (let o = 0; o < openCount; o++) closed[closedCount++] = openChains[o] as number
  return closed.subarray(0, closedCount)
}

/**
 * The matches sorted by pair of documents, pairs in order of their first match and each pair's matches in
 * the order found: pair p's are matches[ends[p - 1] ?? 0, ends[p]). Moved in one pass over the matches, so
 * that joining reads each pair's from one stretch of memory.
 */
export function matchesByPair(matches: MatchList, docCount: number): { matches: MatchList; ends: Int32Array } {
  const count = matches.count
  // A pair's rank (order of first match): a table over every pair while that stays small, else a map.
  const dense = docCount <= 1024 ? new Int32Array(docCount * docCount).fill(-1) : null
  const sparse = new Map<number, number>()
  const pairOf = new Int32Array(count)
  const sizes: number[] = []
  for (let i = 0; i < count; i++) {
    const key = (matches.a[i] as number) * docCount + (matches.b[i] as number)
    let rank = dense ? (dense[key] as number) : (sparse.get(key) ?? -1)
    if (rank < 0) {
      rank = sizes.length
      sizes.push(0)
      if (dense) dense[key] = rank
      else sparse.set(key, rank)
    }
    pairOf[i] = rank
    sizes[rank] = (sizes[rank] as number) + 1
  }
  const ends = new Int32Array(sizes.length)
  const next = new Int32Array(sizes.length)
  let total = 0
  sizes.forEach((size, rank) => {
    next[rank] = total
    total += size
    ends[rank] = total
  })
  const sorted = new MatchList(count)
  sorted.count = count
  for (let i = 0; i < count; i++) {
    const rank = pairOf[i] as number
    const at = next[rank] as number
    next[rank] = at + 1
    sorted.a[at] = matches.a[i] as number
    sorted.b[at] = matches.b[i] as number
    sorted.aStart[at] = matches.aStart[i] as number
    sorted.bStart[at] = matches.bStart[i] as number
    sorted.length[at] = matches.length[i] as number
  }
  return { matches: sorted, ends }
}

/**
 * Calls `visit` with the chains of every pair of documents that share anything, pair by pair: the pair's
 * chains (refilled for each pair) and their indexes in order.
 */
export function forEachPairChains(found: MatchList, docCount: number, maxGap: number, visit: (chains: PairChains, order: Int32Array) => void): void {
  const { matches, ends } = matchesByPair(found, docCount)
  const chains = new PairChains()
  let start = 0
  for (const end of ends) {
    visit(chains, chainPair(matches, start, end, maxGap, chains))
    start = end
  }
}
