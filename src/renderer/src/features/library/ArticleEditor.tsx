// Edit one article: its details, and its clean-up (every block of the extracted text kept or dropped;
// "Keep everything" undoes the clean-up). Highlights are not lost when the text changes: they are
// re-anchored to the new text when shown, or listed as orphaned with their quote and note.

import { useMemo, useState } from 'react'
import type { ArticleDetails, ArticleListing } from '../../../../shared/domain/article'
import { describeChange } from '../../../../shared/domain/versions'
import { client } from '../../api'
import { describeError } from '../../ui/describeError'
import { DialogButtons, DialogProblem, ModalDialog } from '../../ui/ModalDialog'
import { useRequest } from '../../ui/useRequest'
import { BlockChoices, blocksOf, DateReading, DETAIL_FIELDS, DraftBlocks, DraftFields, parseTags } from '../import'

/** The reason shown for a block dropped when the article was imported, for a reason its text does not show. */
export const DROPPED_AT_IMPORT = 'dropped at import'

export interface ArticleEditorProps {
  article: ArticleListing
  onClose: () => void
  onSaved: (article: ArticleListing) => void
  /** Closes the editor and checks the article's page for changes; absent when it has no page or a check runs. */
  onCheck?: (() => void) | undefined
}

export function ArticleEditor({ article, onClose, onSaved, onCheck }: ArticleEditorProps) {
  const [details, setDetails] = useState<ArticleDetails>({ title: article.title, outlet: article.outlet, byline: article.byline, url: article.url, publishedAt: article.publishedAt, tags: article.tags })
  const [tagsText, setTagsText] = useState(article.tags.join(', '))
  const [problem, setProblem] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  const [texts] = useRequest(() => client.getArticleTexts({ id: article.id }), article.id)
  // The blocks dropped now come with the texts; the person's changes to them, once made, are kept here.
  const stored = texts.status === 'done' ? texts.value.dropped : null
  const [changedDropped, setDropped] = useState<Set<number> | null>(null)
  const dropped = useMemo(() => changedDropped ?? new Set(stored ?? []), [changedDropped, stored])
  // The text's own rules give most blocks their reason again; a block dropped at import for what the page's
  // markup said of it (a photo caption, a figure) cannot be judged from the text alone, and says so.
  const blocks = useMemo(() => {
    if (texts.status !== 'done') return []
    const droppedAtImport = new Set(texts.value.dropped)
    return blocksOf(texts.value.extracted, article.title).map((b) => (b.clutter === null && droppedAtImport.has(b.index) ? { ...b, clutter: DROPPED_AT_IMPORT } : b))
  }, [article.title, texts])

  const save = async (): Promise<void> => {
    setSaving(true)
    setProblem(null)
    try {
      const wanted: ArticleDetails = { ...details, title: details.title.trim(), tags: parseTags(tagsText) }
      const changed = (Object.keys(wanted) as (keyof ArticleDetails)[]).filter((k) => JSON.stringify(wanted[k]) !== JSON.stringify(article[k]))
      let saved: ArticleListing = article
      if (changed.length > 0) saved = await client.updateArticle({ id: article.id, details: Object.fromEntries(changed.map((k) => [k, wanted[k]])) })
      const droppedNow = [...dropped].sort((a, b) => a - b)
      if (stored !== null && JSON.stringify(droppedNow) !== JSON.stringify(stored)) saved = await client.setCleanup({ id: article.id, dropped: droppedNow })
      onSaved(saved)
    } catch (error) {
      setProblem(describeError(error).detail)
      setSaving(false)
    }
  }

  return (
    <ModalDialog labelledBy="edit-title" wide className="article-editor" busy={saving} onClose={onClose}>
      <h2 id="edit-title">Edit “{article.title}”</h2>
      {article.fetched && (
        // Where the page came from and when: the reader's own fetch, so in the reader's own time zone.
        <p className="article-fetched">
          Fetched from <span className="article-fetched-url">{article.fetched.url}</span> on {new Date(article.fetched.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
          {article.changed && <> ({describeChange(article.changed)})</>}{' '}
          <button type="button" onClick={onCheck} disabled={!onCheck || saving} title="Close this editor and fetch the page again; a changed page is kept as a new version">
            Check for changes
          </button>
        </p>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <DraftFields>
          {DETAIL_FIELDS.map(({ key, label }) => (
            <label key={key}>
              <span>{label}</span>
              <input
                type="text"
                value={details[key] ?? ''}
                required={key === 'title'}
                onChange={(e) => setDetails({ ...details, [key]: key === 'title' ? e.target.value : e.target.value.trim() === '' ? null : e.target.value })}
                aria-describedby={key === 'publishedAt' && details.publishedAt ? 'edit-date-reading' : undefined}
              />
              {key === 'publishedAt' && <DateReading value={details.publishedAt} id="edit-date-reading" />}
            </label>
          ))}
          <label>
            <span>Tags</span>
            <input type="text" value={tagsText} onChange={(e) => setTagsText(e.target.value)} placeholder="comma, separated" />
          </label>
        </DraftFields>
        <DraftBlocks open summary={`Clean-up: ${dropped.size} of ${blocks.length} blocks dropped`}>
          {/* Beside the blocks rather than in the summary: a button inside a summary is one control inside another. */}
          <button type="button" onClick={() => setDropped(new Set())} disabled={dropped.size === 0}>
            Keep everything
          </button>
          {texts.status === 'loading' && <p role="status">Reading the article…</p>}
          {texts.status === 'failed' && <p role="alert">{describeError(texts.error).detail}</p>}
          <BlockChoices blocks={blocks} dropped={dropped} onChange={setDropped} />
        </DraftBlocks>
        {problem && (
          <DialogProblem>{problem}</DialogProblem>
        )}
        <DialogButtons>
          <button type="button" onClick={onClose} disabled={saving}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={saving || details.title.trim() === '' || (blocks.length > 0 && dropped.size >= blocks.length)}>
            Save
          </button>
        </DialogButtons>
      </form>
    </ModalDialog>
  )
}
