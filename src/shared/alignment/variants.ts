// Word-level differences inside a matched passage, against the group's base span. jsdiff runs here on the
// words of two spans already known to be the same passage, and only between anchors: words the grouping
// already matched across the two documents. So a 50,000-word passage is a string of small diffs, never one
// quadratic one. Words equal after normalisation are compared as written (case, inner punctuation), and
// the marks between two equal words are compared too (a dropped comma, straight against curly quotes).

import { diffArrays } from 'diff'
import type { ColumnOf } from './columns'
import type { TokenSpan } from './group'
import { commonRuns } from './lcs'
import type { TokenizedDocument, Vocabulary } from './tokenize'
import type { Variant, VariantKind } from './types'
import { widened } from './widen'

const collapseSpace = (s: string): string => s.replace(/\s+/g, ' ')

const MAX_EDITS_BETWEEN_ANCHORS = 32
/** Stretches up to about 16 by 16 words are compared by a small table (lcs.ts); jsdiff takes larger ones. */
const TINY_DIFF_CELLS = 256
/** Between anchors in a passage, a few words differ; stretches longer than this on both sides were not
 *  aligned word by word (the span reached the group through another report) and are one change. */
const MAX_WORDS_BETWEEN_ANCHORS = 40

type Change = { kind: 'equal' | 'removed' | 'added'; count: number }

// For anchorsOf, reused from call to call: per column, the other span's first position not yet passed
// (valid where its stamp is the call's), and per position the next one of the same column.
let firstAt = new Int32Array(1024)
let stampOf = new Int32Array(1024)
let nextAt = new Int32Array(1024)
let stamp = 0

/** Word pairs of the two spans known to be the same word (same column), increasing in both spans. */
function anchorsOf(columnOf: ColumnOf, base: TokenSpan, other: TokenSpan, maxSkew: number): Array<[number, number]> {
  stamp++
  if (nextAt.length < other.to - other.from) nextAt = new Int32Array(2 * (other.to - other.from))
  for (let o = other.to - 1; o >= other.from; o--) {
    const column = columnOf(other.doc, o)
    if (column < 0) continue
    if (column >= firstAt.length) {
      // Grown with what this call has already set kept: a column met earlier in the span stays known.
      firstAt = widened(firstAt, column + 1)
      stampOf = widened(stampOf, column + 1)
    }
    nextAt[o - other.from] = stampOf[column] === stamp ? (firstAt[column] as number) : -1
    firstAt[column] = o
    stampOf[column] = stamp
  }
  const anchors: Array<[number, number]> = []
  let lastBase = base.from - 1
  let last = other.from - 1
  for (let b = base.from; b < base.to; b++) {
    const column = columnOf(base.doc, b)
    if (column < 0 || column >= stampOf.length || stampOf[column] !== stamp) continue
    // Drop the positions at or before the previous anchor, take the next one, unless it lies further
    // ahead than the base has moved (then it is another occurrence, not this word).
    let o = firstAt[column] as number
    while (o >= 0 && o <= last) o = nextAt[o - other.from] as number
    firstAt[column] = o
    if (o < 0 || o - last > b - lastBase + maxSkew) continue
    anchors.push([b, o])
    lastBase = b
    last = o
  }
  return anchors
}

/** Whether x.slice(xFrom, xTo) equals y.slice(yFrom, yTo), without making either. */
function sameText(x: string, xFrom: number, xTo: number, y: string, yFrom: number, yTo: number): boolean {
  if (xTo - xFrom !== yTo - yFrom) return false
  for (let i = 0; i < xTo - xFrom; i++) if (x.charCodeAt(xFrom + i) !== y.charCodeAt(yFrom + i)) return false
  return true
}

function sameWords(x: Int32Array, xFrom: number, xTo: number, y: Int32Array, yFrom: number, yTo: number): boolean {
  if (xTo - xFrom !== yTo - yFrom) return false
  for (let i = 0; i < xTo - xFrom; i++) if (x[xFrom + i] !== y[yFrom + i]) return false
  return true
}

