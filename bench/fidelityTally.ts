// Sums the scores of many alignments (clusters, or the three pairs of a long case) into recall, precision
// and misses by cause, and keeps what a reader needs to see them: a few misses of each cause and the
// linked pairs that agree least.

import { AGREEING_SIMILARITY } from './linkAgreement'
import { MISS_CAUSES, type MissCause } from './runVerdicts'
import { textOfWords, type AlignmentScore, type DocumentsTruth } from './fidelityTruth'

export interface FidelityFigures {
  runs: number
  runWords: number
  foundRuns: number
  foundWords: number
  /** found runs / runs, and the same weighted by each run's words. */
  recall: number
  recallByWords: number
  linkedPairs: number
  agreeingPairs: number
  /** agreeing pairs / linked pairs, and the same weighted by the words of both spans. */
  precision: number
  precisionByWords: number
  misses: Record<MissCause, number>
  cutAtSentenceBreak: number
}

export interface MissExample {
  cause: MissCause
  /** The set of documents (a cluster's folder) and the two documents' names. */
  where: string
  words: number
  /** The run's text in document a, at most EXCERPT characters. */
  text: string
  detail: string
  cutAtSentenceBreak: boolean
}

export interface WorstPair {
  where: string
  similarity: number
  wordsA: number
  wordsB: number
  textA: string
  textB: string
}

const EXCERPT = 100
const WORST_PAIRS = 10

/** At most `max` characters: the start, an ellipsis, the end. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return flat
  const head = Math.ceil((max - 3) * 0.65)
  return `${flat.slice(0, head)} … ${flat.slice(flat.length - (max - 3 - head))}`
}

const ratio = (part: number, whole: number): number => (whole === 0 ? 1 : part / whole)

export class FidelityTally {
  private runs = 0
  private runWords = 0
  private foundRuns = 0
  private foundWords = 0
  private pairs = 0
  private agreeing = 0
  private pairWords = 0
  private agreeingWords = 0
  private readonly misses: MissExample[] = []
  private worst: WorstPair[] = []

  /** Adds one alignment's score; `set` names the documents' set, `names` each document. */
  add(set: string, names: readonly string[], truth: DocumentsTruth, score: AlignmentScore): void {
    const where = (a: number, b: number): string => `${set}: ${names[a] ?? a} ↔ ${names[b] ?? b}`
    for (const verdict of score.verdicts) {
      const { run } = verdict
      this.runs++
      this.runWords += run.length
      if (verdict.found) {
        this.foundRuns++
        this.foundWords += run.length
        continue
      }
      const doc = truth.docs[run.a]
      const text = doc === undefined ? '' : textOfWords(doc, run.startA, run.length).slice(0, EXCERPT)
      const { cause, detail, cutAtSentenceBreak } = verdict
      this.misses.push({ cause, where: where(run.a, run.b), words: run.length, text, detail, cutAtSentenceBreak })
    }
    for (const pair of score.pairs) {
      const words = pair.wordsA + pair.wordsB
      this.pairs++
      this.pairWords += words
      if (pair.similarity >= AGREEING_SIMILARITY) {
        this.agreeing++
        this.agreeingWords += words
      }
      const last = this.worst[WORST_PAIRS - 1]
      if (this.worst.length < WORST_PAIRS || (last !== undefined && pair.similarity < last.similarity)) {
        const textOf = (doc: number, start: number, end: number): string => shorten(truth.docs[doc]?.text.slice(start, end) ?? '', 160)
        this.worst.push({
          where: where(pair.a.doc, pair.b.doc),
          similarity: pair.similarity,
          wordsA: pair.wordsA,
          wordsB: pair.wordsB,
          textA: textOf(pair.a.doc, pair.a.start, pair.a.end),
          textB: textOf(pair.b.doc, pair.b.start, pair.b.end),
        })
        this.worst = this.worst.sort((p, q) => p.similarity - q.similarity || q.wordsA + q.wordsB - (p.wordsA + p.wordsB)).slice(0, WORST_PAIRS)
      }
    }
  }

  figures(): FidelityFigures {
    const misses = Object.fromEntries(MISS_CAUSES.map(({ cause }) => [cause, this.misses.filter((m) => m.cause === cause).length])) as Record<MissCause, number>
    return {
      runs: this.runs,
      runWords: this.runWords,
      foundRuns: this.foundRuns,
      foundWords: this.foundWords,
      recall: ratio(this.foundRuns, this.runs),
      recallByWords: ratio(this.foundWords, this.runWords),
      linkedPairs: this.pairs,
      agreeingPairs: this.agreeing,
      precision: ratio(this.agreeing, this.pairs),
      precisionByWords: ratio(this.agreeingWords, this.pairWords),
      misses,
      cutAtSentenceBreak: this.misses.filter((m) => m.cause === 'cut short' && m.cutAtSentenceBreak).length,
    }
  }

  /** Up to `count` misses of a cause, spread evenly over all of them in the order they were added. */
  examples(cause: MissCause, count = 5): MissExample[] {
    const all = this.misses.filter((m) => m.cause === cause)
    if (all.length <= count) return all
    return Array.from({ length: count }, (_unused, k) => all[Math.floor((k * all.length) / count)] as MissExample)
  }

  worstPairs(): WorstPair[] {
    return this.worst
  }
}
