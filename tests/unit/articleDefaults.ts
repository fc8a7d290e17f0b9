// The fields of a test article that tests rarely care about: no details, no tags, nothing dropped by
// clean-up, placeholder hashes. Spread it and give id, title and text (or wordCount for metadata).

import type { Article } from '../../src/shared/domain/article'

export const ARTICLE_DEFAULTS = {
  outlet: null,
  byline: null,
  url: null,
  publishedAt: null,
  importedAt: '2026-01-01T00:00:00.000Z',
  tags: [],
  textHash: '0'.repeat(64),
  extractedHash: '0'.repeat(64),
  dropped: [],
  sourceHash: '0'.repeat(64),
  sourceFormat: 'text',
  sourceName: null,
} as const satisfies Omit<Article, 'id' | 'title' | 'text'>
