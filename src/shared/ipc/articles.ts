// The calls on the library's articles: listing, reading, importing, editing, clean-up, search and delete,
// each with the schema its argument must pass and the limits that schema applies.

import { z } from 'zod'
import {
  MAX_IMPORT_BATCH,
  MAX_IMPORT_BYTES,
  MAX_NAME_LENGTH,
  MAX_TAG_LENGTH,
  MAX_TAGS,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  SOURCE_FORMATS,
  type Article,
  type ArticleListing,
  type ArticleMeta,
} from '../domain/article'
import { call, id, idInput, noInput } from './call'

/** The longest text (or file's own text) one article may bring: the text of a file of the largest size. */
export const MAX_IMPORT_LENGTH = MAX_IMPORT_BYTES
/** All the text of one import call, sources included: two files of the largest size. */
export const MAX_IMPORT_TOTAL = 2 * MAX_IMPORT_LENGTH
export const MAX_DROPPED = 100_000
export const MAX_SOURCE_NAME_LENGTH = 260
export const MAX_QUERY_LENGTH = 1000

const longestImport = `${MAX_IMPORT_LENGTH / 1_000_000} million characters`

export const title = z
  .string({ error: 'The title must be text.' })
  .trim()
  .min(1, 'An article needs a title.')
  .max(MAX_TITLE_LENGTH, `A title has at most ${MAX_TITLE_LENGTH} characters.`)
export const name = (label: string) =>
  z
    .string({ error: `The ${label} must be text or null.` })
    .max(MAX_NAME_LENGTH, `The ${label} has at most ${MAX_NAME_LENGTH} characters.`)
    .nullable()
const url = z
  .url({ protocol: /^https?$/, error: 'The URL must be a web address starting with http:// or https://.' })
  .max(MAX_URL_LENGTH, `The URL has at most ${MAX_URL_LENGTH} characters.`)
  .nullable()
const publishedAt = z
  .union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], { error: 'The date must be an ISO 8601 date (2013-05-07) or date and time.' })
  .nullable()
const tag = z
  .string({ error: 'A tag must be text.' })
  .trim()
  .min(1, 'A tag cannot be empty.')
  .max(MAX_TAG_LENGTH, `A tag has at most ${MAX_TAG_LENGTH} characters.`)
const tags = z.array(tag, { error: 'The tags must be a list of words.' }).max(MAX_TAGS, `An article has at most ${MAX_TAGS} tags.`)
export const dropped = z
  .array(z.number({ error: 'A block number must be a number.' }).int('A block number must be a whole number.').nonnegative('A block number cannot be negative.'), {
    error: 'The dropped blocks must be a list of block numbers.',
  })
  .max(MAX_DROPPED, `At most ${MAX_DROPPED.toLocaleString('en')} blocks can be dropped.`)
export const longText = (label: string) =>
  z.string({ error: `The ${label} must be text.` }).max(MAX_IMPORT_LENGTH, `The ${label} is too long to import: at most ${longestImport}.`)

/** Where and when a page was fetched. */
export const pageSource = z.strictObject(
  {
    url: url.unwrap().refine((u) => u.length > 0, 'The page address is missing.'),
    at: z.iso.datetime({ offset: true, error: 'The fetch time must be an ISO 8601 date and time.' }),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'Where the page was fetched from must be an object of the form { url, at }.' : undefined) },
)

const newArticle = z.strictObject(
  {
    title,
    outlet: name('outlet'),
    byline: name('byline'),
    url,
    publishedAt,
    tags,
    extracted: longText('text'),
    dropped: dropped.optional(),
    source: longText('source').optional(),
    sourceFormat: z.enum(SOURCE_FORMATS, { error: `The source format must be one of: ${SOURCE_FORMATS.join(', ')}.` }).optional(),
    sourceName: z
      .string({ error: 'The file name must be text or null.' })
      .max(MAX_SOURCE_NAME_LENGTH, `A file name has at most ${MAX_SOURCE_NAME_LENGTH} characters.`)
      .nullable()
      .optional(),
    fetched: pageSource.optional(),
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'Each article must be an object with its title, outlet, byline, URL, date, tags and text.' : undefined) },
)

