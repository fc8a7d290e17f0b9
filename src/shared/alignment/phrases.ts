// Shorter shared matches (names, titles, a few words), grouped apart from the passages.

import { sortSpans, type TokenGroup, type TokenSpan } from './group'
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
  // Most chance matches lie in a passage of one of their documents: they are let go before any is copied.
  const kept: TokenGroup[] = []
  for (let i = 0; i < chains.count; i++) {
    const a = chains.get(i, 0)
    const aStart = chains.get(i, 1)
    const aEnd = chains.get(i, 2)
    const b = chains.get(i, 3)
    const bStart = chains.get(i, 4)
    const bEnd = chains.get(i, 5)
    if (touchesPassage(a, aStart, aEnd) || touchesPassage(b, bStart, bEnd)) continue
    kept.push({
      spans: [
        { doc: a, from: aStart, to: aEnd },
        { doc: b, from: bStart, to: bEnd },
      ],
    })
  }

  // The same stretch of one document often stands in many pairs (a name shared with every other report):
  // such items are one phrase at once, and only distinct stretches need the overlap test below.
  const same = new UnionFind(kept.length)
  const byDoc = new Map<number, Map<number, { item: number; from: number; to: number }>>()
  kept.forEach((item, index) => {
    for (const s of item.spans) {
      let stretches = byDoc.get(s.doc)
      if (!stretches) byDoc.set(s.doc, (stretches = new Map()))
      // A stretch's key: its start and end as one number (both lie within its document).
      const key = s.from * ((docs[s.doc] as TokenizedDocument).length + 1) + s.to
      const first = stretches.get(key)
      if (first) same.union(first.item, index)
      else stretches.set(key, { item: index, from: s.from, to: s.to })
    }
  })
  for (const stretches of byDoc.values()) {
    const list = [...stretches.values()].sort((x, y) => x.from - y.from)
    for (let i = 0; i < list.length; i++) {
      const x = list[i] as { item: number; from: number; to: number }
      for (let j = i + 1; j < list.length && (list[j]?.from as number) < x.to; j++) {
        const y = list[j] as { item: number; from: number; to: number }
        const overlap = Math.min(x.to, y.to) - y.from
        if (overlap * 2 >= Math.min(x.to - x.from, y.to - y.from)) same.union(x.item, y.item)
      }
    }
  }

  const groups = new Map<number, TokenSpan[]>()
  kept.forEach((item, index) => {
    const root = same.find(index)
    const spans = groups.get(root)
    if (spans) spans.push(...item.spans)
    else groups.set(root, [...item.spans])
  })
  const result: TokenGroup[] = []
  for (const spans of groups.values()) {
    const merged: TokenSpan[] = []
    for (const s of sortSpans(spans.map((x) => ({ ...x })))) {
      const last = merged.at(-1)
      if (last && last.doc === s.doc && s.from < last.to) last.to = Math.max(last.to, s.to)
      else merged.push(s)
    }
    if (new Set(merged.map((s) => s.doc)).size >= 2) result.push({ spans: merged })
  }
  return result
}
