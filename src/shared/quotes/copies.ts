// For each group of quotations, the reports that carry its words without quotation marks: where the
// alignment matched a quoted stretch to unquoted text in another report.

import type { PassageGroup, Span } from '../alignment'
import type { LocatedQuotation } from './grouping'
import { longestSharedRun, wordsIn, type Word } from './words'

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
  const regions = new Map<string, Word[]>()
  const regionOf = (span: Span): Word[] => {
    const key = `${span.doc}:${span.start}:${span.end}`
    let words = regions.get(key)
    if (!words) regions.set(key, (words = wordsIn(texts[span.doc] ?? '', span.start, span.end)))
    return words
  }
  groups.forEach((members, group) => {
    const docs = new Set(members.map((m) => (located[m] as LocatedQuotation).doc))
    const found = new Map<number, UnmarkedCopy & { length: number }>()
    for (const member of members) {
      const quoted = located[member] as LocatedQuotation
      for (const m of over[member] ?? []) {
        for (const span of (shared[m] as PassageGroup).spans) {
          if (docs.has(span.doc)) continue
          const region = regionOf(span)
          const run = longestSharedRun(quoted.words, region)
          if (run.length < Math.min(MIN_UNMARKED_WORDS, quoted.words.length)) continue
          const start = (region[run.b] as Word).start
          const end = (region[run.b + run.length - 1] as Word).end
          if (quotedIn(span.doc, start, end)) continue
          const best = found.get(span.doc)
          if (!best || run.length > best.length) found.set(span.doc, { group, doc: span.doc, start, end, length: run.length })
        }
      }
    }
    for (const { length: _, ...copy } of found.values()) copies.push(copy)
  })
  return copies
}
