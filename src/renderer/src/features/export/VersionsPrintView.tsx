// The print view of Compare versions (#/print-versions/<article id>?…): the versions of one fetched article
// as the reports of a comparison, laid out by the same PrintDocument, with the Revisions section after the
// cover. Like PrintView, it tells the printer through the document title that the pages are ready, or why
// they cannot be printed. The versions carry no highlights or notes.

import { useMemo, useState } from 'react'
import type { ComparisonWithArticles } from '../../../../shared/domain/comparison'
import { toErrorData } from '../../../../shared/domain/errors'
import type { PdfOptions } from '../../../../shared/domain/pdf'
import { client } from '../../api'
import { useRequest } from '../../ui/useRequest'
import { buildViewModel, useAlignment } from '../comparison'
import { loadVersions, revisionPairs, versionName } from '../revisions'
import './print.css'
import { PrintDocument } from './PrintDocument'
import { usePrintReady } from './usePrintReady'
import { RevisionsSection } from './RevisionsSection'

async function loadForPrint(id: string) {
  const [{ article, versions, columns }, labels] = await Promise.all([loadVersions(id), client.getColorLabels()])
  const comparison: ComparisonWithArticles = { id, title: `Versions of “${article.title}”`, articleIds: columns.map((c) => c.id), createdAt: article.importedAt, articles: columns }
  return { comparison, pairs: await revisionPairs(columns), names: versions.map(versionName), labels }
}

export function VersionsPrintView({ id, options }: { id: string; options: PdfOptions }) {
  const [loaded] = useRequest(() => loadForPrint(id), id)
  const texts = useMemo(() => (loaded.status === 'done' ? loaded.value.comparison.articles.map((a) => a.text) : []), [loaded])
  const alignment = useAlignment(texts)
  const [exportedAt] = useState(() => new Date())
  const aligned = alignment.status === 'done' ? alignment.alignment : undefined
  const model = useMemo(() => (aligned && texts.length > 0 ? buildViewModel(texts, aligned) : undefined), [aligned, texts])
  const ledger = alignment.status === 'done' ? alignment.ledger : undefined
  const waitingForQuotes = options.quotes && ledger === undefined
  const tooFew = loaded.status === 'done' && texts.length < 2 ? 'the article has one version: there is nothing to compare' : null
  const failure = loaded.status === 'failed' ? toErrorData(loaded.error).message : alignment.status === 'failed' ? `the versions could not be compared: ${alignment.message}` : tooFew

  usePrintReady(failure, model && loaded.status === 'done' && !waitingForQuotes ? loaded.value.comparison.title : null)

  if (failure !== null) return <p role="alert">These versions cannot be printed: {failure}</p>
  if (loaded.status !== 'done' || !model || waitingForQuotes) return <p role="status">Laying out the pages…</p>
  const { comparison, pairs, names, labels } = loaded.value
  return (
    <PrintDocument
      comparison={comparison}
      model={model}
      ledger={ledger ?? null}
      placed={[]}
      labels={labels}
      options={{ ...options, notes: false }}
      exportedAt={exportedAt}
      revisions={<RevisionsSection pairs={pairs} names={names} />}
    />
  )
}
