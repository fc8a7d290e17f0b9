// What the comparison promises about the DOM it draws, for the features that work on its columns (find,
// annotations) and for its own DOM code: which report a column shows, the column's scrolling body, the
// paragraphs that carry offsets into the text, what is drawn beside the text rather than being part of it,
// and a passage's id and tint. All data attributes, never class names: class names are for styling and
// may change without breaking anyone.

/** A report's column carries data-doc: the report's index in the comparison. */
export const COLUMN = '[data-doc]'

export function columnSelector(doc: number): string {
  return `[data-doc="${doc}"]`
}

/** The column's body, which scrolls on its own and holds the paragraphs. */
export const COLUMN_BODY = '[data-column-body]'
export const columnBodyMark = { 'data-column-body': '' } as const

/**
 * A paragraph of a report's text. Its data-start and data-end are offsets in the article text, and it
 * renders exactly that slice (marks and tints only wrap it), less what NOT_TEXT matches.
 */
export const PARAGRAPH = '[data-paragraph]'
export const paragraphMark = { 'data-paragraph': '' } as const

/** Drawn beside the text (note numbers), not part of it: skip it when counting offsets. */
export const NOT_TEXT = '[data-note-marker]'

/** A shared passage's element: data-passage is the passage's id, data-tint its colour's index. */
export const PASSAGE = '[data-passage]'

export function tintMark(tint: number): { 'data-tint': number } {
  return { 'data-tint': tint }
}

/** The report whose column holds the element, or null outside the columns. */
export function docOf(element: Element): number | null {
  const column = element.closest<HTMLElement>(COLUMN)
  return column ? Number(column.dataset['doc']) : null
}

/** The scrolling body of report `doc`'s column inside the container. */
export function columnBodyOf(container: ParentNode, doc: number): HTMLElement | null {
  return container.querySelector<HTMLElement>(`${columnSelector(doc)} ${COLUMN_BODY}`)
}

/** The layer in a column's body that the line under the active passage is drawn in (activeMarks.ts). */
export const ACTIVE_MARKS = '[data-active-marks]'
export const activeMarksMark = { 'data-active-marks': '' } as const

/** The svg layer the ribbons between columns are drawn in; data-tint on it says the active passage's colour. */
export const RIBBONS = '[data-ribbons]'
export const ribbonsMark = { 'data-ribbons': '' } as const

/** The tint (colour index) of a passage element, as CSS's tint-N and the ribbons' data-tint use it. */
export function tintOf(element: HTMLElement | undefined): string | undefined {
  return element?.dataset['tint']
}

/**
 * The same promises as one value. The comparison view hands it to the features that work on its columns
 * (find, annotations): they cannot import this feature, since it imports them.
 */
export const columnDom = {
  column: COLUMN,
  columnBody: COLUMN_BODY,
  paragraph: PARAGRAPH,
  notText: NOT_TEXT,
  passage: PASSAGE,
  docOf,
  columnBodyOf,
} as const
