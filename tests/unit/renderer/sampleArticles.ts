// The three sample reports as Article values, read from resources/samples, for component tests.

import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article } from '../../../src/shared/domain/article'
import { titleFromPlainText } from '../../../src/shared/import/plainText'

const folder = 'resources/samples/kerry-moscow-2013'

export function sampleArticles(): [Article, Article, Article] {
  const [first, second, third] = ['1.txt', '2.txt', '3.txt'].map((file, index) => {
    const text = readFileSync(join(folder, file), 'utf8')
    return {
      id: `sample-${index + 1}`,
      title: titleFromPlainText(text, file),
      outlet: null,
      url: null,
      publishedAt: null,
      importedAt: '2026-01-01T00:00:00.000Z',
      text,
      textHash: '0'.repeat(64),
    }
  }) as [Article, Article, Article]
  return [first, second, third]
}
