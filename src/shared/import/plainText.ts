// Metadata that plain text carries without markup: a title, a byline and a date near the top.
// Title: the first line that reads like a headline. Copies pasted from web pages often open with
// a label ("Discuss as:", "Advertisement"), a one-word line ("By") or other page furniture that
// clean-up recognises ("Skip to main content", a byline, a date), so those are passed over.
// Byline: a line "By Erin Cunningham", or "By" with the names on the next line. Date: a line that opens with
// a date ("May 6, 2013 — Secretary ...", "Updated: Tuesday, May 7, 2013 10:31 AM"), as YYYY-MM-DD.

import { MAX_TITLE_LENGTH } from '../domain/article'
import { splitBlocks } from './blocks'
import { bylineNames, readByline } from './byline'
import { dateOpeningLine } from './dates'
import { lineClutterReason } from './lineClutter'
import { shapeOf } from './lineShape'

const MIN_TITLE_WORDS = 3
/** Bylines and dates stand above the body: only this many lines from the top are searched. */
const METADATA_LINES = 12

export interface PlainTextMetadata {
  title: string
  byline: string | null
  /** ISO YYYY-MM-DD. */
  publishedAt: string | null
}

/** Three words or more, not a label, and not page furniture ("Skip to main content", "By Steven Davidoff Solomon"). */
function looksLikeHeadline(line: string): boolean {
  if (line.endsWith(':')) return false
  const words = line.split(/\s+/).filter((w) => /\p{L}|\p{N}/u.test(w))
  return words.length >= MIN_TITLE_WORDS && lineClutterReason(shapeOf(line), 'head') === null
}

/** Shortens by whole code points, so an emoji or other astral character is never cut in half. */
function clip(line: string): string {
  const codePoints = Array.from(line)
  return codePoints.length > MAX_TITLE_LENGTH ? `${codePoints.slice(0, MAX_TITLE_LENGTH - 1).join('')}…` : line
}

export function titleFromPlainText(text: string, fallback: string): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
  const headline = lines.find(looksLikeHeadline) ?? lines[0]
  return headline === undefined ? fallback : clip(headline)
}

/** A file's name without its folder or its text-file extension: what to call an article with no headline. */
function titleFromFileName(fileName: string): string {
  const base = fileName.split(/[/\\]/).pop() ?? fileName
  return base.replace(/\.(?:txt|text|md|markdown|html?)$/i, '').trim() || fileName
}

function bylineOf(lines: string[], title: string): string | null {
  for (const [i, line] of lines.entries()) {
    if (line === title) continue
    const byline = readByline(line)
    if (byline?.kind === 'names') return byline.names
    // "By" on a line of its own, the names on the next: a byline split by the page's layout.
    if (byline?.kind === 'label' && lines[i + 1] !== undefined) {
      const names = bylineNames(lines[i + 1] as string)
      if (names !== null && names.split(/\s+/).length >= 2) return names
    }
  }
  return null
}

export function metadataFromPlainText(text: string, fileName: string): PlainTextMetadata {
  const title = titleFromPlainText(text, titleFromFileName(fileName))
  const top = splitBlocks(text)
    .slice(0, METADATA_LINES)
    .map((block) => block.text)
  let publishedAt: string | null = null
  for (const line of top) {
    publishedAt = dateOpeningLine(line)
    if (publishedAt !== null) break
  }
  return { title, byline: bylineOf(top, title), publishedAt }
}
