// Quotations that share three words in a row: the candidates for being the same words where the alignment
// has no match over them (quotations too short for it). Found by sorting every three words' key with its
// place, which needs no table of lists per three words.

import type { Word } from './words'

/** A quotation, as far as this needs it. */
interface Holder {
  readonly words: readonly Word[]
}

/** Positions below this fit beside a key in one exact number (a 26-bit key times it stays under 2 ** 53):
 *  134 million words quoted, several times what memory holds of reports before it. */
const POSITION_BASE = 2 ** 27

/** For every three words in a row that two or more quotations hold, the quotations holding them, each once.
 *  Every three words are given a key made from their numbers, with their place: sorted, the same three words
 *  lie together (a key two different triples share is split by comparing the words). */
export function quotationsByTriple(located: readonly Holder[]): number[][] {
  const owner: number[] = []
  const at: number[] = []
  for (const [index, l] of located.entries()) for (let w = 0; w + 3 <= l.words.length; w++) {
    owner.push(index)
    at.push(w)
  }
  if (owner.length >= POSITION_BASE) throw new RangeError(`Too many quoted words to compare (${owner.length.toLocaleString('en-US')}).`)
  const idAt = (p: number, k: number): number => ((located[owner[p] as number] as Holder).words[(at[p] as number) + k] as Word).id
  const keyed = new Float64Array(owner.length)
  for (let p = 0; p < owner.length; p++) {
    const key = (Math.imul(idAt(p, 0), 0x9e3779b1) ^ Math.imul(idAt(p, 1), 0x85ebca77) ^ Math.imul(idAt(p, 2), 0xc2b2ae3d)) >>> 6
    keyed[p] = key * POSITION_BASE + p
  }
  keyed.sort()
  const lists: number[][] = []
  for (let from = 0; from < keyed.length; ) {
    const key = Math.floor((keyed[from] as number) / POSITION_BASE)
    let to = from + 1
    while (to < keyed.length && Math.floor((keyed[to] as number) / POSITION_BASE) === key) to++
    if (to - from > 1) {
      // Positions in order, so each quotation's come together; triples sharing the key are told apart here.
      const open: Array<{ p: number; quotations: number[] }> = []
      for (let k = from; k < to; k++) {
        const p = (keyed[k] as number) % POSITION_BASE
        const q = owner[p] as number
        const same = open.find((o) => idAt(o.p, 0) === idAt(p, 0) && idAt(o.p, 1) === idAt(p, 1) && idAt(o.p, 2) === idAt(p, 2))
        if (!same) open.push({ p, quotations: [q] })
        else if (same.quotations.at(-1) !== q) same.quotations.push(q)
      }
      for (const o of open) if (o.quotations.length > 1) lists.push(o.quotations)
    }
    from = to
  }
  return lists
}
