// The quote ledger in the command line's reports: `quotes` in the JSON (each group with its unified speaker,
// its instances with the offsets the passages use, and its conflicts) and a "Quotations" section in the
// Markdown, by speaker, with each report's wording and how it differs from the fullest.

import { QUOTE_KIND_WORDS, wordingWords, type QuoteConflict, type QuoteGroup, type QuoteInstance, type QuoteKind, type QuoteLedger } from '../shared/quotes'

export interface JsonQuoteInstance {
  doc: number
  start: number
  end: number
  /** texts[doc].slice(start, end): the quoted words without their marks. */
  text: string
  /** The speaker as this report names them (resolved to the full name it uses), or null. */
  speaker: string | null
  kind: QuoteKind
  /** Other ways it differs besides its kind (a trimmed quotation may also be reworded). */
  also: QuoteKind[]
  recapitalised: boolean
  marked: boolean
  differences: Array<{ base: string; text: string }>
}

export interface JsonQuoteGroup {
  id: string
  /** The speaker's name unified across the reports, or null when no report names one. */
  speaker: string | null
  instances: JsonQuoteInstance[]
  conflicts: QuoteConflict[]
}

export function jsonQuotes(ledger: QuoteLedger): JsonQuoteGroup[] {
  return ledger.groups.map((group) => ({
    id: group.id,
    speaker: group.speaker,
    instances: group.instances.map(({ doc, start, end, text, speaker, kind, also, recapitalised, marked, differences }) => ({ doc, start, end, text, speaker, kind, also, recapitalised, marked, differences })),
    conflicts: group.conflicts,
  }))
}


/** "trimmed, re-capitalised, reworded (`that` → `the`)": how one report carries the quotation. */
export function describeWording(instance: QuoteInstance, code: (text: string) => string): string {
  const kinds = wordingWords(instance).map((w) => (w === 're-capitalised' ? 're-capitalised to look like a start' : w === QUOTE_KIND_WORDS.fullest ? 'the fullest wording' : w))
  const differences = instance.differences.map((d) => (d.text === '' ? `− ${code(d.base)}` : d.base === '' ? `+ ${code(d.text)}` : `${code(d.base)} → ${code(d.text)}`))
  return `${kinds.join(', ')}${differences.length > 0 ? ` (${differences.join(', ')})` : ''}`
}

function conflictLine(conflict: QuoteConflict, name: (doc: number) => string): string {
  return conflict.kind === 'speaker'
    ? `Attributed to different speakers: ${conflict.speakers.join(', ')}.`
    : `Printed without attribution, as the report's own words, in ${conflict.docs.map(name).join(', ')}.`
}

export interface QuoteMarkdownTools {
  name: (doc: number) => string
  escape: (text: string) => string
  oneLine: (text: string, max: number) => string
  code: (text: string) => string
}

const MAX_QUOTE_CHARS = 240
/** Words that differ, shown in a code span: on one line (a blank line would end the span and the list item). */
const MAX_DIFFERENCE_CHARS = 120

/** The Markdown "Quotations" section: by speaker (most quoted first, then no speaker named), then quotation. */
export function quotesMarkdown(ledger: QuoteLedger, { name, escape, oneLine, code }: QuoteMarkdownTools): string[] {
  const lines = [`## Quotations (${ledger.groups.length})`, '']
  if (ledger.groups.length === 0) return [...lines, 'No quotation found.', '']
  const speakers: Array<string | null> = [...ledger.speakers.map((s) => s.name), null]
  for (const speaker of speakers) {
    const groups = ledger.groups.filter((g: QuoteGroup) => g.speaker === speaker)
    if (groups.length === 0) continue
    lines.push(`### ${speaker === null ? 'No speaker named' : escape(speaker)} (${groups.length})`, '')
    for (const group of groups) {
      const base = group.instances[group.base] ?? group.instances[0]
      lines.push(`> “${escape(oneLine(base?.text ?? '', MAX_QUOTE_CHARS))}”`, '')
      const only = new Set(group.instances.map((i) => i.doc)).size === 1 ? group.instances[0] : undefined
      if (only) lines.push(`- In ${name(only.doc)} only.`)
      else
        for (const instance of group.instances) {
          const as = instance.speaker && speaker && instance.speaker !== speaker ? ` (as ${escape(instance.speaker)})` : ''
          lines.push(`- ${name(instance.doc)}${as}: ${describeWording(instance, (text) => code(oneLine(text, MAX_DIFFERENCE_CHARS)))}`)
        }
      for (const conflict of group.conflicts) lines.push(`- **${conflictLine(conflict, name)}**`)
      lines.push('')
    }
  }
  return lines
}
