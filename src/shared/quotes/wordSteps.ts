// The middle of a word-by-word comparison (words.ts's compareWords): the steps along a longest common
// subsequence, chosen by the lengths of the longest common subsequences of the two stretches' ends. Those
// lengths are kept as one row of bits per word of the first stretch, 32 places of the second to a number (the
// bit-parallel method sharedInOrder counts with), and read back by counting bits: the same lengths, and so the
// same steps, as the full table of them gives, for a thirty-second of its work and memory. A quotation set
// against a long base it was cut from made that table a tenth of a long text's ledger.

import type { Word } from './wordForms'

/** One step of a word-by-word comparison: words both have, or a stretch where they differ. */
export type WordStep = { same: true; a: number; b: number } | { same: false; a: [number, number]; b: [number, number] }

/** How many bits of a 32-bit number are set. */
function bitsSet(x: number): number {
  x -= (x >>> 1) & 0x55555555
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333)
  return Math.imul((x + (x >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24
}

/** The comparison of a[a0, a1) with b[b0, b1) along a longest common subsequence, its steps added to `steps`.
 *  Where the two differ, the step taken is down the first stretch when that keeps as long a subsequence to
 *  come as a step along the second does. */
export function compareMiddle(a: readonly Word[], b: readonly Word[], a0: number, a1: number, b0: number, b1: number, steps: WordStep[]): void {
  const n = a1 - a0
  const m = b1 - b0
  if (n === 0 && m === 0) return
  if (n === 0 || m === 0) {
    steps.push({ same: false, a: [a0, a1], b: [b0, b1] })
    return
  }
  const blocks = (m + 31) >>> 5
  // For each word of a's stretch, where it occurs in b's, read from its end: bit p for b[b1 - 1 - p].
  const masks = new Map<number, Uint32Array>()
  for (let k = a0; k < a1; k++) if (!masks.has((a[k] as Word).id)) masks.set((a[k] as Word).id, new Uint32Array(blocks))
  for (let p = 0; p < m; p++) {
    const mask = masks.get((b[b1 - 1 - p] as Word).id)
    if (mask) mask[p >>> 5] = ((mask[p >>> 5] as number) | (1 << (p & 31))) >>> 0
  }
  // Row k, after a's last k words: its zero bits among the first `len` count the longest common subsequence
  // of those words and b's last `len`.
  const rows = new Uint32Array((n + 1) * blocks).fill(0xffffffff, 0, blocks)
  for (let k = 0; k < n; k++) {
    const from = k * blocks
    const to = from + blocks
    const mask = masks.get((a[a1 - 1 - k] as Word).id)
    if (!mask) {
      rows.copyWithin(to, from, to)
      continue
    }
    let carry = 0
    for (let q = 0; q < blocks; q++) {
      const v = rows[from + q] as number
      const u = (v & (mask[q] as number)) >>> 0
      const sum = v + u + carry
      carry = sum > 0xffffffff ? 1 : 0
      rows[to + q] = ((sum >>> 0) | (v & ~u)) >>> 0
    }
  }
  // The longest common subsequence of a[a0 + i, a1) and b[b0 + j, b1), and by how much it exceeds that of
  // a[a0 + i, a1) and b[b0 + j + 1, b1).
  const longest = (i: number, j: number): number => {
    const row = (n - i) * blocks
    const len = m - j
    let ones = 0
    const full = len >>> 5
    for (let q = 0; q < full; q++) ones += bitsSet(rows[row + q] as number)
    const rest = len & 31
    if (rest > 0) ones += bitsSet((rows[row + full] as number) & (((1 << rest) >>> 0) - 1))
    return len - ones
  }
  const gain = (i: number, j: number): number => (((rows[(n - i) * blocks + ((m - j - 1) >>> 5)] as number) >>> ((m - j - 1) & 31)) & 1) ^ 1
  let i = 0
  let j = 0
  let gap: { a: number; b: number } | null = null
  // While known: the subsequence left after a step down a (below) and after a step along b (right).
  let known = false
  let below = 0
  let right = 0
  const close = (): void => {
    if (gap && (gap.a < i || gap.b < j)) steps.push({ same: false, a: [a0 + gap.a, a0 + i], b: [b0 + gap.b, b0 + j] })
    gap = null
  }
  while (i < n || j < m) {
    if (i < n && j < m && (a[a0 + i] as Word).id === (b[b0 + j] as Word).id) {
      close()
      steps.push({ same: true, a: a0 + i, b: b0 + j })
      i++
      j++
      known = false
      continue
    }
    gap ??= { a: i, b: j }
    if (j >= m) {
      i++
      continue
    }
    if (i >= n) {
      j++
      continue
    }
    if (!known) {
      below = longest(i + 1, j)
      right = longest(i, j + 1)
      known = true
    }
    if (below >= right) {
      i++
      known = false
    } else {
      // Both move one place along b: each is less by one where that place adds to its subsequence.
      below -= gain(i + 1, j)
      if (j + 1 < m) right -= gain(i, j + 1)
      j++
    }
  }
  close()
}
