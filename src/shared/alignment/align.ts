// alignDocuments: the whole pipeline for 2 to 50 texts (more work too, at a cost):
//   tokenize -> seed and extend (maximal matches) -> join (chains per pair) -> select (one-to-one, ends
//   refined) -> group (passages across documents; phrases apart) -> variants -> coverage.
// Pure: the same texts give the same result, in any environment.

import { findMaximalMatches } from './seed'
import { measureCoverage } from './coverage'
import { groupPassages, type ColumnOf, type TokenGroup } from './group'
import { chainMatches } from './join'
import { groupPhrases } from './phrases'
import { selectChains } from './select'
import { tokenize, Vocabulary, type TokenizedDocument } from './tokenize'
import { DEFAULT_ALIGNMENT_OPTIONS, type Alignment, type AlignmentOptions, type PassageGroup } from './types'
import { findVariants } from './variants'

function toPassageGroups(
  maxGap: number,
  prefix: string,
  groups: TokenGroup[],
  docs: TokenizedDocument[],
  vocabulary: Vocabulary,
  columnOf?: ColumnOf,
): PassageGroup[] {
  return groups
    .map((group) => {
      const spans = group.spans.map((s) => {
        const doc = docs[s.doc] as TokenizedDocument
        return { doc: s.doc, start: doc.starts[s.from] as number, end: doc.ends[s.to - 1] as number }
      })
      const [base, ...others] = group.spans
      const first = base as (typeof group.spans)[number]
      return {
        id: '',
        words: first.to - first.from,
        spans,
        variants: others.flatMap((other) => findVariants(docs, vocabulary, first, other, columnOf, 2 * maxGap + 1)),
      }
    })
    .sort((x, y) => (x.spans[0]?.doc as number) - (y.spans[0]?.doc as number) || (x.spans[0]?.start as number) - (y.spans[0]?.start as number))
    .map((group, index) => ({ ...group, id: `${prefix}${index + 1}` }))
}

/** The stages alignDocuments reports through its progress callback, in order. */
export const ALIGNMENT_STAGES = ['reading', 'matching', 'joining', 'grouping', 'comparing wording', 'measuring'] as const
export type AlignmentStage = (typeof ALIGNMENT_STAGES)[number]

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

  const matches = findMaximalMatches(docs, settings.seedWords, settings.maxSeedOccurrences(docs.length))
  report('joining')
  const chains = selectChains(chainMatches(matches, settings.maxGapWords), docs, {
    minWords: settings.seedWords,
    maxGap: settings.maxGapWords,
    extendFrom: settings.minPassageWords,
    extendWindow: settings.maxGapWords + settings.seedWords,
  })
  const passageChains = chains.filter((c) => c.matched >= settings.minPassageWords)
  const phraseChains = chains.filter((c) => c.matched < settings.minPassageWords)

  report('grouping')
  const { passages, short, columnOf } = groupPassages(docs, passageChains, settings.maxGapWords, settings.minPassageWords, settings.seedWords)
  const phraseItems: TokenGroup[] = [
    ...short,
    ...phraseChains.map((c) => ({
      spans: [
        { doc: c.a, from: c.aStart, to: c.aEnd },
        { doc: c.b, from: c.bStart, to: c.bEnd },
      ],
    })),
  ]
  const phrases = groupPhrases(docs, phraseItems, passages)

  report('comparing wording')
  const passageGroups = toPassageGroups(settings.maxGapWords, 'p', passages, docs, vocabulary, columnOf)
  const phraseGroups = toPassageGroups(settings.maxGapWords, 's', phrases, docs, vocabulary)
  report('measuring')
  const { coverage, unique } = measureCoverage(
    [...texts],
    [...passageGroups, ...phraseGroups].flatMap((g) => g.spans),
  )
  return {
    documents: docs.map((doc, index) => ({ index, chars: doc.text.length, words: doc.length })),
    passages: passageGroups,
    phrases: phraseGroups,
    unique,
    coverage,
  }
}
