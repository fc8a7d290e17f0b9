// A quick check of library.json and of a changes line, for the start-up of a large library: with 10,000
// articles, the zod schemas of schema.ts took about 95 ms of a 430 ms start (and as long again in garbage
// collection, since zod builds a copy of everything it checks). These checks read the same rules by hand and
// copy nothing.
//
// They may only ever say yes to data the schemas take unchanged: a yes keeps the data as it is. A no is not a
// verdict: the schema then decides, and gives its reason. So a key the schema does not know (which zod would
// drop) is a no here, and a rule added to a schema but not here makes the check slower, never wrong.
// tests/unit/main/storage/libraryShape.test.ts holds the two to the same answers.

import { SOURCE_FORMATS, type ArticleMeta } from '../../shared/domain/article'
import type { Comparison } from '../../shared/domain/comparison'
import { HIGHLIGHT_COLORS, MAX_LABEL_LENGTH } from '../../shared/domain/highlight'
import type { LibraryChange } from './libraryChanges'
import { SCHEMA_VERSION, type LibraryData } from './schema'

type Fields = Record<string, unknown>

const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value)
const isString = (value: unknown): value is string => typeof value === 'string'
const isNullableString = (value: unknown): boolean => value === null || typeof value === 'string'
const isCount = (value: unknown): boolean => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
const isId = (value: unknown): boolean => typeof value === 'string' && value.length > 0
const HASH = /^[0-9a-f]{64}$/
const isHash = (value: unknown): boolean => typeof value === 'string' && value.length === 64 && HASH.test(value)
const everyOne = (value: unknown, check: (item: unknown) => boolean): boolean => Array.isArray(value) && value.every(check)

/** The object has no key outside `known` (zod would drop it, so the schema must decide). */
function onlyKeys(value: Fields, known: ReadonlySet<string>): boolean {
  for (const key in value) if (!known.has(key)) return false
  return true
}

const VERSION_KEYS = new Set(['textHash', 'extractedHash', 'dropped', 'sourceHash', 'title', 'byline', 'fetchedAt', 'url', 'words', 'added', 'removed', 'headlineChanged'])

function isVersion(value: unknown): boolean {
  return (
    isObject(value) &&
    onlyKeys(value, VERSION_KEYS) &&
    isHash(value['textHash']) &&
    isHash(value['extractedHash']) &&
    everyOne(value['dropped'], isCount) &&
    isHash(value['sourceHash']) &&
    isString(value['title']) &&
    isNullableString(value['byline']) &&
    isString(value['fetchedAt']) &&
    isString(value['url']) &&
    isCount(value['words']) &&
    isCount(value['added']) &&
    isCount(value['removed']) &&
    typeof value['headlineChanged'] === 'boolean'
  )
}

const ARTICLE_KEYS = new Set(['id', 'title', 'outlet', 'byline', 'url', 'publishedAt', 'importedAt', 'tags', 'textHash', 'extractedHash', 'dropped', 'sourceHash', 'sourceFormat', 'sourceName', 'fetched', 'versions', 'wordCount'])
const FORMATS: ReadonlySet<unknown> = new Set(SOURCE_FORMATS)

const FETCHED_KEYS = new Set(['url', 'at'])
const isFetched = (value: unknown): boolean => isObject(value) && onlyKeys(value, FETCHED_KEYS) && isString(value['url']) && isString(value['at'])

export function isArticleMeta(value: unknown): value is ArticleMeta {
  return (
    isObject(value) &&
    onlyKeys(value, ARTICLE_KEYS) &&
    isId(value['id']) &&
    isString(value['title']) &&
    isNullableString(value['outlet']) &&
    isNullableString(value['byline']) &&
    isNullableString(value['url']) &&
    isNullableString(value['publishedAt']) &&
    isString(value['importedAt']) &&
    everyOne(value['tags'], isString) &&
    isHash(value['textHash']) &&
    isHash(value['extractedHash']) &&
    everyOne(value['dropped'], isCount) &&
    isHash(value['sourceHash']) &&
    FORMATS.has(value['sourceFormat']) &&
    isNullableString(value['sourceName']) &&
    (value['fetched'] === undefined || isFetched(value['fetched'])) &&
    (value['versions'] === undefined || everyOne(value['versions'], isVersion)) &&
    isCount(value['wordCount'])
  )
}

