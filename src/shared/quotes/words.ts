// Quotations as words (wordForms.ts), compared across reports: the words two stretches have in common, the
// longest run of words they share, the words they share in order, and the word-by-word comparison of two.

import type { Word } from './wordForms'
import { compareMiddle, type WordStep } from './wordSteps'

export { forgetWordForms, numberingRound, wordsIn, type Word } from './wordForms'
export type { WordStep } from './wordSteps'

// What the comparisons below need of a list of words, worked out once per list: a quotation is compared with
// many others, and the lists do not change once made.
const positionCache = new WeakMap<readonly Word[], Map<number, number[]>>()
const sortedCache = new WeakMap<readonly Word[], Int32Array>()
const maskCache = new WeakMap<readonly Word[], Map<number, Uint32Array>>()

/** Where each word's form occurs in `words`, in order. */
export function positionsOf(words: readonly Word[]): Map<number, number[]> {
  let positions = positionCache.get(words)
  if (positions) return positions
  positions = new Map<number, number[]>()
  for (let j = 0; j < words.length; j++) {
    const id = (words[j] as Word).id
    const list = positions.get(id)
    if (list) list.push(j)
    else positions.set(id, [j])
  }
  positionCache.set(words, positions)
  return positions
}

/** The forms of `words`, sorted. */
function sortedIds(words: readonly Word[]): Int32Array {
  let sorted = sortedCache.get(words)
  if (!sorted) {
    sorted = new Int32Array(words.length)
    for (let j = 0; j < words.length; j++) sorted[j] = (words[j] as Word).id
    sortedCache.set(words, sorted.sort())
  }
  return sorted
}

/** For each form in `words`, the bits of the places it occurs, 32 to a block. */
function masksOf(words: readonly Word[]): Map<number, Uint32Array> {
  let masks = maskCache.get(words)
  if (masks) return masks
  masks = new Map<number, Uint32Array>()
  const blocks = (words.length + 31) >>> 5
  for (let j = 0; j < words.length; j++) {
    const id = (words[j] as Word).id
    let mask = masks.get(id)
    if (!mask) masks.set(id, (mask = new Uint32Array(blocks)))
    mask[j >>> 5] = ((mask[j >>> 5] as number) | (1 << (j & 31))) >>> 0
  }
  maskCache.set(words, masks)
  return masks
}

const runHashCache = new WeakMap<readonly Word[], Map<number, Int32Array>>()

/** A number for each run of `length` words in `words` (two runs alike have the same number), sorted: two
 *  lists are compared by stepping through both, with no set made. */
function runHashes(words: readonly Word[], length: number): Int32Array {
  let byLength = runHashCache.get(words)
  if (!byLength) runHashCache.set(words, (byLength = new Map()))
  let hashes = byLength.get(length)
  if (hashes) return hashes
  hashes = new Int32Array(Math.max(0, words.length - length + 1))
  for (let i = 0; i + length <= words.length; i++) {
    let h = 0x811c9dc5
    for (let k = 0; k < length; k++) h = Math.imul(h ^ (words[i + k] as Word).id, 0x01000193)
    hashes[i] = h
  }
  byLength.set(length, hashes.sort())
  return hashes
}

/** Whether `a` and `b` may share a run of `length` words: false only when they share none; true may be a
 *  coincidence of numbers, for longestSharedRun to settle. Quicker than finding the run, and most pairs of
 *  quotations compared share none. */
export function mayShareRun(a: readonly Word[], b: readonly Word[], length: number): boolean {
  if (a.length < length || b.length < length) return false
  const x = runHashes(a, length)
  const y = runHashes(b, length)
  let i = 0
  let j = 0
  while (i < x.length && j < y.length) {
    const p = x[i] as number
    const q = y[j] as number
    if (p === q) return true
    if (p < q) i++
    else j++
  }
  return false
}

/** The longest run of words that `a` and `b` share: where it starts in each, and its length (the first such
 *  run in `a`, then in `b`). Only where a word of `a` occurs in `b` can a run begin, so the cost is that of the
 *  pairs of equal words, not of every pair. */
