// The reports of a comparison side by side, a column each, in the comparison's order, with the ribbons
// layer over the gaps between them. Linked reading (hover, click, keys, scrolling) lives in useLinkedPassages.

import { forwardRef, type ReactNode } from 'react'
import type { Article } from '../../../../shared/domain/article'
import { ArticleColumn } from './ArticleColumn'
import type { ComparisonViewModel } from './model'
import type { Ribbon } from './useLinkedPassages'

export interface ComparisonColumnsProps {
  articles: Article[]
  model?: ComparisonViewModel | undefined
  ribbons?: Ribbon[]
  activeTint?: number | null
  /** Something to show beside each column's text (the minimap), given the column's index. */
  asideFor?: (index: number) => ReactNode
}

export const ComparisonColumns = forwardRef<HTMLDivElement, ComparisonColumnsProps>(function ComparisonColumns(
  { articles, model, ribbons = [], activeTint = null, asideFor },
  ref,
) {
  return (
    <div ref={ref} className="columns" role="group" aria-label={`${articles.length} reports side by side`}>
      {articles.map((article, index) => (
        <ArticleColumn
          key={article.id}
          article={article}
          index={index}
          columnCount={articles.length}
          column={model?.columns[index]}
          passageById={model?.passageById}
          aside={asideFor?.(index)}
        />
      ))}
      <svg className={`ribbons${activeTint === null ? '' : ` ribbon-tint-${activeTint}`}`} aria-hidden="true">
        {ribbons.map((ribbon) => (
          <path key={ribbon.key} d={ribbon.path} className="ribbon" />
        ))}
      </svg>
    </div>
  )
})