/** The edit script from base words to other words: diffs between anchors, anchors as equal words. */
function editScript(forms: (doc: TokenizedDocument, from: number, to: number) => string[], B: TokenizedDocument, O: TokenizedDocument, base: TokenSpan, other: TokenSpan, anchors: Array<[number, number]>): Change[] {
  const script: Change[] = []
  const push = (kind: Change['kind'], count: number): void => {
    if (count === 0) return
    const last = script.at(-1)
    if (last && last.kind === kind) last.count += count
    else script.push({ kind, count })
  }
  let b = base.from
  let o = other.from
  for (const [ab, ao] of [...anchors, [base.to, other.to] as [number, number]]) {
    if (ab === b || ao === o) {
      // Words only added or only dropped: nothing to diff.
      push('removed', ab - b)
      push('added', ao - o)
    } else if (sameWords(B.ids, b, ab, O.ids, o, ao)) {
      // Equal words the grouping did not pair up (the span joined the group through another report).
      push('equal', ab - b)
    } else if (ab - b === 1 && ao - o === 1) {
      // One word for another, the commonest change: no need to diff.
      push('removed', 1)
      push('added', 1)
    } else {
      // Between anchors the words differ only a little; where they differ a lot, say so as one change
      // rather than spend quadratic time finding the few words in common.
      // The edit distance is at least the difference in length: past the limit, jsdiff would only give up.
      const small =
        (ab - b <= MAX_WORDS_BETWEEN_ANCHORS || ao - o <= MAX_WORDS_BETWEEN_ANCHORS) && Math.abs(ab - b - (ao - o)) <= MAX_EDITS_BETWEEN_ANCHORS
      if ((ab - b) * (ao - o) <= TINY_DIFF_CELLS) {
        let i = b
        let j = o
        for (const run of commonRuns(B.ids, O.ids, b, ab, o, ao)) {
          push('removed', b + run.a - i)
          push('added', o + run.b - j)
          push('equal', run.length)
          i = b + run.a + run.length
          j = o + run.b + run.length
        }
        push('removed', ab - i)
        push('added', ao - j)
      } else {
        const changes = small ? diffArrays(forms(B, b, ab), forms(O, o, ao), { maxEditLength: MAX_EDITS_BETWEEN_ANCHORS }) : undefined
        if (changes) for (const change of changes) push(change.added ? 'added' : change.removed ? 'removed' : 'equal', change.count)
        else {
          push('removed', ab - b)
          push('added', ao - o)
        }
      }
    }
    if (ab < base.to) push('equal', 1)
    b = ab + 1
    o = ao + 1
  }
  return script
}

export function findVariants(
  docs: TokenizedDocument[],
  vocabulary: Vocabulary,
  base: TokenSpan,
  other: TokenSpan,
  columnOf?: ColumnOf,
  maxSkew = 8,
): Variant[] {
  const B = docs[base.doc] as TokenizedDocument
  const O = docs[other.doc] as TokenizedDocument
  const forms = (doc: TokenizedDocument, from: number, to: number): string[] =>
    Array.from(doc.ids.subarray(from, to), (id) => vocabulary.forms[id] as string)
  const variants: Variant[] = []
  /** Where a token range [from, to) sits in a document; an empty range sits after the word before it. */
  const place = (doc: TokenizedDocument, span: TokenSpan, from: number, to: number): [number, number] => {
    if (from < to) return [doc.starts[from] as number, doc.ends[to - 1] as number]
    const at = from > span.from ? (doc.ends[from - 1] as number) : (doc.starts[from] as number)
    return [at, at]
  }
  /** The marks between word from-1 and word from. */
  const between = (doc: TokenizedDocument, from: number): [number, number] => [doc.ends[from - 1] as number, doc.starts[from] as number]
  const add = (kind: VariantKind, [baseStart, baseEnd]: [number, number], [start, end]: [number, number]): void => {
    variants.push({ doc: other.doc, kind, base: B.text.slice(baseStart, baseEnd), baseStart, baseEnd, text: O.text.slice(start, end), start, end })
  }

  let b = base.from
  let o = other.from
  let previousEqual = false
  const changes = editScript(forms, B, O, base, other, columnOf ? anchorsOf(columnOf, base, other, maxSkew) : [])
  for (let c = 0; c < changes.length; c++) {
    const change = changes[c] as Change
    if (change.kind === 'equal') {
      for (let t = 0; t < change.count; t++, b++, o++) {
        // Nearly every word and the marks before it are written alike: compared in place, not copied.
        if ((previousEqual || t > 0) && !sameText(B.text, B.ends[b - 1] as number, B.starts[b] as number, O.text, O.ends[o - 1] as number, O.starts[o] as number)) {
          const baseMarks = B.text.slice(B.ends[b - 1], B.starts[b])
          const otherMarks = O.text.slice(O.ends[o - 1], O.starts[o])
          if (collapseSpace(baseMarks) !== collapseSpace(otherMarks)) add('punctuation', between(B, b), between(O, o))
        }
        if (!sameText(B.text, B.starts[b] as number, B.ends[b] as number, O.text, O.starts[o] as number, O.ends[o] as number)) {
          const baseWord = B.text.slice(B.starts[b], B.ends[b])
          const otherWord = O.text.slice(O.starts[o], O.ends[o])
          add(baseWord.toLowerCase() === otherWord.toLowerCase() ? 'case' : 'punctuation', place(B, base, b, b + 1), place(O, other, o, o + 1))
        }
      }
      previousEqual = true
      continue
    }
    const next = changes[c + 1]
    if (change.kind === 'removed' && next?.kind === 'added') {
      add('substitution', place(B, base, b, b + change.count), place(O, other, o, o + next.count))
      b += change.count
      o += next.count
      c++
    } else if (change.kind === 'removed') {
      add('omission', place(B, base, b, b + change.count), place(O, other, o, o))
      b += change.count
    } else {
      add('insertion', place(B, base, b, b), place(O, other, o, o + change.count))
      o += change.count
    }
    previousEqual = false
  }
  return variants
}
