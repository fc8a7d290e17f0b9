// What the printed comparison holds, derived from the same view model the screen draws: the sources table,
// the reports grouped into pages of side-by-side columns, the numbered notes, and the passages appendix.
// Pure functions, so the structure of the PDF is tested without printing.

import { countWords } from '../../../../shared/domain/text'
import type { Article } from '../../../../shared/domain/article'
import type { Highlight } from '../../../../shared/domain/highlight'
import type { Orientation } from '../../../../shared/domain/pdf'
import type { PlacedHighlight } from '../annotations'
import type { ComparisonViewModel, PassageView, Segment } from '../comparison'

export interface PrintNote {
  number: number
  highlight: Highlight
  doc: number
  /** False when the highlight's text is no longer in the report (orphaned): listed, with no marker. */
  placed: boolean
}

/**
 * Numbers the highlights that carry a note, in reading order: report by report, then by place in the
 * text; orphaned ones last in their report. A whole-passage note keeps one number in every column.
 */
export function numberNotes(placed: readonly PlacedHighlight[]): { notes: PrintNote[]; numbers: Map<string, number> } {
  const noted = placed
    .filter((p) => p.highlight.note.trim() !== '')
    .sort((a, b) => a.doc - b.doc || (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity) || a.highlight.createdAt.localeCompare(b.highlight.createdAt))
  const notes = noted.map((p, i) => ({ number: i + 1, highlight: p.highlight, doc: p.doc, placed: p.range !== null }))
  return { notes, numbers: new Map(notes.filter((n) => n.placed).map((n) => [n.highlight.id, n.number])) }
}

/** Columns per page: three across a landscape page, two on a portrait one. */
export function columnsPerPage(orientation: Orientation): number {
  return orientation === 'landscape' ? 3 : 2
}

/** The reports in pages of side-by-side columns: [[0,1,2],[3,4,5],…]. */
export function columnGroups(count: number, orientation: Orientation): number[][] {
  const size = columnsPerPage(orientation)
  const groups: number[][] = []
  for (let first = 0; first < count; first += size) groups.push(Array.from({ length: Math.min(size, count - first) }, (_, i) => first + i))
  return groups
}

export interface SourceRow {
  number: number
  title: string
  outlet: string | null
  publishedAt: string | null
  url: string | null
  words: number
  /** Share of the text found in another report, 0 to 1; null before the alignment. */
  shared: number | null
}

export function sourceRows(articles: readonly Article[], model: ComparisonViewModel | undefined): SourceRow[] {
  return articles.map((article, doc) => ({
    number: doc + 1,
    title: article.title,
    outlet: article.outlet,
    publishedAt: article.publishedAt,
    url: article.url,
    words: countWords(article.text),
    shared: model?.columns[doc]?.sharedShare ?? null,
  }))
}

/** The segments of one report's text between two offsets, paragraph by paragraph, cut at the ends. */
export function segmentsWithin(model: ComparisonViewModel, doc: number, start: number, end: number): Segment[][] {
  const paragraphs = model.columns[doc]?.paragraphs ?? []
  return paragraphs
    .filter((p) => p.end > start && p.start < end)
    .map((p) =>
      p.segments
        .filter((s) => s.end > start && s.start < end || (s.start === s.end && s.start >= start && s.start <= end))
        .map((s) => ({ ...s, start: Math.max(s.start, start), end: Math.min(s.end, end) })),
    )
    .filter((segments) => segments.length > 0)
}

export interface AppendixWording {
  /** The first report with this wording. */
  doc: number
  /** Every report whose wording of the passage is the same, words and marks alike (doc first). */
  docs: number[]
  paragraphs: Segment[][]
}

export interface AppendixEntry {
  number: number
  passage: PassageView
  wordings: AppendixWording[]
  /** The first report's variant marks, each read out: how the other reports word that stretch. */
  variants: Segment[]
  /** That first report. */
  variantsDoc: number
  /** The number of the longer passage this one lies inside, or null. */
  partOf: number | null
  /** The reports whose wording of it lies inside the longer passage's there, printed in that passage's entry
   *  (where its number marks it) and not again here. */
  withinPartOf: number[]
}

/** A wording's words and marks, relative to where it starts: the same in two reports only if nothing printed differs
 *  (a variant mark is drawn by its kind; the reports it names differ from report to report, each naming the others). */
function wordingKey(text: string, start: number, paragraphs: Segment[][]): string {
  return paragraphs
    .map((segments) =>
      segments
        .map((s) => [s.start - start, s.end - start, text.slice(s.start, s.end), s.passage, s.outer, s.phrase, s.variant ? `${s.variant.kind}${s.variant.empty ? '‸' : ''}` : '', s.highlight?.id ?? ''].join('\u0001'))
        .join('\u0002'),
    )
    .join('\u0003')
}

/**
 * Each shared passage once (as the passages panel lists them), with every report's wording; reports whose
 * wordings are the same, words and marks alike, share one printing of it (a passage often reads the same
 * in every report that carries it).
 */
export function appendixEntries(model: ComparisonViewModel, texts: readonly string[] = []): AppendixEntry[] {
  return model.passages.map((passage) => {
    const parent = passage.parent === null ? undefined : model.passageById.get(passage.parent)
    const wordings: AppendixWording[] = []
    const withinPartOf: number[] = []
    const byKey = new Map<string, AppendixWording>()
    let variants: Segment[] | undefined
    let variantsDoc = passage.docs[0] ?? 0
    for (const doc of passage.docs) {
      const span = passage.spans.find((s) => s.doc === doc)
      if (!span) continue
      const paragraphs = segmentsWithin(model, doc, span.start, span.end)
      // The first report's marks are read out below, whether its wording is printed here or in the longer passage's entry.
      if (variants === undefined) {
        variants = paragraphs.flat().filter((s) => s.passage === passage.id && s.variant !== null)
        variantsDoc = doc
      }
      if (parent?.spans.some((s) => s.doc === doc && s.start <= span.start && span.end <= s.end)) {
        withinPartOf.push(doc)
        continue
      }
      const text = texts[doc]
      const key = text === undefined ? null : wordingKey(text, span.start, paragraphs)
      const same = key === null ? undefined : byKey.get(key)
      if (same) {
        same.docs.push(doc)
        continue
      }
      const wording = { doc, docs: [doc], paragraphs }
      wordings.push(wording)
      if (key !== null) byKey.set(key, wording)
    }
    return { number: passage.number, passage, wordings, variants: variants ?? [], variantsDoc, partOf: parent?.number ?? null, withinPartOf }
  })
}
