// Which quotations in different reports (or twice in one) are the same words: candidates are the pairs the
// alignment matched (their spans lie in the same passage or phrase) and, for quotations too short for the
// alignment to find, pairs that share three words running; a pair is kept when its wording agrees enough.
// A quotation that runs across the break between two quotations printed one after the other in another
// report (seams.ts) joins all three. A short quotation found whole in longer ones, or whole but for a word put
// in, joins one group only (shortQuotes.ts): a few words two quotations both hold do not make them the same.
// The reports that carry a group's words without quotation marks are found in copies.ts.

import type { PassageGroup } from '../alignment'
import { UnionFind } from '../alignment/unionFind'
import type { Quotation } from './quotations'
import { fragmentsOf, piecesAcross, piecesOf, runsAcross } from './seams'
import { coreOf, joinShortOnes, nearlyWhole } from './shortQuotes'
import { quotationsByTriple } from './triples'
import { longestSharedRun, MAX_TABLE_CELLS, mayShareRun, sharedCount, sharedInOrder, type Word } from './words'

export interface LocatedQuotation {
  doc: number
  quotation: Quotation
  words: Word[]
}

/** Whether two quotations word the same thing: the shorter inside the longer; or nearly all of it, in order
 *  (a rewording, a splice); or a long run of words in common (two cuts of one statement that overlap). */
export function sameWords(a: readonly Word[], b: readonly Word[]): boolean {
  const shorter = Math.min(a.length, b.length)
  if (shorter === 0) return false
  // Words in common bound every run and sequence: most pairs are told apart by this count alone.
  const common = sharedCount(a, b)
  if (common < Math.min(shorter, shorter < LONG_SHARED_RUN ? shorter : Math.min(LONG_SHARED_RUN, Math.ceil(NEARLY_ALL * shorter)))) return false
  // Two very long quotations: their words in common decide, without a table of every pair of words.
  if (a.length * b.length > MAX_TABLE_CELLS) return common >= NEARLY_ALL * shorter
  // With too few words in common to be a rewording (or the shorter whole), only a long run makes them one.
  if (common < NEARLY_ALL * shorter && !mayShareRun(a, b, LONG_SHARED_RUN)) return false
  const run = longestSharedRun(a, b).length
  if (run === shorter || run >= LONG_SHARED_RUN) return true
  // A short quotation is the same only when it is there whole: its few words in order prove little. The
  // words in order are never more than the words in common, which are counted already.
  return shorter >= LONG_SHARED_RUN && run >= 3 && common >= NEARLY_ALL * shorter && sharedInOrder(a, b) >= NEARLY_ALL * shorter
}

/** Words in a row two quotations share that make them one statement, however else they differ. */
const LONG_SHARED_RUN = 8
/** The share of the shorter quotation's words found in order in the longer one that makes it a rewording. */
const NEARLY_ALL = 0.75

/** For each quotation, the indexes (into `shared`) of the alignment's matches with a span over it. */
export function matchesOver(located: readonly LocatedQuotation[], shared: readonly PassageGroup[]): number[][] {
  const over: number[][] = located.map(() => [])
  // Per report, its quotations by start (they do not overlap): a binary search finds those a span covers.
  const byDoc = new Map<number, number[]>()
  located.forEach((l, index) => {
    const list = byDoc.get(l.doc)
    if (list) list.push(index)
    else byDoc.set(l.doc, [index])
  })
  for (const list of byDoc.values()) list.sort((x, y) => (located[x] as LocatedQuotation).quotation.start - (located[y] as LocatedQuotation).quotation.start)
  shared.forEach((match, m) => {
    for (const span of match.spans) {
      const list = byDoc.get(span.doc)
      if (!list) continue
      let lo = 0
      let hi = list.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if ((located[list[mid] as number] as LocatedQuotation).quotation.end <= span.start) lo = mid + 1
        else hi = mid
      }
      for (let k = lo; k < list.length; k++) {
        const index = list[k] as number
        if ((located[index] as LocatedQuotation).quotation.start >= span.end) break
        if (over[index]?.at(-1) !== m) over[index]?.push(m)
      }
    }
  })
  return over
}

