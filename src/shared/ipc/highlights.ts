// The calls on highlights and notes: paging through a comparison's highlights, adding, changing, deleting
// and restoring one, the colour labels, and notes exported to or imported from a file.

import { z } from 'zod'
import {
  HIGHLIGHT_COLORS,
  MAX_HIGHLIGHT_LENGTH,
  MAX_LABEL_LENGTH,
  MAX_NOTE_LENGTH,
  MAX_PAGE_KEY_LENGTH,
  type Highlight,
  type HighlightColor,
  type HighlightPage,
} from '../domain/highlight'
import { call, id, idInput, noInput } from './call'
import { MAX_IMPORT_LENGTH } from './articles'

const color = z.enum(HIGHLIGHT_COLORS, { error: `The colour must be one of: ${HIGHLIGHT_COLORS.join(', ')}.` })
const note = z
  .string({ error: 'The note must be text.' })
  .max(MAX_NOTE_LENGTH, `The note is too long: at most ${MAX_NOTE_LENGTH.toLocaleString('en')} characters.`)
const offset = z.number({ error: 'An offset must be a number.' }).int('An offset must be a whole number.').nonnegative('An offset cannot be negative.')

const newHighlight = z
  .strictObject({
    comparisonId: id,
    articleId: id,
    /** UTF-16 offsets into the article's current text. */
    start: offset,
    end: offset,
    color,
    /** None is the same as ''. */
    note: note.optional(),
    /** Set to mark a whole shared passage (its id in the comparison's alignment). */
    passageId: id.optional(),
  })
  .refine((x) => x.start < x.end, { message: 'The selection is empty: its end must come after its start.' })
  .refine((x) => x.end - x.start <= MAX_HIGHLIGHT_LENGTH, {
    message: `A highlight covers at most ${MAX_HIGHLIGHT_LENGTH.toLocaleString('en')} characters: select less, or highlight it in parts.`,
  })

/** A highlight to make: a range of one article of a comparison, its colour, and maybe a note or the passage it marks. */
export type NewHighlight = z.infer<typeof newHighlight>

const highlightChange = z
  .strictObject({ id, color: color.optional(), note: note.optional() })
  .refine((x) => x.color !== undefined || x.note !== undefined, { message: 'Nothing to change: give a colour or a note.' })

/** A change of one highlight's colour, note, or both. */
export type HighlightChange = z.infer<typeof highlightChange>

export const highlightCalls = {
  /** A page of the comparison's highlights, from the first or from after the page key given. */
  listHighlights: call(
    z.strictObject({
      comparisonId: id,
      after: z.string({ error: 'The page key must be text.' }).max(MAX_PAGE_KEY_LENGTH, 'That page key is not one Parallax gave.').optional(),
    }),
  ).answers<HighlightPage>(),
  /** Highlights a range of one article of a comparison, optionally with a note. */
  addHighlight: call(newHighlight).answers<Highlight>(),
  /** Changes a highlight's colour or note. */
  updateHighlight: call(highlightChange).answers<Highlight>(),
  /** Deletes a highlight and returns it (for undo). */
  deleteHighlight: call(idInput).answers<Highlight>(),
  /** Undoes a delete made since the app started: the highlight comes back with the same id, place, colour and note. */
  restoreHighlight: call(idInput).answers<Highlight>(),
  /** The label of each highlight colour. */
  getColorLabels: call(noInput).answers<Record<HighlightColor, string>>(),
  /** Renames one colour's label; returns all labels. */
  setColorLabel: call(
    z.strictObject({ color, label: z.string().trim().min(1, 'A label cannot be empty.').max(MAX_LABEL_LENGTH, `A label has at most ${MAX_LABEL_LENGTH} characters.`) }),
  ).answers<Record<HighlightColor, string>>(),
  /** The comparison's highlights and notes as a file to save: Markdown to read, or Web Annotation JSON. */
  exportNotes: call(
    z.strictObject({ comparisonId: id, format: z.enum(['markdown', 'annotations'], { error: 'The format must be "markdown" or "annotations".' }) }),
  ).answers<{ fileName: string; mimeType: string; text: string }>(),
  /** Adds the highlights of a Web Annotation JSON file's text; says what it could not use and why. */
  importAnnotations: call(
    z.strictObject({
      comparisonId: id,
      json: z.string({ error: 'The file must be text.' }).max(MAX_IMPORT_LENGTH, `The file is too large to import: at most ${MAX_IMPORT_LENGTH / 1_000_000} MB.`),
    }),
  ).answers<{ imported: Highlight[]; problems: string[] }>(),
}
