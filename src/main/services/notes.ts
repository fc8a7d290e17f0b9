// Export of a comparison's highlights and notes (Markdown to read, Web Annotation JSON to keep or share)
// and import of that JSON back. The formats themselves are pure (shared/export); this wires them to the
// library and turns an unusable file into words.

import { AppError } from '../../shared/domain/errors'
import type { Highlight } from '../../shared/domain/highlight'
import { fromWebAnnotations, notesToMarkdown, toWebAnnotations } from '../../shared/export'
import { fileStem } from '../../shared/domain/pdf'
import { colorLabels } from '../storage/colorLabels'
import { getComparison } from '../storage/comparisons'
import type { Library } from '../storage/library'

export interface NotesExport {
  fileName: string
  mimeType: 'text/markdown' | 'application/ld+json'
  text: string
}

/**
 * The comparison's highlights and notes as a file to save: Markdown to read, or Web Annotation JSON to keep
 * or share, whose annotations name `creatorName` (the "Your name" setting) as their creator when it is set.
 */
export async function exportNotes(library: Library, comparisonId: string, format: 'markdown' | 'annotations', creatorName = ''): Promise<NotesExport> {
  const comparison = await getComparison(library.store, comparisonId)
  const highlights = library.highlights.list(comparisonId)
  const labels = { ...colorLabels(library.store) }
  if (format === 'markdown') {
    return { fileName: `${fileStem(comparison.title)}-notes.md`, mimeType: 'text/markdown', text: notesToMarkdown(comparison, highlights, labels) }
  }
  const collection = toWebAnnotations(comparison, highlights, labels, { creatorName })
  // The model allows no empty collection: there is nothing to export, and the person is told so instead.
  if (collection.total === 0) {
    throw new AppError('invalid-argument', 'This comparison has no highlights yet, so there are no annotations to export. Highlight some text first.')
  }
  return {
    fileName: `${fileStem(comparison.title)}-annotations.jsonld`,
    mimeType: 'application/ld+json',
    text: `${JSON.stringify(collection, null, 2)}\n`,
  }
}

export async function importAnnotations(library: Library, comparisonId: string, json: string): Promise<{ imported: Highlight[]; problems: string[] }> {
  let parsed: unknown
  try {
    parsed = JSON.parse(json)
  } catch {
    throw new AppError('invalid-argument', 'This file is not JSON, so it cannot be a Web Annotation export. Choose a .jsonld or .json file exported by Parallax or another annotation tool.')
  }
  const comparison = await getComparison(library.store, comparisonId)
  const { highlights, problems } = fromWebAnnotations(parsed, comparison, { ...colorLabels(library.store) })
  // Importing the same file again adds nothing twice: a highlight with the same place, colour and note is already here.
  const keyOf = (h: Pick<Highlight, 'articleId' | 'anchor' | 'color' | 'note'>): string =>
    JSON.stringify([h.articleId, h.anchor.position.start, h.anchor.position.end, h.anchor.quote.exact, h.color, h.note])
  const existing = new Set(library.highlights.list(comparisonId).map(keyOf))
  const fresh = highlights.filter((h) => {
    const key = keyOf(h)
    if (existing.has(key)) return false
    existing.add(key)
    return true
  })
  const repeated = highlights.length - fresh.length
  if (repeated > 0) problems.push(`${repeated} ${repeated === 1 ? 'highlight is' : 'highlights are'} already in this comparison and ${repeated === 1 ? 'was' : 'were'} not added again.`)
  const imported = await library.highlights.addAll(fresh)
  return { imported, problems }
}
