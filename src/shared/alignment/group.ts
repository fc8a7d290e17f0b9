// Groups the chains kept for each pair of documents into passages across all of them. Each chain goes whole
// into one passage, so whatever two reports share can be read from one passage; chains whose stretches in a
// document are nearly the same (each covers 90% of the other) go into the same one, so a quote carried by
// three reports is one group. A stretch of different extent is a passage of its own: a part that three
// reports share, inside a longer part that two of them share, is a passage nested inside the longer one.
// Each passage links only stretches that match one another.

import type { Chain } from './join'
import type { TokenizedDocument } from './tokenize'
import { sortedIndexes } from './order'
import { UnionFind } from './unionFind'

/** Tokens [from, to) of one document. */
export interface TokenSpan {
  doc: number
  from: number
  to: number
}

export interface TokenGroup {
  spans: TokenSpan[]
  /** The index of the passage this one lies inside (its stretches in each of that passage's documents). */
  parent?: number
}

/** How much of each of two stretches of one document must overlap for them to be the same passage... */
const SAME_STRETCH = 0.9

/**
 * ...or both their ends must lie this close, in words: where the pairs' chains end a few words apart (one
 * report's "The mayor said:" against another's "The mayor vowed:" before the same quote). It is also the
 * slack allowed when a passage lies inside another.
 */
export interface GroupOptions {
  endSlack: number
}

/**
 * Stretches k in [0, count) of documents doc[k], words [from[k], to[k]), gathered by the set setOf(k) they
 * belong to (a whole number under `count`), one passage a set: its stretches by document, then start (ties in
 * index order), overlapping stretches of one document merged, apart they are copies. A set in one document
 * only is no passage. Sets in order of their first stretch.
 */
export function mergedGroups(count: number, doc: Int32Array, from: Int32Array, to: Int32Array, setOf: (k: number) => number): TokenGroup[] {
  const rankOf = new Int32Array(count).fill(-1)
  const rankAt = new Int32Array(count)
  const sizes: number[] = []
  let width = 1
  let docs = 1
  for (let k = 0; k < count; k++) {
    const set = setOf(k)
    let rank = rankOf[set] as number
    if (rank < 0) {
      rank = rankOf[set] = sizes.length
      sizes.push(0)
    }
    rankAt[k] = rank
    sizes[rank] = (sizes[rank] as number) + 1
    if ((from[k] as number) >= width) width = (from[k] as number) + 1
    if ((doc[k] as number) >= docs) docs = (doc[k] as number) + 1
  }
  const starts = new Int32Array(sizes.length + 1)
  sizes.forEach((size, rank) => (starts[rank + 1] = (starts[rank] as number) + size))
  const next = starts.slice(0, sizes.length)
  const members = new Int32Array(count)
  for (let k = 0; k < count; k++) {
    const rank = rankAt[k] as number
    members[next[rank] as number] = k
    next[rank] = (next[rank] as number) + 1
  }
  const groups: TokenGroup[] = []
  for (let rank = 0; rank < sizes.length; rank++) {
    const set = members.subarray(starts[rank], starts[rank + 1])
    const order = sortedIndexes(set.length, (i) => (doc[set[i] as number] as number) * width + (from[set[i] as number] as number), docs * width)
    const merged: TokenSpan[] = []
    for (let i = 0; i < set.length; i++) {
      const k = set[order[i] as number] as number
      const last = merged.at(-1)
      if (last && last.doc === doc[k] && (from[k] as number) < last.to) last.to = Math.max(last.to, to[k] as number)
      else merged.push({ doc: doc[k] as number, from: from[k] as number, to: to[k] as number })
    }
    if ((merged[0] as TokenSpan).doc !== (merged.at(-1) as TokenSpan).doc) groups.push({ spans: merged })
  }
  return groups
}

