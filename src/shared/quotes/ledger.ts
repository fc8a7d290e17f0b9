// The quote ledger: every quotation in the reports, grouped with the same words elsewhere, each report's
// wording compared with the fullest, the speaker's name made one across the reports, and the conflicts a
// reader should see (the same words given to different speakers; words quoted in one report and printed as
// another's own text).

import type { Alignment } from '../alignment'
import { findUnmarkedCopies } from './copies'
import { groupQuotations, interrupted, matchesOver, type LocatedQuotation } from './grouping'
import { unifySpeakers } from './speakers'
import { printedSpeeches } from './speeches'
import { transcriptTurns, turnHolding, type Turn } from './transcripts'
import { readReports } from './documents'
import type { Quotation } from './quotations'
import type { QuoteConflict, QuoteGroup, QuoteInstance, QuoteLedger } from './types'
import { compareWording, type Wording } from './wording'
import { wordsIn, type Word } from './words'

/** Words that tell, near unquoted words, that the report is giving someone's speech. */
const REPORTED_SPEECH = /\b(?:said|says|told|added|stated|wrote|according to|announced|argued|warned|insisted|explained|noted|claimed|asserted|declared)\b/i

/** Whether the sentence around text.slice(start, end) reports speech. */
function reportsSpeech(text: string, start: number, end: number): boolean {
  const from = Math.max(text.lastIndexOf('\n', start) + 1, start - 200)
  const next = text.indexOf('\n', end)
  const to = Math.min(next < 0 ? text.length : next, end + 120)
  return REPORTED_SPEECH.test(text.slice(from, to))
}

/** What makes two wordings of a group's quotation compare alike with its base: the characters from their
 *  first word to their last, and, for a quotation in one stretch, how many words (the same characters are cut
 *  into the same words); for one in parts, where each word lies. */
function wordingKey(text: string, words: readonly Word[], whole: boolean): string {
  const first = words[0]
  const last = words.at(-1)
  if (!first || !last) return ''
  const span = text.slice(first.start, last.end)
  return whole ? `${words.length}|${span}` : `${words.map((w) => `${w.start - first.start},${w.end - first.start}`).join(' ')}|${span}`
}

/** The speaker most of a group's instances give, in unified form, or null when none names one. */
function groupSpeaker(instances: readonly QuoteInstance[], unified: Map<string, string>): string | null {
  const votes = new Map<string, number>()
  for (const i of instances) if (i.speaker) votes.set(unified.get(i.speaker) ?? i.speaker, (votes.get(unified.get(i.speaker) ?? i.speaker) ?? 0) + 1)
  return [...votes].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null
}

function conflictsOf(instances: readonly QuoteInstance[], unified: Map<string, string>, texts: readonly string[], spoken: ReadonlySet<QuoteInstance>): QuoteConflict[] {
  const conflicts: QuoteConflict[] = []
  const speakers = [...new Set(instances.filter((i) => i.marked && i.speaker).map((i) => unified.get(i.speaker as string) ?? (i.speaker as string)))]
  if (speakers.length > 1) conflicts.push({ kind: 'speaker', speakers })
  // Unquoted words in a transcript's turn or a speech printed whole are someone's, not the outlet's.
  const ownText = instances.filter((i) => !i.marked && !spoken.has(i) && !reportsSpeech(texts[i.doc] ?? '', i.start, i.end)).map((i) => i.doc)
  if (ownText.length > 0) conflicts.push({ kind: 'unattributed', docs: [...new Set(ownText)] })
  return conflicts
}