/** Whether `b` continues `a` in the same sentence, the attribution between them: “…,” Cohen wrote, “what I did…”. */
export function interrupted(text: string, a: LocatedQuotation, b: LocatedQuotation): boolean {
  const { start, end } = a.quotation
  const next = b.quotation.start
  // The cheap tests first: most neighbours fail them.
  if (a.doc !== b.doc || next <= end || next - end > 80) return false
  let last = end - 1
  while (last >= start && /\s/.test(text.charAt(last))) last--
  if (last < start || !',—–-'.includes(text.charAt(last))) return false
  const between = text.slice(end, next)
  return !between.includes('\n') && /^\p{Ll}/u.test(text.charAt(next)) && /[,:]\s*["“‘']?\s*$/.test(between)
}

/** Whether two lists of words have the same words in the same order. */
function sameSequence(a: readonly Word[], b: readonly Word[]): boolean {
  if (a.length !== b.length) return false
  for (let k = 0; k < a.length; k++) if ((a[k] as Word).id !== (b[k] as Word).id) return false
  return true
}

/** Each quotation's wording: the index of the first quotation with the same words in the same order (found by
 *  a number made from the words' numbers, a small integer quick to look up, then compared). */
export function wordingsOf(located: readonly LocatedQuotation[]): number[] {
  const byWords = new Map<number, number[]>()
  return located.map((l, index) => {
    let h = 0x811c9dc5
    for (const w of l.words) h = Math.imul(h ^ w.id, 0x01000193)
    const key = h >>> 2
    const firsts = byWords.get(key)
    const first = firsts?.find((f) => sameSequence((located[f] as LocatedQuotation).words, l.words))
    if (first !== undefined) return first
    if (firsts) firsts.push(index)
    else byWords.set(key, [index])
    return index
  })
}

/** The most quotations one shared passage may hold for its pairs to be compared. */
const MAX_QUOTES_PER_MATCH = 24

/** The groups of quotations, as lists of indexes into `located`, in the order of their first member. */
export function groupQuotations(texts: readonly string[], located: readonly LocatedQuotation[], over: readonly number[][]): number[][] {
  const sets = new UnionFind(located.length)
  const tried = new Set<number>()
  // The same words quoted again are one group at once, without comparing them.
  const wording = wordingsOf(located)
  wording.forEach((first, index) => {
    if (first !== index) sets.union(first, index)
  })
  // Whether two wordings word the same thing depends on their words alone: worked out once for each pair of
  // them, as a statement quoted again and again meets the same other quotations in many passages.
  const compared = new Map<number, boolean>()
  const sameWording = (i: number, j: number): boolean => {
    const [x, y] = [wording[i] as number, wording[j] as number]
    const key = Math.min(x, y) * located.length + Math.max(x, y)
    let same = compared.get(key)
    if (same === undefined) compared.set(key, (same = sameWords((located[x] as LocatedQuotation).words, (located[y] as LocatedQuotation).words)))
    return same
  }
  // The pieces of each quotation between its ellipses, found when first asked for.
  const pieces: Array<Array<[number, number]> | null> = located.map(() => null)
  const piecesOfCut = (q: number): Array<[number, number]> => {
    const l = located[q] as LocatedQuotation
    return (pieces[q] ??= fragmentsOf(texts[l.doc] ?? '', l.words))
  }
  // A quotation that runs across the break between two quotations printed one after the other in another
  // report carries both: the three are one.
  const linkSeam = (q: number, a: number, b: number): void => {
    const quoted = located[q] as LocatedQuotation
    const before = located[a]
    const after = located[b]
    if (!before || !after || before.doc !== after.doc || before.doc === quoted.doc) return
    // Nothing to learn when the three are one already.
    const root = sets.find(q)
    if (sets.find(a) === root && sets.find(b) === root) return
    if (runsAcross(quoted.words, before.words, after.words) || piecesAcross(quoted.words, piecesOfCut(q), before.words, after.words)) {
      sets.union(q, a)
      sets.union(q, b)
    }
  }
  const linkAcross = (q: number, x: number): void => {
    linkSeam(q, x - 1, x)
    linkSeam(q, x, x + 1)
  }
  const within = new Map<number, number[]>()
  const consider = (i: number, j: number): void => {
    if (i === j) return
    const key = Math.min(i, j) * located.length + Math.max(i, j)
    if (tried.has(key)) return
    tried.add(key)
    linkAcross(i, j)
    linkAcross(j, i)
    const apart = sets.find(i) !== sets.find(j)
    const a = located[i] as LocatedQuotation
    const b = located[j] as LocatedQuotation
    const [short, long] = a.words.length <= b.words.length ? [a, b] : [b, a]
    const found = (words: readonly Word[] | null): boolean => words !== null && nearlyWhole(words, long.words)
    if (short.words.length < LONG_SHARED_RUN && short.words.length < long.words.length && (found(short.words) || found(coreOf(short.words)))) {
      // A short quotation found whole, or whole but for a word, in a longer one: set aside, to join one group
      // only. Noted even when the two are one group already, so that the short one stays there.
      const [s, l] = short === a ? [i, j] : [j, i]
      const list = within.get(s)
      if (list) list.push(l)
      else within.set(s, [l])
    } else if (apart && ((short.words.length >= LONG_SHARED_RUN && sameWording(i, j)) || piecesOf(short.words, piecesOfCut(short === a ? i : j), long.words))) sets.union(i, j)
  }
  // One quotation interrupted by its attribution is one.
  for (let i = 1; i < located.length; i++) {
    const a = located[i - 1] as LocatedQuotation
    if (interrupted(texts[a.doc] ?? '', a, located[i] as LocatedQuotation)) sets.union(i - 1, i)
  }
  // The alignment's matches: quotations lying in the same shared passage or phrase.
  const inside = new Map<number, number[]>()
  over.forEach((matches, index) => {
    for (const m of matches) {
      const list = inside.get(m)
      if (list) list.push(index)
      else inside.set(m, [index])
    }
  })
  // The alignment matches one report's text with another's: its pairs are across reports. A match over
  // very many quotations (a text repeating itself) is no evidence for any pair; the shared words find them.
  for (const list of inside.values()) {
    if (list.length > MAX_QUOTES_PER_MATCH) continue
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        if ((located[list[x] as number] as LocatedQuotation).doc !== (located[list[y] as number] as LocatedQuotation).doc) consider(list[x] as number, list[y] as number)
      }
    }
  }
  // Shorter quotations the alignment does not match: any two sharing three words in a row.
  for (const list of quotationsByTriple(located)) {
    if (list.length > 12) continue // a common phrase, not evidence
    for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) consider(list[x] as number, list[y] as number)
  }
  joinShortOnes(located, within, sets)
  const members = new Map<number, number[]>()
  located.forEach((_, index) => {
    const root = sets.find(index)
    const list = members.get(root)
    if (list) list.push(index)
    else members.set(root, [index])
  })
  return [...members.values()].sort((a, b) => (a[0] as number) - (b[0] as number))
}
