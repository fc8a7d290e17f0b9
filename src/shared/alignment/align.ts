// alignDocuments: the whole pipeline for 2 to 50 texts (more work too, at a cost):
//   tokenize -> seed and extend (maximal matches) -> join (chains per pair) -> select (per pair, copies
//   kept, grown through rewording) -> group (passages pair first, nested where extents differ; phrases
//   apart) -> variants -> coverage.
// Pure: the same texts give the same result, in any environment.

import { alignmentColumns, type ColumnOf } from './columns'
import { measureCoverage } from './coverage'
import { groupPassages, type TokenGroup } from './group'
import { forEachPairChains, type Chain } from './join'
import { groupPhrases, PhraseChains } from './phrases'
import { findMaximalMatches, MatchList } from './seed'
import { selectPairChains } from './select'
import { tokenize, Vocabulary, type TokenizedDocument } from './tokenize'
import { DEFAULT_ALIGNMENT_OPTIONS, type Alignment, type AlignmentOptions, type PassageGroup } from './types'
import { findVariants } from './variants'
import { ALIGNMENT_STAGES, type AlignmentStage } from './stages'

/** Words as the app counts them in tokens [from, to): pieces of a hyphenated word count once. */
function wordsIn(doc: TokenizedDocument, from: number, to: number): number {
  let words = to - from
  for (let t = from + 1; t < to; t++) words -= doc.joined[t] as number
  return words
}

function toPassageGroups(
  maxGap: number,
  prefix: string,
  groups: TokenGroup[],
  docs: TokenizedDocument[],
  vocabulary: Vocabulary,
  columnOf?: ColumnOf,
): PassageGroup[] {
  // Ids follow the order of the first span, the order a reader meets them in the first document; a nested
  // passage comes right after the one it lies inside.
  const byFirstSpan = (x: number, y: number): number => {
    const sx = (groups[x] as TokenGroup).spans[0] as TokenGroup['spans'][number]
    const sy = (groups[y] as TokenGroup).spans[0] as TokenGroup['spans'][number]
    return sx.doc - sy.doc || sx.from - sy.from || sy.to - sx.to
  }
  const children = new Map<number, number[]>()
  const roots: number[] = []
  groups.forEach((group, index) => {
    if (group.parent === undefined) roots.push(index)
    else children.set(group.parent, [...(children.get(group.parent) ?? []), index])
  })
  const order: number[] = []
  const visit = (index: number): void => {
    order.push(index)
    for (const child of (children.get(index) ?? []).sort(byFirstSpan)) visit(child)
  }
  for (const root of roots.sort(byFirstSpan)) visit(root)
  const idOf = new Map(order.map((index, rank) => [index, `${prefix}${rank + 1}`]))
  return order.map((index) => {
    const group = groups[index] as TokenGroup
    const spans = group.spans.map((s) => {
      const doc = docs[s.doc] as TokenizedDocument
      return { doc: s.doc, start: doc.starts[s.from] as number, end: doc.ends[s.to - 1] as number }
    })
    const [base, ...others] = group.spans
    const first = base as (typeof group.spans)[number]
    const result: PassageGroup = {
      id: idOf.get(index) as string,
      words: wordsIn(docs[first.doc] as TokenizedDocument, first.from, first.to),
      spans,
      variants: others.flatMap((other) => findVariants(docs, vocabulary, first, other, columnOf, 2 * maxGap + 1)),
    }
    if (group.parent !== undefined) result.parent = idOf.get(group.parent) as string
    return result
  })
}

/** How often a passage-long seed may occur and still be looked at: boilerplate repeated in every article. */
const MAX_LONG_SEED_OCCURRENCES = 64

/**
 * The maximal matches of every pair, from two kinds of seed: short ones that are rare enough to be evidence
 * (a phrase in every paragraph is not), and passage-long ones, which are evidence however common their
 * words are, so that a passage both reports repeat (a copyright line under every article) is still found.
 * A match both find is kept once.
 */
function allMaximalMatches(docs: TokenizedDocument[], settings: AlignmentOptions): MatchList {
  const matches = new MatchList()
  const short = findMaximalMatches(docs, matches, settings.seedWords, settings.maxSeedOccurrences(docs.length))
  // A long match holding a short seed was found by the short seeds already.
  const holdsShortSeed = (a: number, aStart: number, length: number): boolean => {
    for (let t = aStart; t + settings.seedWords <= aStart + length; t++) if (short.isSeed(a, t)) return true
    return false
  }
  // A long seed holding a short one lies in a match that holds it: passed over before it is followed.
  const longSeedHoldsShort = (doc: number, token: number): boolean => {
    for (let t = token; t + settings.seedWords <= token + settings.minPassageWords; t++) if (short.isSeed(doc, t)) return true
    return false
  }
  findMaximalMatches(docs, matches, settings.minPassageWords, Math.max(settings.maxSeedOccurrences(docs.length), MAX_LONG_SEED_OCCURRENCES), holdsShortSeed, longSeedHoldsShort)
  return matches
}

export function alignDocuments(
  texts: readonly string[],
  options: Partial<AlignmentOptions> = {},
  onProgress: (stage: AlignmentStage, index: number) => void = () => {},
): Alignment {
  const settings = { ...DEFAULT_ALIGNMENT_OPTIONS, ...options }
  const report = (stage: AlignmentStage): void => onProgress(stage, ALIGNMENT_STAGES.indexOf(stage))
  report('reading')
  const vocabulary = new Vocabulary()
  const docs = texts.map((text) => tokenize(text, vocabulary))
  report('matching')

  const matches = allMaximalMatches(docs, settings)
  report('joining')
  const selectOptions = {
    minWords: settings.seedWords,
    maxGap: settings.maxGapWords,
    passageWords: settings.minPassageWords,
    extendWindow: 3 * settings.maxGapWords,
  }
  // Pair by pair, from matches to the chains kept, so that a pair's chains are let go while still young.
  const passageChains: Chain[] = []
  const phraseChains = new PhraseChains()
  forEachPairChains(matches, docs.length, settings.maxGapWords, (chains, closed) => {
    selectPairChains(chains, closed, docs, selectOptions, { passages: passageChains, phrases: phraseChains })
  })

  report('grouping')
  const passages = groupPassages(docs, passageChains, { endSlack: settings.maxGapWords })
  const phrases = groupPhrases(docs, phraseChains, passages)

  report('comparing wording')
  const columnOf = alignmentColumns(docs, passageChains)
  const passageGroups = toPassageGroups(settings.maxGapWords, 'p', passages, docs, vocabulary, columnOf)
  const phraseGroups = toPassageGroups(settings.maxGapWords, 's', phrases, docs, vocabulary)
  report('measuring')
  const { coverage, unique } = measureCoverage(
    [...texts],
    [...passageGroups, ...phraseGroups].flatMap((g) => g.spans),
  )
  return {
    documents: docs.map((doc, index) => ({ index, chars: doc.text.length, words: doc.words })),
    passages: passageGroups,
    phrases: phraseGroups,
    unique,
    coverage,
  }
}
