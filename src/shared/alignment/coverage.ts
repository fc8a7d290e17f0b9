// What each document shares and what only it carries: per document, the characters inside shared spans
// against the rest, counted without white space, and the unshared stretches split at paragraph breaks.

import type { Coverage, Span } from './types'

const NON_SPACE = /\S/g
const countNonSpace = (text: string): number => text.match(NON_SPACE)?.length ?? 0

function mergeSpans(spans: Span[]): Span[] {
  const merged: Span[] = []
  for (const s of [...spans].sort((x, y) => x.start - y.start)) {
    const last = merged.at(-1)
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end)
    else merged.push({ ...s })
  }
  return merged
}

/** The unshared text of one document between shared spans, split at blank lines and trimmed. */
function uniqueSpans(doc: number, text: string, shared: Span[]): Span[] {
  const result: Span[] = []
  const pushTrimmed = (start: number, end: number): void => {
    while (start < end && /\s/.test(text[start] as string)) start++
    while (end > start && /\s/.test(text[end - 1] as string)) end--
    if (end > start && /[\p{L}\p{N}]/u.test(text.slice(start, end))) result.push({ doc, start, end })
  }
  let cursor = 0
  const gaps: Array<[number, number]> = []
  for (const s of shared) {
    if (s.start > cursor) gaps.push([cursor, s.start])
    cursor = Math.max(cursor, s.end)
  }
  if (cursor < text.length) gaps.push([cursor, text.length])
  for (const [start, end] of gaps) {
    let from = start
    for (const m of text.slice(start, end).matchAll(/\n[^\S\n]*\n/g)) {
      pushTrimmed(from, start + m.index)
      from = start + m.index + m[0].length
    }
    pushTrimmed(from, end)
  }
  return result
}

export function measureCoverage(texts: string[], sharedSpans: Span[]): { coverage: Coverage[]; unique: Span[] } {
  const coverage: Coverage[] = []
  const unique: Span[] = []
  texts.forEach((text, doc) => {
    const shared = mergeSpans(sharedSpans.filter((s) => s.doc === doc))
    const sharedChars = shared.reduce((sum, s) => sum + countNonSpace(text.slice(s.start, s.end)), 0)
    coverage.push({ doc, sharedChars, uniqueChars: countNonSpace(text) - sharedChars })
    unique.push(...uniqueSpans(doc, text, shared))
  })
  return { coverage, unique }
}
