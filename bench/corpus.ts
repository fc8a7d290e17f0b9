// Deterministic prose for the benchmark, made from the sentences of the built-in sample: a seeded PRNG
// recombines them (sentences spliced at a shared word, clauses dropped or borrowed, words swapped from a
// small synonym table) into long documents that do not repeat one paragraph verbatim, and rewords a
// document lightly (a few substitutions, punctuation, paragraphs moved) to make a second report of it.

import { readFileSync } from 'node:fs'
import { normalizeWord } from '../src/shared/alignment'
import { splitParagraphs } from '../src/shared/domain/text'
import { SYNONYM_GROUP } from './synonyms'

// ---- seeded randomness --------------------------------------------------------------------------

export class Rng {
  private state: number
  constructor(seed: number) {
    this.state = seed >>> 0
  }
  /** mulberry32: small, fast, and the same sequence on every machine. */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0
    let t = this.state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  int(below: number): number {
    return Math.floor(this.next() * below)
  }
  chance(p: number): boolean {
    return this.next() < p
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list')
    return items[this.int(items.length)] as T
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1)
      ;[items[i], items[j]] = [items[j] as T, items[i] as T]
    }
    return items
  }
}

// ---- words and 4-grams as the engine sees them ----------------------------------------------------

const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:['’ʼ‘\-‐‑.]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/gu

export function normalisedWords(text: string): string[] {
  return Array.from(text.matchAll(WORD), (m) => normalizeWord(m[0]))
}

export function countWordsOf(text: string): number {
  return Array.from(text.matchAll(WORD)).length
}

export function fourGrams(words: readonly string[]): Set<string> {
  const grams = new Set<string>()
  for (let i = 0; i + 4 <= words.length; i++) grams.add(words.slice(i, i + 4).join(' '))
  return grams
}

/** The 4-grams of normalised words two texts have in common (the engine's seeds): none means unrelated. */
export function sharedFourGrams(a: string, b: string): string[] {
  const inA = fourGrams(normalisedWords(a))
  return [...fourGrams(normalisedWords(b))].filter((gram) => inA.has(gram))
}

/** Share of a text's 4-gram positions whose 4-gram occurs elsewhere in the same text. */
export function selfRepetition(text: string): number {
  const words = normalisedWords(text)
  const counts = new Map<string, number>()
  for (let i = 0; i + 4 <= words.length; i++) {
    const gram = words.slice(i, i + 4).join(' ')
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  let repeated = 0
  for (const count of counts.values()) if (count > 1) repeated += count
  return repeated / Math.max(1, words.length - 3)
}

// ---- the sample's sentences ---------------------------------------------------------------------

export const SAMPLE_FOLDER = new URL('../resources/samples/kerry-moscow-2013/', import.meta.url)

export function readSample(): string[] {
  return ['1.txt', '2.txt', '3.txt'].map((name) => readFileSync(new URL(name, SAMPLE_FOLDER), 'utf8'))
}

/** A sentence as its space-separated tokens (punctuation stays attached). */
export type Sentence = readonly string[]

/** Sentences of the paragraphs that read as prose (8 words or more, ending in a full stop or quote). */
export function sentencesOf(text: string): Sentence[] {
  return splitParagraphs(text)
    .map(({ start, end }) => text.slice(start, end).replace(/\s+/g, ' '))
    .filter((paragraph) => countWordsOf(paragraph) >= 8 && /[.!?"”’']$/.test(paragraph))
    .flatMap((paragraph) => paragraph.split(/(?<=[.!?]["”’']?)\s+(?=["“‘']?[A-Z])/))
    .map((sentence) => sentence.split(' ').filter((token) => token !== ''))
    .filter((tokens) => tokens.length >= 5)
}

// ---- rewording ----------------------------------------------------------------------------------

/** Leading punctuation, the word, trailing punctuation. */
function splitToken(token: string): [string, string, string] {
  const match = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(token)
  return match ? [match[1] as string, match[2] as string, match[3] as string] : ['', token, '']
}

function core(token: string): string {
  return splitToken(token)[1].toLowerCase()
}

/** Replaces the word of a token by a synonym, keeping its capital and punctuation; the same token if none. */
function substitute(token: string, rng: Rng): string {
  const [lead, word, trail] = splitToken(token)
  const group = SYNONYM_GROUP.get(word.toLowerCase())
  if (group === undefined) return token
  const others = group.filter((w) => w !== word.toLowerCase())
  let replacement = rng.pick(others)
  if (/^\p{Lu}/u.test(word)) replacement = replacement[0]?.toUpperCase() + replacement.slice(1)
  return `${lead}${replacement}${trail}`
}

export interface RewordRates {
  /** Chance, after each word, of jumping to another place in the pool where that word occurs. */
  jump: number
  /** Chance of each word with synonyms being swapped for one. */
  substitution: number
  /** Chance of dropping a middle clause, and of duplicating one (borrowed from another sentence). */
  dropClause: number
  borrowClause: number
}

/**
 * A jump every three words or so, and most names and synonyms swapped: the sample is far smaller than a
 * 10k-word document, and copying its sentences whole would repeat each of its 4-grams many times over
 * (measured: 83% of a 10k document's 4-gram positions repeated, against about 45% this way). Every
 * pair of neighbouring words still comes from the real prose.
 */
export const HEAVY: RewordRates = { jump: 0.35, substitution: 0.6, dropClause: 0.2, borrowClause: 0.1 }

/** Clauses: runs of tokens ending in a comma (the last one ends the sentence). */
function clausesOf(tokens: Sentence): string[][] {
  const clauses: string[][] = [[]]
  for (const token of tokens) {
    ;(clauses[clauses.length - 1] as string[]).push(token)
    if (token.endsWith(',')) clauses.push([])
  }
  return clauses.filter((c) => c.length > 0)
}

const MAX_SENTENCE_TOKENS = 45

export class SentencePool {
  /** Where each word (lower case, no punctuation) occurs: sentence index and position. */
  private readonly places = new Map<string, Array<[number, number]>>()

  constructor(readonly sentences: readonly Sentence[]) {
    sentences.forEach((tokens, s) =>
      tokens.forEach((token, i) => {
        const word = core(token)
        if (word === '') return
        const list = this.places.get(word) ?? []
        list.push([s, i])
        this.places.set(word, list)
      }),
    )
  }

  get words(): number {
    return this.sentences.reduce((sum, s) => sum + s.length, 0)
  }

  /**
   * A new sentence: starts where a pool sentence starts, and after each word may jump to another
   * occurrence of that word in the pool and go on from there (word-level recombination); it ends where
   * the sentence it is walking through ends. Then clauses are dropped or borrowed and synonyms swapped in.
   */
  sentence(rng: Rng, rates: RewordRates): string[] {
    let s = rng.int(this.sentences.length)
    let i = 0
    const tokens: string[] = []
    for (;;) {
      const sentence = this.sentences[s] as Sentence
      tokens.push(sentence[i] as string)
      if (i + 1 >= sentence.length || tokens.length >= MAX_SENTENCE_TOKENS) break
      if (rng.chance(rates.jump)) {
        const elsewhere = (this.places.get(core(sentence[i] as string)) ?? []).filter(([t, j]) => t !== s && j + 1 < (this.sentences[t] as Sentence).length)
        if (elsewhere.length > 0) [s, i] = rng.pick(elsewhere)
      }
      i++
    }
    let clauses = clausesOf(tokens)
    if (rng.chance(rates.dropClause) && clauses.length >= 3) clauses.splice(1 + rng.int(clauses.length - 2), 1)
    if (rng.chance(rates.borrowClause) && clauses.length >= 2) {
      const middle = clausesOf(rng.pick(this.sentences)).slice(1, -1)
      if (middle.length > 0) clauses.splice(1 + rng.int(clauses.length - 1), 0, rng.pick(middle))
    }
    clauses = clauses.filter((c) => c.length > 0)
    return clauses.flat().map((token) => (rng.chance(rates.substitution) ? substitute(token, rng) : token))
  }
}

export interface GenerateOptions {
  words: number
  rates?: RewordRates
  /** Normalised 4-grams the document must not contain (to keep it unrelated to another). */
  forbidden?: ReadonlySet<string>
}

/** Paragraphs of 2 to 5 sentences drawn from the pool, until the document has `words` words. */
export function generateParagraphs(pool: SentencePool, rng: Rng, options: GenerateOptions): string[] {
  const rates = options.rates ?? HEAVY
  const paragraphs: string[] = []
  let total = 0
  let context: string[] = []
  while (total < options.words) {
    const sentences: string[] = []
    const count = 2 + rng.int(4)
    for (let n = 0; n < count && total < options.words; n++) {
      for (let attempt = 0; ; attempt++) {
        if (attempt === 200) throw new Error('cannot generate a sentence that avoids the forbidden 4-grams')
        const sentence = pool.sentence(rng, rates).join(' ')
        const words = normalisedWords(sentence)
        const forbidden = options.forbidden
        if (forbidden !== undefined && [...fourGrams([...context, ...words])].some((gram) => forbidden.has(gram))) continue
        sentences.push(sentence)
        total += words.length
        context = [...context, ...words].slice(-3)
        break
      }
    }
    paragraphs.push(sentences.join(' '))
  }
  return paragraphs
}

// ---- light rewording: a second report of the same text ----------------------------------------------

const PUNCTUATION_CHANGES: ReadonlyArray<(paragraph: string, rng: Rng) => string> = [
  (p, rng) => {
    const commas = [...p.matchAll(/,(?=\s)/g)]
    if (commas.length === 0) return p
    const at = rng.pick(commas).index
    return p.slice(0, at) + p.slice(at + 1)
  },
  (p, rng) => {
    const spaces = [...p.matchAll(/(?<=\p{L}) (?=\p{L})/gu)]
    if (spaces.length === 0) return p
    const at = rng.pick(spaces).index
    return `${p.slice(0, at)},${p.slice(at)}`
  },
  (p) => p.replace(/"([^"]*)"/g, '“$1”').replace(/(?<=\p{L})'(?=\p{L})/gu, '’'),
  (p) => p.replace(/ -- /g, ' — ').replace(/\.$/, '!'),
]

export interface LightRates {
  /** Chance per paragraph of one or two synonym swaps. */
  substitution: number
  /** Chance per paragraph of a punctuation change. */
  punctuation: number
  /** Share of paragraphs moved elsewhere. */
  moved: number
}

export const LIGHT: LightRates = { substitution: 0.3, punctuation: 0.4, moved: 0.08 }

export function rewordLightly(paragraphs: readonly string[], rng: Rng, rates: LightRates = LIGHT): string[] {
  const out = paragraphs.map((paragraph) => {
    let tokens = paragraph.split(' ')
    if (rng.chance(rates.substitution)) {
      const swappable = tokens.flatMap((t, i) => (SYNONYM_GROUP.has(core(t)) ? [i] : []))
      for (let n = 1 + rng.int(2); n > 0 && swappable.length > 0; n--) {
        const i = swappable.splice(rng.int(swappable.length), 1)[0] as number
        tokens = tokens.map((t, j) => (j === i ? substitute(t, rng) : t))
      }
    }
    let text = tokens.join(' ')
    if (rng.chance(rates.punctuation)) text = rng.pick(PUNCTUATION_CHANGES)(text, rng)
    return text
  })
  const moves = Math.round(out.length * rates.moved)
  for (let n = 0; n < moves; n++) {
    const [paragraph] = out.splice(rng.int(out.length), 1)
    out.splice(rng.int(out.length + 1), 0, paragraph as string)
  }
  return out
}

export const joinParagraphs = (paragraphs: readonly string[]): string => `${paragraphs.join('\n\n')}\n`
