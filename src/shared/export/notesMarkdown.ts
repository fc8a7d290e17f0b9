// Highlights and notes of one comparison as a Markdown document a person reads: a section per article in
// column order, each highlight as a block quote of its text, its colour label and its note. Notes are plain
// text, so they are written as they are, except that a line which Markdown would turn into a heading or a
// quote (or the underline of a heading) is prefixed with a backslash: it then reads as the person typed it.

import type { Article } from '../domain/article'
import type { ComparisonWithArticles } from '../domain/comparison'
import type { Highlight, HighlightColor } from '../domain/highlight'
import { formatPublished } from '../domain/publishedDate'

/** A line that would start a heading or a quote, or underline the line above into a heading. */
const BLOCK_START = /^( {0,3})(#|>|=+\s*$|-+\s*$)/

/** Keeps a line of plain text from turning into Markdown structure. */
export function escapeLine(line: string): string {
  return line.replace(BLOCK_START, '$1\\$2')
}

/** Splits plain text into lines, dropping blank lines at either end. */
function linesOf(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  while (lines.length > 0 && (lines[0] as string).trim() === '') lines.shift()
  while (lines.length > 0 && (lines[lines.length - 1] as string).trim() === '') lines.pop()
  return lines
}

/** Heading text: one line, and no trailing '#' that Markdown would read as a closing sequence. */
function headingText(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/#+$/, (hashes) => hashes.replace(/#/g, '\\#'))
}

/** A label inside *...*: its own emphasis characters must not close the italics. */
function italic(text: string): string {
  return `*${text.replace(/[\\*_`]/g, '\\$&')}*`
}

function metaLines(article: Article, locale: string | undefined): string[] {
  const lines: string[] = []
  if (article.outlet) lines.push(`- Outlet: ${article.outlet.replace(/\s+/g, ' ').trim()}`)
  if (article.publishedAt) lines.push(`- Published: ${formatPublished(article.publishedAt, locale)}`)
  if (article.url) lines.push(`- URL: ${/^https?:\/\/[^\s<>]+$/.test(article.url) ? `<${article.url}>` : article.url}`)
  return lines
}

function highlightBlock(highlight: Highlight, labels: Record<HighlightColor, string>): string[] {
  const quote = linesOf(highlight.anchor.quote.exact).map((line) => (line.trim() === '' ? '>' : `> ${escapeLine(line)}`))
  const label = labels[highlight.color] || highlight.color
  const lines = [...quote, '', `${italic(label)}${highlight.passageId === null ? '' : ' — whole shared passage'}`]
  const note = linesOf(highlight.note)
  if (note.length > 0) lines.push('', ...note.map(escapeLine))
  return lines
}

/** The highlights of one article in this comparison, in the order they occur in its text. */
function highlightsOf(comparisonId: string, article: Article, highlights: readonly Highlight[]): Highlight[] {
  return highlights
    .filter((h) => h.comparisonId === comparisonId && h.articleId === article.id)
    .sort((a, b) => a.anchor.position.start - b.anchor.position.start || a.anchor.position.end - b.anchor.position.end || a.createdAt.localeCompare(b.createdAt))
}

/**
 * The comparison's highlights and notes as Markdown. Highlights of other comparisons, or of articles not in
 * this one, are left out. Each quote comes from the highlight's anchor, so orphaned highlights still show.
 * Publication dates are written in `locale` (the reader's, by default), at the clock of their source.
 */
export function notesToMarkdown(comparison: ComparisonWithArticles, highlights: readonly Highlight[], labels: Record<HighlightColor, string>, locale?: string): string {
  const blocks: string[][] = [[`# ${headingText(comparison.title)}`]]
  comparison.articles.forEach((article, index) => {
    blocks.push([`## ${index + 1}. ${headingText(article.title)}`])
    const meta = metaLines(article, locale)
    if (meta.length > 0) blocks.push(meta)
    const own = highlightsOf(comparison.id, article, highlights)
    if (own.length === 0) blocks.push(['No highlights.'])
    for (const highlight of own) blocks.push(highlightBlock(highlight, labels))
  })
  return `${blocks.map((lines) => lines.join('\n')).join('\n\n')}\n`
}
