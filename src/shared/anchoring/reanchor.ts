// Finds a highlight again after its article's text has changed (a clean-up, a re-import): the same place
// if the quote is still there; the quote elsewhere, chosen by its context and nearness; or, if the quote
// was edited, the closest match scored on quote, context and position. If nothing is close enough, the
// highlight is orphaned: the caller keeps it and shows its quote and note, and never drops it.

import type { TextAnchor } from './selectors'
import { similarity } from './similarity'
import { fitToWords } from './wordFit'

export type Reanchored =
  | { status: 'exact'; start: number; end: number }
  | { status: 'fuzzy'; start: number; end: number; score: number }
  | { status: 'orphaned' }

/** How like the quote a changed passage must be to carry the highlight (0 to 1). */
export const MIN_QUOTE_SIMILARITY = 0.6
const MAX_OCCURRENCES = 1000
const SEARCH_SLACK = 200
const MAX_SLIDING_QUOTE = 240

interface Candidate {
  start: number
  end: number
}

function occurrences(text: string, needle: string): number[] {
  const found: number[] = []
  if (needle.length === 0) return found
  for (let at = text.indexOf(needle); at >= 0 && found.length < MAX_OCCURRENCES; at = text.indexOf(needle, at + 1)) found.push(at)
  return found
}

function contextScore(text: string, { start, end }: Candidate, anchor: TextAnchor): number {
  const { prefix, suffix } = anchor.quote
  const before = text.slice(Math.max(0, start - prefix.length), start)
  const after = text.slice(end, end + suffix.length)
  const parts = [prefix.length > 0 ? similarity(before, prefix) : 1, suffix.length > 0 ? similarity(after, suffix) : 1]
  return (parts[0] as number) * 0.5 + (parts[1] as number) * 0.5
}

function nearness(text: string, { start }: Candidate, anchor: TextAnchor): number {
  return 1 - Math.min(1, Math.abs(start - anchor.position.start) / Math.max(1, text.length))
}

/** Trims white space from both ends of a candidate range. */
function trimmed(text: string, { start, end }: Candidate): Candidate {
  while (start < end && /\s/.test(text[start] as string)) start++
  while (end > start && /\s/.test(text[end - 1] as string)) end--
  return { start, end }
}

/** Ranges that may hold an edited quote: between its old context, and windows near its old place. */
function fuzzyCandidates(text: string, anchor: TextAnchor): Candidate[] {
  const { exact, prefix, suffix } = anchor.quote
  const candidates: Candidate[] = []
  const longest = exact.length * 2 + SEARCH_SLACK
  const suffixes = occurrences(text, suffix)
  for (const p of prefix.length >= 8 ? occurrences(text, prefix) : []) {
    const from = p + prefix.length
    const s = suffixes.find((x) => x >= from && x - from <= longest)
    if (s !== undefined) candidates.push({ start: from, end: s })
    else candidates.push({ start: from, end: Math.min(text.length, from + exact.length) })
  }
  for (const s of suffix.length >= 8 ? suffixes : []) candidates.push({ start: Math.max(0, s - exact.length), end: s })
  if (exact.length <= MAX_SLIDING_QUOTE) {
    // Word starts near the old place, each with a window of the quote's length.
    const from = Math.max(0, anchor.position.start - longest)
    const to = Math.min(text.length, anchor.position.start + longest)
    for (let i = from; i < to; i++) {
      if (i === 0 || /\s/.test(text[i - 1] as string)) candidates.push({ start: i, end: Math.min(text.length, i + exact.length) })
    }
  }
  return candidates.map((c) => trimmed(text, c)).filter((c) => c.end > c.start)
}

export function reanchor(text: string, anchor: TextAnchor): Reanchored {
  const { exact } = anchor.quote
  const { start, end } = anchor.position
  if (exact.length === 0) return { status: 'orphaned' }
  if (text.slice(start, end) === exact) return { status: 'exact', start, end }

  const exactMatches = occurrences(text, exact).map((at) => ({ start: at, end: at + exact.length }))
  if (exactMatches.length > 0) {
    const best = exactMatches
      .map((c) => ({ c, score: contextScore(text, c, anchor) * 0.8 + nearness(text, c, anchor) * 0.2 }))
      .reduce((x, y) => (y.score > x.score ? y : x))
    return { status: 'exact', start: best.c.start, end: best.c.end }
  }

  let best: { c: Candidate; quote: number; score: number } | null = null
  for (const c of fuzzyCandidates(text, anchor)) {
    const quote = similarity(text.slice(c.start, c.end), exact)
    if (quote < MIN_QUOTE_SIMILARITY) continue
    const score = quote * 0.7 + contextScore(text, c, anchor) * 0.2 + nearness(text, c, anchor) * 0.1
    if (!best || score > best.score) best = { c, quote, score }
  }
  if (!best) return { status: 'orphaned' }
  return { status: 'fuzzy', ...fitToWords(text, best.c.start, best.c.end, exact), score: best.score }
}
