// The highlights made on an earlier version of their report's text, which are never drawn on the newest:
// listed per report with when their version was fetched, their quote and note, and "Carry to the newest
// version", which has the main process place those it can find there. Those it cannot place stay here, on
// their version, with the reason it gave.

import { useState } from 'react'
import type { HighlightColor } from '../../../../shared/domain/highlight'
import { openingWords } from '../../../../shared/domain/text'
import { NoteEditor } from './NoteEditor'
import type { PlacedHighlight } from './useHighlights'
import './EarlierVersionNotes.css'

export interface EarlierVersionNotesProps {
  /** Highlights on earlier versions (each with `earlier` set). */
  placed: PlacedHighlight[]
  labels: Record<HighlightColor, string>
  titles: readonly string[]
  outlets: readonly (string | null)[]
  onUpdate: (id: string, change: { color?: HighlightColor; note?: string }) => void
  onRemove: (id: string) => void
  onCarry: (articleId: string) => Promise<void>
}

const versionDate = (at: string | null): string => (at === null ? 'an earlier version' : `the version of ${new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}`)

/** Report by report, in the order of their places in the text they were made on, as the Notes tab lists the
 *  others; highlights made at the same place in the order they were made (and by id, made in the same ms). */
const inReadingOrder = (a: PlacedHighlight, b: PlacedHighlight): number =>
  a.doc - b.doc ||
  a.highlight.anchor.position.start - b.highlight.anchor.position.start ||
  a.highlight.createdAt.localeCompare(b.highlight.createdAt) ||
  a.highlight.id.localeCompare(b.highlight.id)

export function EarlierVersionNotes({ placed, labels, titles, outlets, onUpdate, onRemove, onCarry }: EarlierVersionNotesProps) {
  const [carrying, setCarrying] = useState<string | null>(null)
  const byReport = new Map<number, PlacedHighlight[]>()
  for (const p of [...placed].sort(inReadingOrder)) byReport.set(p.doc, [...(byReport.get(p.doc) ?? []), p])
  const carry = async (articleId: string): Promise<void> => {
    if (carrying !== null) return
    setCarrying(articleId)
    try {
      await onCarry(articleId)
    } finally {
      setCarrying(null)
    }
  }
  return (
    <section className="earlier-notes" aria-labelledby="earlier-notes-heading">
      <h3 id="earlier-notes-heading">Made on an earlier version</h3>
      {[...byReport].map(([doc, items]) => {
        const articleId = (items[0] as PlacedHighlight).highlight.articleId
        const report = `report ${doc + 1}${outlets[doc] ? ` (${outlets[doc]})` : ''}`
        const unplaced = items.filter((p) => p.unplacedReason !== undefined).length
        return (
          <div key={doc} className="earlier-report" data-earlier-report={doc}>
            <p className="earlier-summary" id={`earlier-summary-${doc}`}>
              The text of {report} has changed since {items.length === 1 ? 'this highlight was' : `these ${items.length} highlights were`} made, so{' '}
              {items.length === 1 ? 'it is' : 'they are'} not drawn on the newest version.
              {unplaced > 0 && ` Carrying found no place for ${unplaced === items.length ? (unplaced === 1 ? 'it' : 'them') : `${unplaced} of them`} in the newest text.`}
            </p>
            {/* Not disabled while it runs: a disabled button loses the keyboard's focus. */}
            <button type="button" className="primary" aria-disabled={carrying !== null} aria-describedby={`earlier-summary-${doc}`} onClick={() => void carry(articleId)}>
              {carrying === articleId ? 'Carrying…' : 'Carry to the newest version'}
            </button>
            <ul className="notes-list" aria-label={`Highlights made on an earlier version of ${report}`}>
              {items.map(({ highlight, earlier, unplacedReason }) => (
                <li key={highlight.id} className="note-item earlier-item" data-earlier-highlight={highlight.id}>
                  <p className="note-quote">
                    <span className={`note-swatch hl-${highlight.color}`} aria-hidden="true" />
                    <span>
                      <span className="note-meta">
                        {labels[highlight.color]} · made on {versionDate(earlier?.fetchedAt ?? null)}
                      </span>
                      “{openingWords(highlight.anchor.quote.exact, 24)}”
                    </span>
                  </p>
                  {unplacedReason && (
                    <p className="earlier-reason" data-unplaced-reason>
                      Not carried: {unplacedReason}
                    </p>
                  )}
                  <NoteEditor key={highlight.updatedAt} id={highlight.id} note={highlight.note} focus={false} onSave={(note) => onUpdate(highlight.id, { note })} />
                  <div className="note-item-actions">
                    <button type="button" onClick={() => onRemove(highlight.id)} aria-label={`Delete the earlier-version highlight in ${titles[doc] ?? `report ${doc + 1}`}`}>
                      Delete
                    </button>
                  </div>
                </li>
              ))}
            </ul>
          </div>
        )
      })}
    </section>
  )
}
