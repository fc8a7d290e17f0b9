// The benchmark's cases, each a list of documents built deterministically from the sample (see corpus.ts).
// "Unrelated" documents come from disjoint sentence pools and are checked to share no 4-gram of
// normalised words, so any passage found between them would be a false one.

import {
  fourGrams,
  generateParagraphs,
  joinParagraphs,
  normalisedWords,
  readSample,
  rewordLightly,
  Rng,
  selfRepetition,
  SentencePool,
  sentencesOf,
  sharedFourGrams,
  type Sentence,
} from './corpus'

export interface BenchCase {
  id: string
  label: string
  texts: string[]
  /** What the case should show, checked after the run: unrelated documents share nothing. */
  expectNoPassages?: boolean
  /** Share of document 1's 4-gram positions repeated within it (how recombined the prose is). */
  selfRepetition: number
}

interface Pools {
  all: SentencePool
  /** 1.txt and 2.txt */
  first: SentencePool
  /** 3.txt without any sentence sharing a 4-gram with the first pool */
  second: SentencePool
}

function pools(sample: string[]): Pools {
  const [one, two, three] = sample.map(sentencesOf) as [Sentence[], Sentence[], Sentence[]]
  const first = [...one, ...two]
  const firstGrams = fourGrams(first.flatMap((s) => normalisedWords(` ${s.join(' ')} `)))
  const second = three.filter((s) => ![...fourGrams(normalisedWords(s.join(' ')))].some((g) => firstGrams.has(g)))
  return { all: new SentencePool([...one, ...two, ...three]), first: new SentencePool(first), second: new SentencePool(second) }
}

function countWords(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, p) => sum + normalisedWords(p).length, 0)
}

/** Paragraphs taken at random until they hold `words` words; returns them and the rest, each in order. */
function takeParagraphs(paragraphs: readonly string[], words: number, rng: Rng): { taken: string[]; rest: string[] } {
  const order = rng.shuffle(paragraphs.map((_p, i) => i))
  const chosen = new Set<number>()
  let total = 0
  for (const i of order) {
    if (total >= words) break
    chosen.add(i)
    total += normalisedWords(paragraphs[i] as string).length
  }
  return { taken: paragraphs.filter((_p, i) => chosen.has(i)), rest: paragraphs.filter((_p, i) => !chosen.has(i)) }
}

/** Inserts each of `extra` at a random place in `into`. */
function interleave(into: readonly string[], extra: readonly string[], rng: Rng): string[] {
  const out = [...into]
  for (const paragraph of extra) out.splice(rng.int(out.length + 1), 0, paragraph)
  return out
}

function sameStory(pool: SentencePool, words: number, seed: number): string[] {
  const rng = new Rng(seed)
  const first = generateParagraphs(pool, rng, { words })
  return [first, rewordLightly(first, rng)].map(joinParagraphs)
}

function sharingFifth(p: Pools, words: number, seed: number): string[] {
  const rng = new Rng(seed)
  const first = generateParagraphs(p.first, rng, { words })
  const { taken } = takeParagraphs(first, words * 0.2, rng)
  const forbidden = fourGrams(normalisedWords(first.join(' ')))
  const own = generateParagraphs(p.second, rng, { words: words - countWords(taken), forbidden })
  const second = interleave(own, rng.shuffle(rewordLightly(taken, rng, { substitution: 0.3, punctuation: 0.4, moved: 0 })), rng)
  return [first, second].map(joinParagraphs)
}

function unrelated(p: Pools, words: number, seed: number): string[] {
  const rng = new Rng(seed)
  const first = joinParagraphs(generateParagraphs(p.first, rng, { words }))
  const forbidden = fourGrams(normalisedWords(first))
  const second = joinParagraphs(generateParagraphs(p.second, rng, { words, forbidden }))
  const shared = sharedFourGrams(first, second)
  if (shared.length > 0) throw new Error(`the unrelated documents share ${shared.length} 4-grams, e.g. "${shared[0]}"`)
  return [first, second]
}

function threeReports(pool: SentencePool, words: number, seed: number): string[] {
  const rng = new Rng(seed)
  const first = generateParagraphs(pool, rng, { words })
  const second = rewordLightly(first, rng)
  const { taken } = takeParagraphs(first, words / 2, rng)
  const own = generateParagraphs(pool, rng, { words: words - countWords(taken) })
  const third = interleave(own, rng.shuffle(rewordLightly(taken, rng)), rng)
  return [first, second, third].map(joinParagraphs)
}

/** Many short reports of one story: some real paragraphs of the sample, lightly reworded, around new prose. */
function manyReports(sample: string[], pool: SentencePool, count: number, words: number, seed: number): string[] {
  const rng = new Rng(seed)
  const realParagraphs = sample.flatMap((text) => text.split(/\n\s*\n/).filter((p) => normalisedWords(p).length >= 12))
  return Array.from({ length: count }, () => {
    const real = rewordLightly(takeParagraphs(realParagraphs, words * 0.3, rng).taken, rng)
    const own = generateParagraphs(pool, rng, { words: words - countWords(real) })
    return joinParagraphs(interleave(own, real, rng))
  })
}

/** The reports of the many-reports cases are drawn one after another from one seed, so the first n of a
 *  larger set are the n-report case: each size is the smaller ones with reports added. */
const MANY_SEED = 606
export const MANY_WORDS = 800

/** `count` reports of about MANY_WORDS words each, the same as buildCases' many-reports cases. */
export function manyReportTexts(count: number): string[] {
  const sample = readSample()
  return manyReports(sample, pools(sample).all, count, MANY_WORDS, MANY_SEED)
}

/** The three reports of about 10k words each of the 3 × 10k case, the same as buildCases' (also the tests'). */
export function threeReportTexts(): string[] {
  return threeReports(pools(readSample()).all, 10_000, THREE_SEED)
}

/** Other sets of three reports of about 10k words, made the same way from other seeds (the view benchmark
 *  opens each as a comparison main has not aligned yet); the first is the 3 × 10k case's. */
export function threeReportSets(count: number): string[][] {
  const { all } = pools(readSample())
  return Array.from({ length: count }, (_, i) => threeReports(all, 10_000, THREE_SEED + i * 1_000))
}

const THREE_SEED = 404

export function buildCases(): BenchCase[] {
  const sample = readSample()
  const p = pools(sample)
  const hundred = manyReports(sample, p.all, 100, MANY_WORDS, MANY_SEED)
  const cases: Array<Omit<BenchCase, 'selfRepetition'>> = [
    { id: 'sample-3x800', label: '3 × 800 (the sample)', texts: sample },
    { id: 'same-2x10k', label: '2 × 10k, same story reworded', texts: sameStory(p.all, 10_000, 101) },
    { id: 'share20-2x10k', label: '2 × 10k, 20% shared, reordered', texts: sharingFifth(p, 10_000, 202) },
    { id: 'unrelated-2x10k', label: '2 × 10k, unrelated', texts: unrelated(p, 10_000, 303), expectNoPassages: true },
    { id: 'reports-3x10k', label: '3 × 10k', texts: threeReports(p.all, 10_000, THREE_SEED) },
    { id: 'same-2x50k', label: '2 × 50k, same story reworded', texts: sameStory(p.all, 50_000, 505) },
    { id: 'many-50x800', label: '50 × 800', texts: hundred.slice(0, 50) },
    { id: 'many-100x800', label: '100 × 800', texts: hundred },
  ]
  return cases.map((c) => ({ ...c, selfRepetition: selfRepetition(c.texts[0] as string) }))
}
