// Seeds and their extension: every k consecutive normalised words are hashed into one index over all
// documents; a k-gram found in two documents is a seed, extended to a maximal exact match (MEM).
// Each MEM is computed once, from its first seed: a seed whose preceding words also match is skipped,
// unless that preceding k-gram was too common to index, in which case the match is walked back to its start.

import type { TokenizedDocument } from './tokenize'

/** An exact run of equal normalised words in two documents, a < b. */
export interface Match {
  a: number
  b: number
  aStart: number
  bStart: number
  length: number
}

const NO_NEXT = -1

function kgramHash(ids: Int32Array, at: number, k: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < k; i++) h = Math.imul(h ^ (ids[at + i] as number), 0x01000193)
  return h
}

export function findMaximalMatches(docs: TokenizedDocument[], k: number, maxOccurrences: number): Match[] {
  // Global position g = offset[doc] + index; chained hashing: head per hash, `next` links older positions.
  const offsets: number[] = []
  let total = 0
  for (const doc of docs) {
    offsets.push(total)
    total += doc.length
  }
  const docOf = new Int32Array(total)
  const next = new Int32Array(total).fill(NO_NEXT)
  const counts = new Map<number, number>()
  const heads = new Map<number, number>()
  const hashes = new Int32Array(total)
  docs.forEach((doc, d) => {
    const base = offsets[d] as number
    docOf.fill(d, base, base + doc.length)
    for (let i = 0; i + k <= doc.length; i++) {
      const g = base + i
      const h = kgramHash(doc.ids, i, k)
      hashes[g] = h
      next[g] = heads.get(h) ?? NO_NEXT
      heads.set(h, g)
      counts.set(h, (counts.get(h) ?? 0) + 1)
    }
  })

  const seedable = (d: number, i: number): boolean => {
    if (i < 0 || i + k > (docs[d] as TokenizedDocument).length) return false
    const count = counts.get(hashes[(offsets[d] as number) + i] as number) ?? 0
    return count >= 2 && count <= maxOccurrences
  }

  const matches: Match[] = []
  const seen = new Set<string>()
  const occurrences: number[] = []
  for (const [hash, head] of heads) {
    const count = counts.get(hash) as number
    if (count < 2 || count > maxOccurrences) continue
    occurrences.length = 0
    for (let g = head; g !== NO_NEXT; g = next[g] as number) occurrences.push(g)
    for (let x = 0; x < occurrences.length; x++) {
      for (let y = x + 1; y < occurrences.length; y++) {
        const gx = occurrences[x] as number
        const gy = occurrences[y] as number
        const dx = docOf[gx] as number
        const dy = docOf[gy] as number
        if (dx === dy) continue
        const [a, b, ga, gb] = dx < dy ? [dx, dy, gx, gy] : [dy, dx, gy, gx]
        const A = docs[a] as TokenizedDocument
        const B = docs[b] as TokenizedDocument
        let aStart = ga - (offsets[a] as number)
        let bStart = gb - (offsets[b] as number)
        if (aStart > 0 && bStart > 0 && A.ids[aStart - 1] === B.ids[bStart - 1]) {
          // Found from the earlier seed on this diagonal, unless that one was too common to index.
          if (seedable(a, aStart - 1)) continue
          while (aStart > 0 && bStart > 0 && A.ids[aStart - 1] === B.ids[bStart - 1]) {
            aStart--
            bStart--
          }
        }
        const key = `${a}:${b}:${aStart}:${bStart}`
        if (seen.has(key)) continue
        seen.add(key)
        let length = 0
        while (aStart + length < A.length && bStart + length < B.length && A.ids[aStart + length] === B.ids[bStart + length]) length++
        // A hash collision can make a seed whose words differ; only real matches of k words count.
        if (length >= k) matches.push({ a, b, aStart, bStart, length })
      }
    }
  }
  return matches
}
