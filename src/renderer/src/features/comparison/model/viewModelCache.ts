// Keeps each column's model while its own inputs stay the same. A highlight added, recoloured or removed in
// one report rebuilds that report's column alone; the other columns keep their models (the same objects),
// so the columns memoised on them do not draw again. A new alignment or new texts rebuild everything.

import { columnView, comparisonBase, type ComparisonBase } from './buildViewModel'
import type { ColumnView, ComparisonViewModel, HighlightMark } from './types'
import type { Alignment } from '../../../../../shared/alignment'

export type ViewModelOf = (texts: readonly string[], alignment: Alignment, highlights: readonly HighlightMark[]) => ComparisonViewModel

/** What a column's model depends on besides the alignment: its highlights, as they draw. */
const highlightsKey = (marks: readonly HighlightMark[]): string => marks.map((h) => `${h.id}:${h.start}:${h.end}:${h.color}:${h.noted}`).join('|')

/** A memoising view-model builder; `buildColumn` is the column builder (a test counts its calls). */
export function viewModelCache(buildColumn: typeof columnView = columnView): ViewModelOf {
  let base: ComparisonBase | null = null
  let columns: Array<{ key: string; view: ColumnView }> = []
  let last: ComparisonViewModel | null = null
  return (texts, alignment, highlights) => {
    if (!base || base.texts !== texts || base.alignment !== alignment) {
      base = comparisonBase(texts, alignment)
      columns = []
      last = null
    }
    const shared = base
    let changed = last === null
    columns = texts.map((_text, doc) => {
      const own = highlights.filter((h) => h.doc === doc)
      const key = highlightsKey(own)
      const kept = columns[doc]
      if (kept && kept.key === key) return kept
      changed = true
      return { key, view: buildColumn(shared, doc, own) }
    })
    if (!changed && last) return last
    last = { passages: shared.passages, passageById: shared.passageById, phrases: shared.phrases, columns: columns.map((c) => c.view) }
    return last
  }
}
