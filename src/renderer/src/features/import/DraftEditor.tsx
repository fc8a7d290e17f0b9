// One import draft in the preview: its details (editable) and its blocks, each kept or dropped by a
// checkbox; blocks clean-up took for page clutter start unchecked, with the reason beside them.

import type { ArticleDetails } from '../../../../shared/domain/article'
import { MAX_TAGS } from '../../../../shared/domain/article'
import type { ImportDraft } from './prepareImport'

export interface DraftEditorProps {
  draft: ImportDraft
  onChange: (draft: ImportDraft) => void
  onRemove: () => void
}

const FIELDS: { key: Exclude<keyof ArticleDetails, 'tags'>; label: string; type?: string }[] = [
  { key: 'title', label: 'Title' },
  { key: 'outlet', label: 'Outlet' },
  { key: 'byline', label: 'Byline' },
  { key: 'publishedAt', label: 'Published', type: 'text' },
  { key: 'url', label: 'URL', type: 'url' },
]

/** Tags typed as a comma-separated list: trimmed, without repeats (case-insensitive), at most MAX_TAGS. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const tag of text.split(',').map((t) => t.trim()).filter(Boolean)) {
    if (seen.has(tag.toLowerCase())) continue
    seen.add(tag.toLowerCase())
    tags.push(tag)
  }
  return tags.slice(0, MAX_TAGS)
}

export function DraftEditor({ draft, onChange, onRemove }: DraftEditorProps) {
  const kept = draft.blocks.length - draft.dropped.size
  const setDetail = (key: keyof ArticleDetails, value: string): void => {
    const next = key === 'tags' ? parseTags(value) : key === 'title' ? value : value.trim() === '' ? null : value
    onChange({ ...draft, details: { ...draft.details, [key]: next } })
  }
  const toggle = (index: number, keep: boolean): void => {
    const dropped = new Set(draft.dropped)
    if (keep) dropped.delete(index)
    else dropped.add(index)
    onChange({ ...draft, dropped })
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
      <div className="draft-fields">
        {FIELDS.map(({ key, label, type }) => (
          <label key={key}>
            <span>{label}</span>
            <input type={type ?? 'text'} value={draft.details[key] ?? ''} required={key === 'title'} onChange={(e) => setDetail(key, e.target.value)} aria-label={`${label} of ${draft.name}`} />
          </label>
        ))}
        <label>
          <span>Tags</span>
          <input type="text" defaultValue={draft.details.tags.join(', ')} placeholder="comma, separated" onBlur={(e) => setDetail('tags', e.target.value)} aria-label={`Tags of ${draft.name}`} />
        </label>
      </div>
      <details className="draft-blocks" open={draft.dropped.size > 0}>
        <summary>
          Clean-up: {draft.dropped.size === 0 ? 'nothing taken for page clutter' : `${draft.dropped.size} ${draft.dropped.size === 1 ? 'block' : 'blocks'} taken for page clutter`} (uncheck a block to drop it, check it to keep it)
        </summary>
        <ol>
          {draft.blocks.map((block) => (
            <li key={block.index} className={draft.dropped.has(block.index) ? 'block-dropped' : undefined}>
              <label>
                <input type="checkbox" checked={!draft.dropped.has(block.index)} onChange={(e) => toggle(block.index, e.target.checked)} aria-label={`Keep block ${block.index + 1} of ${draft.name}`} />
                <span className="block-text">{block.text}</span>
                {block.clutter && <span className="block-reason">{block.clutter}</span>}
              </label>
            </li>
          ))}
        </ol>
      </details>
    </section>
  )
}
