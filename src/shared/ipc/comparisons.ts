// The calls on comparisons: listing and opening them, making one, choosing which reports show as columns,
// the built-in sample, and the recent list.

import { z } from 'zod'
import {
  MAX_ARTICLES_PER_COMPARISON,
  MAX_COMPARISON_TITLE_LENGTH,
  MAX_PINNED_COLUMNS,
  MIN_ARTICLES_PER_COMPARISON,
  type ColumnChoice,
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

const distinct = (ids: string[]): boolean => new Set(ids).size === ids.length

/** A list of reports named by `what` ("the column order"), each at most once. */
const reportList = (what: string, most: number, tooMany: string) =>
  z
    .array(id, { error: `${what[0]?.toUpperCase()}${what.slice(1)} must be a list of article ids.` })
    .max(most, tooMany)
    .refine(distinct, { message: `A report appears more than once in ${what}.` })

/**
 * Which reports show as columns. What can be checked without the library is checked here (lists of ids,
 * each once, within the limits, pinned and hidden among the ordered reports and apart, one report left
 * showing); that `order` holds exactly the comparison's reports is checked against the library.
 */
const columnChoice = z
  .strictObject(
    {
      order: reportList('the column order', MAX_ARTICLES_PER_COMPARISON, `A comparison holds at most ${MAX_ARTICLES_PER_COMPARISON} reports.`),
      pinned: reportList('the pinned columns', MAX_PINNED_COLUMNS, `At most ${MAX_PINNED_COLUMNS} columns can be pinned.`),
      hidden: reportList('the hidden columns', MAX_ARTICLES_PER_COMPARISON, `A comparison holds at most ${MAX_ARTICLES_PER_COMPARISON} reports.`),
    },
    { error: 'The columns must be given as { order, pinned, hidden }.' },
  )
  .superRefine(({ order, pinned, hidden }, context) => {
    const ordered = new Set(order)
    if (pinned.some((p) => !ordered.has(p))) context.addIssue({ code: 'custom', path: ['pinned'], message: 'A pinned column must be one of the ordered reports.' })
    if (hidden.some((h) => !ordered.has(h))) context.addIssue({ code: 'custom', path: ['hidden'], message: 'A hidden column must be one of the ordered reports.' })
    const pinnedSet = new Set(pinned)
    if (hidden.some((h) => pinnedSet.has(h))) context.addIssue({ code: 'custom', path: ['hidden'], message: 'A column cannot be both pinned and hidden.' })
    if (order.length > 0 && hidden.length >= order.length) context.addIssue({ code: 'custom', path: ['hidden'], message: 'At least one report must stay shown as a column.' })
  }) satisfies z.ZodType<ColumnChoice>

const columnChoiceInput = z.strictObject(
  { comparisonId: id, columns: columnChoice.nullable() },
  { error: 'Expected an object of the form { comparisonId, columns }.' },
)

/** A comparison's column choice; null puts back every report, in the comparison's order. */
export type ColumnChoiceChange = z.infer<typeof columnChoiceInput>

export const comparisonCalls = {
  /** Every comparison in the library, newest first, with its articles' metadata. */
  listComparisons: call(noInput).answers<ComparisonSummary[]>(),
  /** One comparison with its articles' full texts, in column order. */
  getComparison: call(idInput).answers<ComparisonWithArticles>(),
  /** Brings back the built-in sample comparison if it was removed; returns it either way. */
  restoreSample: call(noInput).answers<ComparisonSummary>(),
  /** Makes a comparison of 2 to 50 articles, in the order given. */
  createComparison: call(newComparison).answers<ComparisonSummary>(),
  /** Keeps which reports of a comparison show as columns (null: all, in order); answers the choice as kept. */
  setColumnChoice: call(columnChoiceInput).answers<ColumnChoice | null>(),
  /** The recently opened comparisons, most recent first (File › Open Recent; the first reopens at start). */
  recentComparisons: call(noInput).answers<ComparisonLink[]>(),
  /** Says a comparison was opened: it moves to the front of the recent list. */
  comparisonOpened: call(idInput).answers<ComparisonLink[]>(),
}
