// Short quotations, of a few words, against the longer ones they are taken from. One is found whole in a
// longer one, or whole but for one word the longer one puts in ("Stop this witch hunt now" for "…should stop
// this witch hunt right now"), unless that word turns the words to their opposite ("not", "never"). The same
// few words held by two longer quotations do not make those two the same (a quotation that carries the words
// of both would), so each short quotation joins one group only.

import type { UnionFind } from '../alignment/unionFind'
import type { LocatedQuotation } from './grouping'
import type { Word } from './words'

/** The fewest words a short quotation needs for one word put in to leave it the same. */
const NEARLY_MIN_WORDS = 5

/** Words that turn what is said to its opposite: never the one word put in. */
const NEGATIONS = new Set(['not', 'no', 'never', 'nor', 'neither', 'cannot', 'dont', 'doesnt', 'didnt', 'wont', 'cant', 'isnt', 'arent', 'wasnt', 'werent', 'havent', 'hasnt', 'hadnt', 'wouldnt', 'shouldnt', 'couldnt', 'aint'])

/** Words that join a short quotation to the writer's sentence at its edges, which the longer one has not
 *  ("with fire and fury" in a report, "fire and fury like the world has never seen" in another): the words
 *  between are what is quoted. Not articles: "a path to legal status" is not any "path to legal status". */
const EDGE_WORDS = new Set(['and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that'])

/** The short quotation's words without the small words at its edges, when at least three are left; else null. */
export function coreOf(words: readonly Word[]): readonly Word[] | null {
  let from = 0
  let to = words.length
  while (from < to && EDGE_WORDS.has((words[from] as Word).norm)) from++
  while (to > from && EDGE_WORDS.has((words[to - 1] as Word).norm)) to--
  return to - from >= 3 && to - from < words.length ? words.slice(from, to) : null
}

/** Whether a[from, from + length) is b[at, at + length). */
function agree(a: readonly Word[], from: number, b: readonly Word[], at: number, length: number): boolean {
  if (from + length > a.length || at + length > b.length) return false
  for (let k = 0; k < length; k++) if ((a[from + k] as Word).id !== (b[at + k] as Word).id) return false
  return true
}

/** Whether `short` is in `long` whole, or (five words or more) whole but for one word the longer one puts in
 *  among its words, not a negation. For a quotation under 8 words this is what sameWords finds, and quicker. */
export function nearlyWhole(short: readonly Word[], long: readonly Word[]): boolean {
  const m = short.length
  const first = short[0]
  if (first === undefined) return false
  for (let p = 0; p + m <= long.length; p++) {
    if ((long[p] as Word | undefined)?.id !== first.id) continue
    let f = 1
    while (f < m && p + f < long.length && (short[f] as Word).id === (long[p + f] as Word).id) f++
    if (f === m) return true
    if (m >= NEARLY_MIN_WORDS && p + f < long.length && !NEGATIONS.has((long[p + f] as Word).norm) && agree(short, f, long, p + f + 1, m - f)) return true
  }
  return false
}

/** Each short quotation found whole (or but for a word) in longer ones (`within`: the short one's index to
 *  theirs) joins one of their groups, the longest short ones first. A few words two quotations both hold do not
 *  make them one (the one that carries both their words would): the short one stays in a group holding one of
 *  them, or else joins the group holding most of them (on a tie, the one holding the first), and links no other. */
export function joinShortOnes(located: readonly LocatedQuotation[], within: ReadonlyMap<number, number[]>, sets: UnionFind): void {
  const shorts = [...within.keys()].sort((x, y) => (located[y] as LocatedQuotation).words.length - (located[x] as LocatedQuotation).words.length || x - y)
  for (const s of shorts) {
    const votes = new Map<number, { count: number; first: number }>()
    for (const l of within.get(s) ?? []) {
      const root = sets.find(l)
      const vote = votes.get(root)
      if (!vote) votes.set(root, { count: 1, first: l })
      else {
        vote.count++
        vote.first = Math.min(vote.first, l)
      }
    }
    if (votes.has(sets.find(s))) continue
    const best = [...votes.values()].sort((x, y) => y.count - x.count || x.first - y.first)[0]
    if (best) sets.union(s, best.first)
  }
}

