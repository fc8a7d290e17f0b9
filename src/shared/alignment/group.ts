// Groups the chains kept for each pair of documents into passages across all of them. Each chain goes whole
// into one passage, so whatever two reports share can be read from one passage; chains whose stretches in a
// document are nearly the same (each covers 90% of the other) go into the same one, so a quote carried by
// three reports is one group. A stretch of different extent is a passage of its own: a part that three
// reports share, inside a longer part that two of them share, is a passage nested inside the longer one.
// Each passage links only stretches that match one another.

import type { Chain } from './join'
import type { TokenizedDocument } from './tokenize'
import { sortedBy, sortedIndexes } from './order'
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

/** The spans by document, then start (in place), ties in the order given. */
export function sortSpans(spans: TokenSpan[]): TokenSpan[] {
  let width = 1
  let docs = 1
  for (const s of spans) {
    if (s.from >= width) width = s.from + 1
    if (s.doc >= docs) docs = s.doc + 1
  }
  sortedBy(spans, (s) => s.doc * width + s.from, docs * width).forEach((s, i) => (spans[i] = s))
  return spans
}

/** Passages from the pairs' chains: near-identical stretches joined, and each nested passage's parent. */
export function groupPassages(docs: TokenizedDocument[], chains: Chain[], { endSlack }: GroupOptions): TokenGroup[] {
  const spans: TokenSpan[] = chains.flatMap((c) => [
    { doc: c.a, from: c.aStart, to: c.aEnd },
    { doc: c.b, from: c.bStart, to: c.bEnd },
  ])
  const same = new UnionFind(spans.length)
  chains.forEach((_, i) => same.union(2 * i, 2 * i + 1))
  // Every stretch by document, then start: only stretches of one document that overlap are compared. A
  // stretch that many pairs share (a paragraph in m reports stands in m - 1 chains in each) is one stretch
  // here, joined at once: comparing every copy with every other would cost m³ a passage. The order (by
  // document, then start, the longest first) is one whole number a stretch.
  let longest = 0
  for (const doc of docs) longest = Math.max(longest, doc.length)
  const width = longest + 1
  const order = sortedIndexes(spans.length, (i) => {
    const s = spans[i] as TokenSpan
    return (s.doc * width + s.from) * width + (longest - s.to)
  }, docs.length * width * width)
  const distinct: number[] = []
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number
    const s = spans[i] as TokenSpan
    const last = distinct.at(-1)
    const previous = last === undefined ? undefined : (spans[last] as TokenSpan)
    if (previous && previous.doc === s.doc && previous.from === s.from && previous.to === s.to) same.union(last as number, i)
    else distinct.push(i)
  }
  for (let x = 0; x < distinct.length; x++) {
    const i = distinct[x] as number
    const s = spans[i] as TokenSpan
    for (let y = x + 1; y < distinct.length; y++) {
      const j = distinct[y] as number
      const t = spans[j] as TokenSpan
      if (t.doc !== s.doc || t.from >= s.to) break
      const overlap = Math.min(s.to, t.to) - t.from
      const nearEnds = t.from - s.from <= endSlack && Math.abs(t.to - s.to) <= endSlack
      if (nearEnds || (overlap >= SAME_STRETCH * (s.to - s.from) && overlap >= SAME_STRETCH * (t.to - t.from))) same.union(i, j)
    }
  }

  const byRoot = new Map<number, TokenSpan[]>()
  spans.forEach((s, i) => {
    const root = same.find(i)
    const list = byRoot.get(root)
    if (list) list.push({ ...s })
    else byRoot.set(root, [{ ...s }])
  })
  const groups: TokenGroup[] = []
  for (const list of byRoot.values()) {
    // Overlapping stretches of one document in one passage are one stretch; apart, they are copies.
    const merged: TokenSpan[] = []
    for (const s of sortSpans(list)) {
      const last = merged.at(-1)
      if (last && last.doc === s.doc && s.from < last.to) last.to = Math.max(last.to, s.to)
      else merged.push(s)
    }
    if (new Set(merged.map((s) => s.doc)).size >= 2) groups.push({ spans: merged })
  }
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
