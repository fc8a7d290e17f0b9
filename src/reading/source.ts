// One reading of an input, for the app and the command line alike: a decoded text read as plain text,
// Markdown or a web page (by its file name), made a draft with its details and its blocks' clean-up
// verdicts, and the text that is stored and compared once clean-up has dropped what it takes for clutter.

import type { SourceFormat } from '../shared/domain/article'
import { applyCleanup } from '../shared/import'
import { draftOf, type ImportDraft, type ImportPreparation } from './draft'
import type { ParseHtml } from './inertDocument'
import { readPage, type PageStep } from './page'

export const IMPORT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'] as const

/** The stages of reading one input, in the order they run (decoding is the caller's). */
export type ReadingStep = PageStep | 'details' | 'clean-up'

/** How a file is read, by its name; null when it is not one Parallax reads. A name without an extension is text. */
export function formatOf(name: string): SourceFormat | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html'
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown'
  if (lower.endsWith('.txt') || lower.endsWith('.text') || !lower.includes('.')) return 'text'
  return null
}

/** Why a file of this name is not read. */
export const unsupportedFormat = (): string => `Parallax imports ${IMPORT_EXTENSIONS.join(', ')} files; this is not one of them.`

/** Whether pasted text is a web page's source, to be read as HTML. */
export const looksLikeHtml = (text: string): boolean => /^\s*(<!doctype html|<html[\s>])/i.test(text)

/**
 * A decoded text read in the given format: a draft, or a refusal saying why there is no article in it.
 * Never throws for anything in the text; `onStep` is called as each stage begins.
 */
export function readSource(name: string, format: SourceFormat, source: string, parse: ParseHtml, onStep: (step: ReadingStep) => void = () => {}): ImportPreparation {
  if (format !== 'html') return draftOf(name, format, source, null, onStep)
  const page = readPage(source, parse, onStep)
  if (!page.ok) return { kind: 'refusal', name, reason: page.reason }
  return draftOf(name, 'html', source, { extracted: page.extracted, details: page.details, markup: page.markup }, onStep)
}

/** The text the app stores and compares for a draft: its extracted text without the blocks clean-up drops. */
export function cleanedText(draft: ImportDraft): string {
  return applyCleanup(draft.extracted, [...draft.dropped].sort((a, b) => a - b))
}
