// Binds every highlight to the version of its article's text it was made on (schema 6). Highlights saved by
// an earlier Parallax carry no version: each is given its article's current one, the text it has been drawn
// on until now. That is written in two steps, the highlights file first (one atomic rewrite), then
// library.json as version 6, so a Parallax that would drop the versions refuses the library. A kill between
// the two leaves library.json of version 5 and every highlight bound: the next start finds nothing left to
// bind and does the second step again.

import type { Highlight } from '../../shared/domain/highlight'
import type { ArticleMeta } from '../../shared/domain/article'
import type { HighlightJournal } from './highlightJournal'
import type { LibraryFile } from './libraryFile'
import type { JournalHighlight } from './schema'

/** Each highlight with its version: its own, or its article's current one ('' when its article is gone: integrity.ts removes it). */
export function withVersions(highlights: ReadonlyMap<string, JournalHighlight>, articles: readonly ArticleMeta[]): { bound: Map<string, Highlight>; newlyBound: number } {
  const unbound = [...highlights.values()].filter((h) => h.versionHash === undefined)
  // Every highlight of a library saved since schema 6 has its version: the map is used as it is.
  if (unbound.length === 0) return { bound: highlights as Map<string, Highlight>, newlyBound: 0 }
  const versionOf = new Map(articles.map((a) => [a.id, a.extractedHash]))
  const bound = new Map<string, Highlight>()
  for (const [id, h] of highlights) bound.set(id, { ...h, versionHash: h.versionHash ?? versionOf.get(h.articleId) ?? '' })
  return { bound, newlyBound: unbound.length }
}

/** The first step: the highlights file rewritten with every highlight bound (nothing written when all were). */
export async function bindHighlights(journal: HighlightJournal, highlights: ReadonlyMap<string, JournalHighlight>, articles: readonly ArticleMeta[]): Promise<Map<string, Highlight>> {
  const { bound, newlyBound } = withVersions(highlights, articles)
  if (newlyBound > 0) await journal.rewrite(bound.values())
  return bound
}

/** The second step: library.json rewritten as the current schema when it is older and highlights carry versions. */
export async function stampSchema(file: LibraryFile, highlights: number): Promise<void> {
  if (highlights > 0 && file.olderOnDisk) await file.compact(true)
}