const COMPARISON_KEYS = new Set(['id', 'title', 'articleIds', 'createdAt', 'columns'])
const COLUMN_KEYS = new Set(['order', 'pinned', 'hidden'])

const isColumns = (value: unknown): boolean =>
  isObject(value) && onlyKeys(value, COLUMN_KEYS) && everyOne(value['order'], isId) && everyOne(value['pinned'], isId) && everyOne(value['hidden'], isId)

export function isComparison(value: unknown): value is Comparison {
  return (
    isObject(value) &&
    onlyKeys(value, COMPARISON_KEYS) &&
    isId(value['id']) &&
    isString(value['title']) &&
    everyOne(value['articleIds'], isId) &&
    isString(value['createdAt']) &&
    (value['columns'] === undefined || isColumns(value['columns']))
  )
}

const SAMPLE_KEYS = new Set(['seeded', 'comparisonId'])
const isSample = (value: unknown): boolean => isObject(value) && onlyKeys(value, SAMPLE_KEYS) && typeof value['seeded'] === 'boolean' && isNullableString(value['comparisonId'])

const COLOR_KEYS: ReadonlySet<string> = new Set(HIGHLIGHT_COLORS)
const isColorLabels = (value: unknown): boolean =>
  isObject(value) && onlyKeys(value, COLOR_KEYS) && HIGHLIGHT_COLORS.every((c) => isString(value[c]) && (value[c] as string).length <= MAX_LABEL_LENGTH)

const LIBRARY_KEYS = new Set(['schemaVersion', 'articles', 'comparisons', 'sample', 'colorLabels', 'changesThrough'])

/** Yes only for a library.json the schema (libraryDataSchema) takes as it is. */
export function isLibraryData(value: unknown): value is LibraryData {
  return (
    isObject(value) &&
    onlyKeys(value, LIBRARY_KEYS) &&
    value['schemaVersion'] === SCHEMA_VERSION &&
    everyOne(value['articles'], isArticleMeta) &&
    everyOne(value['comparisons'], isComparison) &&
    isSample(value['sample']) &&
    isColorLabels(value['colorLabels']) &&
    isCount(value['changesThrough'])
  )
}

const PLACED_KEYS = new Set(['at', 'put'])
const placed = (check: (value: unknown) => boolean) => (value: unknown) => isObject(value) && onlyKeys(value, PLACED_KEYS) && isCount(value['at']) && check(value['put'])
const isPlacedArticle = placed(isArticleMeta)
const isPlacedComparison = placed(isComparison)
const CHANGE_KEYS = new Set(['seq', 'articles', 'removeArticles', 'comparisons', 'removeComparisons', 'sample', 'colorLabels'])

/** Yes only for a line of library-changes.jsonl the schema (libraryChanges.ts) takes as it is. */
export function isLibraryChange(value: unknown): value is LibraryChange {
  return (
    isObject(value) &&
    onlyKeys(value, CHANGE_KEYS) &&
    typeof value['seq'] === 'number' &&
    Number.isSafeInteger(value['seq']) &&
    value['seq'] > 0 &&
    (value['articles'] === undefined || everyOne(value['articles'], isPlacedArticle)) &&
    (value['removeArticles'] === undefined || everyOne(value['removeArticles'], isId)) &&
    (value['comparisons'] === undefined || everyOne(value['comparisons'], isPlacedComparison)) &&
    (value['removeComparisons'] === undefined || everyOne(value['removeComparisons'], isId)) &&
    (value['sample'] === undefined || isSample(value['sample'])) &&
    (value['colorLabels'] === undefined || isColorLabels(value['colorLabels']))
  )
}
