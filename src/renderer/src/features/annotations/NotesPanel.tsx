// The comparison's highlights and notes: filter by colour, search, edit a note (saved when you leave
// the field), delete, undo, jump to a highlight, rename the colour labels, export the notes and import
// annotations. Orphaned highlights (their text is gone from the report) stay listed with their quote and note;
// those made on an earlier version of their report are listed apart, to be carried to the newest.

import { useLayoutEffect, useMemo, useRef, useState } from 'react'
import { HIGHLIGHT_COLORS, MAX_LABEL_LENGTH, type HighlightColor } from '../../../../shared/domain/highlight'
import { openingWords } from '../../../../shared/domain/text'
import { EarlierVersionNotes } from './EarlierVersionNotes'
import { NoteEditor } from './NoteEditor'
import type { PlacedHighlight, UndoStep } from './useHighlights'
import { modKey } from '../../ui/keyboard'
import './NotesPanel.css'

export interface NotesPanelProps {
  placed: PlacedHighlight[]
  labels: Record<HighlightColor, string>
  titles: readonly string[]
  /** Each report's outlet, where it is known: a note names its report by number and outlet. */
  outlets: readonly (string | null)[]
  focusId: string | null
  onShow: (placed: PlacedHighlight) => void
  onUpdate: (id: string, change: { color?: HighlightColor; note?: string }) => void
  onRemove: (id: string) => void
  undo: UndoStep | null
  onRenameLabel: (color: HighlightColor, label: string) => Promise<boolean>
  onExport: (format: 'markdown' | 'annotations') => void
  onImport: (file: File) => void
  /** Carries the article's highlights made on earlier versions of its text to the newest. */
  onCarry: (articleId: string) => Promise<void>
}


/** One colour's label, renamed in place: saved on Enter or when the field is left, put back on Escape or if empty. */
function LabelField({ color, label, onRename }: { color: HighlightColor; label: string; onRename: NotesPanelProps['onRenameLabel'] }) {
  const [draft, setDraft] = useState(label)
  const [problem, setProblem] = useState('')
  const save = async (): Promise<void> => {
    const wanted = draft.trim()
    if (wanted === label) return setDraft(label)
    if (wanted === '') {
      setProblem('A label cannot be empty; the old one is kept.')
      return setDraft(label)
    }
    setProblem('')
    if (!(await onRename(color, wanted))) setDraft(label)
  }
  return (
    <li className="label-field">
      <span className={`note-swatch hl-${color}`} aria-hidden="true" />
      <input
        type="text"
        aria-label={`Label of the ${color} highlights`}
        aria-describedby={problem ? `label-problem-${color}` : undefined}
        value={draft}
        maxLength={MAX_LABEL_LENGTH}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => void save()}
        onKeyDown={(e) => {
          if (e.key === 'Enter') void save()
          if (e.key === 'Escape') {
            e.stopPropagation()
            setDraft(label)
          }
        }}
      />
      {problem && (
        <span id={`label-problem-${color}`} className="label-problem" role="alert">
          {problem}
        </span>
      )}
    </li>
  )
}

