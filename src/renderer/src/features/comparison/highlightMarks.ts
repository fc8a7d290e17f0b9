// The person's highlights as the columns draw them: range highlights become marks the view model cuts
// segments by; whole-passage highlights become a ring on that passage in every column. Orphaned
// highlights (no range) are not drawn; the notes list keeps them.

import type { PlacedHighlight } from '../annotations'
import type { HighlightMark } from './model'
import type { PassageHighlight } from './PassageText'

export interface DrawnHighlights {
  ranges: HighlightMark[]
  passages: Map<string, PassageHighlight>
}

export function drawnHighlights(placed: readonly PlacedHighlight[]): DrawnHighlights {
  const ranges: HighlightMark[] = []
  const passages = new Map<string, PassageHighlight>()
  for (const { highlight, doc, range } of placed) {
    if (highlight.passageId) passages.set(highlight.passageId, { id: highlight.id, color: highlight.color })
    else if (range) ranges.push({ id: highlight.id, doc, start: range.start, end: range.end, color: highlight.color, noted: highlight.note !== '' })
  }
  return { ranges, passages }
}
