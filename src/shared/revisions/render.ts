// A revision summary as short lines a test can compare (STYLE.md rule 6): a reworded sentence is the older
// wording with its differences inline, {before→after}, {+added}, {-dropped}, as the alignment's rendering has them.

import type { Difference, QuoteChange, RevisionSummary, SentenceChange } from './types'

const flat = (text: string): string => text.replace(/\s+/g, ' ')

function mark(d: Difference): string {
  if (d.kind === 'insertion') return `{+${flat(d.after.text)}}`
  if (d.kind === 'omission') return `{-${flat(d.before.text)}}`
  return `{${flat(d.before.text)}→${flat(d.after.text)}}`
}

/** The older sentence with each difference marked where it falls. */
function inline(change: SentenceChange): string {
  let out = ''
  let cursor = change.before.start
  const text = change.before.text
  const at = (offset: number): number => offset - change.before.start
  for (const d of change.differences) {
    out += text.slice(at(cursor), at(Math.max(cursor, d.before.start))) + mark(d)
    cursor = Math.max(cursor, d.before.end)
  }
  return flat(out + text.slice(at(cursor)))
}

function quoteLine(q: QuoteChange): string {
  const who = `quote of ${q.speaker ?? 'no one named'} ${q.kind}`
  if (q.differences.length > 0) return `${who}: ${q.differences.map((d) => (d.after === '' ? `{-${d.before}}` : d.before === '' ? `{+${d.after}}` : `{${d.before}→${d.after}}`)).join(' ')}`
  if (q.before && q.after) return `${who}: “${flat(q.before.text)}” → “${flat(q.after.text)}”`
  return `${who}: “${flat((q.before ?? q.after)?.text ?? '')}”`
}

/** One line per change, in the summary's order: headline, removed, added, reworded, quotes, numbers. */
export function renderRevision(summary: RevisionSummary): string[] {
  return [
    ...(summary.headline ? [`headline: “${summary.headline.before}” → “${summary.headline.after}”`] : []),
    ...summary.sentencesRemoved.map((s) => `removed: ${flat(s.text)}`),
    ...summary.sentencesAdded.map((s) => `added: ${flat(s.text)}`),
    ...summary.sentencesReworded.map((s) => `reworded: ${inline(s)}`),
    ...summary.quotesChanged.map(quoteLine),
    ...summary.numbersChanged.map((n) => `number: ${flat(n.before.text)} → ${flat(n.after.text)}${n.unit ? ` (${n.unit})` : ''}`),
  ]
}