/** The ledger of the reports' quotations, using the alignment's matches between them. */
export function buildQuoteLedger(texts: readonly string[], alignment: Alignment): QuoteLedger {
  const located: LocatedQuotation[] = readReports(texts).flatMap((read, doc) => read.map(({ quotation, words }) => ({ doc, quotation, words })))
  const shared = [...alignment.passages, ...alignment.phrases]
  const over = matchesOver(located, shared)
  const memberLists = groupQuotations(texts, located, over)
  const copies = findUnmarkedCopies(texts, located, memberLists, shared, over)
  // Unquoted copies in a transcript are the words of the turn they are in, and those in a speech the report
  // prints whole the speech's: read only for reports that have copies.
  const turns = new Map<number, Turn[]>()
  const copyTurns = copies.map((c) => {
    let list = turns.get(c.doc)
    if (!list) turns.set(c.doc, (list = [...transcriptTurns(texts[c.doc] ?? ''), ...printedSpeeches(texts[c.doc] ?? '')]))
    return turnHolding(list, c.start, c.end)
  })
  const unified = unifySpeakers([...located.flatMap((l) => (l.quotation.speaker ? [l.quotation.speaker] : [])), ...copyTurns.flatMap((t) => (t?.speaker ? [t.speaker] : []))])
  /** The unquoted copies that are someone's speech, named or not: not a report's own words. */
  const spoken = new Set<QuoteInstance>()

  const groups: QuoteGroup[] = memberLists.map((members, g) => {
    const marked = members.map((m) => located[m] as LocatedQuotation).sort((a, b) => a.doc - b.doc || a.quotation.start - b.quotation.start)
    // A quotation its attribution interrupts ("…,” he said, “but…”) is one wording in two parts: the parts
    // are compared together, with the base and with the others, never one part with another.
    const units: LocatedQuotation[][] = []
    for (const l of marked) {
      const unit = units.at(-1)
      const last = unit?.at(-1)
      if (unit && last && interrupted(texts[l.doc] ?? '', last, l)) unit.push(l)
      else units.push([l])
    }
    const unitWords = new Map(units.map((unit) => [unit, unit.length === 1 ? (unit[0] as LocatedQuotation).words : unit.flatMap((l) => l.words)]))
    const wordsOf = (unit: LocatedQuotation[]): Word[] => unitWords.get(unit) as Word[]
    // The base: the longest marked wording, the first of equals.
    const baseUnit = units.reduce((best, u) => (wordsOf(u).length > wordsOf(best).length ? u : best), units[0] as LocatedQuotation[])
    const base = baseUnit[0] as LocatedQuotation
    const baseWords = wordsOf(baseUnit)
    const baseText = texts[base.doc] ?? ''
    // The same words quoted again (the same characters, cut into the same words) are worded the same: each
    // wording is compared with the base once.
    const wordings = new Map<string, Wording>()
    // Only wordings of as many words as another of the group's can be the same as it.
    const lengths = new Map<number, number>()
    for (const words of unitWords.values()) lengths.set(words.length, (lengths.get(words.length) ?? 0) + 1)
    const wordingOf = (text: string, words: Word[], whole: boolean): Wording => {
      if ((lengths.get(words.length) ?? 0) < 2) return compareWording(baseText, baseWords, text, words)
      const key = wordingKey(text, words, whole)
      let wording = wordings.get(key)
      if (!wording) wordings.set(key, (wording = compareWording(baseText, baseWords, text, words)))
      return { ...wording, also: [...wording.also], differences: wording.differences.map((d) => ({ ...d })) }
    }
    const instanceOf = (doc: number, q: Pick<Quotation, 'start' | 'end' | 'speaker' | 'named'>, words: Word[], isMarked: boolean, whole = true): QuoteInstance => {
      const text = texts[doc] ?? ''
      // The base against itself is verbatim: most quotations, in one report only, are their group's base.
      const wording = words === baseWords ? { kind: 'verbatim' as const, also: [], recapitalised: false, differences: [], baseOffset: baseWords[0]?.start ?? null } : wordingOf(text, words, whole)
      return {
        doc,
        start: q.start,
        end: q.end,
        text: text.slice(q.start, q.end),
        speaker: q.speaker,
        named: q.named,
        marked: isMarked,
        kind: isMarked ? wording.kind : 'paraphrased',
        also: isMarked ? wording.also : [],
        recapitalised: isMarked && wording.recapitalised,
        differences: wording.differences,
        baseOffset: wording.baseOffset,
      }
    }
    const inBase = new Set(baseUnit)
    // The base's parts, as instances: made fresh here, so they are given the base's kind in place.
    const bases = new Set<QuoteInstance>()
    const instances: QuoteInstance[] = []
    for (const unit of units) {
      const worded = instanceOf(unit[0]?.doc ?? 0, (unit[0] as LocatedQuotation).quotation, wordsOf(unit), true, unit.length === 1)
      // Each part is shown where it stands, worded as its whole quotation is, with the first part's speaker.
      for (const l of unit) {
        const { start, end } = l.quotation
        const part = unit.length === 1 ? worded : { ...worded, start, end, text: (texts[l.doc] ?? '').slice(start, end) }
        instances.push(part)
        if (inBase.has(l)) bases.add(part)
      }
    }
    copies.forEach((c, k) => {
      if (c.group !== g) return
      const turn = copyTurns[k]
      const copy = instanceOf(c.doc, { start: c.start, end: c.end, speaker: turn?.speaker ?? null, named: turn?.speaker ? turn.label : null }, wordsIn(texts[c.doc] ?? '', c.start, c.end), false)
      if (turn) spoken.add(copy)
      instances.push(copy)
    })
    instances.sort((a, b) => a.doc - b.doc || a.start - b.start)
    const baseIndex = instances.findIndex((i) => i.doc === base.doc && i.start === base.quotation.start)
    const differ = instances.some((i) => !bases.has(i) && i.kind !== 'verbatim')
    for (const i of bases) Object.assign(i, { kind: differ ? 'fullest' : 'verbatim', also: [], differences: [], baseOffset: null })
    return { id: '', speaker: groupSpeaker(instances, unified), instances, base: baseIndex, conflicts: conflictsOf(instances, unified, texts, spoken) }
  })
  groups.sort((a, b) => {
    const x = a.instances.find((i) => i.marked) as QuoteInstance
    const y = b.instances.find((i) => i.marked) as QuoteInstance
    return x.doc - y.doc || x.start - y.start
  })
  groups.forEach((group, index) => (group.id = `q${index + 1}`))
  const counts = new Map<string, number>()
  for (const group of groups) if (group.speaker) counts.set(group.speaker, (counts.get(group.speaker) ?? 0) + 1)
  const speakers = [...counts].map(([name, n]) => ({ name, groups: n })).sort((a, b) => b.groups - a.groups || a.name.localeCompare(b.name))
  return { groups, speakers }
}
