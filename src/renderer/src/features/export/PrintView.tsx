// The print view, opened in a hidden window (or a test browser) at printHash(): it loads the comparison,
// its highlights and labels, and the alignment and quotations the exporting window handed over; where
// there are none (or they are not of these texts) it has them from main's alignment thread, or aligns the
// reports (and finds their quotations) itself. It lays out the PrintDocument, and then tells the printer through the document title that
// every page is ready, or why it cannot be printed.

import { useMemo, useState } from 'react'
import { toErrorData } from '../../../../shared/domain/errors'
import type { PdfOptions } from '../../../../shared/domain/pdf'
import type { ComparisonWithArticles } from '../../../../shared/domain/comparison'
import type { PrintAlignment } from '../../../../shared/ipc/contract'
import { client } from '../../api'
import { useRequest } from '../../ui/useRequest'
import { listAllHighlights, placeHighlights } from '../annotations'
import { buildViewModel, drawnHighlights, useAlignment } from '../comparison'
// The page set-up first: the document's own rules come after it and win where they meet.
import './print.css'
import { PrintDocument } from './PrintDocument'
import { usePrintReady } from './usePrintReady'

/** The handed-over alignment, if it was computed on exactly these texts. */
function preparedFor(comparison: ComparisonWithArticles, prepared: PrintAlignment | null): PrintAlignment | null {
  const { articles } = comparison
  const same =
    prepared !== null &&
    prepared.textHashes.length === articles.length &&
    articles.every((a, i) => a.textHash === prepared.textHashes[i] && a.text.length === prepared.alignment.documents[i]?.chars)
  return same ? prepared : null
}

async function loadForPrint(id: string) {
  // Without the hand-off (none, or it could not be had), the reports are aligned by main or here.
  const handedOver = client.getPrintAlignment({ comparisonId: id }).catch(() => null)
  const [comparison, highlights, labels, prepared] = await Promise.all([client.getComparison({ id }), listAllHighlights(id), client.getColorLabels(), handedOver])
  return { comparison, placed: placeHighlights(highlights, comparison.articles), labels, prepared: preparedFor(comparison, prepared) }
}

export function PrintView({ id, options }: { id: string; options: PdfOptions }) {
  const [loaded] = useRequest(() => loadForPrint(id), id)
  const texts = useMemo(() => (loaded.status === 'done' ? loaded.value.comparison.articles.map((a) => a.text) : []), [loaded])
  const prepared = loaded.status === 'done' ? loaded.value.prepared : null
  // Without the hand-off, main's thread aligns the reports (it began when they were asked for), else this window does.
  const source = useMemo(() => (loaded.status === 'done' ? { comparisonId: id, textHashes: loaded.value.comparison.articles.map((a) => a.textHash) } : undefined), [id, loaded])
  const aligning = useAlignment(loaded.status === 'done' && prepared === null ? texts : null, source)
  const alignment = prepared ? ({ status: 'done', alignment: prepared.alignment, ledger: prepared.ledger } as const) : aligning
  const [exportedAt] = useState(() => new Date())
  const aligned = alignment.status === 'done' ? alignment.alignment : undefined
  const model = useMemo(() => {
    if (loaded.status !== 'done' || !aligned || texts.length === 0) return undefined
    return buildViewModel(texts, aligned, drawnHighlights(loaded.value.placed).ranges)
  }, [aligned, loaded, texts])
  // The quotations are laid out too before the page is ready, when they are asked for (null: they could not be found).
  const ledger = alignment.status === 'done' ? alignment.ledger : undefined
  const waitingForQuotes = options.quotes && ledger === undefined

  const failure = loaded.status === 'failed' ? toErrorData(loaded.error).message : alignment.status === 'failed' ? `the reports could not be compared: ${alignment.message}` : null

  usePrintReady(failure, model && loaded.status === 'done' && !waitingForQuotes ? loaded.value.comparison.title : null)

  if (failure !== null) return <p role="alert">This comparison cannot be printed: {failure}</p>
  if (loaded.status !== 'done' || !model || waitingForQuotes) return <p role="status">Laying out the pages…</p>
  const { comparison, placed, labels } = loaded.value
  return <PrintDocument comparison={comparison} model={model} ledger={ledger ?? null} placed={placed} labels={labels} options={options} exportedAt={exportedAt} />
}
