// The argument schema of every contract call. Inputs come from the renderer, which shows untrusted
// article text, so every argument is checked here before any handler sees it (strict: no extra fields).

import { z } from 'zod'
import { MAX_TAG_LENGTH, MAX_TAGS, SOURCE_FORMATS } from '../../shared/domain/article'
import { MAX_ARTICLES_PER_COMPARISON, MIN_ARTICLES_PER_COMPARISON } from '../../shared/domain/comparison'
import { HIGHLIGHT_COLORS, MAX_HIGHLIGHT_LENGTH, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH, MAX_PAGE_KEY_LENGTH } from '../../shared/domain/highlight'
import { ORIENTATIONS, PAPERS } from '../../shared/domain/pdf'
import { TEXT_SIZES, THEMES } from '../../shared/domain/settings'
import { ID_CHARACTERS, MAX_ID_LENGTH, type Channel, type InputOf } from '../../shared/ipc/contract'
import { MENU_COMMANDS } from '../../shared/ipc/menuCommands'
import { MAX_NAME_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH } from '../storage/articleDetails'
import { MAX_COMPARISON_TITLE_LENGTH } from '../storage/library'

const noInput = z.undefined({ error: 'This call takes no argument.' })

const id = z
  .string({ error: 'The id must be a string.' })
  .min(1, 'The id must not be empty.')
  .max(MAX_ID_LENGTH, 'The id is too long.')
  .regex(ID_CHARACTERS, 'The id may hold only letters, digits, "-" and "_".')

const idInput = z.strictObject({ id }, { error: 'Expected an object of the form { id }.' })

const MAX_IMPORT_LENGTH = 20_000_000

const color = z.enum(HIGHLIGHT_COLORS, { error: `The colour must be one of: ${HIGHLIGHT_COLORS.join(', ')}.` })
const note = z
  .string({ error: 'The note must be text.' })
  .max(MAX_NOTE_LENGTH, `The note is too long: at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`)
const offset = z.number({ error: 'An offset must be a number.' }).int('An offset must be a whole number.').nonnegative('An offset cannot be negative.')

const newHighlight = z
  .strictObject({ comparisonId: id, articleId: id, start: offset, end: offset, color, note: note.optional(), passageId: id.optional() })
  .refine((x) => x.start < x.end, { message: 'The selection is empty: its end must come after its start.' })
  .refine((x) => x.end - x.start <= MAX_HIGHLIGHT_LENGTH, {
    message: `A highlight covers at most ${MAX_HIGHLIGHT_LENGTH.toLocaleString('en')} characters: select less, or highlight it in parts.`,
  })

const highlightChange = z
  .strictObject({ id, color: color.optional(), note: note.optional() })
  .refine((x) => x.color !== undefined || x.note !== undefined, { message: 'Nothing to change: give a colour or a note.' })

const token = z.uuid({ error: 'The file token must be the one Parallax gave when the file was chosen.' })

const pdfOptions = z
  .strictObject({
    paper: z.enum(PAPERS, { error: `The paper must be one of: ${PAPERS.join(', ')}.` }),
    orientation: z.enum(ORIENTATIONS, { error: `The orientation must be one of: ${ORIENTATIONS.join(', ')}.` }),
    columns: z.boolean({ error: 'Say whether to include the columns (true or false).' }),
    appendix: z.boolean({ error: 'Say whether to include the passages appendix (true or false).' }),
    notes: z.boolean({ error: 'Say whether to include the notes (true or false).' }),
  })
  .refine((o) => o.columns || o.appendix || o.notes, { message: 'Choose at least one part to include: the columns, the passages appendix or the notes.' })

const MAX_BATCH = 50
/** All the text of one import call, sources included: two files of the largest size. */
const MAX_IMPORT_TOTAL = 2 * MAX_IMPORT_LENGTH
const MAX_DROPPED = 100_000
const MAX_SOURCE_NAME_LENGTH = 260
const MAX_QUERY_LENGTH = 1000
const longestImport = `${MAX_IMPORT_LENGTH / 1_000_000} million characters`

const title = z
  .string({ error: 'The title must be text.' })
  .trim()
  .min(1, 'An article needs a title.')
  .max(MAX_TITLE_LENGTH, `A title has at most ${MAX_TITLE_LENGTH} characters.`)
const name = (label: string) =>
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
const dropped = z
  .array(z.number({ error: 'A block number must be a number.' }).int('A block number must be a whole number.').nonnegative('A block number cannot be negative.'), {
    error: 'The dropped blocks must be a list of block numbers.',
  })
  .max(MAX_DROPPED, `At most ${MAX_DROPPED.toLocaleString('en')} blocks can be dropped.`)
const longText = (label: string) =>
  z.string({ error: `The ${label} must be text.` }).max(MAX_IMPORT_LENGTH, `The ${label} is too long to import: at most ${longestImport}.`)

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
  },
  { error: (issue) => (issue.code === 'invalid_type' ? 'Each article must be an object with its title, outlet, byline, URL, date, tags and text.' : undefined) },
)

