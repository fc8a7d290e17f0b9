// Recall's judge: whether the engine found each truth run (one passage links the run in both documents,
// covering 90% of its words on each side), and when it did not, the one cause that best explains the miss,
// so that an engineer reading the benchmark knows where to look.

import type { Span } from '../src/shared/alignment'
import type { IndexedDocument, TruthRun } from './truthRuns'
import { wordsInside, wordsTouching, type TruthWord } from './truthWords'

export const FOUND_SHARE = 0.9

export type MissCause = 'not linked' | 'phrase only' | 'split' | 'cut short' | 'repeat' | 'other'

/** In the order a miss is tested for them: a miss has the first cause that fits. */
export const MISS_CAUSES: ReadonlyArray<{ cause: MissCause; definition: string }> = [
  { cause: 'not linked', definition: 'no passage with spans in both documents touches the run in either document, nor does a phrase in both' },
  { cause: 'phrase only', definition: 'no passage touches it, but a phrase group has spans touching the run in both documents' },
  { cause: 'split', definition: 'passages touching the run in both documents together cover ≥ 90% of it on both sides, no single one does' },
  { cause: 'cut short', definition: 'a passage links the run in both documents (touches it on both sides) but covers < 90% on a side' },
  { cause: 'repeat', definition: "the run's word sequence occurs more than once in document a or in document b" },
  { cause: 'other', definition: 'anything else (a passage touches the run on one side only, its other span elsewhere)' },
]

export const CUT_AT_SENTENCE_BREAK =
  'cut at sentence break: every edge between covered and uncovered words on a short side is a sentence break (. ! or ?, closing quotes, white space, next word not lower case)'

/** What the judge reads of an alignment (an Alignment is one): the spans of its passages and of its phrases. */
export interface LinkedGroups {
  passages: ReadonlyArray<{ id: string; spans: readonly Span[] }>
  phrases: ReadonlyArray<{ spans: readonly Span[] }>
}

export type RunVerdict = { run: TruthRun; found: true } | { run: TruthRun; found: false; cause: MissCause; cutAtSentenceBreak: boolean; detail: string }

/** What the judge needs of each document: its text, truth words and 10-gram index. */
export interface JudgedDocument {
  text: string
  words: readonly TruthWord[]
  indexed: IndexedDocument
}

interface SpanWords {
  group: number
  inside: [number, number]
  touching: [number, number]
}

/** For one kind of group (passages or phrases): per document, per word, the spans touching that word; and each group's documents. */
class SpanIndex {
  readonly at: Array<Array<SpanWords[] | undefined>>
  readonly docsOf: Array<Set<number>>

  constructor(groups: ReadonlyArray<{ spans: readonly Span[] }>, docs: readonly JudgedDocument[]) {
    this.at = docs.map((d) => new Array<SpanWords[] | undefined>(d.words.length))
    this.docsOf = groups.map((g) => new Set(g.spans.map((s) => s.doc)))
    groups.forEach((group, index) => {
      for (const span of group.spans) {
        const words = (docs[span.doc] as JudgedDocument).words
        const entry: SpanWords = { group: index, inside: wordsInside(words, span.start, span.end), touching: wordsTouching(words, span.start, span.end) }
        const at = this.at[span.doc] as Array<SpanWords[] | undefined>
        for (let w = entry.touching[0]; w < entry.touching[1]; w++) (at[w] ??= []).push(entry)
      }
    })
  }

  /** Spans in `doc` touching words [from, to) whose group also has a span in `other`, each span once. */
  touching(doc: number, from: number, to: number, other: number): SpanWords[] {
    const found = new Set<SpanWords>()
    const at = this.at[doc] as Array<SpanWords[] | undefined>
    for (let w = from; w < to; w++) for (const entry of at[w] ?? []) if (this.docsOf[entry.group]?.has(other)) found.add(entry)
    return [...found]
  }
}

const overlap = ([from, to]: [number, number], start: number, length: number): number => Math.max(0, Math.min(to, start + length) - Math.max(from, start))

interface Side {
  doc: number
  start: number
  /** Per group touching this side of the run: its spans touching it, and the best one (most run words covered). */
  groups: Map<number, { spans: SpanWords[]; best: SpanWords; covered: number }>
}

function sideOf(index: SpanIndex, doc: number, start: number, length: number, other: number): Side {
  const groups: Side['groups'] = new Map()
  for (const span of index.touching(doc, start, start + length, other)) {
    const covered = overlap(span.inside, start, length)
    const known = groups.get(span.group)
    if (known === undefined) groups.set(span.group, { spans: [span], best: span, covered })
    else {
      known.spans.push(span)
      if (covered > known.covered) Object.assign(known, { best: span, covered })
    }
  }
  return { doc, start, groups }
}

