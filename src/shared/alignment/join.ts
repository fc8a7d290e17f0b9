// Joins the exact matches of each pair of documents into chains: matches in the same order in both
// documents, separated by at most maxGap differing words on either side (a changed, added or dropped
// word), make one chain.

import { sortedIndexes } from './order'
import type { Match, MatchList } from './seed'

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

/** A match trimmed at its start so it begins after the chain's end in both documents, or null. */
function trimmedAfter(chain: Chain, m: Match, maxGap: number): Match | null {
  const overlap = Math.max(0, chain.aEnd - m.aStart, chain.bEnd - m.bStart)
  if (overlap >= m.length || overlap > maxGap) return null
  const trimmed = overlap === 0 ? m : { ...m, aStart: m.aStart + overlap, bStart: m.bStart + overlap, length: m.length - overlap }
  const aGap = trimmed.aStart - chain.aEnd
  const bGap = trimmed.bStart - chain.bEnd
  return aGap <= maxGap && bGap <= maxGap ? trimmed : null
}

/** The chains of one pair of documents, from its matches: `indexes` into `matches`, in any order. */
export function chainPair(matches: MatchList, indexes: Int32Array, maxGap: number): Chain[] {
  let aWidth = 1
  let bWidth = 1
  for (const i of indexes) {
    if ((matches.aStart[i] as number) >= aWidth) aWidth = (matches.aStart[i] as number) + 1
    if ((matches.bStart[i] as number) >= bWidth) bWidth = (matches.bStart[i] as number) + 1
  }
  const closed: Chain[] = []
  const open: Chain[] = []
  const order = sortedIndexes(indexes.length, (k) => (matches.aStart[indexes[k] as number] as number) * bWidth + (matches.bStart[indexes[k] as number] as number), aWidth * bWidth)
  for (let k = 0; k < order.length; k++) {
    const m = matches.at(indexes[order[k] as number] as number)
    let still = 0
    for (const c of open) {
      if (c.aEnd >= m.aStart - maxGap) open[still++] = c
      else closed.push(c)
    }
    open.length = still
    let best: Chain | null = null
    let bestPiece: Match | null = null
    let bestCost = Infinity
    for (const chain of open) {
      const piece = trimmedAfter(chain, m, maxGap)
      if (!piece) continue
      const cost = piece.aStart - chain.aEnd + (piece.bStart - chain.bEnd)
      if (cost < bestCost) {
        best = chain
        bestPiece = piece
        bestCost = cost
      }
    }
    if (best && bestPiece) {
      best.pieces.push(bestPiece)
      best.aEnd = bestPiece.aStart + bestPiece.length
      best.bEnd = bestPiece.bStart + bestPiece.length
      best.matched += bestPiece.length
    } else {
      open.push(newChain(m))
    }
  }
  for (const chain of open) closed.push(chain)
  return closed
}

/**
 * The matches of every pair of documents that share anything, as indexes into `matches`: pair p's are
 * order[ends[p - 1] ?? 0 .. ends[p]), in the order found; pairs in order of their first match.
 */
export function matchesByPair(matches: MatchList, docCount: number): { order: Int32Array; ends: Int32Array } {
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
  const order = new Int32Array(count)
  for (let i = 0; i < count; i++) {
    const rank = pairOf[i] as number
    order[next[rank] as number] = i
    next[rank] = (next[rank] as number) + 1
  }
  return { order, ends }
}

/** Calls `visit` with the chains of every pair of documents that share anything, pair by pair. */
export function forEachPairChains(matches: MatchList, docCount: number, maxGap: number, visit: (chains: Chain[]) => void): void {
  const { order, ends } = matchesByPair(matches, docCount)
  let start = 0
  for (const end of ends) {
    visit(chainPair(matches, order.subarray(start, end), maxGap))
    start = end
  }
}
