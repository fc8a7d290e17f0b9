// How many words were added and removed between two versions of one article's text. The words are the
// text split at white space, so spacing and line breaks never count, and a changed comma or quotation mark
// changes its word. The texts share most of their words in order: what they share at the start and at the
// end is set aside first, and jsdiff compares only the middle, with a cap on the edits it explores. Past the
// cap (two quite different texts) the counts are those of the words each text has more of than the other,
// which a rewrite makes large anyway; it keeps a check from taking seconds of the main process.

import { diffArrays } from 'diff'
import type { WordChanges } from '../domain/versions'

/** jsdiff explores at most this many edits; its memory grows with their square. */
const MAX_EDITS = 2000

function wordsOf(text: string): string[] {
  return text.normalize('NFC').split(/\s+/u).filter((word) => word !== '')
}

/** Words of each side not matched by a word of the other, counted as multisets: `added`, those of `after`. */
export function unmatchedCounts(before: readonly string[], after: readonly string[]): WordChanges {
  const counts = new Map<string, number>()
  for (const word of before) counts.set(word, (counts.get(word) ?? 0) + 1)
  let added = 0
  for (const word of after) {
    const left = counts.get(word) ?? 0
    if (left > 0) counts.set(word, left - 1)
    else added++
  }
  let removed = 0
  for (const left of counts.values()) removed += left
  return { added, removed }
}

/** Words added to and removed from `before` to make `after`. */
export function countWordChanges(before: string, after: string): WordChanges {
  const a = wordsOf(before)
  const b = wordsOf(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const middleA = a.slice(start, endA)
  const middleB = b.slice(start, endB)
  if (middleA.length === 0 || middleB.length === 0) return { added: middleB.length, removed: middleA.length }
  const changes = diffArrays(middleA, middleB, { maxEditLength: MAX_EDITS })
  if (changes === undefined) return unmatchedCounts(middleA, middleB)
  let added = 0
  let removed = 0
  for (const change of changes) {
    if (change.added) added += change.count
    else if (change.removed) removed += change.count
  }
  return { added, removed }
}
