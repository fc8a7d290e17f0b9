// Turns what the person brings (files, or pasted text) into import drafts: decoded (UTF-8, UTF-16 with
// BOM, Windows-1252), the article read from HTML (Readability, sanitised) or Markdown, the details
// found in it, and its blocks with a clean-up verdict each. Nothing is saved here; a draft the person
// approves goes to the main process, which rebuilds the cleaned text from the same blocks.

import type { ArticleDetails, NewArticle, SourceFormat } from '../../../../shared/domain/article'
import { decodeBytes, detectClutter, markdownToText, metadataFromPlainText, normaliseText, splitBlocks, MAX_IMPORT_BYTES } from '../../../../shared/import'
import { extractHtml } from './html'

export interface DraftBlock {
  index: number
  text: string
  /** Why clean-up would drop it, or null for text it keeps. */
  clutter: string | null
}

export interface ImportDraft {
  kind: 'draft'
  /** The file name, or "Pasted text". */
  name: string
  format: SourceFormat
  source: string
  extracted: string
  details: ArticleDetails
  blocks: DraftBlock[]
  /** The blocks clean-up drops, as the person leaves them in the preview. */
  dropped: Set<number>
}

export interface ImportRefusal {
  kind: 'refusal'
  name: string
  reason: string
}

export type ImportPreparation = ImportDraft | ImportRefusal

export const IMPORT_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm'] as const

function formatOf(name: string): SourceFormat | null {
  const lower = name.toLowerCase()
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html'
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown'
  if (lower.endsWith('.txt') || lower.endsWith('.text') || !lower.includes('.')) return 'text'
  return null
}

const stem = (name: string): string => name.replace(/\.[^.]+$/, '')

/** A text's blocks, each with the reason clean-up would drop it (or null where it keeps it). */
export function blocksOf(extracted: string, title: string | null): DraftBlock[] {
  const verdicts = detectClutter(extracted, { title })
  return splitBlocks(extracted).map((block) => ({ index: block.index, text: block.text, clutter: verdicts[block.index]?.clutter ? (verdicts[block.index]?.reason ?? 'page clutter') : null }))
}

/** A draft from already decoded text, read as the given format. */
export function draftFromText(name: string, format: SourceFormat, source: string): ImportPreparation {
  let extracted: string
  let details: ArticleDetails
  if (format === 'html') {
    const html = extractHtml(source)
    if (!html.ok) return { kind: 'refusal', name, reason: html.reason }
    extracted = html.extracted
    const plain = metadataFromPlainText(extracted, stem(name))
    details = {
      title: html.details.title ?? plain.title,
      outlet: html.details.outlet,
      byline: html.details.byline ?? plain.byline,
      url: html.details.url,
      publishedAt: html.details.publishedAt ?? plain.publishedAt,
      tags: [],
    }
  } else {
    const markdown = format === 'markdown' ? markdownToText(source) : null
    extracted = markdown ? markdown.text : source
    const plain = metadataFromPlainText(extracted, stem(name))
    details = { title: markdown?.title ?? plain.title, outlet: null, byline: plain.byline, url: null, publishedAt: plain.publishedAt, tags: [] }
  }
  if (extracted.trim() === '') return { kind: 'refusal', name, reason: 'There is no text in it to import.' }
  const blocks = blocksOf(extracted, details.title)
  return { kind: 'draft', name, format, source, extracted, details, blocks, dropped: new Set(blocks.filter((b) => b.clutter !== null).map((b) => b.index)) }
}

/** Reads one file the person chose or dropped. Every failure becomes a refusal naming the file, never a throw. */
export async function prepareFile(file: File): Promise<ImportPreparation> {
  const format = formatOf(file.name)
  if (format === null) return { kind: 'refusal', name: file.name, reason: `Parallax imports ${IMPORT_EXTENSIONS.join(', ')} files; this is not one of them.` }
  if (file.size > MAX_IMPORT_BYTES) {
    return { kind: 'refusal', name: file.name, reason: `It is ${(file.size / 1e6).toFixed(1)} MB; Parallax imports files of at most ${MAX_IMPORT_BYTES / 1e6} MB.` }
  }
  let bytes: Uint8Array
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch (error) {
    return { kind: 'refusal', name: file.name, reason: `It could not be read (${(error as Error).message || 'unreadable'}). Check that it still exists and that you may open it.` }
  }
  const decoded = decodeBytes(bytes)
  if (!decoded.ok) return { kind: 'refusal', name: file.name, reason: decoded.reason }
  try {
    return draftFromText(file.name, format, decoded.text)
  } catch (error) {
    return { kind: 'refusal', name: file.name, reason: `It could not be read as ${format === 'html' ? 'a web page' : 'text'}: ${(error as Error).message}` }
  }
}

/** A draft from pasted text (plain text; a pasted web page's source is read as HTML). */
export function preparePasted(text: string): ImportPreparation {
  const source = normaliseText(text)
  const looksLikeHtml = /^\s*(<!doctype html|<html[\s>])/i.test(source)
  return draftFromText('Pasted text', looksLikeHtml ? 'html' : 'text', source)
}

/** What the main process is sent for an approved draft. */
export function toNewArticle(draft: ImportDraft): NewArticle {
  return {
    ...draft.details,
    extracted: draft.extracted,
    dropped: [...draft.dropped].sort((a, b) => a - b),
    ...(draft.source !== draft.extracted ? { source: draft.source } : {}),
    sourceFormat: draft.format,
    sourceName: draft.name === 'Pasted text' ? null : draft.name,
  }
}
