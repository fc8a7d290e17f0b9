// The built-in sample as a comparison, and highlights on real quotes made with describeRange, for the
// export tests. Not a test file itself.

import { readFileSync } from 'node:fs'
import { describeRange } from '../../../../src/shared/anchoring'
import type { Article } from '../../../../src/shared/domain/article'
import type { ComparisonWithArticles } from '../../../../src/shared/domain/comparison'
import type { Highlight, HighlightColor } from '../../../../src/shared/domain/highlight'
import { ARTICLE_DEFAULTS } from '../../articleDefaults'

const dir = 'resources/samples/kerry-moscow-2013'

export function sampleArticle(file: '1.txt' | '2.txt' | '3.txt', meta: Partial<Article> = {}): Article {
  const text = readFileSync(`${dir}/${file}`, 'utf8')
  return {
    id: `a${file[0]}`,
    title: (text.split('\n').find((l) => l.trim() !== '' && l !== 'Discuss as:') as string).trim(),
    ...ARTICLE_DEFAULTS,
    importedAt: '2024-01-01T00:00:00.000Z',
    text,
    ...meta,
  }
}

export function sampleComparison(articles: Article[] = [sampleArticle('1.txt'), sampleArticle('2.txt'), sampleArticle('3.txt')]): ComparisonWithArticles {
  return { id: 'c1', title: 'Kerry in Moscow', articleIds: articles.map((a) => a.id), createdAt: '2024-01-01T00:00:00.000Z', articles }
}

let counter = 0

/** A highlight on the first occurrence of `from` ... `to` (inclusive) in the article. */
export function highlightOn(
  article: Article,
  from: string,
  to: string,
  extra: { color?: HighlightColor; note?: string; passageId?: string | null; comparisonId?: string } = {},
): Highlight {
  const start = article.text.indexOf(from)
  const end = article.text.indexOf(to, start) + to.length
  if (start < 0 || end < to.length) throw new Error(`not in ${article.id}: ${from} ... ${to}`)
  counter += 1
  return {
    id: `h${counter}`,
    comparisonId: extra.comparisonId ?? 'c1',
    articleId: article.id,
    versionHash: article.extractedHash,
    anchor: describeRange(article.text, start, end),
    color: extra.color ?? 'yellow',
    note: extra.note ?? '',
    passageId: extra.passageId ?? null,
    createdAt: `2024-02-0${(counter % 9) + 1}T10:00:00.000Z`,
    updatedAt: `2024-03-0${(counter % 9) + 1}T10:00:00.000Z`,
  }
}