const articleDetails = z
  .strictObject({ title, outlet: name('outlet'), byline: name('byline'), url, publishedAt, tags }, { error: (issue) => (issue.code === 'invalid_type' ? 'The details must be an object.' : undefined) })
  .partial()
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'Nothing to change: give at least one detail.' })

export interface ImportOutcome {
  /** The file name, or PASTED_TEXT_NAME. */
  name: string
  status: 'imported' | 'duplicate' | 'refused'
  /** The new article, or for a duplicate the one already holding the same text. */
  article: ArticleMeta | null
  /** For a duplicate or a refusal: why, in words a person can act on. */
  message: string | null
}

/** The article already in the library that holds a text. */
export interface DuplicateArticle {
  id: string
  title: string
}

export interface ArticleUsage {
  article: ArticleMeta
  highlights: number
  /** Comparisons that include the article. */
  comparisons: { id: string; title: string; reports: number }[]
}

export const articleCalls = {
  /** Every article in the library, without bodies, newest import first. */
  listArticles: call(noInput).answers<ArticleListing[]>(),
  /** One article with its body. */
  getArticle: call(idInput).answers<Article>(),
  /** Adds articles (up to MAX_IMPORT_BATCH at once): each is imported, found to duplicate one already there, or refused with a reason. */
  importArticles: call(
    z.strictObject({
      items: z
        .array(newArticle, { error: 'The articles must be a list.' })
        .min(1, 'Give at least one article to import.')
        .max(MAX_IMPORT_BATCH, `At most ${MAX_IMPORT_BATCH} articles can be imported at once.`)
        .refine((items) => items.reduce((sum, item) => sum + item.extracted.length + (item.source?.length ?? 0), 0) <= MAX_IMPORT_TOTAL, {
          message: `These articles come to more than ${MAX_IMPORT_TOTAL / 1_000_000} million characters, more than one import takes: import them a few at a time.`,
        }),
    }),
  ).answers<ImportOutcome[]>(),
  /**
   * For each text (by the SHA-256 of the text an import would store: the extracted text less its dropped
   * blocks), the article already holding it, or null: the import preview names duplicates before importing.
   */
  findDuplicates: call(
    z.strictObject({
      hashes: z
        .array(z.string({ error: 'Each text must be named by its SHA-256.' }).regex(/^[0-9a-f]{64}$/, 'Each text must be named by its SHA-256 in lowercase hexadecimal.'), { error: 'The texts must be a list.' })
        .max(MAX_IMPORT_BATCH, `At most ${MAX_IMPORT_BATCH} texts can be looked up at once.`),
    }),
  ).answers<Array<DuplicateArticle | null>>(),
  /** Changes an article's details (title, outlet, byline, URL, date, tags). */
  updateArticle: call(z.strictObject({ id, details: articleDetails })).answers<ArticleMeta>(),
  /** Re-applies clean-up to an article: drops exactly these blocks of its extracted text ([] undoes the clean-up). */
  setCleanup: call(z.strictObject({ id, dropped })).answers<ArticleMeta>(),
  /** An article's three texts: the file's own, the extracted, and the cleaned one in use. */
  getArticleTexts: call(idInput).answers<{ source: string; extracted: string; text: string; dropped: number[] }>(),
  /** Articles whose title, outlet, byline or text hold every word of the query (and the tag, if given), newest first. */
  searchArticles: call(
    z.strictObject({
      query: z.string({ error: 'The search must be text.' }).max(MAX_QUERY_LENGTH, `A search has at most ${MAX_QUERY_LENGTH} characters.`),
      tag: tag.optional(),
    }),
  ).answers<ArticleListing[]>(),
  /** What deleting an article would touch: its highlights and the comparisons it is part of. */
  articleUsage: call(idInput).answers<ArticleUsage>(),
  /** Deletes an article, its highlights, and comparisons left with fewer than two reports; restoreArticle undoes it. */
  deleteArticle: call(idInput).answers<ArticleUsage>(),
  /** Undoes a delete of this session: the article, its highlights and its places in comparisons come back. */
  restoreArticle: call(idInput).answers<ArticleMeta>(),
}
