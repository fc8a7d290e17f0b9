// Two versions of one article in the command line's reports (--versions): `revisions` in the JSON (the
// summary as src/shared/revisions gives it: `before` offsets into the first document's text, `after` into the
// second's, each snip's `text` that slice) and a "Revisions" section at the top of the Markdown, in the same
// words the PDF's section will use (revisionLines).

import { revisionLines, type RevisionSummary } from '../shared/revisions'
import type { JsonReport } from './format'

export interface JsonVersionsReport extends JsonReport {
  /** What changed from documents[0] (the older version) to documents[1] (the newer). */
  revisions: RevisionSummary
}

export interface RevisionMarkdownTools {
  name: (doc: number) => string
  escape: (text: string) => string
}

/** The Markdown "Revisions" section: one list item per change, the headline first, then the words counted. */
export function revisionsMarkdown(summary: RevisionSummary, { name, escape }: RevisionMarkdownTools): string[] {
  const lines = revisionLines(summary)
  const changes = lines.filter((line) => line.kind !== 'words' && line.kind !== 'unchanged').length
  return [
    `## Revisions (${changes === 1 ? '1 change' : `${changes} changes`})`,
    '',
    `From ${name(0)} (older) to ${name(1)} (newer).`,
    '',
    ...lines.map((line) => (line.kind === 'unchanged' ? escape(line.text) : `- ${escape(line.text)}`)),
    '',
  ]
}
