// One report in the comparison: a header with its title and measures, then its paragraphs as in the
// text, in a body that scrolls on its own. Article text is untrusted and is rendered only as React text.

import { useMemo } from 'react'
import type { Article } from '../../../../shared/domain/article'
import { countWords, splitParagraphs } from '../../../../shared/domain/text'

export interface ArticleColumnProps {
  article: Article
  index: number
  columnCount: number
}

const numberFormat = new Intl.NumberFormat()

function formatDate(iso: string): string {
  const date = new Date(iso)
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(undefined, { dateStyle: 'medium' })
}

export function ArticleColumn({ article, index, columnCount }: ArticleColumnProps) {
  const paragraphs = useMemo(() => splitParagraphs(article.text), [article.text])
  const wordCount = useMemo(() => countWords(article.text), [article.text])
  const headingId = `column-${index}-title`
  const details = [
    article.outlet,
    article.publishedAt === null ? null : formatDate(article.publishedAt),
    `${numberFormat.format(wordCount)} words`,
  ].filter((part): part is string => part !== null)

  return (
    <section className="column" data-doc={index} aria-labelledby={headingId}>
      <header className="column-header">
        <span className="column-number" aria-label={`Report ${index + 1} of ${columnCount}`}>
          {index + 1}
        </span>
        <div>
          <h2 id={headingId} className="column-title">
            {article.title}
          </h2>
          <p className="column-meta">{details.join(' · ')}</p>
        </div>
      </header>
      <div className="column-body" tabIndex={0} aria-label={`Text of report ${index + 1}: ${article.title}`}>
        {paragraphs.length === 0 && <p className="column-empty">This report has no text.</p>}
        {paragraphs.map(({ start, end }) => (
          <p key={start} className="paragraph" data-start={start}>
            {article.text.slice(start, end)}
          </p>
        ))}
      </div>
    </section>
  )
}
