// A highlight's note, edited in place: saved when the field is left, put back on Escape.

import { useEffect, useRef, useState } from 'react'
import { MAX_NOTE_LENGTH } from '../../../../shared/domain/highlight'

export function NoteEditor({ id, note, focus, onSave }: { id: string; note: string; focus: boolean; onSave: (note: string) => void }) {
  const [draft, setDraft] = useState(note)
  const ref = useRef<HTMLTextAreaElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])
  return (
    <textarea
      ref={ref}
      className="note-editor"
      aria-label="Note"
      data-note-for={id}
      value={draft}
      maxLength={MAX_NOTE_LENGTH}
      placeholder="Add a note…"
      rows={Math.min(8, Math.max(2, draft.split('\n').length))}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => draft !== note && onSave(draft)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && draft !== note) {
          e.stopPropagation()
          setDraft(note)
        }
      }}
    />
  )
}
