// Opens one comparison: loads it with its articles' texts, then shows the columns, or says what went wrong.

import { ErrorMessage } from '../../components/ErrorMessage'
import { Loading } from '../../components/Loading'
import { useRequest } from '../../hooks/useRequest'
import { client } from '../../api'
import { ComparisonColumns } from './ComparisonColumns'

export function ComparisonView({ id }: { id: string }) {
  const [comparison, retry] = useRequest(() => client.getComparison({ id }), id)

  if (comparison.status === 'loading') return <Loading label="Opening the comparison…" />
  if (comparison.status === 'failed') return <ErrorMessage error={comparison.error} onRetry={retry} />
  const { title, articles } = comparison.value
  return (
    <article className="comparison" aria-label={title}>
      <header className="comparison-header">
        <h1 className="comparison-heading">{title}</h1>
      </header>
      <ComparisonColumns articles={articles} />
    </article>
  )
}
