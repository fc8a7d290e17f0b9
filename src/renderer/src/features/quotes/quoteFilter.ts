// Which of the ledger's quotations the Quotes tab lists: by speaker (one, or those no report names), and by
// kind: reworded or trimmed somewhere, carried by one report only, given to conflicting speakers, or printed
// by a report as its own words. Pure, so it is tested without a page.

import type { QuoteGroup, QuoteLedger } from '../../../../shared/quotes'

export type QuoteKindFilter = 'all' | 'changed' | 'single' | 'conflict' | 'unattributed'

export const QUOTE_KIND_FILTERS: ReadonlyArray<{ value: QuoteKindFilter; label: string }> = [
  { value: 'all', label: 'All quotations' },
  { value: 'changed', label: 'Reworded or trimmed' },
  { value: 'single', label: 'In one report only' },
  { value: 'conflict', label: 'Conflicting speaker' },
  { value: 'unattributed', label: 'Printed as a report’s own words' },
]

/** A speaker filter: everyone, one unified name, or the quotations no report attributes. */
export type SpeakerFilter = { kind: 'any' } | { kind: 'none' } | { kind: 'name'; name: string }

const CHANGES = new Set(['trimmed', 'spliced', 'reworded', 'paraphrased'])

function matchesKind(group: QuoteGroup, kind: QuoteKindFilter): boolean {
  switch (kind) {
    case 'all':
      return true
    case 'changed':
      return group.instances.some((i) => CHANGES.has(i.kind) || i.also.some((k) => CHANGES.has(k)))
    case 'single':
      return new Set(group.instances.map((i) => i.doc)).size === 1
    case 'conflict':
      return group.conflicts.some((c) => c.kind === 'speaker')
    case 'unattributed':
      return group.conflicts.some((c) => c.kind === 'unattributed')
  }
}

function matchesSpeaker(group: QuoteGroup, speaker: SpeakerFilter): boolean {
  if (speaker.kind === 'any') return true
  if (speaker.kind === 'none') return group.speaker === null
  return group.speaker === speaker.name || group.instances.some((i) => i.speaker === speaker.name)
}

export interface SpeakerSection {
  /** The unified name, or null for the quotations no report attributes. */
  speaker: string | null
  groups: QuoteGroup[]
}

/** The groups that pass both filters, by speaker: most quoted first, those with no speaker named last. */
export function quoteSections(ledger: QuoteLedger, speaker: SpeakerFilter, kind: QuoteKindFilter): SpeakerSection[] {
  const shown = ledger.groups.filter((g) => matchesSpeaker(g, speaker) && matchesKind(g, kind))
  const order: Array<string | null> = [...ledger.speakers.map((s) => s.name), null]
  return order.flatMap((name) => {
    const groups = shown.filter((g) => g.speaker === name)
    return groups.length === 0 ? [] : [{ speaker: name, groups }]
  })
}
