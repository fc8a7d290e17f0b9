// How the pieces of quotations fit together. A quotation cut with ellipses (“…the bridge. … We will…”) is
// the same as another that holds its pieces. And two quotations one report prints one after the other
// (“…convicted himself,” she said. “In full view…”) can be one passage that another report quotes across
// the break: its words run from the end of the first into the start of the second, or its pieces lie one in
// each. That quotation carries the words of both, and so links them.

import { occursWhole, positionsOf, type Word } from './words'

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
  // Only where the first word of `after` is: a quotation is tried against many neighbours' breaks.
  for (const p of positionsOf(words).get(first.id) ?? []) {
    if (p === 0) continue
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

/** The words a piece of a cut quotation needs, found whole in another, to make them one quotation. */
const PIECE_WORDS = 5

const ELLIPSIS = /\.\.\.|…/

/** The pieces of a quotation between its ellipses ("…", "..."), as ranges of its words. */
export function fragmentsOf(text: string, words: readonly Word[]): Array<[number, number]> {
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last || !ELLIPSIS.test(text.slice(first.start, last.end))) return [[0, words.length]]
  const pieces: Array<[number, number]> = []
  let from = 0
  for (let w = 1; w < words.length; w++) {
    if (ELLIPSIS.test(text.slice((words[w - 1] as Word).end, (words[w] as Word).start))) {
      pieces.push([from, w])
      from = w
    }
  }
  pieces.push([from, words.length])
  return pieces
}

/** Whether a quotation cut with ellipses (`cut`, its ranges of words between them: fragmentsOf) is made of
 *  pieces of the other: each piece of three words or more is in it whole, or one piece of several words is
 *  (the other quoting a different stretch after the cut). */
export function piecesOf(short: readonly Word[], cut: ReadonlyArray<[number, number]>, long: readonly Word[]): boolean {
  const pieces = cut.filter(([a, b]) => b - a >= 3)
  if (pieces.length < 2) return false
  const whole = pieces.filter(([a, b]) => occursWhole(short, a, b, long))
  return whole.length === pieces.length || whole.some(([a, b]) => b - a >= PIECE_WORDS)
}

/** Whether words[from, to) are found whole, in a row, in `other`, and are enough to count. */
function wholeIn(words: readonly Word[], [from, to]: [number, number], other: readonly Word[]): boolean {
  return to - from >= SIDE_WORDS && occursWhole(words, from, to, other)
}

/** Whether a quotation cut with ellipses (`pieces`, its ranges of words between them) has one piece whole in
 *  `before` and the next piece whole in `after`. */
export function piecesAcross(words: readonly Word[], pieces: ReadonlyArray<[number, number]>, before: readonly Word[], after: readonly Word[]): boolean {
  for (let p = 1; p < pieces.length; p++) if (wholeIn(words, pieces[p - 1] as [number, number], before) && wholeIn(words, pieces[p] as [number, number], after)) return true
  return false
}
