// For each group of quotations, the reports that carry its words without quotation marks: where the
// alignment matched a quoted stretch to unquoted text in another report.

import type { PassageGroup, Span } from '../alignment'
import { wordingsOf, type LocatedQuotation } from './grouping'
import { longestSharedRun, mayShareRun, wordsIn, type Word } from './words'

/** An unquoted stretch of a report that carries a group's words. */
export interface UnmarkedCopy {
  group: number
  doc: number
  start: number
  end: number
}

/** The fewest words shared in a row that make an unquoted stretch a copy of a quotation. */
const MIN_UNMARKED_WORDS = 6

/** Where reports that carry no marked quotation of a group print its words anyway (unquoted). */
export function findUnmarkedCopies(
  texts: readonly string[],
  located: readonly LocatedQuotation[],
  groups: readonly number[][],
  shared: readonly PassageGroup[],
  over: readonly number[][],
): UnmarkedCopy[] {
  const copies: UnmarkedCopy[] = []
  // Each report's quotations by start (they do not overlap, so their ends are in order too): the last to start
  // before `end` is the only one that can reach past `start`.
  const starts = new Map<number, LocatedQuotation[]>()
  for (const l of located) {
    const list = starts.get(l.doc)
    if (list) list.push(l)
    else starts.set(l.doc, [l])
  }
  for (const list of starts.values()) list.sort((x, y) => x.quotation.start - y.quotation.start)
  const quotedIn = (doc: number, start: number, end: number): boolean => {
    const list = starts.get(doc) ?? []
    let lo = 0
    let hi = list.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((list[mid] as LocatedQuotation).quotation.start < end) lo = mid + 1
      else hi = mid
    }
    const last = list[lo - 1]
    return last !== undefined && start < last.quotation.end
  }
  // Each span's words, read once: by the span itself (the alignment's spans are its own objects, each read
  // again for every quotation its passage holds).
  const regions = new Map<Span, Word[]>()
  const regionOf = (span: Span): Word[] => {
    let words = regions.get(span)
    if (!words) regions.set(span, (words = wordsIn(texts[span.doc] ?? '', span.start, span.end)))
    return words
  }
  // The same words quoted in many reports (a statement every outlet prints) are looked for once in each
  // passage they lie in, not once for each report that quotes them.
  const wordingOf = wordingsOf(located)
  groups.forEach((members, group) => {
    const docs = new Set(members.map((m) => (located[m] as LocatedQuotation).doc))
    const found = new Map<number, UnmarkedCopy & { length: number }>()
    const looked = new Set<number>()
    for (const member of members) {
      const quoted = located[member] as LocatedQuotation
      for (const m of over[member] ?? []) {
        const pair = (wordingOf[member] as number) * shared.length + m
        if (looked.has(pair)) continue
        looked.add(pair)
        const least = Math.min(MIN_UNMARKED_WORDS, quoted.words.length)
        for (const span of (shared[m] as PassageGroup).spans) {
          if (docs.has(span.doc)) continue
          // A report where the whole quotation is found already has its copy; where the two share no run long
          // enough, there is none.
          const best = found.get(span.doc)
          if (best && best.length >= quoted.words.length) continue
          const region = regionOf(span)
          if (!mayShareRun(quoted.words, region, least)) continue
          const run = longestSharedRun(quoted.words, region)
          if (run.length < least) continue
          const start = (region[run.b] as Word).start
          const end = (region[run.b + run.length - 1] as Word).end
          if (quotedIn(span.doc, start, end)) continue
          if (!best || run.length > best.length) found.set(span.doc, { group, doc: span.doc, start, end, length: run.length })
        }
      }
    }
    for (const { length: _, ...copy } of found.values()) copies.push(copy)
  })
  return copies
}