export function NotesPanel({ placed, labels, titles, outlets, focusId, onShow, onUpdate, onRemove, undo, onRenameLabel, onExport, onImport, onCarry }: NotesPanelProps) {
  const [color, setColor] = useState<HighlightColor | 'all'>('all')
  const [query, setQuery] = useState('')
  const fileInput = useRef<HTMLInputElement>(null)
  const earlier = useMemo(() => placed.filter((p) => p.earlier !== null), [placed])
  // When the last earlier-version highlight is carried or deleted, its section goes with the focused button:
  // the keyboard's place moves to the count that says what is left, not back to the top of the page. A layout
  // effect: the focus moves in the same commit that removes the section, never a frame later.
  const countRef = useRef<HTMLParagraphElement>(null)
  const hadEarlier = useRef(earlier.length > 0)
  useLayoutEffect(() => {
    const focusLost = document.activeElement === null || document.activeElement === document.body
    if (hadEarlier.current && earlier.length === 0 && focusLost) countRef.current?.focus()
    hadEarlier.current = earlier.length > 0
  }, [earlier.length])
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase()
    return placed
      .filter((p) => p.earlier === null)
      .filter((p) => color === 'all' || p.highlight.color === color)
      .filter((p) => q === '' || `${p.highlight.anchor.quote.exact} ${p.highlight.note} ${labels[p.highlight.color]}`.toLowerCase().includes(q))
      .sort((a, b) => a.doc - b.doc || (a.range?.start ?? Infinity) - (b.range?.start ?? Infinity))
  }, [color, labels, placed, query])

  return (
    <section className="notes-panel" aria-label="Highlights and notes">
      <div className="notes-tools">
        <label>
          Colour{' '}
          <select aria-label="Show the highlights of one colour" value={color} onChange={(e) => setColor(e.target.value as HighlightColor | 'all')}>
            <option value="all">All</option>
            {HIGHLIGHT_COLORS.map((c) => (
              <option key={c} value={c}>
                {labels[c]}
              </option>
            ))}
          </select>
        </label>
        <input type="search" aria-label="Search highlights and notes" placeholder="Search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </div>
      <div className="notes-actions">
        <button type="button" onClick={() => onExport('markdown')}>
          Export Markdown
        </button>
        <button type="button" onClick={() => onExport('annotations')}>
          Export annotations
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import annotations…
        </button>
        <input
          ref={fileInput}
          type="file"
          hidden
          accept=".json,.jsonld,application/json,application/ld+json"
          aria-label="Annotations file to import"
          onChange={(e) => {
            const file = e.target.files?.[0]
            e.target.value = ''
            if (file) onImport(file)
          }}
        />
        {undo && (
          <button type="button" onClick={() => void undo.run()} title={`${undo.label} (${modKey()}+Z)`}>
            {undo.label}
          </button>
        )}
      </div>
      <details className="label-editor">
        <summary>Colour labels</summary>
        <ul>
          {HIGHLIGHT_COLORS.map((c) => (
            <LabelField key={`${c}:${labels[c]}`} color={c} label={labels[c]} onRename={onRenameLabel} />
          ))}
        </ul>
      </details>
      <p className="notes-count" role="status" ref={countRef} tabIndex={-1}>
        {placed.length === 0
          ? 'No highlights yet: select text in a report to highlight it.'
          : `${shown.length} of ${placed.length - earlier.length} highlights${earlier.length > 0 ? `, and ${earlier.length} made on an earlier version` : ''}`}
      </p>
      {earlier.length > 0 && <EarlierVersionNotes placed={earlier} labels={labels} titles={titles} outlets={outlets} onUpdate={onUpdate} onRemove={onRemove} onCarry={onCarry} />}
      <ul className="notes-list">
        {shown.map((p) => {
          const { highlight } = p
          return (
            <li key={highlight.id} className="note-item" data-highlight-item={highlight.id}>
              <button type="button" className="note-quote" onClick={() => onShow(p)} disabled={p.range === null}>
                <span className={`note-swatch hl-${highlight.color}`} aria-hidden="true" />
                <span>
                  <span className="note-meta">
                    {labels[highlight.color]} · report {p.doc + 1}
                    {outlets[p.doc] ? ` (${outlets[p.doc]})` : ''}
                    {highlight.passageId ? ' · whole passage' : ''}
                    {p.range === null ? ' · its text is no longer in the report' : ''}
                  </span>
                  “{openingWords(highlight.anchor.quote.exact, 24)}”
                </span>
              </button>
              <NoteEditor key={highlight.updatedAt} id={highlight.id} note={highlight.note} focus={focusId === highlight.id} onSave={(note) => onUpdate(highlight.id, { note })} />
              <div className="note-item-actions">
                <select aria-label="Colour of this highlight" value={highlight.color} onChange={(e) => onUpdate(highlight.id, { color: e.target.value as HighlightColor })}>
                  {HIGHLIGHT_COLORS.map((c) => (
                    <option key={c} value={c}>
                      {labels[c]}
                    </option>
                  ))}
                </select>
                <button type="button" onClick={() => onRemove(highlight.id)} aria-label={`Delete the highlight in ${titles[p.doc] ?? `report ${p.doc + 1}`}`}>
                  Delete
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
