// Shorter shared matches (names, titles, a few words), grouped apart from the passages.

import { mergedGroups, type TokenGroup } from './group'
import { sortedIndexes } from './order'
import type { TokenizedDocument } from './tokenize'
import { UnionFind } from './unionFind'

/**
 * The stretches of the shorter chains kept (phrases), as parallel arrays: chain i covers words
 * [aStart[i], aEnd[i]) of document a[i] and [bStart[i], bEnd[i]) of b[i]. At 100 reports there are more
 * than 100,000, most of them let go at once for touching a passage; as arrays they cost the collector nothing.
 */
export class PhraseChains {
  private fields = new Int32Array(6 * 1024)
  count = 0

  push(a: number, aStart: number, aEnd: number, b: number, bStart: number, bEnd: number): void {
    if (6 * (this.count + 1) > this.fields.length) {
      const wider = new Int32Array(2 * this.fields.length)
      wider.set(this.fields)
      this.fields = wider
    }
    const at = 6 * this.count++
    const f = this.fields
    f[at] = a
    f[at + 1] = aStart
    f[at + 2] = aEnd
    f[at + 3] = b
    f[at + 4] = bStart
    f[at + 5] = bEnd
  }

  /** Field `field` (0 to 5: a, aStart, aEnd, b, bStart, bEnd) of chain i. */
  get(i: number, field: number): number {
    return this.fields[6 * i + field] as number
  }
}

/**
 * Groups shorter shared matches (phrases), each a chain of two documents. Pieces that overlap by at least
 * half of the shorter one in any document are the same phrase; each document's span is the union of its
 * pieces there. Phrases that touch a passage are left out: the passage already shows that text as shared.
 */
export function groupPhrases(docs: TokenizedDocument[], chains: PhraseChains, passages: TokenGroup[]): TokenGroup[] {
  const inPassage = docs.map((doc) => new Uint8Array(doc.length))
  for (const group of passages) for (const s of group.spans) (inPassage[s.doc] as Uint8Array).fill(1, s.from, s.to)
  const touchesPassage = (doc: number, from: number, to: number): boolean => {
    const marks = inPassage[doc] as Uint8Array
    for (let i = from; i < to; i++) if (marks[i]) return true
    return false
  }
  // Most chance matches lie in a passage of one of their documents: they are let go first. Stretch 2i is
  // phrase i's in its first document, 2i + 1 in its second.
  const doc = new Int32Array(2 * chains.count)
  const from = new Int32Array(2 * chains.count)
  const to = new Int32Array(2 * chains.count)
  let count = 0
  for (let i = 0; i < chains.count; i++) {
    const a = chains.get(i, 0)
    const aStart = chains.get(i, 1)
    const aEnd = chains.get(i, 2)
    const b = chains.get(i, 3)
    const bStart = chains.get(i, 4)
    const bEnd = chains.get(i, 5)
    if (touchesPassage(a, aStart, aEnd) || touchesPassage(b, bStart, bEnd)) continue
    doc[count] = a
    from[count] = aStart
    to[count++] = aEnd
    doc[count] = b
    from[count] = bStart
    to[count++] = bEnd
  }

  // The same stretch of one document often stands in many pairs (a name shared with every other report):
  // such phrases are one at once, and only distinct stretches need the overlap test below. By document,
  // start and end, equal stretches come together, and a document's distinct ones in order of start.
  const same = new UnionFind(count / 2)
  let longest = 0
  for (const d of docs) longest = Math.max(longest, d.length)
  const width = longest + 1
  const order = sortedIndexes(count, (k) => ((doc[k] as number) * width + (from[k] as number)) * width + (to[k] as number), docs.length * width * width)
  const distinct = new Int32Array(count)
  let distinctCount = 0
  for (let n = 0; n < count; n++) {
    const k = order[n] as number
    const last = distinctCount > 0 ? (distinct[distinctCount - 1] as number) : -1
    if (last >= 0 && doc[last] === doc[k] && from[last] === from[k] && to[last] === to[k]) same.union(last >> 1, k >> 1)
    else distinct[distinctCount++] = k
  }
  for (let x = 0; x < distinctCount; x++) {
    const i = distinct[x] as number
    for (let y = x + 1; y < distinctCount; y++) {
      const j = distinct[y] as number
      if (doc[j] !== doc[i] || (from[j] as number) >= (to[i] as number)) break
      const overlap = Math.min(to[i] as number, to[j] as number) - (from[j] as number)
      if (overlap * 2 >= Math.min((to[i] as number) - (from[i] as number), (to[j] as number) - (from[j] as number))) same.union(i >> 1, j >> 1)
    }
  }
  return mergedGroups(count, doc, from, to, (k) => same.find(k >> 1))
}
