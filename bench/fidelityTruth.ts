// The fidelity benchmark for one set of documents: the truth (each text's truth words and the maximal
// runs of ten or more equal words each pair shares) and the score of an alignment of the same texts
// (a verdict per run for recall, a similarity per linked span pair for precision).

import { linkedPairs, type LinkedPair } from './linkAgreement'
import { judgeRuns, type JudgedDocument, type LinkedGroups, type RunVerdict } from './runVerdicts'
import { allSharedRuns, indexDocuments, type TruthRun } from './truthRuns'
import { truthWords } from './truthWords'

export interface DocumentsTruth {
  docs: JudgedDocument[]
  runs: TruthRun[]
}

export interface AlignmentScore {
  verdicts: RunVerdict[]
  pairs: LinkedPair[]
}

export function truthOf(texts: readonly string[]): DocumentsTruth {
  const words = texts.map(truthWords)
  const indexed = indexDocuments(words.map((list) => list.map((w) => w.text)))
  const docs = texts.map((text, i) => ({ text, words: words[i] ?? [], indexed: indexed[i] as JudgedDocument['indexed'] }))
  return { docs, runs: allSharedRuns(indexed) }
}

/** Scores an alignment of the truth's texts (an Alignment, or any passages and phrases given as spans). */
export function scoreAlignment(truth: DocumentsTruth, alignment: LinkedGroups): AlignmentScore {
  return {
    verdicts: judgeRuns(truth.runs, truth.docs, alignment),
    pairs: linkedPairs(truth.docs.map((d) => d.words), alignment),
  }
}

/** The text of words [from, from + length) of a document, white space collapsed. */
export function textOfWords(doc: JudgedDocument, from: number, length: number): string {
  const first = doc.words[from]
  const last = doc.words[from + length - 1]
  return first === undefined || last === undefined ? '' : doc.text.slice(first.start, last.end).replace(/\s+/g, ' ')
}
