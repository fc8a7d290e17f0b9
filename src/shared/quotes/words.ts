// Quotations as words, for comparing their wording across reports: each word with its place in the text
// and the form the alignment matches on ("Assad’s" and "Assad's" alike, capitals ignored), and the longest
// run of words two stretches share.

import { normalizeWord } from '../alignment'
import { forEachWord } from '../domain/text'

export interface Word {
  start: number
  end: number
  /** The matching form: lower case, no punctuation inside. */
  norm: string
  /** A number for the matching form: the same for the same form, so comparisons are of numbers. */
  id: number
}

const ids = new Map<string, number>()

/** The number of a matching form (forgotten and begun again when very many forms have been seen). */
function idOf(norm: string): number {
  let id = ids.get(norm)
  if (id === undefined) {
    if (ids.size >= 500_000) ids.clear()
    ids.set(norm, (id = ids.size + 1))
  }
  return id
}

/** The words of text.slice(from, to), with offsets into `text`. */
export function wordsIn(text: string, from: number, to: number): Word[] {
  const words: Word[] = []
  forEachWord(text.slice(from, to), (start, end) => {
    const norm = normalizeWord(text.slice(from + start, from + end))
    words.push({ start: from + start, end: from + end, norm, id: idOf(norm) })
  })
  return words
}

/** The longest run of words that `a` and `b` share: where it starts in each, and its length. */
export function longestSharedRun(a: readonly Word[], b: readonly Word[]): { a: number; b: number; length: number } {
  let best = { a: 0, b: 0, length: 0 }
  let previous = new Int32Array(b.length + 1)
  let current = new Int32Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const word = (a[i - 1] as Word).id
    for (let j = 1; j <= b.length; j++) {
      const run = word === (b[j - 1] as Word).id ? (previous[j - 1] as number) + 1 : 0
      current[j] = run
      if (run > best.length) best = { a: i - run, b: j - run, length: run }
    }
    ;[previous, current] = [current, previous]
  }
  return best
}

/** How many words `a` and `b` have in common, counted with repeats: no run or sequence they share is longer. */
export function sharedCount(a: readonly Word[], b: readonly Word[]): number {
  const counts = new Map<number, number>()
  for (const w of a) counts.set(w.id, (counts.get(w.id) ?? 0) + 1)
  let shared = 0
  for (const w of b) {
    const left = counts.get(w.id) ?? 0
    if (left > 0) {
      shared++
      counts.set(w.id, left - 1)
    }
  }
  return shared
}

/** How many words of `a` are matched, in order, in `b` (the longest common subsequence). */
export function sharedInOrder(a: readonly Word[], b: readonly Word[]): number {
  let previous = new Int32Array(b.length + 1)
  let current = new Int32Array(b.length + 1)
  for (let i = 1; i <= a.length; i++) {
    const word = (a[i - 1] as Word).id
    for (let j = 1; j <= b.length; j++) {
      current[j] = word === (b[j - 1] as Word).id ? (previous[j - 1] as number) + 1 : Math.max(previous[j] as number, current[j - 1] as number)
    }
    ;[previous, current] = [current, previous]
  }
  return previous[b.length] as number
}

/** One step of a word-by-word comparison: words both have, or a stretch where they differ. */
export type WordStep = { same: true; a: number; b: number } | { same: false; a: [number, number]; b: [number, number] }

/** The most cells a word-by-word table may have (its memory grows with both lengths). */
export const MAX_TABLE_CELLS = 1_000_000

/** The word-by-word comparison of `a` with `b`: shared words and the stretches between them; for two texts
 *  too long to tabulate, one stretch where they differ. */
export function compareWords(a: readonly Word[], b: readonly Word[]): WordStep[] {
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE_CELLS) return [{ same: false, a: [0, a.length], b: [0, b.length] }]
  const table: Int32Array[] = Array.from({ length: a.length + 1 }, () => new Int32Array(b.length + 1))
  for (let i = a.length - 1; i >= 0; i--) {
    const row = table[i] as Int32Array
    const below = table[i + 1] as Int32Array
    for (let j = b.length - 1; j >= 0; j--) {
      row[j] = (a[i] as Word).id === (b[j] as Word).id ? (below[j + 1] as number) + 1 : Math.max(below[j] as number, row[j + 1] as number)
    }
  }
  const steps: WordStep[] = []
  let i = 0
  let j = 0
  let gap: { a: number; b: number } | null = null
  const close = (): void => {
    if (gap && (gap.a < i || gap.b < j)) steps.push({ same: false, a: [gap.a, i], b: [gap.b, j] })
    gap = null
  }
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && (a[i] as Word).id === (b[j] as Word).id) {
      close()
      steps.push({ same: true, a: i, b: j })
      i++
      j++
    } else {
      gap ??= { a: i, b: j }
      if (j >= b.length || (i < a.length && ((table[i + 1] as Int32Array)[j] as number) >= ((table[i] as Int32Array)[j + 1] as number))) i++
      else j++
    }
  }
  close()
  return steps
}
