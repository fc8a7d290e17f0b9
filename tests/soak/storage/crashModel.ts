// What crash.test.ts expects of the library after a kill: every call the child acknowledged is there (or a
// later version of it), and nothing it acknowledged deleting has come back, whatever happened to the calls
// still in flight. The model grows from kill to kill; after each, it is checked against the library as
// opened, then the calls that were in flight are settled by what the library holds.

import { expect } from 'vitest'
import type { Library } from '../../../src/main/storage/library'
import { listArticles } from '../../../src/main/storage/articles'
import { colorLabels } from '../../../src/main/storage/colorLabels'
import { listComparisons } from '../../../src/main/storage/comparisons'

export interface Model {
  /** Acknowledged articles, with the number of their last acknowledged title (T<n>), if any. */
  articles: Map<string, number | null>
  comparisons: Set<string>
  /** Acknowledged highlights, with the number of their last acknowledged note (N<n>). */
  highlights: Map<string, number>
  /** Ids whose delete was acknowledged: they must never come back. */
  gone: Set<string>
  /** The number of the last acknowledged yellow label (L<n>). */
  label: number | null
  /** Articles given an acknowledged new version, with how many versions they had then at least. */
  versions: Map<string, number>
}

export function emptyModel(): Model {
  return { articles: new Map(), comparisons: new Set(), highlights: new Map(), gone: new Set(), label: null, versions: new Map() }
}

const numberIn = (text: string, letter: string): number => (new RegExp(`^${letter}(\\d+)$`).exec(text) ? Number(text.slice(1)) : -1)

/** Applies the child's lines to the model, checks the library against it; returns how many calls and checks. */
export function acknowledged(model: Model, lines: readonly string[], library: Library): { acknowledged: number; checked: number; inFlight: number } {
  let count = 0
  const pending = new Map<string, string[]>()
  for (const line of lines) {
    const [kind, n, ...words] = line.split(' ')
    if (kind === 'begin') pending.set(n as string, words)
    if (kind === 'fail') pending.delete(n as string)
    if (kind !== 'ack') continue
    pending.delete(n as string)
    count++
    apply(model, words)
  }
  // A delete in flight may have landed: what it would remove is not required.
  const excused = new Set<string>()
  for (const words of pending.values()) {
    if (words[0] === 'unhighlight') excused.add(words[1] as string)
    if (words[0] === 'delete') for (const id of [words[1], ...(words[2] ?? '').split(','), ...(words[3] ?? '').split(',')]) excused.add(id as string)
  }

  const articles = new Map(listArticles(library.store).map((a) => [a.id, a]))
  const comparisons = new Set(listComparisons(library.store).map((c) => c.id))
  const highlights = new Map([...comparisons].flatMap((id) => library.highlights.list(id).map((h) => [h.id, h] as const)))
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
  for (const [id, note] of model.highlights) {
    if (excused.has(id)) continue
    checked++
    expect(highlights.has(id), `acknowledged highlight ${id}`).toBe(true)
    expect(numberIn(highlights.get(id)?.note ?? '', 'N'), `note of ${id}`).toBeGreaterThanOrEqual(note)
  }
  for (const id of model.gone) {
    checked++
    expect(articles.has(id) || comparisons.has(id) || highlights.has(id), `deleted ${id} came back`).toBe(false)
  }
  for (const [id, count] of model.versions) {
    if (excused.has(id) || !model.articles.has(id)) continue
    checked++
    expect(articles.get(id)?.versions?.length ?? 0, `versions of ${id}`).toBeGreaterThanOrEqual(count)
  }
  if (model.label !== null) {
    checked++
    expect(numberIn(colorLabels(library.store).yellow, 'L'), 'yellow label').toBeGreaterThanOrEqual(model.label)
  }
  // Settle the deletes that were in flight by what landed.
  for (const id of excused) {
    if (!articles.has(id)) model.articles.delete(id)
    if (!comparisons.has(id)) model.comparisons.delete(id)
    if (!highlights.has(id)) model.highlights.delete(id)
  }
  return { acknowledged: count, checked, inFlight: pending.size }
}

function apply(model: Model, [kind, first, ...rest]: string[]): void {
  const id = first as string
  if (kind === 'article') model.articles.set(id, null)
  else if (kind === 'comparison') model.comparisons.add(id)
  else if (kind === 'highlight') model.highlights.set(id, -1)
  else if (kind === 'edit') {
    if (model.highlights.has(id)) model.highlights.set(id, Number(rest[0]))
  } else if (kind === 'unhighlight') {
    model.highlights.delete(id)
    model.gone.add(id)
  } else if (kind === 'label') model.label = Number(id)
  else if (kind === 'version') {
    if (model.articles.has(id)) model.versions.set(id, Math.max(model.versions.get(id) ?? 0, Number(rest[0])))
  } else if (kind === 'title') {
    if (model.articles.has(id)) model.articles.set(id, Number(rest[0]))
  } else if (kind === 'delete') {
    model.articles.delete(id)
    model.versions.delete(id)
    model.gone.add(id)
    for (const c of (rest[0] ?? '').split(',').filter((x) => x !== '-')) {
      model.comparisons.delete(c)
      model.gone.add(c)
    }
    for (const h of (rest[1] ?? '').split(',').filter((x) => x !== '-')) {
      model.highlights.delete(h)
      model.gone.add(h)
    }
  }
}

/**
 * Nothing of a version is half stored: every version an article names has its texts on disk, whole, and the
 * article's text is its newest version's (the soak never changes clean-up by hand). Returns how many versions.
 */
export async function checkVersions(library: Library): Promise<number> {
  let count = 0
  for (const article of listArticles(library.store)) {
    const versions = article.versions ?? []
    if (versions.length === 0) continue
    expect(article.textHash, `text of ${article.id} is its newest version's`).toBe(versions.at(-1)?.textHash)
    for (const version of versions) {
      count++
      for (const hash of [version.textHash, version.extractedHash, version.sourceHash]) expect(await library.store.bodies.verify(hash), `a text of a version of ${article.id}`).toBe('ok')
    }
  }
  return count
}
