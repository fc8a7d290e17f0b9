// What crash.test.ts expects of the library after a kill: every write the child acknowledged, whatever
// happened to the one under way. The model grows from kill to kill; after each, it is checked against the
// library as opened, then the write that was under way is settled by what the library holds.

import { expect } from 'vitest'
import type { Library } from '../../../src/main/storage/library'

export interface Model {
  /** Acknowledged articles, with the number of their last acknowledged title (T<n>), if any. */
  articles: Map<string, number | null>
  comparisons: Set<string>
  highlights: Set<string>
  /** The number of the last acknowledged yellow label (L<n>). */
  label: number | null
}

const numberIn = (text: string, letter: string): number => (new RegExp(`^${letter}(\\d+)$`).exec(text) ? Number(text.slice(1)) : -1)

/** Applies the child's lines to the model, checks the library against it; returns how many writes and checks. */
export function acknowledged(model: Model, lines: readonly string[], library: Library): { acknowledged: number; checked: number } {
  let count = 0
  let pending: string[] | null = null
  for (const line of lines) {
    const [kind, ...words] = line.split(' ')
    if (kind === 'begin') pending = words
    if (kind !== 'ack') continue
    pending = null
    count++
    apply(model, words)
  }
  // A delete under way may have landed: what it would remove is not required.
  const excused = new Set<string>()
  if (pending?.[0] === 'unhighlight') excused.add(pending[1] as string)
  if (pending?.[0] === 'delete') for (const id of [pending[1], ...(pending[2] ?? '').split(','), ...(pending[3] ?? '').split(',')]) excused.add(id as string)

  const articles = new Map(library.listArticles().map((a) => [a.id, a]))
  const comparisons = new Set(library.listComparisons().map((c) => c.id))
  const highlights = new Set([...comparisons].flatMap((id) => library.listHighlights(id).map((h) => h.id)))
  let checked = 0
  for (const [id, title] of model.articles) {
    if (excused.has(id)) continue
    checked++
    expect(articles.has(id), `acknowledged article ${id}`).toBe(true)
    if (title !== null) expect(numberIn(articles.get(id)?.title ?? '', 'T'), `title of ${id}`).toBeGreaterThanOrEqual(title)
  }
  for (const id of model.comparisons) {
    if (excused.has(id)) continue
    checked++
    expect(comparisons.has(id), `acknowledged comparison ${id}`).toBe(true)
  }
  for (const id of model.highlights) {
    if (excused.has(id)) continue
    checked++
    expect(highlights.has(id), `acknowledged highlight ${id}`).toBe(true)
  }
  if (model.label !== null) {
    checked++
    expect(numberIn(library.colorLabels.yellow, 'L'), 'yellow label').toBeGreaterThanOrEqual(model.label)
  }
  // Settle the delete that was under way by what landed.
  for (const id of excused) {
    if (!articles.has(id)) model.articles.delete(id)
    if (!comparisons.has(id)) model.comparisons.delete(id)
    if (!highlights.has(id)) model.highlights.delete(id)
  }
  return { acknowledged: count, checked }
}

function apply(model: Model, [kind, id, ...rest]: string[]): void {
  if (kind === 'article') model.articles.set(id as string, null)
  else if (kind === 'comparison') model.comparisons.add(id as string)
  else if (kind === 'highlight') model.highlights.add(id as string)
  else if (kind === 'unhighlight') model.highlights.delete(id as string)
  else if (kind === 'label') model.label = Number(id)
  else if (kind === 'title') model.articles.set(id as string, Number(rest[0]))
  else if (kind === 'delete') {
    model.articles.delete(id as string)
    for (const c of (rest[0] ?? '').split(',')) model.comparisons.delete(c)
    for (const h of (rest[1] ?? '').split(',')) model.highlights.delete(h)
  }
}
