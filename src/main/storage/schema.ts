// The shape of the lowdb file: metadata only (article bodies are separate files, see bodies.ts; highlights
// are in their own journal, see highlightJournal.ts; changes since library.json was last written are in
// library-changes.jsonl, see libraryFile.ts).
// Loaded data is checked against this schema, so a file of the wrong shape is reported, never overwritten.

import { z } from 'zod'
import { SOURCE_FORMATS, type ArticleMeta } from '../../shared/domain/article'
import type { Comparison } from '../../shared/domain/comparison'
import { DEFAULT_COLOR_LABELS, HIGHLIGHT_COLORS, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, type Highlight, type HighlightColor } from '../../shared/domain/highlight'

export const SCHEMA_VERSION = 6

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
  /** The numbered changes of library-changes.jsonl this file already holds (1 to this); later lines are applied on reading. */
  changesThrough: number
}

/** The library's top level and its lists copied; the objects in them are shared (they are never changed in place). */
export function shallowCopy(data: LibraryData): LibraryData {
  return { ...data, articles: [...data.articles], comparisons: [...data.comparisons] }
}

export function emptyLibrary(): LibraryData {
  return {
    schemaVersion: SCHEMA_VERSION,
    articles: [],
    comparisons: [],
    sample: { seeded: false, comparisonId: null },
    colorLabels: { ...DEFAULT_COLOR_LABELS },
    changesThrough: 0,
  }
}

const nullableString = z.string().nullable()

const bodyHash = z.string().regex(/^[0-9a-f]{64}$/)

const versionSchema = z.object({
  textHash: bodyHash,
  extractedHash: bodyHash,
  dropped: z.array(z.number().int().nonnegative()),
  sourceHash: bodyHash,
  title: z.string(),
  byline: nullableString,
  fetchedAt: z.string(),
  url: z.string(),
  words: z.number().int().nonnegative(),
  added: z.number().int().nonnegative(),
  removed: z.number().int().nonnegative(),
  headlineChanged: z.boolean(),
})

export const articleMetaSchema = z.object({
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
  // Absent for files and pasted text, and in libraries saved before pages could be fetched: no migration needed.
  fetched: z.object({ url: z.string(), at: z.string() }).optional(),
  // Absent for files and pasted text, and for pages fetched before versions were kept (versionsOf).
  versions: z.array(versionSchema).optional(),
  wordCount: z.number().int().nonnegative(),
})

/** Kept as the reader made it; settleColumnChoice fits it to the comparison's reports when it is read. */
const columnChoiceSchema = z.object({
  order: z.array(z.string().min(1)),
  pinned: z.array(z.string().min(1)),
  hidden: z.array(z.string().min(1)),
})

export const comparisonSchema = z.object({
  id: z.string().min(1),
  title: z.string(),
  articleIds: z.array(z.string().min(1)),
  createdAt: z.string(),
  // Absent in libraries written before columns could be chosen, and until a reader chooses.
  columns: columnChoiceSchema.optional(),
})

export const highlightColorSchema = z.enum(HIGHLIGHT_COLORS)

/**
 * A highlight as a line of the journal holds it: lines written before schema 6 carry no version, and are
 * given one when the library is opened (highlightVersions.ts); every highlight after that has one.
 */
export type JournalHighlight = Omit<Highlight, 'versionHash'> & { versionHash?: string }

export const highlightSchema: z.ZodType<JournalHighlight> = z.object({
  id: z.string().min(1),
  comparisonId: z.string().min(1),
  articleId: z.string().min(1),
  // '' for a highlight whose article was already gone when versions were given (integrity.ts removes it).
  versionHash: z.union([bodyHash, z.literal('')]).optional(),
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

export const sampleStateSchema = z.object({ seeded: z.boolean(), comparisonId: nullableString })

export const colorLabelsSchema = z.object(Object.fromEntries(HIGHLIGHT_COLORS.map((c) => [c, z.string().max(MAX_LABEL_LENGTH)])) as Record<HighlightColor, z.ZodString>)

export const libraryDataSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  articles: z.array(articleMetaSchema),
  comparisons: z.array(comparisonSchema),
  sample: sampleStateSchema,
  colorLabels: colorLabelsSchema,
  changesThrough: z.number().int().nonnegative(),
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
  // Version 4 saves changes to library-changes.jsonl between rewrites of this file, and says which it holds.
  // A file of version 3 knew of no such changes; it is rewritten as version 4 at its first save, so a
  // version 3 Parallax refuses it rather than miss the changes made since.
  3: (data) => ({ ...data, schemaVersion: 4, changesThrough: 0 }),
  // Version 5 keeps the versions of fetched articles. Nothing of a version 4 file changes (an article with no
  // versions stored has the one its fields describe), but a version 4 Parallax would read a version 5 file and
  // drop the versions at its next save of the article, since its schema does not know them: so it must refuse it.
  4: (data) => ({ ...data, schemaVersion: 5 }),
  // Version 6 binds each highlight to the version of its article's text it was made on. Nothing of library.json
  // changes; the highlights file gains the versions (highlightVersions.ts), and a version 5 Parallax, whose
  // journal schema does not know them, would drop them at its next rewrite of that file: so it must refuse it.
  5: (data) => ({ ...data, schemaVersion: 6 }),
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
