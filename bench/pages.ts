// The reading of saved news web pages against a reference reading: for each page folder (source.html, the
// page as saved; expected.html, the article as a reference extraction gives it; expected-metadata.json, its
// title, byline, site name and date), the details Parallax reads (title, byline, outlet, date) beside the
// reference's, and how much of the reference text's words the cleaned text keeps (and how many words it
// has that the reference has not). The reference is not the truth: it keeps captions and links a reader
// does not want, and misses some details, so the figures are read with the details printed beside them.

import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { extractFile } from '../src/cli/extract'
import { unmatchedCounts } from '../src/shared/alignment/wordChanges'
import { parseInert } from '../src/reading'
import { plainTextOf } from '../src/reading/pageText'

export interface PageFigures {
  page: string
  details: { title: string | null; byline: string | null; outlet: string | null; date: string | null }
  reference: { title: string | null; byline: string | null; outlet: string | null; date: string | null }
  /** The share of the reference text's words (counted with repeats) the cleaned text keeps. */
  kept: number
  /** The share of the cleaned text's words the reference text has not. */
  extra: number
  referenceWords: number
  words: number
  /** The blocks clean-up drops, with the reason it gives. */
  dropped: Array<{ text: string; reason: string | null }>
}

const wordsOf = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

/** How many of `words` are in `reference`, counted with repeats. */
const sharedCount = (reference: readonly string[], words: readonly string[]): number => words.length - unmatchedCounts(reference, words).added

export async function measurePages(folder: string): Promise<PageFigures[]> {
  const figures: PageFigures[] = []
  for (const page of readdirSync(folder).sort()) {
    const source = join(folder, page, 'source.html')
    if (!existsSync(source)) continue
    const read = await extractFile(source, false)
    if ('error' in read) throw new Error(`${page}: ${read.error.message}`)
    const meta = JSON.parse(readFileSync(join(folder, page, 'expected-metadata.json'), 'utf8')) as Record<string, string | null>
    const expected = plainTextOf(parseInert(`<!doctype html><html><body>${readFileSync(join(folder, page, 'expected.html'), 'utf8')}</body></html>`).body)
    const reference = wordsOf(expected)
    const words = wordsOf(read.text)
    const shared = sharedCount(reference, words)
    figures.push({
      page,
      details: { title: read.title, byline: read.byline, outlet: read.outlet, date: read.date },
      reference: { title: meta['title'] ?? null, byline: meta['byline'] ?? null, outlet: meta['siteName'] ?? null, date: meta['publishedTime'] ?? null },
      kept: reference.length === 0 ? 0 : shared / reference.length,
      extra: words.length === 0 ? 0 : (words.length - shared) / words.length,
      referenceWords: reference.length,
      words: words.length,
      dropped: read.blocks.filter((b) => !b.kept).map((b) => ({ text: b.text, reason: b.reason })),
    })
  }
  return figures
}

const percent = (n: number): string => `${(n * 100).toFixed(1)}%`
const shown = (value: string | null): string => (value === null ? '—' : JSON.stringify(value))

export function describePages(figures: readonly PageFigures[], verbose = false): string[] {
  const lines = [`The reading of ${figures.length} saved web pages against their reference reading:`]
  for (const f of figures) {
    lines.push(`  ${f.page}: keeps ${percent(f.kept)} of the reference's ${f.referenceWords} words; ${f.words} words, ${percent(f.extra)} not in the reference; ${f.dropped.length} blocks dropped`)
    for (const key of ['title', 'byline', 'outlet', 'date'] as const) lines.push(`    ${key.padEnd(6)} ${shown(f.details[key])}   (reference ${shown(f.reference[key])})`)
    if (verbose) for (const d of f.dropped) lines.push(`    dropped (${d.reason}): ${d.text.replace(/\s+/g, ' ').slice(0, 100)}`)
  }
  const mean = (pick: (f: PageFigures) => number): number => figures.reduce((sum, f) => sum + pick(f), 0) / Math.max(1, figures.length)
  lines.push(`  mean: keeps ${percent(mean((f) => f.kept))} of the reference's words; ${percent(mean((f) => f.extra))} of the words not in it`)
  return lines
}
