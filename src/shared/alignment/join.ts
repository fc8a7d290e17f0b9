// Joins the exact matches of each pair of documents into chains: matches in the same order in both
// documents, separated by at most maxGap differing words on either side (a changed, added or dropped
// word), make one chain.

import { sortedBy } from './order'
import type { Match } from './seed'

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

/** The chains of one pair of documents, from its matches (in any order). */
export function chainPair(matches: Match[], maxGap: number): Chain[] {
  let aWidth = 1
  let bWidth = 1
  for (const m of matches) {
    if (m.aStart >= aWidth) aWidth = m.aStart + 1
    if (m.bStart >= bWidth) bWidth = m.bStart + 1
  }
  const closed: Chain[] = []
  const open: Chain[] = []
  for (const m of sortedBy(matches, (x) => x.aStart * bWidth + x.bStart, aWidth * bWidth)) {
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

/** The matches of every pair of documents that share anything, one list per pair, pairs in order of first match. */
export function matchesByPair(matches: Match[]): Match[][] {
  const byPair = new Map<number, Match[]>()
  for (const m of matches) {
    const key = m.a * 65536 + m.b
    const list = byPair.get(key)
    if (list) list.push(m)
    else byPair.set(key, [m])
  }
  return [...byPair.values()]
}

/** The chains of every pair of documents that share anything, one list per pair. */
export function chainMatches(matches: Match[], maxGap: number): Chain[][] {
  return matchesByPair(matches).map((pairMatches) => chainPair(pairMatches, maxGap))
}
