// The comparison on paper: a first page with the title, the export time, the sources and a legend; the
// reports side by side in columns (tints, passage numbers, variant marks, highlights and numbered note
// markers as on screen; the reports' titles repeated at the top of each page); the numbered notes; the
// quotations by speaker; and, if asked, each shared passage once with every report's wording.
// Article text and notes are untrusted: rendered only as React text.

import type { ReactNode } from 'react'
import type { ComparisonWithArticles } from '../../../../shared/domain/comparison'
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../../../shared/domain/highlight'
import type { PdfOptions } from '../../../../shared/domain/pdf'
import { openingWords } from '../../../../shared/domain/text'
import { formatPublished } from '../../../../shared/domain/publishedDate'
import type { PlacedHighlight } from '../annotations'
import { ColumnNumber, drawnHighlights, NoteMarker, PhraseSample, VariantSample, type ComparisonViewModel } from '../comparison'
import { appendixEntries, columnGroups, numberNotes, sourceRows, type PrintNote } from './printModel'
import type { QuoteLedger } from '../../../../shared/quotes'
import { QuotationsSection } from './QuotationsSection'
import { AppendixSection } from './AppendixSection'
import { Paragraphs } from './Paragraphs'
import './PrintDocument.css'
import './printMarks.css'

export interface PrintDocumentProps {
  comparison: ComparisonWithArticles
  model: ComparisonViewModel
  /** The quote ledger, for the Quotations section (null when it could not be built). */
  ledger?: QuoteLedger | null
  placed: readonly PlacedHighlight[]
  labels: Record<HighlightColor, string>
  options: PdfOptions
  exportedAt: Date
  /** For the versions of one article: the Revisions section, after the cover and before the columns. */
  revisions?: ReactNode
}

const numberFormat = new Intl.NumberFormat()
const percentFormat = new Intl.NumberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 })
const exportedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' })

const formatDate = (iso: string | null): string => (iso === null ? '—' : formatPublished(iso))

function Legend({ labels, tints }: { labels: Record<HighlightColor, string>; tints: number[] }) {
  return (
    <section className="print-legend" aria-label="How to read the columns">
      <h2>How to read the columns</h2>
      <dl>
        <dt>
          {tints.map((t) => (
            <span key={t} className={`legend-swatch tint-${t}`} />
          ))}
        </dt>
        <dd>A shared passage: text found in another report. Each passage has its own tint, the same in every report that carries it.</dd>
        <dt>
          <PhraseSample>few words</PhraseSample>
        </dt>
        <dd>A shared phrase: a few words found in another report.</dd>
        <dt>
          <VariantSample kind="substitution">that</VariantSample>
        </dt>
        <dd>Other words than another report has at this place.</dd>
        <dt>
          <VariantSample kind="insertion">added</VariantSample>
        </dt>
        <dd>Words this report adds.</dd>
        <dt>
          <VariantSample kind="omission">left out</VariantSample> <VariantSample empty />
        </dt>
        <dd>Words another report leaves out; ‸ marks where another report has words this one lacks.</dd>
        <dt>
          <VariantSample kind="punctuation">Assad’s</VariantSample>
        </dt>
        <dd>Only punctuation or capitals differ.</dd>
        <dt>
          {HIGHLIGHT_COLORS.map((c) => (
            <span key={c} className={`legend-swatch hl-swatch hl-${c}`} />
          ))}
        </dt>
        <dd>
          Highlights:{' '}
          {HIGHLIGHT_COLORS.map((c, i) => (
            <span key={c}>
              <span className={`legend-label hl-${c}`}>{labels[c]}</span>
              {i < HIGHLIGHT_COLORS.length - 1 ? ' ' : ''}
            </span>
          ))}
          . A ring around a passage marks it whole.
        </dd>
        <dt>
          text<NoteMarker number={1} />
        </dt>
        <dd>A note: its number leads to the notes after the columns.</dd>
      </dl>
    </section>
  )
}

