// What the command line's sweep (bench/sweep.ts) looks for in one cluster's reports: offsets that break the
// documented rule, quotations that read as a mark gone wrong, speakers that are no name, passages whose
// reports share few words, and Markdown that a CommonMark reader renders otherwise than written. Each
// finding is something to read, not a verdict: a quotation of two thousand characters may be a statement
// quoted whole.

import MarkdownIt from 'markdown-it'
import type { Token } from 'markdown-it'
import type { JsonReport } from '../src/cli/format'

export interface Finding {
  check: SweepCheck
  /** Where (the report's file name) and what, in a line. */
  detail: string
}

export const SWEEP_CHECKS = {
  'offsets': 'a span whose start/end is out of its document or whose text is not the slice they give',
  'quotation-long': 'a quotation of more than 1,500 characters (often a mark left open)',
  'quotation-short': 'a quotation of one or two words given to a speaker',
  'quotation-overlap': 'two quotations of one report that overlap',
  'quotation-apostrophe': 'a quotation opened by a single mark straight after a letter, or closed by one before a letter',
  'quotation-space': 'a quotation that begins or ends with white space',
  'speaker-shape': 'a speaker that is a pronoun, starts in lower case or runs over six words',
  'passage-low-share': 'a passage whose reports share under half of their words',
  'markdown-passage': "a passage's quoted text that a CommonMark reader renders otherwise than written",
  'markdown-markup': 'raw HTML, struck text, a heading or a code span left open that the report did not mean, in the rendered Markdown',
  'markdown-table': 'a table without one row per document, or a row with another number of cells',
} as const

export type SweepCheck = keyof typeof SWEEP_CHECKS

/** Words as the quote ledger counts them: a number's digits joined by a comma are one word. */
const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+|(?<=\p{N}),\p{N}[\p{L}\p{N}]*)*/gu
const wordsOf = (text: string): string[] => (text.toLowerCase().match(WORD) ?? [])
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'her', 'them', 'who', 'someone', 'one'])
const flat = (text: string, max = 100): string => text.replace(/\s+/g, ' ').trim().slice(0, max)

/** Shared words of two spans, over the longer one's words. */
function sharedShare(a: string, b: string): number {
  const counts = new Map<string, number>()
  const aw = wordsOf(a)
  const bw = wordsOf(b)
  for (const w of aw) counts.set(w, (counts.get(w) ?? 0) + 1)
  let shared = 0
  for (const w of bw) {
    const left = counts.get(w) ?? 0
    if (left > 0) {
      shared++
      counts.set(w, left - 1)
    }
  }
  return shared / Math.max(1, aw.length, bw.length)
}

/** The checks of the JSON report: its offsets, its quotations, their speakers and its passages. */
export function checkJsonReport(report: JsonReport): Finding[] {
  const found: Finding[] = []
  const texts = report.documents.map((d) => d.text)
  const name = (doc: number): string => report.documents[doc]?.name ?? `document ${doc + 1}`
  const spans = [...report.passages, ...report.phrases].flatMap((g) => g.spans).concat(report.quotes.flatMap((g) => g.instances))
  for (const s of spans) {
    const text = texts[s.doc]
    if (text === undefined || s.start < 0 || s.start >= s.end || s.end > text.length || text.slice(s.start, s.end) !== s.text) found.push({ check: 'offsets', detail: `${name(s.doc)} ${s.start}-${s.end} "${flat(s.text, 60)}"` })
  }
  const marked = report.quotes.flatMap((g) => g.instances.filter((q) => q.marked))
  const letter = (ch: string | undefined): boolean => ch !== undefined && /[\p{L}\p{N}]/u.test(ch)
  for (const q of marked) {
    const text = texts[q.doc] ?? ''
    const at = `${name(q.doc)} "${flat(q.text)}"`
    if (q.text.length > 1500) found.push({ check: 'quotation-long', detail: `${name(q.doc)} ${q.text.length} characters: "${flat(q.text)}"` })
    if (q.speaker !== null && wordsOf(q.text).length <= 2) found.push({ check: 'quotation-short', detail: `${at} [${q.speaker}]` })
    if ((/['‘’]/.test(text[q.start - 1] ?? '') && letter(text[q.start - 2])) || (/['’]/.test(text[q.end] ?? '') && letter(text[q.end + 1]))) found.push({ check: 'quotation-apostrophe', detail: at })
    if (/^\s|\s$/.test(q.text)) found.push({ check: 'quotation-space', detail: at })
    const speaker = q.speaker ?? ''
    if (speaker !== '' && (PRONOUNS.has(speaker.toLowerCase()) || /^\p{Ll}/u.test(speaker) || speaker.split(/\s+/).length > 6)) found.push({ check: 'speaker-shape', detail: `${at} [${speaker}]` })
  }
  const ordered = [...marked].sort((a, b) => a.doc - b.doc || a.start - b.start)
  for (let i = 1; i < ordered.length; i++) {
    const [a, b] = [ordered[i - 1], ordered[i]]
    if (a && b && a.doc === b.doc && b.start < a.end) found.push({ check: 'quotation-overlap', detail: `${name(a.doc)} "${flat(a.text, 50)}" / "${flat(b.text, 50)}"` })
  }
  for (const passage of report.passages) {
    const [base, ...others] = passage.spans
    for (const other of base ? others : []) {
      const share = sharedShare(base?.text ?? '', other.text)
      if (share < 0.5) found.push({ check: 'passage-low-share', detail: `${passage.id} ${name(other.doc)} ${Math.round(share * 100)}%: "${flat(base?.text ?? '', 60)}" / "${flat(other.text, 60)}"` })
    }
  }
  return found
}

