// Seeds and their extension: every k consecutive normalised words are hashed into one index over all
// documents; a k-gram found in two documents is a seed, extended to a maximal exact match (MEM). The
// matches go into parallel typed arrays (MatchList), not an object each: at 100 reports there are a
// quarter of a million, which as objects would live until joined and cost the collector more than the search.
// Each MEM is emitted once, from the first indexable seed inside it: a seed with an earlier indexable
// seed on the same diagonal is skipped. K-grams occurring more often than maxOccurrences are not indexed
// (too common to be evidence), but matches run through them freely.

import { globalPositions, type TokenizedDocument } from './tokenize'
import { widened } from './widen'

/** An exact run of equal normalised words in two documents, a < b. */
export interface Match {
  a: number
  b: number
  aStart: number
  bStart: number
  length: number
}

/** Matches as parallel arrays, in the order found: match i is (a[i], b[i], aStart[i], bStart[i], length[i]). */
export class MatchList {
  a: Int32Array<ArrayBuffer>
  b: Int32Array<ArrayBuffer>
  aStart: Int32Array<ArrayBuffer>
  bStart: Int32Array<ArrayBuffer>
  length: Int32Array<ArrayBuffer>
  count = 0

  constructor(capacity = 1024) {
    this.a = new Int32Array(capacity)
    this.b = new Int32Array(capacity)
    this.aStart = new Int32Array(capacity)
    this.bStart = new Int32Array(capacity)
    this.length = new Int32Array(capacity)
  }

  push(a: number, b: number, aStart: number, bStart: number, length: number): void {
    if (this.count >= this.a.length) this.grow()
    const i = this.count++
    this.a[i] = a
    this.b[i] = b
    this.aStart[i] = aStart
    this.bStart[i] = bStart
    this.length[i] = length
  }

  /** Match i as an object, for the chains that hold it. */
  at(i: number): Match {
    return { a: this.a[i] as number, b: this.b[i] as number, aStart: this.aStart[i] as number, bStart: this.bStart[i] as number, length: this.length[i] as number }
  }

  private grow(): void {
    this.a = widened(this.a, 16)
    this.b = widened(this.b, 16)
    this.aStart = widened(this.aStart, 16)
    this.bStart = widened(this.bStart, 16)
    this.length = widened(this.length, 16)
  }
}

function kgramHash(ids: Int32Array, at: number, k: number): number {
  let h = 0x811c9dc5
  for (let i = 0; i < k; i++) h = Math.imul(h ^ (ids[at + i] as number), 0x01000193)
  return h
}

/** Whether the k words from `x` in one document are those from `y` in another (a seed, not a hash collision). */
function sameWords(a: Int32Array, x: number, b: Int32Array, y: number, k: number): boolean {
  if (x + k > a.length || y + k > b.length) return false
  for (let i = 0; i < k; i++) if (a[x + i] !== b[y + i]) return false
  return true
}

/** An open-addressing table from k-gram hash to its occurrences (a linked list through `next`). */
class KgramIndex {
  private readonly mask: number
  private readonly keys: Int32Array
  private readonly used: Uint8Array
  readonly heads: Int32Array
  readonly counts: Int32Array

  constructor(capacity: number) {
    let size = 16
    while (size < capacity * 2) size *= 2
    this.mask = size - 1
    this.keys = new Int32Array(size)
    this.used = new Uint8Array(size)
    this.heads = new Int32Array(size).fill(-1)
    this.counts = new Int32Array(size)
  }

  slotOf(hash: number): number {
    let slot = Math.imul(hash, 0x9e3779b1) & this.mask
    while (this.used[slot] && this.keys[slot] !== hash) slot = (slot + 1) & this.mask
    if (!this.used[slot]) {
      this.used[slot] = 1
      this.keys[slot] = hash
    }
    return slot
  }

  slots(): number[] {
    const slots: number[] = []
    for (let s = 0; s <= this.mask; s++) if (this.used[s]) slots.push(s)
    return slots
  }
}

export interface SeedResult {
  /** Whether the k-gram starting at word `token` of document `doc` was a seed (rare enough to index). */
  isSeed: (doc: number, token: number) => boolean
}

/**
 * The maximal matches of every pair of documents that hold a seed of k words occurring at most
 * maxOccurrences times, added to `matches`; `skip` leaves out matches already found another way.
 */
export function findMaximalMatches(
  docs: TokenizedDocument[],
  matches: MatchList,
  k: number,
  maxOccurrences: number,
  skip?: (a: number, aStart: number, length: number) => boolean,
  /** Where `skip` would leave out every match holding the seed at word `token` of document `doc`: such
   *  seeds are passed over before their match is followed (a match found by shorter seeds already). */
  skipsSeed?: (doc: number, token: number) => boolean,
): SeedResult {
  const { offsets, docOf, total } = globalPositions(docs)
  const next = new Int32Array(total).fill(-1)
  const slotAt = new Int32Array(total).fill(-1)
  const index = new KgramIndex(total)
  docs.forEach((doc, d) => {
    const base = offsets[d] as number
    for (let i = 0; i + k <= doc.length; i++) {
      const g = base + i
      const slot = index.slotOf(kgramHash(doc.ids, i, k))
      slotAt[g] = slot
      next[g] = index.heads[slot] as number
      index.heads[slot] = g
      index.counts[slot] = (index.counts[slot] as number) + 1
    }
  })
  const indexable = (g: number): boolean => {
    const slot = slotAt[g] as number
    if (slot < 0) return false
    const count = index.counts[slot] as number
    return count >= 2 && count <= maxOccurrences
  }

  const occurrences: number[] = []
  for (const slot of index.slots()) {
    const count = index.counts[slot] as number
    if (count < 2 || count > maxOccurrences) continue
    occurrences.length = 0
    for (let g = index.heads[slot] as number; g >= 0; g = next[g] as number) occurrences.push(g)
    for (let x = 0; x < occurrences.length; x++) {
      for (let y = x + 1; y < occurrences.length; y++) {
        const gx = occurrences[x] as number
        const gy = occurrences[y] as number
        const dx = docOf[gx] as number
        const dy = docOf[gy] as number
        if (dx === dy) continue
        const a = dx < dy ? dx : dy
        const b = dx < dy ? dy : dx
        const ga = dx < dy ? gx : gy
        const gb = dx < dy ? gy : gx
        const A = (docs[a] as TokenizedDocument).ids
        const B = (docs[b] as TokenizedDocument).ids
        const aBase = offsets[a] as number
        const bBase = offsets[b] as number
        let aStart = ga - aBase
        let bStart = gb - bBase
        if (skipsSeed?.(a, aStart) && sameWords(A, aStart, B, bStart, k)) continue
        // Walk back along the diagonal: an earlier indexable seed owns this match; otherwise start here.
        let owned = false
        while (aStart > 0 && bStart > 0 && A[aStart - 1] === B[bStart - 1]) {
          if (indexable(aBase + aStart - 1)) {
            owned = true
            break
          }
          aStart--
          bStart--
        }
        if (owned) continue
        let length = 0
        while (aStart + length < A.length && bStart + length < B.length && A[aStart + length] === B[bStart + length]) length++
        // A hash collision can make a seed whose words differ; only real matches of k words count.
        if (length < k) continue
        if (!skip?.(a, aStart, length)) matches.push(a, b, aStart, bStart, length)
      }
    }
  }
  return { isSeed: (doc, token) => indexable((offsets[doc] as number) + token) }
}
