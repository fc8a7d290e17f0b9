// A note in the Notes tab names its report by number, as the columns are numbered, and by outlet where
// the report's outlet is known.

import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { describeRange } from '../../../../../src/shared/anchoring'
import { DEFAULT_COLOR_LABELS, type Highlight } from '../../../../../src/shared/domain/highlight'
import { NotesPanel } from '../../../../../src/renderer/src/features/annotations/NotesPanel'
import type { PlacedHighlight } from '../../../../../src/renderer/src/features/annotations/useHighlights'

afterEach(cleanup)

const TEXT = 'Secretary of State John Kerry arrives at Moscow’s Vnukovo Airport on Tuesday.'

function placed(id: string, doc: number): PlacedHighlight {
  const start = TEXT.indexOf('Vnukovo')
  const highlight: Highlight = {
    id,
    comparisonId: 'c',
    articleId: `a${doc}`,
    versionHash: 'v1',
    anchor: describeRange(TEXT, start, start + 'Vnukovo Airport'.length),
    color: 'yellow',
    note: '',
    passageId: null,
    createdAt: '2026-03-10T09:00:00.000Z',
    updatedAt: '2026-03-10T09:00:00.000Z',
  }
  return { highlight, doc, range: { start, end: start + 15 }, earlier: null }
}

describe('NotesPanel', () => {
  it('names each note’s report by its number, and its outlet where known', () => {
    render(
      <NotesPanel
        placed={[placed('h1', 0), placed('h2', 1)]}
        labels={DEFAULT_COLOR_LABELS}
        titles={['Kerry lands', 'Kerry in Moscow']}
        outlets={['Reuters', null]}
        focusId={null}
        onShow={() => {}}
        onUpdate={() => {}}
        onRemove={() => {}}
        undo={null}
        onRenameLabel={async () => true}
        onExport={() => {}}
        onImport={() => {}}
        onCarry={async () => {}}
      />,
    )
    const metas = [...document.querySelectorAll('.note-meta')].map((m) => m.textContent)
    expect(metas).toEqual(['claim · report 1 (Reuters)', 'claim · report 2'])
    expect(screen.getAllByText(/Vnukovo Airport/)).toHaveLength(2)
  })
})
