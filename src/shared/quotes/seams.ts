// Two quotations one report prints one after the other (“…convicted himself,” she said. “In full view…”) can
// be one passage that another report quotes whole, across the break: its words run from the end of the first
// into the start of the second. That quotation carries the words of both, and so links them.

import type { Word } from './words'

/** The fewest words a quotation carries from each side of the break to run across it: two may be a name
 *  or a common phrase that merely begins the next quotation. */
const SIDE_WORDS = 3
/** The most words a report may put in at the break (“…to go forward, because it's important…”). */
const GAP_WORDS = 2

/** How many of `words`, ending at `end`, are the last words of `before`. */
function endsWith(words: readonly Word[], end: number, before: readonly Word[]): number {
  let k = 0
  while (k < before.length && end - k >= 0 && (words[end - k] as Word).id === (before[before.length - 1 - k] as Word).id) k++
  return k
}

/** Whether `words` run from the last words of `before` into the first words of `after`, with at most
 *  a word or two put in between. */
export function runsAcross(words: readonly Word[], before: readonly Word[], after: readonly Word[]): boolean {
  const first = after[0]
  if (first === undefined || before.length === 0) return false
  for (let p = 1; p < words.length; p++) {
    if ((words[p] as Word).id !== first.id) continue
    let m = 0
    while (m < after.length && p + m < words.length && (words[p + m] as Word).id === (after[m] as Word).id) m++
    if (m < SIDE_WORDS) continue
    for (let gap = 0; gap <= GAP_WORDS && p - gap > 0; gap++) {
      const k = endsWith(words, p - gap - 1, before)
      if (k >= SIDE_WORDS) return true
    }
  }
  return false
}
