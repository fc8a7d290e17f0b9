export { listAllHighlights } from './allHighlights'
export { NotesPanel, type NotesPanelProps } from './NotesPanel'
export { SelectionToolbar, type HighlightRequest } from './SelectionToolbar'
export { placeHighlights, useHighlights, type PlacedHighlight, type UndoStep } from './useHighlights'
