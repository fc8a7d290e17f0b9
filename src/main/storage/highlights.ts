// Highlights and their notes: anchored to an article's text when made, kept in the journal, and deletable
// with undo for the rest of the session (same id, place, colour and note). Changes run in the library's one
// queue, like every other change: a delete and an edit of one highlight, or a new highlight and the delete
// of its article, are each decided on the state the other left.

import { randomUUID } from 'node:crypto'
import { describeRange } from '../../shared/anchoring'
import { AppError } from '../../shared/domain/errors'
import { HIGHLIGHT_PAGE_CHARACTERS, HIGHLIGHTS_PER_PAGE, type Highlight, type HighlightPage } from '../../shared/domain/highlight'
import type { HighlightChange, NewHighlight } from '../../shared/ipc/contract'
import type { LibraryStore } from './libraryStore'

/** Where a highlight sorts among pages: when it was made, then its id (ISO times sort as text). */
function pageKey(highlight: Highlight): string {
  return `${highlight.createdAt} ${highlight.id}`
}

/** How many highlight deletes of one session can be undone. */
const MAX_UNDOABLE_DELETES = 200

export class Highlights {
  /** Highlights deleted in this session, oldest first, so a delete can be undone with the same id and place. */
  private readonly deleted = new Map<string, Highlight>()

  constructor(private readonly store: LibraryStore) {}

  /** A comparison's highlights, only on articles still part of it. */
  list(comparisonId: string): Highlight[] {
    const comparison = this.store.comparison(comparisonId)
    return [...this.store.highlightsById.values()].filter((h) => h.comparisonId === comparisonId && comparison.articleIds.includes(h.articleId))
  }

  /**
   * A page of the comparison's highlights, ordered by when they were made (then by id); `after` is the key
   * of the last one of the page before. Keys, not positions: a highlight added or deleted between two pages
   * does not make the next skip or repeat one.
   */
  page(comparisonId: string, after?: string): HighlightPage {
    const all = this.list(comparisonId)
      .map((highlight) => ({ highlight, key: pageKey(highlight) }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    let at = after === undefined ? 0 : all.findIndex((h) => h.key > after)
    if (at < 0) at = all.length
    const highlights: Highlight[] = []
    let characters = 0
    for (; at < all.length && highlights.length < HIGHLIGHTS_PER_PAGE; at++) {
      const { highlight } = all[at] as { highlight: Highlight }
      const { exact, prefix, suffix } = highlight.anchor.quote
      characters += exact.length + prefix.length + suffix.length + highlight.note.length
      if (highlights.length > 0 && characters > HIGHLIGHT_PAGE_CHARACTERS) break
      highlights.push(highlight)
    }
    return { highlights, next: at < all.length ? pageKey(highlights.at(-1) as Highlight) : null }
  }

  private highlight(id: string): Highlight {
    const found = this.store.highlightsById.get(id)
    if (!found) throw new AppError('not-found', 'That highlight is not in the library. It may have been deleted.')
    return found
  }

  /** Anchors a new highlight to the article's current text; its range (not empty: the schema saw to that) must lie inside it. */
  add(input: NewHighlight): Promise<Highlight> {
    return this.store.serial(async () => {
      const comparison = this.store.comparison(input.comparisonId)
      if (!comparison.articleIds.includes(input.articleId)) {
        throw new AppError('invalid-argument', 'That article is not part of this comparison.')
      }
      const meta = this.store.article(input.articleId)
      const text = await this.store.bodies.get(meta.textHash)
      if (input.end > text.length) {
        throw new AppError('invalid-argument', `That selection (${input.start}–${input.end}) is outside the article's text of ${text.length} characters.`)
      }
      const now = this.store.now().toISOString()
      const highlight: Highlight = {
        id: randomUUID(),
        comparisonId: input.comparisonId,
        articleId: input.articleId,
        versionHash: meta.extractedHash,
        anchor: describeRange(text, input.start, input.end),
        color: input.color,
        note: input.note ?? '',
        passageId: input.passageId ?? null,
        createdAt: now,
        updatedAt: now,
      }
      await this.store.saveHighlights(
        () => this.store.journal.put([highlight]),
        () => this.store.highlightsById.set(highlight.id, highlight),
      )
      return highlight
    })
  }

  /** Adds highlights already anchored to their articles' current texts (an import) in one save. */
  addAll(list: ReadonlyArray<Omit<Highlight, 'id' | 'versionHash' | 'createdAt' | 'updatedAt'>>): Promise<Highlight[]> {
    return this.store.serial(async () => {
      const now = this.store.now().toISOString()
      const added = list.map((h) => ({ ...h, id: randomUUID(), versionHash: this.store.article(h.articleId).extractedHash, createdAt: now, updatedAt: now }))
      if (added.length > 0) {
        await this.store.saveHighlights(
          () => this.store.journal.put(added),
          () => added.forEach((h) => this.store.highlightsById.set(h.id, h)),
        )
      }
      return added
    })
  }

  update({ id, ...change }: HighlightChange): Promise<Highlight> {
    return this.store.serial(async () => {
      const current = this.highlight(id)
      const updated: Highlight = {
        ...current,
        ...(change.color === undefined ? {} : { color: change.color }),
        ...(change.note === undefined ? {} : { note: change.note }),
        updatedAt: this.store.now().toISOString(),
      }
      await this.store.saveHighlights(
        () => this.store.journal.put([updated]),
        () => this.store.highlightsById.set(id, updated),
      )
      return updated
    })
  }

  /** Removes a highlight and returns it; restore(id) brings it back during this session. */
  delete(id: string): Promise<Highlight> {
    return this.store.serial(async () => {
      const removed = this.highlight(id)
      await this.store.saveHighlights(
        () => this.store.journal.remove(id),
        () => {
          this.store.highlightsById.delete(id)
          this.deleted.set(id, removed)
          if (this.deleted.size > MAX_UNDOABLE_DELETES) this.deleted.delete(this.deleted.keys().next().value as string)
        },
      )
      return removed
    })
  }

  /** Undoes a delete of this session: the highlight comes back as it was, same id, anchor, colour and note. */
  restore(id: string): Promise<Highlight> {
    return this.store.serial(async () => {
      const removed = this.deleted.get(id)
      if (!removed) throw new AppError('not-found', 'That highlight can no longer be brought back: only deletes made since Parallax started can be undone.')
      const comparison = this.store.comparison(removed.comparisonId)
      if (!comparison.articleIds.includes(removed.articleId)) throw new AppError('not-found', 'The report that highlight belonged to is no longer part of this comparison.')
      const restored: Highlight = { ...removed, updatedAt: this.store.now().toISOString() }
      await this.store.saveHighlights(
        () => this.store.journal.put([restored]),
        () => {
          this.store.highlightsById.set(id, restored)
          this.deleted.delete(id)
        },
      )
      return restored
    })
  }
}
