// The printed comparison's structure, rendered in happy-dom from the sample: the sources table, the
// reports grouped into pages of columns, note markers numbered in reading order (one number for a
// whole-passage note in every column), the numbered notes (orphaned ones kept), and the passages appendix.

import { cleanup, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { describeRange } from '../../../../../src/shared/anchoring'
import { alignDocuments } from '../../../../../src/shared/alignment'
import { DEFAULT_COLOR_LABELS, type Highlight, type HighlightColor } from '../../../../../src/shared/domain/highlight'
import { DEFAULT_PDF_OPTIONS, type PdfOptions } from '../../../../../src/shared/domain/pdf'
import type { ComparisonWithArticles } from '../../../../../src/shared/domain/comparison'
import { placeHighlights } from '../../../../../src/renderer/src/features/annotations'
import { buildViewModel, drawnHighlights } from '../../../../../src/renderer/src/features/comparison'
import { PrintDocument } from '../../../../../src/renderer/src/features/export'
import { appendixEntries, columnGroups, numberNotes } from '../../../../../src/renderer/src/features/export/printModel'
import { sampleArticles } from '../../sampleArticles'
import { buildQuoteLedger } from '../../../../../src/shared/quotes'

afterEach(cleanup)

const articles = sampleArticles()
const texts = articles.map((a) => a.text)
const alignment = alignDocuments(texts)
const comparison: ComparisonWithArticles = { id: 'sample', title: 'Kerry in Moscow, May 2013', articleIds: articles.map((a) => a.id), createdAt: '2026-01-01T00:00:00.000Z', articles }
const carney = alignment.passages[0]

let made = 0
function highlight(doc: number, quote: string, color: HighlightColor, note: string, passageId: string | null = null): Highlight {
  const text = texts[doc] as string
  const start = text.indexOf(quote)
  if (start < 0) throw new Error(`"${quote}" is not in report ${doc + 1}`)
  made++
  const createdAt = `2026-01-01T00:00:${String(made).padStart(2, '0')}.000Z`
  return { id: `h${made}`, comparisonId: 'sample', articleId: articles[doc]?.id ?? '', versionHash: articles[doc]?.extractedHash ?? '', anchor: describeRange(text, start, start + quote.length), color, note, passageId, createdAt, updatedAt: createdAt }
}

function orphan(h: Highlight): Highlight {
  return { ...h, anchor: { ...h.anchor, quote: { ...h.anchor.quote, exact: 'words that were never in any report at all, not even close', prefix: '', suffix: '' }, position: { ...h.anchor.position, start: 0, end: 10 } } }
}

const airport = highlight(2, "Moscow's Vnukovo Airport", 'yellow', 'Which airport? Report 1 does not say.')
const lavrov = highlight(0, 'Foreign Minister Sergei Lavrov', 'green', 'Named only here.')
const quiet = highlight(0, 'Focus of trip', 'blue', '')
const span = carney?.spans.find((s) => s.doc === 1)
const whole = { ...highlight(1, 'We have consistently', 'pink', 'The quote, worded twice.', carney?.id ?? null), anchor: describeRange(texts[1] as string, span?.start ?? 0, span?.end ?? 0) }
const lost = orphan(highlight(2, 'Discuss as:', 'orange', 'Clutter, but noted.'))
const placed = placeHighlights([airport, lavrov, quiet, whole, lost], articles)
const model = buildViewModel(texts, alignment, drawnHighlights(placed).ranges)

const ledger = buildQuoteLedger(texts, alignment)

function renderPrint(options: Partial<PdfOptions> = {}) {
  return render(<PrintDocument comparison={comparison} model={model} ledger={ledger} placed={placed} labels={DEFAULT_COLOR_LABELS} options={{ ...DEFAULT_PDF_OPTIONS, ...options }} exportedAt={new Date('2026-11-22T10:30:00Z')} />)
}

describe('the print model', () => {
  it('numbers noted highlights by report, then place, orphaned last; markers only for placed ones', () => {
    const { notes, numbers } = numberNotes(placed)
    expect(notes.map((n) => `${n.number} r${n.doc + 1} ${n.highlight.note}${n.placed ? '' : ' (orphaned)'}`)).toEqual([
      '1 r1 Named only here.',
      '2 r2 The quote, worded twice.',
      '3 r3 Which airport? Report 1 does not say.',
      '4 r3 Clutter, but noted. (orphaned)',
    ])
    expect([...numbers]).toEqual([
      [lavrov.id, 1],
      [whole.id, 2],
      [airport.id, 3],
    ])
  })

  it('puts three reports across a landscape page and two on a portrait one', () => {
    expect(columnGroups(3, 'landscape')).toEqual([[0, 1, 2]])
    expect(columnGroups(7, 'landscape')).toEqual([[0, 1, 2], [3, 4, 5], [6]])
    expect(columnGroups(3, 'portrait')).toEqual([[0, 1], [2]])
    expect(columnGroups(50, 'landscape')).toHaveLength(17)
  })

  it('lists the Carney quote once in the appendix, worded by reports 2 and 3, with its variants', () => {
    const entries = appendixEntries(model)
    expect(entries).toHaveLength(1)
    const [entry] = entries
    expect(entry?.wordings.map((w) => w.doc)).toEqual([1, 2])
    const wording = (doc: number) => (entry?.wordings.find((w) => w.doc === doc)?.paragraphs ?? []).flat().map((s) => texts[doc]?.slice(s.start, s.end)).join('')
    expect(wording(1)).toMatch(/^We have consistently, in our conversations .* supported Assad$/)
    expect(wording(2)).toMatch(/^we have consistently in our conversations .* supported Assad$/)
    expect(entry?.variants.map((s) => `${texts[1]?.slice(s.start, s.end)}:${s.variant?.kind}`)).toEqual(['We:case', ', :punctuation', ', :punctuation', "Assad's:punctuation", 'the:substitution'])
  })
})

describe('the appendix wordings', () => {
  // Report 3's Carney paragraph copied into three more reports, the same words in each, the last with a
  // highlight on it: the paragraph is a passage of reports 3-6, and the Carney quote within it a part they
  // share with report 2.
  const paragraph = (texts[2] ?? '').split('\n').find((p) => p.includes('we have consistently')) ?? ''
  const copy = `Opening words of another report.\n${paragraph}`
  const more = [...texts, copy, copy, copy]
  const aligned = alignDocuments(more)
  const carneyPart = aligned.passages.find((p) => p.spans.length === 5)
  const span = carneyPart?.spans.find((s) => s.doc === 5)
  const marked = placeHighlights([{ ...highlight(2, 'We', 'yellow', ''), articleId: 'six', anchor: describeRange(more[5] ?? '', (span?.start ?? 0) + 3, (span?.start ?? 0) + 20) }], [...articles, ...['four', 'five', 'six'].map((id) => ({ ...articles[0]!, id, text: copy }))])
  const entries = appendixEntries(buildViewModel(more, aligned, drawnHighlights(marked).ranges), more)
  const part = entries.find((e) => e.passage.id === carneyPart?.id)
  const whole = entries.find((e) => e.passage.id === carneyPart?.parent)

  it('prints a wording once for the reports that word a passage alike, words and marks; a highlight keeps its report apart', () => {
    expect(whole?.passage.docs).toEqual([2, 3, 4, 5])
    expect(whole?.wordings.map((w) => w.docs)).toEqual([[2], [3, 4], [5]])
  })

  it('prints a part of a longer passage only where it lies outside that passage, and reads out its variants all the same', () => {
    expect(part?.partOf).toBe(whole?.number)
    expect(part?.withinPartOf).toEqual([2, 3, 4, 5])
    expect(part?.wordings.map((w) => w.docs)).toEqual([[1]])
    expect(part?.variantsDoc).toBe(1)
    expect(part?.variants.map((s) => `${more[1]?.slice(s.start, s.end)}:${s.variant?.kind}`)).toContain('the:substitution')
  })
})

describe('PrintDocument', () => {
  it('opens with the title, the export time, the sources and a legend naming every colour label', () => {
    renderPrint()
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Kerry in Moscow, May 2013')
    expect(document.querySelector('.print-exported')?.textContent).toMatch(/^Exported .*2026.* · 3 reports · 1 shared passage · 4 notes$/)
    const rows = within(screen.getByRole('table', { name: 'Sources' })).getAllByRole('row').map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent))
    expect(rows.map((r) => [r[0], r[5], r[6]])).toEqual([
      ['#', 'Words', 'Found in other reports'],
      ['1', '601', '8%'],
      ['2', '482', '20%'],
      ['3', '586', '15%'],
    ])
    expect(rows[3]?.[1]).toBe("Syria set to dominate talks between Kerry and Russia's Putin")
    const legend = screen.getByRole('region', { name: 'How to read the columns' })
    for (const label of Object.values(DEFAULT_COLOR_LABELS)) expect(within(legend).getByText(label)).toBeTruthy()
  })

  it('sets the reports side by side with numbered note markers where the highlights end', () => {
    renderPrint()
    const columns = [...document.querySelectorAll<HTMLElement>('.print-column')]
    expect(columns.map((c) => c.dataset['doc'])).toEqual(['0', '1', '2'])
    const markers = (doc: number) => [...(columns[doc]?.querySelectorAll('.note-marker') ?? [])].map((m) => `${m.previousSibling?.textContent}^${m.textContent}`)
    expect(markers(0)).toEqual(['Foreign Minister Sergei Lavrov^1'])
    expect(markers(1)[0]).toMatch(/supported Assad\^2$/)
    // The whole-passage note shows its one number in every column carrying the passage.
    expect(markers(2)).toEqual(["Moscow's Vnukovo Airport^3", expect.stringMatching(/supported Assad\^2$/)])
    expect(columns[2]?.querySelector('[data-passage-highlight]')).toBeTruthy()
    expect(columns[0]?.querySelector('[data-passage-highlight]')).toBeNull()
    // The titles sit in the table's head, which the printer repeats on every page; the passage starts with its number.
    const head = [...document.querySelectorAll('.print-columns thead th')].map((th) => th.querySelector('.print-column-title')?.textContent)
    expect(head).toEqual(['1 Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia', expect.stringMatching(/^2 Secretary/), expect.stringMatching(/^3 Syria/)])
    expect([1, 2].map((doc) => columns[doc]?.querySelector('[data-passage-number]')?.getAttribute('data-passage-number'))).toEqual(['1', '1'])
  })

  it('lists the notes numbered, with the quote, and keeps the orphaned one', () => {
    renderPrint()
    const notes = screen.getByRole('region', { name: 'Notes' })
    const items = within(notes).getAllByRole('listitem')
    expect(items.map((li) => li.getAttribute('value'))).toEqual(['1', '2', '3', '4'])
    expect(items[2]?.textContent?.trim()).toBe("Report 3, Syria set to dominate talks between Kerry and Russia's Putin · claim“Moscow's Vnukovo Airport”Which airport? Report 1 does not say.")
    expect(items[1]?.textContent).toContain('· whole passage')
    expect(items[3]?.textContent).toContain('its text is no longer in the report')
  })

  it('leaves out what is not asked for, and groups columns by paper orientation', () => {
    renderPrint({ notes: false, appendix: false, orientation: 'portrait' })
    expect(screen.queryByRole('region', { name: 'Notes' })).toBeNull()
    expect(screen.queryByRole('region', { name: 'Shared passages' })).toBeNull()
    expect([...document.querySelectorAll('.note-marker')].filter((m) => !m.closest('.print-legend'))).toHaveLength(0)
    expect([...document.querySelectorAll('.print-group-heading')].map((h) => h.textContent)).toEqual(['Reports 1–2 of 3', 'Report 3 of 3'])
    expect(document.querySelector('.print-doc')?.className).toBe('print-doc page-a4-portrait')
  })

  it('adds the appendix when asked, with every variant read out', () => {
    renderPrint({ appendix: true, columns: false })
    expect(document.querySelectorAll('.print-column')).toHaveLength(0)
    const appendix = screen.getByRole('region', { name: 'Shared passages' })
    expect(within(appendix).getByRole('heading', { level: 3 }).textContent).toBe(' Passage 1 · in reports 2, 3 · 47 words')
    expect(within(appendix).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Report 2 “We” — Report 3: “we” (capitals)',
      'Report 2 “,” — Report 3: (nothing here) (punctuation)',
      'Report 2 “,” — Report 3: (nothing here) (punctuation)',
      "Report 2 “Assad's” — Report 3: “Assad’s” (punctuation)",
      'Report 2 “the” — Report 3: “that” (other words)',
    ])
  })
})

describe('the Quotations section', () => {
  it('gives each speaker a heading, most quoted first, and each wording with how it differs', () => {
    renderPrint()
    const section = screen.getByRole('region', { name: 'Quotations' })
    const speakers = within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)
    expect(speakers[0]).toBe('Jay Carney')
    expect(speakers.at(-1)).toBe('No speaker named')
    const sources = [...section.querySelectorAll('.print-wording-source')].map((p) => p.textContent)
    expect(sources).toContainEqual(expect.stringMatching(/^Report 2, .* · trimmed, re-capitalised, reworded \(“that” → “the”\)$/))
    expect(sources).toContainEqual(expect.stringMatching(/^Report 3, .* · fullest wording$/))
  })

  it('is left out when not asked for', () => {
    renderPrint({ quotes: false })
    expect(screen.queryByRole('region', { name: 'Quotations' })).toBeNull()
  })
})