const markdownReader = new MarkdownIt()
const inlineText = (token: Token): string => (token.children ?? []).map((c) => (c.type === 'softbreak' || c.type === 'hardbreak' ? ' ' : c.content)).join('')

/** Whether a paragraph's source has a run of backticks that no run of the same length closes, as CommonMark
 *  pairs them: a code span cut by a blank line leaves its opening run alone in its paragraph. */
function codeSpanLeftOpen(source: string): boolean {
  let open = 0
  for (const run of source.matchAll(/\\?`+/g)) {
    const escaped = run[0].startsWith('\\')
    const length = run[0].length - (escaped ? 1 : 0)
    if (open === 0) open = escaped ? (length > 1 ? length - 1 : 0) : length
    else if (length === open) open = 0
  }
  return open !== 0
}

/** The checks of the Markdown report, as a CommonMark reader (with tables and struck text) renders it. */
export function checkMarkdownReport(report: JsonReport, markdown: string): Finding[] {
  const found: Finding[] = []
  const tokens = markdownReader.parse(markdown, {})
  let passage: number | null = null
  let inQuote = false
  let quoted: string[] = []
  let rows = 0
  let headerCells = 0
  let cells = 0
  for (const [i, token] of tokens.entries()) {
    if (token.type === 'html_block') found.push({ check: 'markdown-markup', detail: `HTML block: ${flat(token.content)}` })
    if (token.type === 'table_open') rows = 0
    if (token.type === 'tr_open') cells = 0
    if (token.type === 'th_open' || token.type === 'td_open') cells++
    if (token.type === 'tr_close') {
      if (tokens[i - 1]?.type === 'th_close') headerCells = cells
      else {
        rows++
        if (cells !== headerCells) found.push({ check: 'markdown-table', detail: `a row of ${cells} cells under ${headerCells}` })
      }
    }
    if (token.type === 'table_close' && rows !== report.documents.length) found.push({ check: 'markdown-table', detail: `${rows} rows for ${report.documents.length} documents` })
    if (token.type === 'blockquote_open') {
      inQuote = true
      quoted = []
    }
    if (token.type === 'blockquote_close') inQuote = false
    if (token.type === 'blockquote_close' && passage !== null) {
      const want = flat(report.passages[passage - 1]?.spans[0]?.text ?? '', Infinity)
      const shown = flat(quoted.join(' '), Infinity)
      if (shown !== want) found.push({ check: 'markdown-passage', detail: `passage ${passage}: "${want.slice(0, 80)}" shown as "${shown.slice(0, 80)}"` })
      passage = null
    }
    if (inQuote && passage !== null && /^(heading_open|fence|code_block|hr)$/.test(token.type)) found.push({ check: 'markdown-passage', detail: `passage ${passage}: ${token.type} inside` })
    if (token.type !== 'inline') continue
    const heading = tokens[i - 1]?.type === 'heading_open' ? tokens[i - 1]?.tag : undefined
    const text = inlineText(token)
    if (heading === 'h3') passage = /^Passage (\d+): /.exec(text) ? Number(/^Passage (\d+): /.exec(text)?.[1]) : null
    else if (passage !== null) quoted.push(text)
    if (heading === 'h2' && !/^(Shared passages|Shared phrases|Quotations|Revisions) \(\d+\)$|^(Coverage|Revisions)$/.test(text)) found.push({ check: 'markdown-markup', detail: `a heading: ${flat(text)}` })
    for (const child of token.children ?? []) if (child.type === 'html_inline' || child.type === 's_open') found.push({ check: 'markdown-markup', detail: `${child.type}: ${flat(token.content)}` })
    if (codeSpanLeftOpen(token.content)) found.push({ check: 'markdown-markup', detail: `a code span left open: ${flat(token.content)}` })
  }
  return found
}
