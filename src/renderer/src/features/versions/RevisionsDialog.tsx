// What changed between two versions of a fetched article, in words: the headline, sentences added, removed
// and reworded, quotations changed (as the quote ledger reads them) and numbers changed, the same lines the
// command line's `--versions` report prints. The oldest and the newest version are compared first; any two
// can be chosen. "Compare versions" opens them all side by side (onCompare).

import { useState } from 'react'
import type { ArticleListing } from '../../../../shared/domain/article'
import type { ArticleVersion } from '../../../../shared/domain/versions'
import { client } from '../../api'
import { DialogButtons, ModalDialog } from '../../ui/ModalDialog'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { Loading } from '../../ui/Loading'
import { useRequest } from '../../ui/useRequest'
import './RevisionsDialog.css'

const versionLabel = (v: ArticleVersion, index: number): string => `Version ${index + 1}, fetched ${new Date(v.fetchedAt).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`

export function RevisionsDialog({ article, onClose, onCompare }: { article: ArticleListing; onClose: () => void; onCompare: () => void }) {
  const [versions, retry] = useRequest(() => client.listVersions({ id: article.id }), article.id)
  return (
    <ModalDialog labelledBy="revisions-title" wide className="revisions-dialog" onClose={onClose}>
      <h2 id="revisions-title">What changed in “{article.title}”</h2>
      {versions.status === 'loading' && <Loading label="Reading the versions…" />}
      {versions.status === 'failed' && <ErrorMessage error={versions.error} onRetry={retry} />}
      {versions.status === 'done' && (versions.value.length < 2 ? <p>This article has one version: nothing has changed since it was fetched.</p> : <Comparing articleId={article.id} versions={versions.value} />)}
      <DialogButtons>
        {versions.status === 'done' && versions.value.length > 1 && (
          <button type="button" onClick={onCompare} title="Every version side by side, oldest first, with what changed between each">
            Compare versions
          </button>
        )}
        <button type="button" className="primary" onClick={onClose}>
          Close
        </button>
      </DialogButtons>
    </ModalDialog>
  )
}

function Comparing({ articleId, versions }: { articleId: string; versions: readonly ArticleVersion[] }) {
  const [older, setOlder] = useState(0)
  const [newer, setNewer] = useState(versions.length - 1)
  const [summary, retry] = useRequest(async () => {
    const [a, b] = await Promise.all([client.getVersionTexts({ id: articleId, version: older }), client.getVersionTexts({ id: articleId, version: newer })])
    // The comparison of versions (the alignment and the quote ledger with it) loads when first asked for.
    const { revisionLines, summariseRevision } = await import('../../../../shared/revisions')
    return revisionLines(summariseRevision({ title: a.version.title, text: a.text }, { title: b.version.title, text: b.text }))
  }, `${articleId}:${older}:${newer}`)
  const lines = summary.status === 'done' ? summary.value : null
  const choose = (label: string, value: number, set: (n: number) => void) => (
    <label>
      <span>{label}</span>
      <select value={value} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v, i) => (
          <option key={v.fetchedAt + i} value={i}>
            {versionLabel(v, i)}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <>
      <div className="revisions-choice">
        {choose('From', older, setOlder)}
        {choose('To', newer, setNewer)}
      </div>
      {older === newer && <p role="status">Choose two different versions to see what changed between them.</p>}
      {older !== newer && summary.status === 'loading' && <Loading label="Comparing the versions…" />}
      {older !== newer && summary.status === 'failed' && <ErrorMessage error={summary.error} onRetry={retry} />}
      {older !== newer && lines && (
        <ul className="revision-lines" aria-label={`Changes from version ${older + 1} to version ${newer + 1}`}>
          {lines.map((line, i) => (
            <li key={i} data-kind={line.kind}>
              {line.text}
            </li>
          ))}
        </ul>
      )}
    </>
  )
}
