// What each document shares and what only it carries: per document, the characters inside shared spans
// against the rest, counted without white space, and the unshared stretches split at paragraph breaks.

import type { Coverage, Span } from './types'

const isSpace = (code: number): boolean =>
  code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff

const WORD_CHARACTER = /[\p{L}\p{N}]/u

/** Characters that are not white space (as \s sees it), counted without copying the text. */
function countNonSpace(text: string, start = 0, end = text.length): number {
  let count = 0
  for (let i = start; i < end; i++) if (!isSpace(text.charCodeAt(i))) count++
  return count
}

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
    while (start < end && isSpace(text.charCodeAt(start))) start++
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--
    if (end > start && WORD_CHARACTER.test(text.slice(start, end))) result.push({ doc, start, end })
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
    const sharedChars = shared.reduce((sum, s) => sum + countNonSpace(text, s.start, s.end), 0)
    let uniqueChars = 0
    let cursor = 0
    for (const s of shared) {
      uniqueChars += countNonSpace(text, cursor, s.start)
      cursor = s.end
    }
    uniqueChars += countNonSpace(text, cursor, text.length)
    coverage.push({ doc, sharedChars, uniqueChars })
    unique.push(...uniqueSpans(doc, text, shared))
  })
  return { coverage, unique }
}
