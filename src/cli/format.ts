// What `parallax-compare` prints, as pure functions of (names, texts, alignment): the JSON report and the
// Markdown report. No Node APIs here, so this can move to src/shared if the app ever exports the same.

import type { Alignment, PassageGroup, Variant } from '../shared/alignment/types'
import { VARIANT_KINDS } from '../shared/alignment/types'
import { buildQuoteLedger, type QuoteLedger } from '../shared/quotes'
import type { RevisionSummary } from '../shared/revisions'
import { jsonQuotes, quotesMarkdown, type JsonQuoteGroup } from './quotesFormat'
import { revisionsMarkdown } from './revisionsFormat'

export interface JsonSpan {
  doc: number
  start: number
  end: number
  /** texts[doc].slice(start, end) */
  text: string
}

export interface JsonGroup {
  id: string
  words: number
  /** Passages only: the id of the longer passage this one lies inside, or null. */
  parent?: string | null
  spans: JsonSpan[]
  variants: Array<Pick<Variant, 'doc' | 'kind' | 'base' | 'text'>>
}

export interface JsonReport {
  /** Each document with the text compared: every offset in the report is an index into its `text`. */
  documents: Array<{ index: number; name: string; chars: number; words: number; text: string }>
  passages: JsonGroup[]
  phrases: JsonGroup[]
  coverage: Array<{ doc: number; sharedChars: number; uniqueChars: number }>
  /** Every quotation, grouped with the same words in the other documents. */
  quotes: JsonQuoteGroup[]
}

function jsonGroup(texts: readonly string[], group: PassageGroup, kind: 'passage' | 'phrase'): JsonGroup {
  return {
    id: group.id,
    words: group.words,
    ...(kind === 'passage' ? { parent: group.parent ?? null } : {}),
    spans: group.spans.map(({ doc, start, end }) => ({ doc, start, end, text: (texts[doc] ?? '').slice(start, end) })),
    variants: group.variants.map(({ doc, kind, base, text }) => ({ doc, kind, base, text })),
  }
}

/** The --json report: every figure the engine found, with each span's text sliced out for the reader. */
export function toJsonReport(names: readonly string[], texts: readonly string[], alignment: Alignment, ledger: QuoteLedger = buildQuoteLedger(texts, alignment)): JsonReport {
  return {
    documents: alignment.documents.map(({ index, chars, words }) => ({ index, name: names[index] ?? `document ${index + 1}`, chars, words, text: texts[index] ?? '' })),
    passages: alignment.passages.map((group) => jsonGroup(texts, group, 'passage')),
    phrases: alignment.phrases.map((group) => jsonGroup(texts, group, 'phrase')),
    coverage: alignment.coverage.map(({ doc, sharedChars, uniqueChars }) => ({ doc, sharedChars, uniqueChars })),
    quotes: jsonQuotes(ledger),
  }
}

// ---- Markdown -------------------------------------------------------------------------------------

const MAX_VARIANT_CHARS = 120
const MAX_PHRASE_CHARS = 160

/** Escapes what Markdown would read as markup inside running text, so quoted prose prints as written: the
 *  marks of emphasis, code, links, HTML and tables, tildes (struck text, a fence), and an ampersand that
 *  would be read as a character reference (&amp;copy; shown as ©). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]|&(?=#?[0-9A-Za-z]+;)/g, (char) => `\\${char}`)
}

/** Escapes a whole block too: a line that would open a heading or a list, or a line of dashes or equals
 *  signs (a rule, or the line above made a heading), keeps its mark as text. */
function escapeBlock(text: string): string {
  return escapeMarkdown(text).replace(/^([^\S\n]*)(#+|[+-]|\d+[.)]|-+(?=[^\S\n]*$)|=+(?=[^\S\n]*$))(?=\s|$)/gm, (_all, space: string, mark: string) =>
    `${space}${mark.slice(0, -1)}\\${mark.slice(-1)}`,
  )
}

/** Collapses white space (line breaks included) and shortens by whole code points. */
function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  const points = Array.from(flat)
  return points.length > max ? `${points.slice(0, max - 1).join('')}…` : flat
}

/** An inline code span that survives backticks in its content; an empty string reads "(none)". */
function code(text: string): string {
  if (text === '') return '(none)'
  const longestRun = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length))
  const fence = '`'.repeat(longestRun + 1)
  const pad = text.startsWith('`') || text.endsWith('`') || /^ .* $/.test(text) ? ' ' : ''
  return `${fence}${pad}${text}${pad}${fence}`
}

function percent(part: number, whole: number): string {
  if (whole <= 0) return '0%'
  const value = (100 * part) / whole
  if (value > 0 && value < 1) return '<1%'
  return `${Math.round(value)}%`
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}

/** "2.txt, 3.txt (twice)": each document once, in order, with how often it carries the group. */
function documentList(names: readonly string[], group: PassageGroup): string {
  const counts = new Map<number, number>()
  for (const span of group.spans) counts.set(span.doc, (counts.get(span.doc) ?? 0) + 1)
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([doc, count]) => `${escapeMarkdown(names[doc] ?? `document ${doc + 1}`)}${count > 1 ? ` (${count} times)` : ''}`)
    .join(', ')
}

