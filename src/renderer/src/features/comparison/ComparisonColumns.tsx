// The reports of a comparison side by side, a column each, in the comparison's order, with the ribbons
// layer over the gaps between them. Linked reading (hover, click, keys, scrolling) lives in useLinkedPassages.
// The columns are memoised on their props, so hovering, linked scrolling, find, the side panel and the
// selection toolbar never re-render them. The view model carries the highlights, though: the comparison
// view rebuilds it from the drawn highlights, so every change to the highlights (one added, recoloured,
// removed or undone, a note written) rebuilds every column's model and re-renders every column, as a new
// comparison or alignment does.

import { forwardRef, memo } from 'react'
import type { Article } from '../../../../shared/domain/article'
import { ArticleColumn } from './ArticleColumn'
import { ribbonsMark } from './columnDom'
import { Minimap } from './Minimap'
import type { ComparisonViewModel } from './model'
import type { PassageHighlight } from './PassageText'
import './ComparisonColumns.css'

export interface ComparisonColumnsProps {
  articles: Article[]
  model?: ComparisonViewModel | undefined
  /** Called when a column's minimap is clicked, with the column and how far down (0 to 1). */
  onJump?: (doc: number, fraction: number) => void
  passageHighlights?: ReadonlyMap<string, PassageHighlight> | undefined
}

const Columns = memo(function Columns({ articles, model, onJump, passageHighlights }: ComparisonColumnsProps) {
  return articles.map((article, index) => {
    const column = model?.columns[index]
    return (
      <ArticleColumn
        key={article.id}
        article={article}
        index={index}
        columnCount={articles.length}
        column={column}
        passageById={model?.passageById}
        passageHighlights={passageHighlights}
        aside={
          column && onJump ? (
            <Minimap column={column} numberOf={(id) => model?.passageById.get(id)?.number} label={`Map of report ${index + 1}`} onJump={(fraction) => onJump(index, fraction)} />
          ) : null
        }
      />
    )
  })
})

export const ComparisonColumns = forwardRef<HTMLDivElement, ComparisonColumnsProps>(function ComparisonColumns(
  { articles, model, onJump, passageHighlights },
  ref,
) {
  return (
    <div ref={ref} className="columns" role="group" aria-label={`${articles.length} reports side by side`}>
      <Columns articles={articles} model={model} onJump={onJump} passageHighlights={passageHighlights} />
      {/* Filled by useLinkedPassages directly: hovering must not re-render the columns. */}
      <svg className="ribbons" {...ribbonsMark} aria-hidden="true" />
    </div>
  )
})