function NotesSection({ notes, labels, titles }: { notes: PrintNote[]; labels: Record<HighlightColor, string>; titles: string[] }) {
  return (
    <section className="print-notes" aria-labelledby="print-notes-heading">
      <h2 id="print-notes-heading">Notes</h2>
      {notes.length === 0 ? (
        <p className="print-empty">No notes in this comparison.</p>
      ) : (
        <ol>
          {notes.map(({ number, highlight, doc, placed }) => (
            <li key={highlight.id} value={number} data-note={number}>
              <p className="print-note-meta">
                <span className={`legend-swatch hl-swatch hl-${highlight.color}`} /> Report {doc + 1}
                {titles[doc] ? `, ${titles[doc]}` : ''} · {labels[highlight.color]}
                {highlight.passageId ? ' · whole passage' : ''}
                {placed ? '' : ' · its text is no longer in the report'}
              </p>
              <blockquote>“{openingWords(highlight.anchor.quote.exact, 60)}”</blockquote>
              <p className="print-note-text">{highlight.note}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}

export function PrintDocument({ comparison, model, ledger, placed, labels, options, exportedAt, revisions }: PrintDocumentProps) {
  const { articles } = comparison
  const texts = articles.map((a) => a.text)
  const titles = articles.map((a) => a.title)
  const drawn = drawnHighlights(placed)
  const { notes, numbers } = numberNotes(placed)
  const shownNumbers = options.notes ? numbers : undefined
  const rows = sourceRows(articles, model)
  const groups = columnGroups(articles.length, options.orientation)
  const tints = [...new Set(model.passages.map((p) => p.tint))].sort((a, b) => a - b)

  // A table, so that Chromium repeats its head, the reports' titles, at the top of every page the columns
  // run on to. A repeated head would be read (and put in the PDF's outline) once per page, so it is only
  // drawn: each report's heading, for screen readers and the outline, opens its column, unseen.
  const columnsOf = (group: number[]): ReactNode => {
    const shown = group.flatMap((doc) => {
      const article = articles[doc]
      const column = model.columns[doc]
      return article && column ? [{ doc, article, column, row: rows[doc] }] : []
    })
    return (
      <table className="print-columns" data-columns={shown.length}>
        <thead>
          <tr>
            {shown.map(({ doc, article, row }) => (
              <th key={doc} scope="col" className="print-column-header" aria-hidden="true">
                <p className="print-column-title">
                  <ColumnNumber>{doc + 1}</ColumnNumber> {article.title}
                </p>
                <p>{[article.outlet, article.publishedAt && formatDate(article.publishedAt), row && `${numberFormat.format(row.words)} words`].filter(Boolean).join(' · ')}</p>
              </th>
            ))}
          </tr>
          <tr className="print-columns-gap" aria-hidden="true">
            <td colSpan={shown.length} />
          </tr>
        </thead>
        <tbody>
          <tr>
            {shown.map(({ doc, article, column }) => (
              <td key={doc} className="print-column" data-doc={doc} aria-labelledby={`print-column-${doc}`}>
                <h3 className="print-column-heading" id={`print-column-${doc}`}>
                  {doc + 1} {article.title}
                </h3>
                <Paragraphs text={article.text} paragraphs={column.paragraphs.map((p) => p.segments)} model={model} passages={drawn.passages} numbers={shownNumbers} />
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    )
  }

  return (
    <div className={`print-doc page-${options.paper}-${options.orientation}`} data-paper={options.paper} data-orientation={options.orientation}>
      <section className="print-cover">
        <p className="print-kicker">Parallax comparison</p>
        <h1>{comparison.title}</h1>
        <p className="print-exported">
          Exported {exportedFormat.format(exportedAt)} · {articles.length} reports · {model.passages.length} shared {model.passages.length === 1 ? 'passage' : 'passages'}
          {options.notes ? ` · ${notes.length} ${notes.length === 1 ? 'note' : 'notes'}` : ''}
        </p>
        <table className="print-sources" aria-label="Sources">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Title</th>
              <th scope="col">Outlet</th>
              <th scope="col">Date</th>
              <th scope="col">URL</th>
              <th scope="col">Words</th>
              <th scope="col">Found in other reports</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.number}>
                <td>{row.number}</td>
                <td>{row.title}</td>
                <td>{row.outlet ?? '—'}</td>
                <td>{formatDate(row.publishedAt)}</td>
                <td className="print-url">{row.url ?? '—'}</td>
                <td className="print-number">{numberFormat.format(row.words)}</td>
                <td className="print-number">{row.shared === null ? '—' : percentFormat.format(row.shared)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <Legend labels={labels} tints={tints} />
      </section>

      {revisions}

      {options.columns &&
        groups.map((group) => {
          const name = group.length === 1 ? `Report ${group[0]! + 1}` : `Reports ${group[0]! + 1}–${group.at(-1)! + 1}`
          return (
            <section key={group[0]} className="print-group" aria-label={groups.length > 1 ? name : 'The reports'}>
              {groups.length > 1 && (
                <h2 className="print-group-heading">
                  {name} of {articles.length}
                </h2>
              )}
              {columnsOf(group)}
            </section>
          )
        })}

      {options.notes && <NotesSection notes={notes} labels={labels} titles={titles} />}

      {options.quotes && ledger && <QuotationsSection ledger={ledger} titles={titles} />}

      {options.appendix && <AppendixSection entries={appendixEntries(model, texts)} texts={texts} titles={titles} model={model} passages={drawn.passages} />}
    </div>
  )
}
