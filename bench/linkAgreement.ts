// Precision's judge: every pair of spans a passage links across two documents, and how far their truth
// words agree (2·LCS / total words, the LCS from jsdiff's O(ND) diffArrays). A pair agrees at 0.6 or more:
// a passage that links text unlike itself is a false link whatever its length.

import { diffArrays } from 'diff'
import type { Span } from '../src/shared/alignment'
import { wordsInside, type TruthWord } from './truthWords'

export const AGREEING_SIMILARITY = 0.6

export interface LinkedPair {
  passage: string
  a: Span
  b: Span
  /** Truth words lying wholly inside each span. */
  wordsA: number
  wordsB: number
  /** 2·LCS(wordsA, wordsB) / (wordsA + wordsB); 0 when both spans hold no word. */
  similarity: number
}

/** Length of the longest common subsequence of two word lists. */
export function commonWords(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  let common = 0
  for (const part of diffArrays(a as string[], b as string[])) if (!part.added && !part.removed) common += part.count
  return common
}

export function similarityOf(a: readonly string[], b: readonly string[]): number {
  const total = a.length + b.length
  return total === 0 ? 0 : (2 * commonWords(a, b)) / total
}

/** Every linked span pair of every passage, the span in the lower-numbered document first. */
export function linkedPairs(wordsOf: ReadonlyArray<readonly TruthWord[]>, alignment: { passages: ReadonlyArray<{ id: string; spans: readonly Span[] }> }): LinkedPair[] {
  const pairs: LinkedPair[] = []
  const inside = (span: Span): string[] => {
    const words = wordsOf[span.doc] ?? []
    const [from, to] = wordsInside(words, span.start, span.end)
    return words.slice(from, to).map((w) => w.text)
  }
  for (const passage of alignment.passages) {
    const spanWords = passage.spans.map(inside)
    passage.spans.forEach((s, i) => {
      passage.spans.forEach((t, j) => {
        if (j <= i || s.doc === t.doc) return
        const [a, b, wa, wb] = s.doc < t.doc ? [s, t, spanWords[i], spanWords[j]] : [t, s, spanWords[j], spanWords[i]]
        pairs.push({ passage: passage.id, a, b, wordsA: (wa as string[]).length, wordsB: (wb as string[]).length, similarity: similarityOf(wa as string[], wb as string[]) })
      })
    })
  }
  return pairs
}
