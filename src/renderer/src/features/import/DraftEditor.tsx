// One import draft in the preview: its details (editable) and its blocks, each kept or dropped by a
// checkbox; blocks clean-up took for page clutter start unchecked, with the reason beside them.

import type { ArticleDetails } from '../../../../shared/domain/article'
import { MAX_TAGS, tagKey } from '../../../../shared/domain/article'
import { BlockChoices, DETAIL_FIELDS } from './BlockChoices'
import { DateReading } from './DateReading'
import type { Duplicate } from './useDuplicates'
import { useId, type ReactNode } from 'react'
import type { ImportDraft } from '../../../../reading/draft'
import './DraftEditor.css'

export interface DraftEditorProps {
  draft: ImportDraft
  onChange: (draft: ImportDraft) => void
  onRemove: () => void
  /** What the draft's text duplicates, when importing it would add nothing. */
  duplicate?: Duplicate
}

/** Tags typed as a comma-separated list: trimmed, without repeats (case-insensitive), at most MAX_TAGS. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const tag of text.split(',').map((t) => t.trim()).filter(Boolean)) {
    if (seen.has(tagKey(tag))) continue
    seen.add(tagKey(tag))
    tags.push(tag)
  }
  return tags.slice(0, MAX_TAGS)
}

export function DraftEditor({ draft, onChange, onRemove, duplicate }: DraftEditorProps) {
  const kept = draft.blocks.length - draft.dropped.size
  const readingId = useId()
  const setDetail = (key: keyof ArticleDetails, value: string): void => {
    const next = key === 'tags' ? parseTags(value) : key === 'title' ? value : value.trim() === '' ? null : value
    onChange({ ...draft, details: { ...draft.details, [key]: next } })
  }
  const id = `draft-${draft.name.replace(/[^\w-]/g, '_')}`
  return (
    <section className="draft" aria-labelledby={`${id}-name`}>
      <header className="draft-header">
        <h3 id={`${id}-name`}>{draft.name}</h3>
        <span className="draft-summary">
          {draft.format === 'html' ? 'web page' : draft.format === 'markdown' ? 'Markdown' : 'text'} · {kept} of {draft.blocks.length} blocks kept
        </span>
        <button type="button" onClick={onRemove} aria-label={`Do not import ${draft.name}`}>
          Remove
        </button>
      </header>
      {duplicate && (
        <p className="draft-duplicate" role="note">
          {duplicate.kind === 'library'
            ? `Already in the library as “${duplicate.title}”: importing it again adds nothing. Drop or keep blocks to import a different text, or remove it.`
            : `The same text as ${duplicate.name} above: only one of them is added.`}
        </p>
      )}
      <DraftFields>
        {DETAIL_FIELDS.map(({ key, label, type }) => (
          <label key={key}>
            <span>{label}</span>
            <input
              type={type ?? 'text'}
              value={draft.details[key] ?? ''}
              required={key === 'title'}
              onChange={(e) => setDetail(key, e.target.value)}
              aria-label={`${label} of ${draft.name}`}
              aria-describedby={key === 'publishedAt' && draft.details.publishedAt ? readingId : undefined}
            />
            {key === 'publishedAt' && <DateReading value={draft.details.publishedAt} id={readingId} />}
          </label>
        ))}
        <label>
          <span>Tags</span>
          <input type="text" defaultValue={draft.details.tags.join(', ')} placeholder="comma, separated" onBlur={(e) => setDetail('tags', e.target.value)} aria-label={`Tags of ${draft.name}`} />
        </label>
      </DraftFields>
      <DraftBlocks
        open={draft.dropped.size > 0}
        summary={`Clean-up: ${draft.dropped.size === 0 ? 'nothing taken for page clutter' : `${draft.dropped.size} ${draft.dropped.size === 1 ? 'block' : 'blocks'} taken for page clutter`} (uncheck a block to drop it, check it to keep it)`}
      >
        <BlockChoices blocks={draft.blocks} dropped={draft.dropped} onChange={(dropped) => onChange({ ...draft, dropped })} of={draft.name} />
      </DraftBlocks>
    </section>
  )
}

/** An article's detail fields (title, outlet, date ...), in a grid; the library's editor lays them out alike. */
export function DraftFields({ children }: { children: ReactNode }) {
  return <div className="draft-fields">{children}</div>
}

/** An article's blocks, kept or dropped as page clutter, under a summary that opens them. */
export function DraftBlocks({ open, summary, children }: { open: boolean; summary: ReactNode; children: ReactNode }) {
  return (
    <details className="draft-blocks" open={open}>
      <summary>{summary}</summary>
      {children}
    </details>
  )
}
