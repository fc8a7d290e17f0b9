// Which sentences of the older version are which of the newer. First the sentences both carry word for
// word (white space and quote forms aside), wherever they moved. Then the alignment engine's shared
// passages and phrases, read word by word: words it matched link the sentences holding them, so a sentence
// reworded, split in two or joined to the next still finds its counterpart. Sentences linked together are
// compared as one; a sentence linked to none was added or removed.

import { UnionFind, type Alignment, type PassageGroup, type Span } from '../alignment'
import { countWords, forEachWord, type TextSpan } from '../domain/text'
import { splitSentences } from './sentences'

export interface SentencePairing {
  older: TextSpan[]
  newer: TextSpan[]
  /** Sentences linked across the versions and not word for word the same: indexes into `older` and `newer`. */
  linked: Array<{ older: number[]; newer: number[] }>
  /** Sentences with no counterpart: of the older version (removed), of the newer (added). */
  removed: number[]
  added: number[]
}

/** Share of the shorter sentence's words that must be matched into the other for the two to be counterparts. */
const LINK_SHARE = 1 / 3

/** Quote and dash forms made alike and white space made one space: a sentence's wording, for finding it again. */
function wordingKey(text: string, { start, end }: TextSpan): string {
  return text
    .slice(start, end)
    .replace(/\s+/g, ' ')
    .replace(/[‘’‚‛′`ʼ]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/[—–‐‑−]/g, '-')
}

/** The index of the sentence holding offset `at`, or -1 when it falls between sentences. */
export function sentenceAt(sentences: readonly TextSpan[], at: number): number {
  let low = 0
  let high = sentences.length - 1
  while (low <= high) {
    const mid = (low + high) >> 1
    const s = sentences[mid] as TextSpan
    if (at < s.start) high = mid - 1
    else if (at >= s.end) low = mid + 1
    else return mid
  }
  return -1
}

/** Starts of the words of text.slice(from, to). */
function wordStarts(text: string, from: number, to: number): number[] {
  const starts: number[] = []
  forEachWord(text.slice(from, to), (s) => starts.push(from + s))
  return starts
}

/**
 * Calls `link(olderWordStart, newerWordStart)` for each pair of words the alignment matched between one
 * span of the older version and one of the newer: the words between its variants that replace, add or drop
 * words, paired in order (by position where the two counts differ, as hyphenated words may).
 */
function matchedWords(texts: readonly [string, string], group: PassageGroup, link: (older: number, newer: number) => void): void {
  const base = group.spans[0] as Span
  for (const other of group.spans.slice(1)) {
    if (other.doc === base.doc) continue
    const baseIsOlder = base.doc === 0
    const [o, n] = baseIsOlder ? [base, other] : [other, base]
    const changed = group.variants
      .filter((v) => v.doc === other.doc && v.start >= other.start && v.end <= other.end && (v.kind === 'substitution' || v.kind === 'insertion' || v.kind === 'omission'))
      .map((v) => (baseIsOlder ? { o: [v.baseStart, v.baseEnd], n: [v.start, v.end] } : { o: [v.start, v.end], n: [v.baseStart, v.baseEnd] }))
      .sort((x, y) => (x.o[0] as number) - (y.o[0] as number))
    let oAt = o.start
    let nAt = n.start
    for (const stop of [...changed, { o: [o.end, o.end], n: [n.end, n.end] }]) {
      const olderWords = wordStarts(texts[0], oAt, Math.max(oAt, stop.o[0] as number))
      const newerWords = wordStarts(texts[1], nAt, Math.max(nAt, stop.n[0] as number))
      const count = Math.min(olderWords.length, newerWords.length)
      for (let k = 0; k < count; k++) {
        const ko = Math.floor((k * olderWords.length) / count)
        const kn = Math.floor((k * newerWords.length) / count)
        link(olderWords[ko] as number, newerWords[kn] as number)
      }
      oAt = Math.max(oAt, stop.o[1] as number)
      nAt = Math.max(nAt, stop.n[1] as number)
    }
  }
}

/** The sentences of the two versions, paired: the same, linked through the alignment, or alone. */
export function pairSentences(olderText: string, newerText: string, alignment: Alignment): SentencePairing {
  const older = splitSentences(olderText)
  const newer = splitSentences(newerText)
  const pairedOlder = new Uint8Array(older.length)
  const pairedNewer = new Uint8Array(newer.length)

  // The same sentence in both, in order of appearance: a sentence repeated is paired as often as both have it.
  const waiting = new Map<string, number[]>()
  newer.forEach((s, j) => {
    const key = wordingKey(newerText, s)
    waiting.set(key, [...(waiting.get(key) ?? []), j])
  })
  older.forEach((s, i) => {
    const j = waiting.get(wordingKey(olderText, s))?.shift()
    if (j === undefined) return
    pairedOlder[i] = 1
    pairedNewer[j] = 1
  })

  // Links between the sentences left, weighed by the words the alignment matched between them.
  const weights = new Map<number, number>()
  const texts: [string, string] = [olderText, newerText]
  for (const group of [...alignment.passages, ...alignment.phrases]) {
    matchedWords(texts, group, (oWord, nWord) => {
      const i = sentenceAt(older, oWord)
      const j = sentenceAt(newer, nWord)
      if (i < 0 || j < 0 || pairedOlder[i] || pairedNewer[j]) return
      weights.set(i * newer.length + j, (weights.get(i * newer.length + j) ?? 0) + 1)
    })
  }
  const wordsIn = (text: string, s: TextSpan): number => countWords(text.slice(s.start, s.end))
  const sets = new UnionFind(older.length + newer.length)
  for (const [key, weight] of weights) {
    const i = Math.floor(key / newer.length)
    const j = key % newer.length
    const shorter = Math.min(wordsIn(olderText, older[i] as TextSpan), wordsIn(newerText, newer[j] as TextSpan))
    if (weight >= LINK_SHARE * shorter) sets.union(i, older.length + j)
  }

  const groups = new Map<number, { older: number[]; newer: number[] }>()
  const groupOf = (node: number): { older: number[]; newer: number[] } => {
    const root = sets.find(node)
    let group = groups.get(root)
    if (!group) groups.set(root, (group = { older: [], newer: [] }))
    return group
  }
  older.forEach((_, i) => void (pairedOlder[i] || groupOf(i).older.push(i)))
  newer.forEach((_, j) => void (pairedNewer[j] || groupOf(older.length + j).newer.push(j)))
  const all = [...groups.values()]
  return {
    older,
    newer,
    linked: all.filter((g) => g.older.length > 0 && g.newer.length > 0),
    removed: all.filter((g) => g.newer.length === 0).flatMap((g) => g.older),
    added: all.filter((g) => g.older.length === 0).flatMap((g) => g.newer),
  }
}
