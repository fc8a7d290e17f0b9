// The reports of a comparison side by side, a column each, in the comparison's order.

import type { Article } from '../../../../shared/domain/article'
import { ArticleColumn } from './ArticleColumn'

export function ComparisonColumns({ articles }: { articles: Article[] }) {
  return (
    <div className="columns" role="group" aria-label={`${articles.length} reports side by side`}>
      {articles.map((article, index) => (
        <ArticleColumn key={article.id} article={article} index={index} columnCount={articles.length} />
      ))}
    </div>
  )
}
