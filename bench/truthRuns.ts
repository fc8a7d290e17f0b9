// What the fidelity benchmark counts as shared text: every maximal run of at least ten consecutive equal
// truth words that two documents have in common, found through a hash of each document's 10-grams.
// "Maximal" is per diagonal: a run cannot be extended left or right with the same offset between the two
// documents, so a text that repeats yields one run per (place in a, place in b).

export const MIN_RUN_WORDS = 10

/** A run shared by documents a < b: words [startA, startA + length) of a equal [startB, startB + length) of b. */
export interface TruthRun {
  a: number
  b: number
  startA: number
  startB: number
  length: number
}

/** A document's words as numbers (equal words, equal numbers, across one set of documents) and its 10-grams by hash. */
export class IndexedDocument {
  private readonly positions = new Map<number, number[]>()

  constructor(readonly ids: Int32Array) {
    for (let i = 0; i + MIN_RUN_WORDS <= ids.length; i++) {
      const hash = gramHash(ids, i)
      const list = this.positions.get(hash)
      if (list === undefined) this.positions.set(hash, [i])
      else list.push(i)
    }
  }

  /** Starting places of 10-grams with this hash (collisions included: check the words). */
  placesOf(hash: number): readonly number[] {
    return this.positions.get(hash) ?? []
  }

  /** How many times a sequence of at least MIN_RUN_WORDS words occurs in the document. */
  occurrences(sequence: ArrayLike<number>): number {
    if (sequence.length < MIN_RUN_WORDS) throw new Error('occurrences needs a sequence of at least MIN_RUN_WORDS words')
    let count = 0
    for (const start of this.placesOf(gramHash(sequence, 0))) {
      if (start + sequence.length > this.ids.length) continue
      let k = 0
      while (k < sequence.length && this.ids[start + k] === sequence[k]) k++
      if (k === sequence.length) count++
    }
    return count
  }
}

function gramHash(ids: ArrayLike<number>, from: number): number {
  let hash = 0x811c9dc5
  for (let k = from; k < from + MIN_RUN_WORDS; k++) hash = Math.imul(hash ^ (ids[k] as number), 0x01000193)
  return hash
}

/** Indexes documents that will be compared with one another: their words share one numbering. */
export function indexDocuments(wordLists: ReadonlyArray<readonly string[]>): IndexedDocument[] {
  const numbers = new Map<string, number>()
  return wordLists.map((words) => {
    const ids = new Int32Array(words.length)
    words.forEach((word, i) => {
      let id = numbers.get(word)
      if (id === undefined) numbers.set(word, (id = numbers.size))
      ids[i] = id
    })
    return new IndexedDocument(ids)
  })
}

/** Every maximal run of at least MIN_RUN_WORDS equal words shared by documents a and b, by place in a then in b. */
export function sharedRuns(a: number, docA: IndexedDocument, b: number, docB: IndexedDocument): TruthRun[] {
  const x = docA.ids
  const y = docB.ids
  const runs: TruthRun[] = []
  for (let j = 0; j + MIN_RUN_WORDS <= y.length; j++) {
    for (const i of docA.placesOf(gramHash(y, j))) {
      // Only the first place of a diagonal's run starts it; the others lie inside it.
      if (i > 0 && j > 0 && x[i - 1] === y[j - 1]) continue
      let length = 0
      while (i + length < x.length && j + length < y.length && x[i + length] === y[j + length]) length++
      if (length >= MIN_RUN_WORDS) runs.push({ a, b, startA: i, startB: j, length })
    }
  }
  return runs.sort((p, q) => p.startA - q.startA || p.startB - q.startB)
}

/** The runs of every pair of documents a < b. */
export function allSharedRuns(docs: readonly IndexedDocument[]): TruthRun[] {
  const runs: TruthRun[] = []
  for (let a = 0; a < docs.length; a++) {
    for (let b = a + 1; b < docs.length; b++) for (const run of sharedRuns(a, docs[a] as IndexedDocument, b, docs[b] as IndexedDocument)) runs.push(run)
  }
  return runs
}
