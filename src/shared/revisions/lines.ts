// A revision summary as lines of plain text, each with its kind: what the command line's Markdown prints
// under "Revisions" and what the PDF's "Revisions" section will lay out, so both say it in the same words.
// Plain text: whoever prints a line escapes it for its own format.

import type { Difference, QuoteChange, QuoteChangeKind, RevisionSummary, SentenceChange } from './types'

export type RevisionLineKind = 'headline' | 'removed' | 'added' | 'reworded' | 'quote' | 'number' | 'words' | 'unchanged'

export interface RevisionLine {
  kind: RevisionLineKind
  text: string
}

const flat = (text: string): string => text.replace(/\s+/g, ' ').trim()
const quoted = (text: string): string => `“${flat(text)}”`

/** How each quotation change reads after "Quote of X". */
export const QUOTE_CHANGE_WORDS: Readonly<Record<QuoteChangeKind, string>> = {
  corrected: 'corrected',
  trimmed: 'trimmed',
  extended: 'extended',
  punctuation: 'repunctuated',
  unquoted: 'printed without quotation marks',
  quoted: 'now in quotation marks',
  added: 'added',
  removed: 'removed',
}

function differenceWords(d: Difference): string {
  if (d.kind === 'insertion') return `+ ${quoted(d.after.text)}`
  if (d.kind === 'omission') return `− ${quoted(d.before.text)}`
  return `${quoted(d.before.text)} → ${quoted(d.after.text)}`
}

function rewordedLine(change: SentenceChange): string {
  return `Reworded: ${quoted(change.before.text)} → ${quoted(change.after.text)} (${change.differences.map(differenceWords).join(', ')})`
}

function quoteLine(q: QuoteChange): string {
  const who = q.speaker === null ? 'Unattributed quote' : `Quote of ${flat(q.speaker)}`
  const what = `${who} ${QUOTE_CHANGE_WORDS[q.kind]}`
  if (!q.before || !q.after) return `${what}: ${quoted((q.before ?? q.after)?.text ?? '')}`
  if (q.kind === 'unquoted' || q.kind === 'quoted') return `${what}: ${quoted(q.after.text)}`
  return `${what}: ${quoted(q.before.text)} → ${quoted(q.after.text)}`
}


/** The summary in words, one line per change; a single 'unchanged' line when nothing changed. */
export function revisionLines(summary: RevisionSummary): RevisionLine[] {
  const lines: RevisionLine[] = []
  if (summary.headline) lines.push({ kind: 'headline', text: `Headline: ${quoted(summary.headline.before)} → ${quoted(summary.headline.after)}` })
  for (const s of summary.sentencesRemoved) lines.push({ kind: 'removed', text: `Removed: ${quoted(s.text)}` })
  for (const s of summary.sentencesAdded) lines.push({ kind: 'added', text: `Added: ${quoted(s.text)}` })
  for (const s of summary.sentencesReworded) lines.push({ kind: 'reworded', text: rewordedLine(s) })
  for (const q of summary.quotesChanged) lines.push({ kind: 'quote', text: quoteLine(q) })
  for (const n of summary.numbersChanged) lines.push({ kind: 'number', text: `Numbers: ${flat(n.before.text)} → ${flat(n.after.text)}${n.unit ? ` (${n.unit})` : ''}` })
  if (lines.length === 0) return [{ kind: 'unchanged', text: 'No change: the headline and the words are the same in both versions.' }]
  const { added, removed } = summary.words
  lines.push({ kind: 'words', text: `Words: ${added} added, ${removed} removed` })
  return lines
}