const articleDetails = z
  .strictObject({ title, outlet: name('outlet'), byline: name('byline'), url, publishedAt, tags }, { error: (issue) => (issue.code === 'invalid_type' ? 'The details must be an object.' : undefined) })
  .partial()
  .refine((d) => Object.values(d).some((v) => v !== undefined), { message: 'Nothing to change: give at least one detail.' })

const articleIds = z
  .array(id, { error: 'The reports must be a list of article ids.' })
  .min(MIN_ARTICLES_PER_COMPARISON, `A comparison needs at least ${MIN_ARTICLES_PER_COMPARISON} reports.`)
  .max(MAX_ARTICLES_PER_COMPARISON, `A comparison holds at most ${MAX_ARTICLES_PER_COMPARISON} reports.`)
  .refine((ids) => new Set(ids).size === ids.length, { message: 'A report can appear only once in a comparison.' })

export const inputSchemas: { [C in Channel]: z.ZodType<InputOf<C>> } = {
  listComparisons: noInput,
  getComparison: idInput,
  listArticles: noInput,
  getArticle: idInput,
  restoreSample: noInput,
  listHighlights: z.strictObject({
    comparisonId: id,
    after: z.string({ error: 'The page key must be text.' }).max(MAX_PAGE_KEY_LENGTH, 'That page key is not one Parallax gave.').optional(),
  }),
  addHighlight: newHighlight,
  updateHighlight: highlightChange,
  deleteHighlight: idInput,
  restoreHighlight: idInput,
  getColorLabels: noInput,
  exportNotes: z.strictObject({ comparisonId: id, format: z.enum(['markdown', 'annotations'], { error: 'The format must be "markdown" or "annotations".' }) }),
  importAnnotations: z.strictObject({
    comparisonId: id,
    json: z.string({ error: 'The file must be text.' }).max(MAX_IMPORT_LENGTH, `The file is too large to import: at most ${MAX_IMPORT_LENGTH / 1_000_000} MB.`),
  }),
  choosePdfFile: z.strictObject({ comparisonId: id }),
  exportPdf: z.strictObject({ comparisonId: id, token, options: pdfOptions }),
  openExportedFile: z.strictObject({ token }),
  openLink: z.strictObject({ url: z.string({ error: 'The address must be text.' }).max(2048, 'The address is too long: at most 2,048 characters.') }),
  setColorLabel: z.strictObject({ color, label: z.string().trim().min(1, 'A label cannot be empty.').max(MAX_LABEL_LENGTH, `A label has at most ${MAX_LABEL_LENGTH} characters.`) }),
  importArticles: z.strictObject({
    items: z
      .array(newArticle, { error: 'The articles must be a list.' })
      .min(1, 'Give at least one article to import.')
      .max(MAX_BATCH, `At most ${MAX_BATCH} articles can be imported at once.`)
      .refine((items) => items.reduce((sum, item) => sum + item.extracted.length + (item.source?.length ?? 0), 0) <= MAX_IMPORT_TOTAL, {
        message: `These articles come to more than ${MAX_IMPORT_TOTAL / 1_000_000} million characters, more than one import takes: import them a few at a time.`,
      }),
  }),
  updateArticle: z.strictObject({ id, details: articleDetails }),
  setCleanup: z.strictObject({ id, dropped }),
  getArticleTexts: idInput,
  searchArticles: z.strictObject({
    query: z.string({ error: 'The search must be text.' }).max(MAX_QUERY_LENGTH, `A search has at most ${MAX_QUERY_LENGTH} characters.`),
    tag: tag.optional(),
  }),
  articleUsage: idInput,
  deleteArticle: idInput,
  restoreArticle: idInput,
  createComparison: z.strictObject({
    title: z
      .string({ error: 'The title must be text.' })
      .trim()
      .min(1, 'A comparison needs a title.')
      .max(MAX_COMPARISON_TITLE_LENGTH, `A comparison title has at most ${MAX_COMPARISON_TITLE_LENGTH} characters.`),
    articleIds,
  }),
  recentComparisons: noInput,
  comparisonOpened: idInput,
  getSettings: noInput,
  updateSettings: z
    .strictObject({
      theme: z.enum(THEMES, { error: `The theme must be one of: ${THEMES.join(', ')}.` }).optional(),
      textSize: z.union(
        TEXT_SIZES.map((size) => z.literal(size)),
        { error: `The text size must be one of: ${TEXT_SIZES.join(', ')} (percent).` },
      ).optional(),
    })
    .refine((change) => change.theme !== undefined || change.textSize !== undefined, { message: 'Give at least one setting to change.' }),
  appInfo: noInput,
  setMenuState: z.strictObject({
    available: z.array(z.enum(MENU_COMMANDS, { error: 'Each command must be one of the menu commands.' })).max(MENU_COMMANDS.length, 'Too many commands.'),
  }),
}
