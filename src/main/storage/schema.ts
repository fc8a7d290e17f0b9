// The shape of the lowdb file: metadata only (article bodies are separate files, see bodies.ts; highlights
// are in their own journal, see highlightJournal.ts).
// Loaded data is checked against this schema, so a file of the wrong shape is reported, never overwritten.

import { z } from 'zod'
import { SOURCE_FORMATS, type ArticleMeta } from '../../shared/domain/article'
import type { Comparison } from '../../shared/domain/comparison'
import { DEFAULT_COLOR_LABELS, HIGHLIGHT_COLORS, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, type Highlight, type HighlightColor } from '../../shared/domain/highlight'

export const SCHEMA_VERSION = 3

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
  colorLabels: Record<HighlightColor, string>
}

export function emptyLibrary(): LibraryData {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    comparisons: [],
    sample: { seeded: false, comparisonId: null },
    colorLabels: { ...DEFAULT_COLOR_LABELS },
  }
}

const nullableString = z.string().nullable()

const bodyHash = z.string().regex(/^[0-9a-f]{64}$/)

const articleMetaSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  outlet: nullableString,
  byline: nullableString,
  url: nullableString,
  publishedAt: nullableString,
  importedAt: z.string(),
  tags: z.array(z.string()),
  textHash: bodyHash,
  extractedHash: bodyHash,
  dropped: z.array(z.number().int().nonnegative()),
  sourceHash: bodyHash,
  sourceFormat: z.enum(SOURCE_FORMATS),
  sourceName: nullableString,
  wordCount: z.number().int().nonnegative(),
})

const comparisonSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  articleIds: z.array(z.string().min(1)),
  createdAt: z.string(),
})

export const highlightColorSchema = z.enum(HIGHLIGHT_COLORS)

export const highlightSchema: z.ZodType<Highlight> = z.object({
  id: z.string().min(1),
  comparisonId: z.string().min(1),
  articleId: z.string().min(1),
  anchor: z.object({
    position: z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
    quote: z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  }),
  color: highlightColorSchema,
  note: z.string().max(MAX_NOTE_LENGTH),
  passageId: nullableString,
  createdAt: z.string(),
  updatedAt: z.string(),
})

export const libraryDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleMetaSchema),
  comparisons: z.array(comparisonSchema),
  sample: z.object({ seeded: z.boolean(), comparisonId: nullableString }),
  colorLabels: z.object(Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, z.string().max(MAX_LABEL_LENGTH)])) as Record<HighlightColor, z.ZodString>),
})

type Migration = (data: Record<string, unknown>) => Record<string, unknown>

/** Each step takes a file of version N (the key) to version N + 1; they run in turn. */
const MIGRATIONS: Record<number, Migration> = {
  // Version 1 had no highlights yet (they live in highlights.jsonl), so no colour labels either.
  1: (data) => ({ ...data, schemaVersion: 2, colorLabels: { ...DEFAULT_COLOR_LABELS } }),
  // Version 3 keeps three texts per article and more details. An older article was stored as one text, with
  // nothing dropped from it, so that text stands for all three.
  2: (data) => ({
    ...data,
    schemaVersion: 3,
    articles: Array.isArray(data['articles']) ? data['articles'].map(articleToVersion3) : data['articles'],
  }),
}

function articleToVersion3(article: unknown): unknown {
  if (typeof article !== 'object' || article === null) return article
  const textHash = (article as { textHash?: unknown }).textHash
  return { byline: null, tags: [], extractedHash: textHash, dropped: [], sourceHash: textHash, sourceFormat: 'text', sourceName: null, ...article }
}

/**
 * Brings a file written by an earlier version up to this one, in memory: the file itself changes only
 * at the next save, so a migration that fails leaves it as it was.
 */
export function migrateLibrary(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw
  let data = raw as Record<string, unknown>
  for (let version = data['schemaVersion']; typeof version === 'number' && MIGRATIONS[version]; version = data['schemaVersion']) {
    data = (MIGRATIONS[version] as Migration)(data)
  }
  return data
}

// Keeps the zod schema and the TypeScript types from drifting apart.
type Parsed = z.infer<typeof libraryDataSchema>
const sameShape: [Parsed, LibraryData] extends [LibraryData, Parsed] ? true : never = true
void sameShape
