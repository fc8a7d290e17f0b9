// The shape of the lowdb file: metadata only (article bodies are separate files, see bodies.ts).
// Loaded data is checked against this schema, so a file of the wrong shape is reported, never overwritten.

import { z } from 'zod'
import type { ArticleMeta } from '../../shared/domain/article'
import type { Comparison } from '../../shared/domain/comparison'

export const SCHEMA_VERSION = 1

export interface SampleState {
  /** True once the built-in sample has been added; it is then never added again on its own. */
  seeded: boolean
  comparisonId: string | null
}

export interface LibraryData {
  schemaVersion: typeof SCHEMA_VERSION
  articles: ArticleMeta[]
  comparisons: Comparison[]
  sample: SampleState
}

export function emptyLibrary(): LibraryData {
  return { schemaVersion: SCHEMA_VERSION, articles: [], comparisons: [], sample: { seeded: false, comparisonId: null } }
}

const nullableString = z.string().nullable()

const articleMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: nullableString,
  url: nullableString,
  publishedAt: nullableString,
  importedAt: z.string(),
  textHash: z.string().regex(/^[0-9a-f]{64}$/),
  wordCount: z.number().int().nonnegative(),
})

const comparisonSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  articleIds: z.array(z.string().min(1)),
  createdAt: z.string(),
})

export const libraryDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleMetaSchema),
  comparisons: z.array(comparisonSchema),
  sample: z.object({ seeded: z.boolean(), comparisonId: nullableString }),
})

// Keeps the zod schema and the TypeScript types from drifting apart.
type Parsed = z.infer<typeof libraryDataSchema>
const sameShape: [Parsed, LibraryData] extends [LibraryData, Parsed] ? true : never = true
void sameShape