function variantText(variant: Variant): string {
  const base = code(oneLine(variant.base, MAX_VARIANT_CHARS))
  const text = code(oneLine(variant.text, MAX_VARIANT_CHARS))
  if (variant.kind === 'insertion') return `+ ${text}`
  if (variant.kind === 'omission') return `− ${base}`
  return `${base} → ${text}`
}

function variantLines(names: readonly string[], group: PassageGroup): string[] {
  const docs = [...new Set(group.variants.map((v) => v.doc))].sort((a, b) => a - b)
  return docs.map((doc) => {
    const mine = group.variants.filter((v) => v.doc === doc)
    const byKind = VARIANT_KINDS.flatMap((kind) => {
      const ofKind = mine.filter((v) => v.kind === kind)
      return ofKind.length === 0 ? [] : [`${kind} ${ofKind.map(variantText).join(', ')}`]
    })
    return `- ${escapeMarkdown(names[doc] ?? `document ${doc + 1}`)}: ${byKind.join('; ')}`
  })
}

function passageSection(names: readonly string[], texts: readonly string[], group: PassageGroup, number: number, partOf: number | undefined): string[] {
  const base = group.spans[0]
  const wording = base === undefined ? '' : (texts[base.doc] ?? '').slice(base.start, base.end)
  const quote = escapeBlock(wording)
    .split('\n')
    // Leading white space dropped: four spaces would make the line code.
    .map((line) => (line.trim() === '' ? '>' : `> ${line.trim()}`))
  // A passage nested in a longer one is the part more documents share of it.
  const nesting = partOf === undefined ? '' : ` · part of passage ${partOf}`
  const lines = [`### Passage ${number}: ${documentList(names, group)} · ${plural(group.words, 'word')}${nesting}`, '', ...quote, '']
  if (group.variants.length === 0) lines.push('Worded the same in every document.', '')
  else lines.push(`Variants against ${escapeMarkdown(names[base?.doc ?? 0] ?? 'the base')}:`, '', ...variantLines(names, group), '')
  return lines
}

function phraseLine(names: readonly string[], texts: readonly string[], group: PassageGroup): string {
  const base = group.spans[0]
  const wording = base === undefined ? '' : (texts[base.doc] ?? '').slice(base.start, base.end)
  const differs = group.variants.length > 0 ? ` (${plural(group.variants.length, 'variant')})` : ''
  return `- “${escapeMarkdown(oneLine(wording, MAX_PHRASE_CHARS))}” — ${documentList(names, group)}${differs}`
}

export interface MarkdownOptions {
  /** The report's title; by default "Comparison of N documents". */
  title?: string
  /** The quote ledger, when already built. */
  ledger?: QuoteLedger
  /** For two versions of one article (--versions): what changed, shown before the passages. */
  revisions?: RevisionSummary
}

/** The default report: documents, passages with their variants, shared phrases, and coverage. */
export function toMarkdownReport(names: readonly string[], texts: readonly string[], alignment: Alignment, options: MarkdownOptions = {}): string {
  const name = (doc: number): string => escapeMarkdown(names[doc] ?? `document ${doc + 1}`)
  const coverageOf = (doc: number) => alignment.coverage.find((c) => c.doc === doc) ?? { doc, sharedChars: 0, uniqueChars: 0 }
  const title = options.title ?? `Comparison of ${plural(alignment.documents.length, 'document')}`

  const lines = [`# Parallax: ${escapeMarkdown(title)}`, '']
  lines.push('| # | document | words | found in others |', '|---:|---|---:|---:|')
  for (const doc of alignment.documents) {
    const { sharedChars, uniqueChars } = coverageOf(doc.index)
    lines.push(`| ${doc.index + 1} | ${name(doc.index)} | ${doc.words} | ${percent(sharedChars, sharedChars + uniqueChars)} |`)
  }
  lines.push('')
  if (options.revisions) lines.push(...revisionsMarkdown(options.revisions, { name, escape: escapeMarkdown }))

  lines.push(`## Shared passages (${alignment.passages.length})`, '')
  if (alignment.passages.length === 0) lines.push('No passage is shared between these documents.', '')
  const numberOf = new Map(alignment.passages.map((group, i) => [group.id, i + 1]))
  alignment.passages.forEach((group, i) =>
    lines.push(...passageSection(names, texts, group, i + 1, group.parent === undefined ? undefined : numberOf.get(group.parent))),
  )

  lines.push(`## Shared phrases (${alignment.phrases.length})`, '')
  if (alignment.phrases.length === 0) lines.push('None.', '')
  else lines.push(...alignment.phrases.map((group) => phraseLine(names, texts, group)), '')

  const ledger = options.ledger ?? buildQuoteLedger(texts, alignment)
  lines.push(...quotesMarkdown(ledger, { name, escape: escapeMarkdown, oneLine, code }))

  lines.push('## Coverage', '', 'Characters other than white space, in shared passages and phrases or in this document only.', '')
  lines.push('| # | document | shared | unique | shared share |', '|---:|---|---:|---:|---:|')
  for (const doc of alignment.documents) {
    const { sharedChars, uniqueChars } = coverageOf(doc.index)
    lines.push(`| ${doc.index + 1} | ${name(doc.index)} | ${sharedChars} | ${uniqueChars} | ${percent(sharedChars, sharedChars + uniqueChars)} |`)
  }
  return `${lines.join('\n')}\n`
}
