// The headline a report repeats as the first paragraph of its text. Plain text (and Markdown, and many
// web pages) opens with the headline, which the import also takes as the article's title; shown above the
// column and again as its first paragraph, it is read twice and aligned as if it were part of the report.
// The rule: the first paragraph that clean-up keeps is the headline again when it has the title's words
// (case, white space and punctuation aside), unless it is a body paragraph or the only one kept. Clean-up drops it (clutter.ts:
// so the person can bring it back, and a stored article keeps the blocks it was given); the command line
// leaves the same block out of what it compares.

import { isBodyParagraph, shapeOf } from './lineShape'

/** Why clean-up drops the block, as the import preview shows it. */
export const HEADLINE_REASON = 'the headline, shown as the title'

/** A line's words for comparing it with a title: lower case, letters and digits only, one space between. */
export function headlineWords(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, ' ')
    .trim()
}

/** Whether `line` repeats `title`: the same words in the same order, however cased, spaced and punctuated. */
export function repeatsTitle(line: string, title: string | null | undefined): boolean {
  if (!title) return false
  const words = headlineWords(title)
  return words !== '' && headlineWords(line) === words && !isBodyParagraph(shapeOf(line))
}
