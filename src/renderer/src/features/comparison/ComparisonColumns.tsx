// The reports of a comparison side by side, a column each, as the reader chose them (pinned first, kept at
// the left while the others scroll; hidden ones not drawn), with the ribbons layer over the gaps between
// them. A column keeps its report's index (data-doc) whatever its place. Linked reading (hover, click,
// keys, scrolling) lives in useLinkedPassages.
// The columns are memoised on their props, so hovering, linked scrolling, find, the side panel and the
// selection toolbar never re-render them. The view model carries the highlights: a change to one report's
// highlights gives that report's column a new model (viewModelCache), and only that column's paragraphs
// draw again; the others keep theirs (their paragraphs are memoised on their models).

import { forwardRef, memo, type CSSProperties, type ReactNode } from 'react'
import type { Article } from '../../../../shared/domain/article'
import type { ShownColumn } from '../../../../shared/domain/comparison'
import { ArticleColumn, type ColumnUnit } from './ArticleColumn'
import { ribbonsMark } from './columnDom'
import { Minimap, MinimapSpace } from './Minimap'
import type { ComparisonViewModel } from './model'
import type { PassageHighlight } from './PassageText'
import './ComparisonColumns.css'

export interface ComparisonColumnsProps {
  articles: Article[]
  /** The columns to draw, in order; every report, in the comparison's order, when not given. */
  shown?: readonly ShownColumn[] | undefined
  model?: ComparisonViewModel | undefined
  /** Called when a column's minimap is clicked, with the column and how far down (0 to 1). */
  onJump?: (doc: number, fraction: number) => void
  passageHighlights?: ReadonlyMap<string, PassageHighlight> | undefined
  /** A line above the columns (which reports they are, when not the reader's choice). */
  notice?: ReactNode
  /** Kept in the page, their layout kept too, but not shown (while the overview takes their place). */
  hidden?: boolean
  /** What a column is, in its spoken name and details: a report (a comparison) or a version (of one article). */
  unit?: ColumnUnit
}

type ColumnsProps = Omit<ComparisonColumnsProps, 'notice' | 'hidden' | 'shown'> & { shown: readonly ShownColumn[] }

const Columns = memo(function Columns({ articles, shown, model, onJump, passageHighlights, unit = 'report' }: ColumnsProps) {
  let pinned = 0
  return shown.map(({ doc, pinned: isPinned }) => {
    const article = articles[doc]
    if (!article) return null
    const column = model?.columns[doc]
    return (
      <ArticleColumn
        key={article.id}
        article={article}
        index={doc}
        columnCount={articles.length}
        unit={unit}
        column={column}
        passageById={model?.passageById}
        passageHighlights={passageHighlights}
        pinnedAt={isPinned ? pinned++ : undefined}
        aside={
          !onJump ? null : column ? (
            <Minimap column={column} numberOf={(id) => model?.passageById.get(id)?.number} label={`Map of ${unit} ${doc + 1}`} onJump={(fraction) => onJump(doc, fraction)} />
          ) : (
            <MinimapSpace />
          )
        }
      />
    )
  })
})

const everyReport = (count: number): ShownColumn[] => Array.from({ length: count }, (_, doc) => ({ doc, pinned: false }))

export const ComparisonColumns = forwardRef<HTMLDivElement, ComparisonColumnsProps>(function ComparisonColumns(
  { articles, shown, model, onJump, passageHighlights, notice, hidden = false, unit = 'report' },
  ref,
) {
  const columns = shown ?? everyReport(articles.length)
  const pinned = columns.filter((c) => c.pinned).length
  const label = columns.length === articles.length ? `${articles.length} ${unit}s side by side` : `${columns.length} of ${articles.length} ${unit}s side by side`
  return (
    <div className="columns-area" data-behind={hidden || undefined}>
      {notice}
      <div ref={ref} className="columns" role="group" aria-label={label} style={{ '--pinned-count': pinned } as CSSProperties}>
        <Columns articles={articles} shown={columns} model={model} onJump={onJump} passageHighlights={passageHighlights} unit={unit} />
        {/* Filled by useLinkedPassages directly: hovering must not re-render the columns. */}
        <svg className="ribbons" {...ribbonsMark} aria-hidden="true" />
      </div>
    </div>
  )
})
