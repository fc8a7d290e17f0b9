// The argument schema of every contract call. Inputs come from the renderer, which shows untrusted
// article text, so every argument is checked here before any handler sees it (strict: no extra fields).

import { z } from 'zod'
import { HIGHLIGHT_COLORS, MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '../../shared/domain/highlight'
import { ORIENTATIONS, PAPERS } from '../../shared/domain/pdf'
import type { Channel, InputOf } from '../../shared/ipc/contract'

const noInput = z.undefined({ error: 'This call takes no argument.' })

const id = z
  .string({ error: 'The id must be a string.' })
  .min(1, 'The id must not be empty.')
  .max(128, 'The id is too long.')
  .regex(/^[\w-]+$/, 'The id may hold only letters, digits, "-" and "_".')

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

export const inputSchemas: { [C in Channel]: z.ZodType<InputOf<C>> } = {
  listComparisons: noInput,
  getComparison: idInput,
  listArticles: noInput,
  getArticle: idInput,
  restoreSample: noInput,
  listHighlights: z.strictObject({ comparisonId: id }),
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
  setColorLabel: z.strictObject({ color, label: z.string().trim().min(1, 'A label cannot be empty.').max(MAX_LABEL_LENGTH, `A label has at most ${MAX_LABEL_LENGTH} characters.`) }),
}