export function longestSharedRun(a: readonly Word[], b: readonly Word[]): { a: number; b: number; length: number } {
  let best = { a: 0, b: 0, length: 0 }
  if (a.length === 0 || b.length === 0) return best
  const positions = positionsOf(b)
  // No run starting at i or later can be longer than the best once fewer words than it are left.
  for (let i = 0; i + best.length < a.length; i++) {
    const list = positions.get((a[i] as Word).id)
    if (!list) continue
    for (const j of list) {
      // A run already counted from an earlier pair is not begun again.
      if (i > 0 && j > 0 && (a[i - 1] as Word).id === (b[j - 1] as Word).id) continue
      // Only a run longer than the best counts: one that cannot reach past the best's length, or whose word
      // just past it differs, is not (a common word occurs all over a long passage; the best may have grown
      // since this start was allowed).
      const reach = best.length
      if (reach > 0 && (i + reach >= a.length || j + reach >= b.length || (a[i + reach] as Word).id !== (b[j + reach] as Word).id)) continue
      let run = 1
      while (i + run < a.length && j + run < b.length && (a[i + run] as Word).id === (b[j + run] as Word).id) run++
      if (run > best.length) best = { a: i, b: j, length: run }
    }
  }
  return best
}

/** Whether words[from, to) occur in `other` whole, in a row (the longest run they share is all of them). */
export function occursWhole(words: readonly Word[], from: number, to: number, other: readonly Word[]): boolean {
  if (to <= from) return false
  for (const at of positionsOf(other).get((words[from] as Word).id) ?? []) {
    if (at + (to - from) > other.length) break
    let k = 1
    while (from + k < to && (words[from + k] as Word).id === (other[at + k] as Word).id) k++
    if (from + k === to) return true
  }
  return false
}

/** How many words `a` and `b` have in common, counted with repeats: no run or sequence they share is longer. */
export function sharedCount(a: readonly Word[], b: readonly Word[]): number {
  const x = sortedIds(a)
  const y = sortedIds(b)
  let shared = 0
  let i = 0
  let j = 0
  while (i < x.length && j < y.length) {
    const p = x[i] as number
    const q = y[j] as number
    if (p === q) {
      shared++
      i++
      j++
    } else if (p < q) i++
    else j++
  }
  return shared
}

/** How many words of `a` are matched, in order, in `b` (the length of their longest common subsequence),
 *  counted 32 places of `b` at a time: one bit per word of `b`, and a row of the usual table computed with a
 *  few additions (the bit-parallel method), so long quotations cost a thirty-second of the table. */
export function sharedInOrder(a: readonly Word[], b: readonly Word[]): number {
  const blocks = (b.length + 31) >>> 5
  if (a.length === 0 || blocks === 0) return 0
  const masks = masksOf(b)
  // V's zero bits count the words matched so far; each word of `a` moves them on as V = (V + U) | (V − U),
  // U = V & mask, where V − U is V & ~U (U's bits are V's) and the addition carries from block to block.
  const v = new Uint32Array(blocks).fill(0xffffffff)
  for (const word of a) {
    const mask = masks.get(word.id)
    if (!mask) continue
    let carry = 0
    for (let k = 0; k < blocks; k++) {
      const vk = v[k] as number
      const u = (vk & (mask[k] as number)) >>> 0
      const sum = vk + u + carry
      carry = sum > 0xffffffff ? 1 : 0
      v[k] = ((sum >>> 0) | (vk & ~u)) >>> 0
    }
  }
  let matched = 0
  for (let j = 0; j < b.length; j++) if ((((v[j >>> 5] as number) >>> (j & 31)) & 1) === 0) matched++
  return matched
}

/** The most cells a word-by-word table may have (its memory grows with both lengths). */
export const MAX_TABLE_CELLS = 1_000_000

/** The word-by-word comparison of `a` with `b`: shared words and the stretches between them; for two texts
 *  too long to compare, one stretch where they differ. The words both begin and end with are taken as they
 *  are, and only the stretch between is compared (wordSteps.ts): most wordings of one quotation differ in a few places. */
export function compareWords(a: readonly Word[], b: readonly Word[]): WordStep[] {
  if ((a.length + 1) * (b.length + 1) > MAX_TABLE_CELLS) return [{ same: false, a: [0, a.length], b: [0, b.length] }]
  let head = 0
  while (head < a.length && head < b.length && (a[head] as Word).id === (b[head] as Word).id) head++
  let tail = 0
  while (tail < a.length - head && tail < b.length - head && (a[a.length - 1 - tail] as Word).id === (b[b.length - 1 - tail] as Word).id) tail++
  const steps: WordStep[] = []
  for (let k = 0; k < head; k++) steps.push({ same: true, a: k, b: k })
  compareMiddle(a, b, head, a.length - tail, head, b.length - tail, steps)
  for (let k = tail; k > 0; k--) steps.push({ same: true, a: a.length - k, b: b.length - k })
  return steps
}
