// Turns what the person brings (files, pasted text, or pages fetched from the web) into import drafts: decoded (UTF-8, UTF-16 with
// BOM, Windows-1252), the article read from HTML (Readability, sanitised) or Markdown, the details
// found in it, and its blocks with a clean-up verdict each. Nothing is saved here; a draft the person
// approves goes to the main process, which rebuilds the cleaned text from the same blocks.
// All of the reading runs in the import worker (src/reading, the same reading as the command line's);
// progress is reported as the fraction of the input done, and a read can be stopped.

import { MAX_IMPORT_BYTES, PASTED_TEXT_NAME, type NewArticle, type SourceFormat } from '../../../../shared/domain/article'
import type { FetchedPage } from '../../../../shared/ipc/contract'
import type { ImportDraft, ImportPreparation } from '../../../../reading/draft'
import { formatOf, IMPORT_EXTENSIONS, unsupportedFormat } from '../../../../reading/source'
import type { ImportStep } from './importProtocol'
import { runJob } from './importWorker'
import { hostOf } from '../../../../reading/pageNames'

export { blocksOf, type DraftBlock, type ImportDraft, type ImportPreparation, type ImportRefusal } from '../../../../reading/draft'
export { IMPORT_EXTENSIONS }

export interface PrepareOptions {
  /** Stops the read: the promise rejects with the signal's reason and nothing more is done. */
  signal?: AbortSignal
  /** How much of this input is done, from 0 to 1, as each step begins. */
  onProgress?: (fraction: number) => void
}

/** How far along each step starts, by the share of the time it takes (measured on large inputs). */
const TEXT_STEPS: Partial<Record<ImportStep, number>> = { decode: 0.1, details: 0.3, 'clean-up': 0.35 }
const PAGE_STEPS: Partial<Record<ImportStep, number>> = { decode: 0.05, parse: 0.1, article: 0.2, sanitise: 0.55, text: 0.7, details: 0.85, 'clean-up': 0.9 }

/** Reads one file the person chose or dropped. Every failure becomes a refusal naming the file; only a stop rejects. */
export async function prepareFile(file: File, options: PrepareOptions = {}): Promise<ImportPreparation> {
  const format = formatOf(file.name)
  if (format === null) return { kind: 'refusal', name: file.name, reason: unsupportedFormat() }
  if (file.size > MAX_IMPORT_BYTES) {
    return { kind: 'refusal', name: file.name, reason: `It is ${(file.size / 1e6).toFixed(1)} MB; Parallax imports files of at most ${MAX_IMPORT_BYTES / 1e6} MB.` }
  }
  return prepareBytes(file.name, format, file, null, options)
}

/** Reads bytes as the given format, the same way for a file and a fetched page; only a stop rejects. */
async function prepareBytes(name: string, format: SourceFormat, file: Blob, charset: string | null, options: PrepareOptions): Promise<ImportPreparation> {
  const steps = format === 'html' ? PAGE_STEPS : TEXT_STEPS
  try {
    return await runJob({ type: 'read', name, format, file, ...(charset === null ? {} : { charset }) }, { signal: options.signal, onStep: (at) => options.onProgress?.(steps[at] ?? 0) })
  } catch (error) {
    if (options.signal?.aborted) throw error
    return { kind: 'refusal', name, reason: `It could not be read as ${format === 'html' ? 'a web page' : 'text'}: ${(error as Error).message}` }
  }
}

/**
 * Reads a page the main process fetched, exactly as a web page file is read (a text/plain answer as a text
 * file); `name` is the address the person gave. The draft keeps where and when the page was fetched, and
 * takes its address for the article's URL when the page names none of its own.
 */
export async function prepareFetched(name: string, page: FetchedPage, options: PrepareOptions = {}): Promise<ImportPreparation> {
  const prepared = await prepareBytes(name, page.contentType === 'text/plain' ? 'text' : 'html', new Blob([page.bytes as Uint8Array<ArrayBuffer>]), page.charset, options)
  if (prepared.kind === 'refusal') return prepared
  // A page that names neither its address nor its site has the address it was fetched from, and that host.
  const url = prepared.details.url ?? page.finalUrl
  return { ...prepared, details: { ...prepared.details, url, outlet: prepared.details.outlet ?? hostOf(url) }, fetched: { url: page.finalUrl, at: page.fetchedAt } }
}

/** A draft from pasted text (plain text; a pasted web page's source is read as HTML). */
export async function preparePasted(text: string, options: PrepareOptions = {}): Promise<ImportPreparation> {
  // Whether it is a page is known once the worker has normalised it: a page's reading begins with 'parse'.
  let steps = TEXT_STEPS
  const onStep = (at: ImportStep): void => {
    if (at === 'parse') steps = PAGE_STEPS
    options.onProgress?.(steps[at] ?? 0)
  }
  return runJob({ type: 'paste', text }, { signal: options.signal, onStep })
}

/** What the main process is sent for an approved draft. */
export function toNewArticle(draft: ImportDraft): NewArticle {
  return {
    ...draft.details,
    extracted: draft.extracted,
    dropped: [...draft.dropped].sort((a, b) => a - b),
    ...(draft.source !== draft.extracted ? { source: draft.source } : {}),
    sourceFormat: draft.format,
    sourceName: draft.name === PASTED_TEXT_NAME || draft.fetched ? null : draft.name,
    ...(draft.fetched ? { fetched: draft.fetched } : {}),
  }
}
