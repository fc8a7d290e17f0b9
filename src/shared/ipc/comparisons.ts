// The calls on comparisons: listing and opening them, making one, the built-in sample, and the recent list.

import { z } from 'zod'
import {
  MAX_ARTICLES_PER_COMPARISON,
  MAX_COMPARISON_TITLE_LENGTH,
  MIN_ARTICLES_PER_COMPARISON,
  type ComparisonLink,
  type ComparisonSummary,
  type ComparisonWithArticles,
} from '../domain/comparison'
import { call, id, idInput, noInput } from './call'

const articleIds = z
  .array(id, { error: 'The reports must be a list of article ids.' })
  .min(MIN_ARTICLES_PER_COMPARISON, `A comparison needs at least ${MIN_ARTICLES_PER_COMPARISON} reports.`)
  .max(MAX_ARTICLES_PER_COMPARISON, `A comparison holds at most ${MAX_ARTICLES_PER_COMPARISON} reports.`)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'A report can appear only once in a comparison.' })

const newComparison = z.strictObject({
  title: z
    .string({ error: 'The title must be text.' })
    .trim()
    .min(1, 'A comparison needs a title.')
    .max(MAX_COMPARISON_TITLE_LENGTH, `A comparison title has at most ${MAX_COMPARISON_TITLE_LENGTH} characters.`),
  articleIds,
})

/** A comparison a person makes: a title (trimmed) and 2 to 50 different articles, in column order. */
export type NewComparison = z.infer<typeof newComparison>

export const comparisonCalls = {
  /** Every comparison in the library, newest first, with its articles' metadata. */
  listComparisons: call(noInput).answers<ComparisonSummary[]>(),
  /** One comparison with its articles' full texts, in column order. */
  getComparison: call(idInput).answers<ComparisonWithArticles>(),
  /** Brings back the built-in sample comparison if it was removed; returns it either way. */
  restoreSample: call(noInput).answers<ComparisonSummary>(),
  /** Makes a comparison of 2 to 50 articles, in the order given. */
  createComparison: call(newComparison).answers<ComparisonSummary>(),
  /** The recently opened comparisons, most recent first (File › Open Recent; the first reopens at start). */
  recentComparisons: call(noInput).answers<ComparisonLink[]>(),
  /** Says a comparison was opened: it moves to the front of the recent list. */
  comparisonOpened: call(idInput).answers<ComparisonLink[]>(),
}