/** Run words on this side covered by any span of the given groups. */
function unionCovered(side: Side, groups: readonly number[], length: number): number {
  const covered = new Uint8Array(length)
  for (const group of groups) {
    for (const span of side.groups.get(group)?.spans ?? []) {
      for (let w = Math.max(span.inside[0], side.start); w < Math.min(span.inside[1], side.start + length); w++) covered[w - side.start] = 1
    }
  }
  return covered.reduce((sum, c) => sum + c, 0)
}

/** A sentence ends between words k - 1 and k. */
function isSentenceBreak(doc: JudgedDocument, k: number): boolean {
  const before = doc.words[k - 1]
  const after = doc.words[k]
  if (before === undefined || after === undefined) return false
  return /[.!?]['"”’)\]]*\s/u.test(doc.text.slice(before.end, after.start)) && !/^\p{Ll}/u.test(doc.text.slice(after.start))
}

/** Every edge between the covered part and the uncovered words of a short side sits at a sentence break. */
function cutAtSentenceBreak(doc: JudgedDocument, span: SpanWords, start: number, length: number): boolean {
  const from = Math.max(span.inside[0], start)
  const to = Math.min(span.inside[1], start + length)
  if (to <= from) return false
  return (from === start || isSentenceBreak(doc, from)) && (to === start + length || isSentenceBreak(doc, to))
}

const percent = (covered: number, length: number): string => `${Math.round((100 * covered) / length)}%`

function judgeRun(run: TruthRun, docs: readonly JudgedDocument[], passages: SpanIndex, phrases: SpanIndex): RunVerdict {
  const { a, b, length } = run
  const need = FOUND_SHARE * length
  const sideA = sideOf(passages, a, run.startA, length, b)
  const sideB = sideOf(passages, b, run.startB, length, a)
  const bothSides = [...sideA.groups.keys()].filter((group) => sideB.groups.has(group))
  const coverOf = (group: number): [number, number] => [sideA.groups.get(group)?.covered ?? 0, sideB.groups.get(group)?.covered ?? 0]
  if (bothSides.some((group) => coverOf(group).every((c) => c >= need))) return { run, found: true }
  const miss = (cause: MissCause, detail: string, cutAtSentenceBreak = false): RunVerdict => ({ run, found: false, cause, cutAtSentenceBreak, detail })

  if (sideA.groups.size === 0 && sideB.groups.size === 0) {
    const phraseA = new Set(phrases.touching(a, run.startA, run.startA + length, b).map((s) => s.group))
    const phraseB = phrases.touching(b, run.startB, run.startB + length, a)
    return phraseB.some((s) => phraseA.has(s.group)) ? miss('phrase only', '') : miss('not linked', '')
  }
  const unionA = unionCovered(sideA, bothSides, length)
  const unionB = unionCovered(sideB, bothSides, length)
  if (unionA >= need && unionB >= need) return miss('split', `${bothSides.length} passages cover ${percent(unionA, length)} / ${percent(unionB, length)}`)
  if (bothSides.length > 0) {
    const group = bothSides.reduce((best, g) => (Math.min(...coverOf(g)) > Math.min(...coverOf(best)) ? g : best))
    const [coverA, coverB] = coverOf(group)
    const shortSides = [sideA, sideB].filter((side) => (side.groups.get(group)?.covered ?? 0) < need)
    const cut = shortSides.every((side) => cutAtSentenceBreak(docs[side.doc] as JudgedDocument, side.groups.get(group)?.best as SpanWords, side.start, length))
    return miss('cut short', `best passage covers ${percent(coverA, length)} / ${percent(coverB, length)}`, cut)
  }
  const sequence = (docs[a] as JudgedDocument).indexed.ids.subarray(run.startA, run.startA + length)
  const inA = (docs[a] as JudgedDocument).indexed.occurrences(sequence)
  const inB = (docs[b] as JudgedDocument).indexed.occurrences(sequence)
  if (inA > 1 || inB > 1) return miss('repeat', `occurs ${inA}× in a, ${inB}× in b`)
  return miss('other', `passages touch it in ${sideA.groups.size > 0 ? 'a' : 'b'} only`)
}

/** A verdict for each run (in the order given), against the passages (and, for the causes, phrases) of one alignment. */
export function judgeRuns(runs: readonly TruthRun[], docs: readonly JudgedDocument[], alignment: LinkedGroups): RunVerdict[] {
  const passages = new SpanIndex(alignment.passages, docs)
  const phrases = new SpanIndex(alignment.phrases, docs)
  return runs.map((run) => judgeRun(run, docs, passages, phrases))
}
