// The quotations whose wording differs between two versions, read from the quote ledger of the two: each
// group with an instance in one version only was added or removed; a group in both is compared through the
// ledger's own reading of each instance against the group's fullest wording (which may be either version's),
// turned round so that `before` is always the older version's words.

import type { QuoteGroup, QuoteInstance, QuoteLedger } from '../quotes'
import { compareStretches, snip, type WordForms, wordsOfSentences } from './wording'
import type { QuoteChange, QuoteChangeKind, Snip } from './types'

const OLDER = 0
const NEWER = 1

/** The change from the older instance to the newer, when one of them is the group's base. */
function kindAgainstBase(other: QuoteInstance, baseIsOlder: boolean): QuoteChangeKind | null {
  switch (other.kind) {
    case 'fullest':
    case 'verbatim':
      return null
    case 'punctuation':
      return 'punctuation'
    case 'reworded':
      return 'corrected'
    case 'trimmed':
    case 'spliced':
      // A part of the base: the newer quotes less when the base is the older, more when it is the newer.
      return other.differences.length > 0 ? 'corrected' : baseIsOlder ? 'trimmed' : 'extended'
    case 'paraphrased':
      return baseIsOlder ? 'unquoted' : 'quoted'
  }
}

/** One quotation in one version: its first part (which carries the ledger's reading of the whole) and where it runs. */
interface Unit {
  first: QuoteInstance
  start: number
  end: number
}

/** Most characters between two parts of one quotation that its attribution interrupts ("…,” he said, “…"). */
const MAX_INTERRUPTION = 160

/**
 * The group's quotations in one version. A quotation its attribution interrupts is one wording in parts,
 * shown from its first part to its last; a quotation repeated further on is another.
 */
function unitsOf(text: string, instances: readonly QuoteInstance[]): Unit[] {
  const units: Unit[] = []
  for (const instance of instances) {
    const last = units.at(-1)
    const between = last ? text.slice(last.end, instance.start) : ''
    if (last && last.first.marked && instance.marked && between.length <= MAX_INTERRUPTION && !between.includes('\n')) last.end = instance.end
    else units.push({ first: instance, start: instance.start, end: instance.end })
  }
  return units
}

/** The change between one quotation in each version, or null when they are worded alike. */
function changeBetween(texts: readonly [string, string], group: QuoteGroup, older: Unit, newer: Unit): QuoteChange | null {
  const change = (kind: QuoteChangeKind, differences: QuoteChange['differences']): QuoteChange => ({
    groups: [group.id],
    speaker: group.speaker,
    kind,
    before: snip(texts[0], older.start, older.end),
    after: snip(texts[1], newer.start, newer.end),
    differences,
  })
  const base = group.instances[group.base]
  const baseIsOlder = base === older.first
  const other = baseIsOlder ? newer.first : base === newer.first ? older.first : null
  if (other === null) {
    // Both differ from a third wording (a quotation repeated in one version): only whether the two agree is known.
    return texts[0].slice(older.start, older.end) === texts[1].slice(newer.start, newer.end) ? null : change('corrected', [])
  }
  const kind = kindAgainstBase(other, baseIsOlder)
  // The ledger's differences are the base's words against the other's: turned round where the base is the newer.
  return kind === null ? null : change(kind, other.differences.map((d) => (baseIsOlder ? { before: d.base, after: d.text } : { before: d.text, after: d.base })))
}

/** Every quotation added, removed or worded otherwise in the newer version, in the order of the ledger. */
export function quoteChanges(texts: readonly [string, string], ledger: QuoteLedger): QuoteChange[] {
  const changes: QuoteChange[] = []
  for (const group of ledger.groups) {
    const inVersion = (doc: number): Unit[] => {
      const all = group.instances.filter((i) => i.doc === doc)
      // Words printed without quotation marks count as the quotation's only where the version has it nowhere marked.
      const marked = all.filter((i) => i.marked)
      return unitsOf(texts[doc as 0 | 1], marked.length > 0 ? marked : all)
    }
    const older = inVersion(OLDER)
    const newer = inVersion(NEWER)
    const pairs = Math.min(older.length, newer.length)
    for (let k = 0; k < pairs; k++) {
      const change = changeBetween(texts, group, older[k] as Unit, newer[k] as Unit)
      if (change) changes.push(change)
    }
    const alone = (unit: Unit, doc: number): QuoteChange => ({
      groups: [group.id],
      speaker: group.speaker,
      kind: doc === OLDER ? 'removed' : 'added',
      before: doc === OLDER ? snip(texts[0], unit.start, unit.end) : null,
      after: doc === NEWER ? snip(texts[1], unit.start, unit.end) : null,
      differences: [],
    })
    for (const unit of older.slice(pairs)) changes.push(alone(unit, OLDER))
    for (const unit of newer.slice(pairs)) changes.push(alone(unit, NEWER))
  }
  return changes
}

/** How a quotation's words changed, from the differences between its two wordings. */
function kindOf(quote: Snip, differences: ReadonlyArray<{ kind: string; before: Snip; after: Snip }>): QuoteChangeKind {
  const words = differences.filter((d) => d.kind === 'substitution' || d.kind === 'insertion' || d.kind === 'omission')
  if (words.length === 0) return 'punctuation'
  const atEdge = (d: { before: Snip }): boolean => d.before.start === quote.start || d.before.end === quote.end
  if (words.every((d) => d.kind === 'omission' && atEdge(d))) return 'trimmed'
  if (words.every((d) => d.kind === 'insertion' && atEdge(d))) return 'extended'
  return 'corrected'
}

/**
 * A short quotation corrected is two groups in the ledger (a few words prove too little for it to join them
 * across reports): removed from the older version and added to the newer. Where the two stand in sentences
 * matched to each other, with the same speaker, they are one quotation worded otherwise. `linkOf` gives the
 * matched sentences holding an offset of a version, or undefined where that sentence was not matched.
 */
export function joinCorrectedQuotes(changes: readonly QuoteChange[], texts: readonly [string, string], linkOf: (doc: 0 | 1, at: number) => number | undefined, forms: WordForms): QuoteChange[] {
  const result = [...changes]
  for (let k = 0; k < result.length; k++) {
    const removed = result[k] as QuoteChange
    if (removed.kind !== 'removed' || removed.before === null) continue
    const link = linkOf(0, removed.before.start)
    if (link === undefined) continue
    const a = result.findIndex(
      (c) => c.kind === 'added' && c.after !== null && linkOf(1, c.after.start) === link && (c.speaker === null || removed.speaker === null || c.speaker === removed.speaker),
    )
    const added = result[a]
    if (added === undefined || added.after === null) continue
    const wordsOf = (doc: 0 | 1, quote: Snip) => ({ text: texts[doc], words: wordsOfSentences(texts[doc], [quote], [0], forms), span: quote })
    const differences = compareStretches(wordsOf(0, removed.before), wordsOf(1, added.after))
    result[k] = {
      groups: [...removed.groups, ...added.groups],
      speaker: removed.speaker ?? added.speaker,
      kind: kindOf(removed.before, differences),
      before: removed.before,
      after: added.after,
      differences: differences.filter((d) => d.kind !== 'punctuation' && d.kind !== 'case').map((d) => ({ before: d.before.text, after: d.after.text })),
    }
    result.splice(a, 1)
    if (a < k) k--
  }
  return result
}