/** Passages from the pairs' chains: near-identical stretches joined, and each nested passage's parent. */
export function groupPassages(docs: TokenizedDocument[], chains: Chain[], { endSlack }: GroupOptions): TokenGroup[] {
  // Stretch 2i is chain i's in its first document, 2i + 1 in its second.
  const count = 2 * chains.length
  const doc = new Int32Array(count)
  const from = new Int32Array(count)
  const to = new Int32Array(count)
  chains.forEach((c, i) => {
    doc[2 * i] = c.a
    from[2 * i] = c.aStart
    to[2 * i] = c.aEnd
    doc[2 * i + 1] = c.b
    from[2 * i + 1] = c.bStart
    to[2 * i + 1] = c.bEnd
  })
  const same = new UnionFind(count)
  chains.forEach((_, i) => same.union(2 * i, 2 * i + 1))
  // Every stretch by document, then start: only stretches of one document that overlap are compared. A
  // stretch that many pairs share (a paragraph in m reports stands in m - 1 chains in each) is one stretch
  // here, joined at once: comparing every copy with every other would cost m³ a passage. The order (by
  // document, then start, the longest first) is one whole number a stretch.
  let longest = 0
  for (const d of docs) longest = Math.max(longest, d.length)
  const width = longest + 1
  const order = sortedIndexes(count, (i) => ((doc[i] as number) * width + (from[i] as number)) * width + (longest - (to[i] as number)), docs.length * width * width)
  const distinct = new Int32Array(count)
  let distinctCount = 0
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number
    const last = distinctCount > 0 ? (distinct[distinctCount - 1] as number) : -1
    if (last >= 0 && doc[last] === doc[i] && from[last] === from[i] && to[last] === to[i]) same.union(last, i)
    else distinct[distinctCount++] = i
  }
  for (let x = 0; x < distinctCount; x++) {
    const i = distinct[x] as number
    const sFrom = from[i] as number
    const sTo = to[i] as number
    for (let y = x + 1; y < distinctCount; y++) {
      const j = distinct[y] as number
      const tFrom = from[j] as number
      const tTo = to[j] as number
      if (doc[j] !== doc[i] || tFrom >= sTo) break
      const overlap = Math.min(sTo, tTo) - tFrom
      const nearEnds = tFrom - sFrom <= endSlack && Math.abs(tTo - sTo) <= endSlack
      if (nearEnds || (overlap >= SAME_STRETCH * (sTo - sFrom) && overlap >= SAME_STRETCH * (tTo - tFrom))) same.union(i, j)
    }
  }
  const groups = mergedGroups(count, doc, from, to, (k) => same.find(k))
  groups.sort((x, y) => (x.spans[0]?.doc as number) - (y.spans[0]?.doc as number) || (x.spans[0]?.from as number) - (y.spans[0]?.from as number))
  setParents(groups, docs.length, endSlack)
  return groups
}

/**
 * A passage lies inside another when that other's documents are all among its own and, in each of them,
 * each of its stretches lies within a stretch of the other: the part three reports share inside the
 * longer part two of them share. The parent is the smallest such passage.
 */
function setParents(groups: TokenGroup[], docCount: number, slack: number): void {
  const extent = groups.map((g) => g.spans.reduce((sum, s) => sum + s.to - s.from, 0))
  // For each stretch (passage, index of the stretch), the passages with a stretch containing it.
  const containers = groups.map((g) => g.spans.map(() => new Set<number>()))
  const byDoc: Array<Array<{ from: number; to: number; group: number; k: number }>> = Array.from({ length: docCount }, () => [])
  groups.forEach((g, group) => g.spans.forEach((s, k) => byDoc[s.doc]?.push({ from: s.from, to: s.to, group, k })))
  for (const list of byDoc) {
    // By start, the longest first at one start: a container comes before what it contains.
    list.sort((x, y) => x.from - y.from || y.to - x.to)
    // A container may start up to `slack` words after what it contains and end up to `slack` before.
    let open: typeof list = []
    for (let i = 0; i < list.length; i++) {
      const item = list[i] as (typeof list)[number]
      open = open.filter((o) => o.to > item.from)
      for (const o of open) if (o.to + slack >= item.to && o.group !== item.group) containers[item.group]?.[item.k]?.add(o.group)
      for (let j = i + 1; j < list.length && (list[j]?.from as number) <= item.from + slack; j++) {
        const o = list[j] as (typeof list)[number]
        if (o.to + slack >= item.to && o.to - o.from > item.to - item.from && o.group !== item.group) containers[item.group]?.[item.k]?.add(o.group)
      }
      open.push(item)
    }
  }
  groups.forEach((g, group) => {
    const docs = new Set(g.spans.map((s) => s.doc))
    let best = -1
    const candidates = new Set((containers[group] ?? []).flatMap((set) => [...set]))
    for (const h of candidates) {
      const outer = groups[h] as TokenGroup
      if (!outer.spans.every((o) => docs.has(o.doc))) continue
      const inside = g.spans.every((s, k) => !outer.spans.some((o) => o.doc === s.doc) || (containers[group]?.[k]?.has(h) ?? false))
      if (inside && (best < 0 || (extent[h] as number) < (extent[best] as number))) best = h
    }
    if (best >= 0) g.parent = best
  })
}
