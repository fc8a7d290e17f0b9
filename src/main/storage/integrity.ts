// The library's check of itself at start, after its files are read: references that lead nowhere, which a
// crash between two saves (or a delete whose highlight removal failed) can leave, and bodies gone from disk.
// What is safe to repair is repaired: dangling references are dropped, comparisons left with fewer than two
// reports are removed, highlights of missing articles or comparisons are removed from the journal, and a
// highlight whose stored place lies outside its text is placed again by its quote, as the view would.
// Nothing else is deleted: an article whose text is missing stays listed (and is reported), body files are
// never removed. Each finding is one sentence for the StartupReport.
//
// Reading every body to check its hash takes seconds in a large library, so that is not done before the
// library opens: checkBodies() does it afterwards, in the background, and answers in the same words.

import { reanchor } from '../../shared/anchoring'
import type { ArticleMeta } from '../../shared/domain/article'
import { MIN_ARTICLES_PER_COMPARISON, type Comparison } from '../../shared/domain/comparison'
import type { Highlight } from '../../shared/domain/highlight'
import type { LibraryStore } from './libraryStore'

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`

/** Drops references to missing articles; comparisons left too small are removed. */
async function repairComparisons(store: LibraryStore): Promise<string[]> {
  const present = new Set(store.data.articles.map((a) => a.id))
  const repairs: string[] = []
  const kept: Comparison[] = []
  let changed = false
  for (const comparison of store.data.comparisons) {
    const articleIds = comparison.articleIds.filter((id, i, all) => present.has(id) && all.indexOf(id) === i)
    const missing = comparison.articleIds.length - articleIds.length
    if (missing === 0) {
      kept.push(comparison)
      continue
    }
    changed = true
    const named = `The comparison "${comparison.title}" named ${count(missing, 'report that is', 'reports that are')} not in the library`
    if (articleIds.length < MIN_ARTICLES_PER_COMPARISON) {
      repairs.push(`${named}; with fewer than ${MIN_ARTICLES_PER_COMPARISON} reports left, it was removed.`)
    } else {
      repairs.push(`${named}; ${missing === 1 ? 'that reference was' : 'those references were'} removed.`)
      kept.push({ ...comparison, articleIds })
    }
  }
  if (changed) {
    await store.commit((data) => {
      data.comparisons = kept
    })
  }
  return repairs
}

/** Removes highlights whose article or comparison is gone, or whose article is no longer in their comparison. */
async function repairHighlights(store: LibraryStore): Promise<string[]> {
  const articles = new Set(store.data.articles.map((a) => a.id))
  const comparisons = new Map(store.data.comparisons.map((c) => [c.id, new Set(c.articleIds)]))
  const noArticle: string[] = []
  const noComparison: string[] = []
  const notMember: string[] = []
  for (const h of store.highlightsById.values()) {
    const members = comparisons.get(h.comparisonId)
    if (!articles.has(h.articleId)) noArticle.push(h.id)
    else if (!members) noComparison.push(h.id)
    else if (!members.has(h.articleId)) notMember.push(h.id)
  }
  const ids = [...noArticle, ...noComparison, ...notMember]
  if (ids.length === 0) return []
  await store.saveHighlights(
    () => store.journal.removeAll(ids),
    () => ids.forEach((id) => store.highlightsById.delete(id)),
  )
  const repairs: string[] = []
  const were = (n: number): string => (n === 1 ? 'was' : 'were')
  if (noArticle.length > 0) repairs.push(`${count(noArticle.length, 'highlight', 'highlights')} belonged to a deleted article and ${were(noArticle.length)} removed.`)
  if (noComparison.length > 0) repairs.push(`${count(noComparison.length, 'highlight', 'highlights')} belonged to a comparison no longer in the library and ${were(noComparison.length)} removed.`)
  if (notMember.length > 0) {
    repairs.push(`${count(notMember.length, 'highlight', 'highlights')} belonged to a report no longer part of its comparison and ${were(notMember.length)} removed.`)
  }
  return repairs
}

/** Reports articles whose body files are gone; they stay in the library. */
async function reportMissingBodies(store: LibraryStore): Promise<string[]> {
  const onDisk = await store.bodies.list()
  const repairs: string[] = []
  for (const a of store.data.articles) {
    if (!onDisk.has(a.textHash)) {
      repairs.push(`The text of "${a.title}" is missing (${store.bodies.pathOf(a.textHash)}). The article stays in the library but cannot be opened until it is imported again.`)
      continue
    }
    if (!onDisk.has(a.extractedHash)) {
      repairs.push(`The text before clean-up of "${a.title}" is missing (${store.bodies.pathOf(a.extractedHash)}): the article opens, but its clean-up cannot be changed.`)
    }
    if (!onDisk.has(a.sourceHash)) {
      repairs.push(`The imported file's own text of "${a.title}" is missing (${store.bodies.pathOf(a.sourceHash)}); the article still opens.`)
    }
  }
  return repairs
}

function outsideText(h: Highlight, length: number): boolean {
  const { start, end } = h.anchor.position
  return end > length || start >= end
}

/**
 * Places again, by their quote, highlights on their article's current version whose stored place lies outside its text. Not when
 * the article has clean-up and the words are in its text before clean-up: a clean-up that shortens the text
 * leaves highlights as they are on purpose (the view re-anchors them, and they come back with their block).
 */
async function repairPositions(store: LibraryStore): Promise<string[]> {
  const byArticle = new Map<string, Highlight[]>()
  for (const h of store.highlightsById.values()) {
    const list = byArticle.get(h.articleId)
    if (list) list.push(h)
    else byArticle.set(h.articleId, [h])
  }
  const placed: Highlight[] = []
  let lost = 0
  for (const [articleId, highlights] of byArticle) {
    const meta = store.findArticle(articleId)
    // A text that cannot be read is reported on its own (missing now, changed by checkBodies).
    const text = meta ? await store.bodies.get(meta.textHash).catch(() => null) : null
    if (!meta || text === null) continue
    let extracted: string | null | undefined
    for (const h of highlights) {
      // A highlight on an earlier version points into that version's text: it waits to be carried (carryHighlights.ts).
      if (h.versionHash !== meta.extractedHash || !outsideText(h, text.length)) continue
      if (meta.dropped.length > 0) {
        extracted ??= await store.bodies.get(meta.extractedHash).catch(() => null)
        if (extracted?.includes(h.anchor.quote.exact)) continue
      }
      const found = reanchor(text, h.anchor)
      if (found.status === 'orphaned') lost++
      else placed.push({ ...h, anchor: { ...h.anchor, position: { type: 'TextPositionSelector', start: found.start, end: found.end } } })
    }
  }
  if (placed.length > 0) {
    await store.saveHighlights(
      () => store.journal.put(placed),
      () => placed.forEach((h) => store.highlightsById.set(h.id, h)),
    )
  }
  const one = (n: number, singular: string, plural: string): string => (n === 1 ? singular : plural)
  const repairs: string[] = []
  if (placed.length > 0) {
    const n = placed.length
    repairs.push(`${count(n, 'highlight', 'highlights')} pointed outside ${one(n, 'its', 'their')} article's text and ${one(n, 'was', 'were')} placed again by the words ${one(n, 'it quotes', 'they quote')}.`)
  }
  if (lost > 0) {
    repairs.push(
      `${count(lost, 'highlight points', 'highlights point')} outside ${one(lost, 'its', 'their')} article's text, and the words ${one(lost, 'it quotes were', 'they quote were')} not found there; ${one(lost, 'it is', 'they are')} kept and shown with ${one(lost, 'its', 'their')} quote and note.`,
    )
  }
  return repairs
}

/** Checks the library after it is read and repairs what is safe to repair; returns each finding in words. */
export async function checkIntegrity(store: LibraryStore): Promise<string[]> {
  return [...(await repairComparisons(store)), ...(await repairHighlights(store)), ...(await reportMissingBodies(store)), ...(await repairPositions(store))]
}

const KIND = { textHash: 'text', extractedHash: 'text before clean-up', sourceHash: "imported file's own text" } as const

/**
 * Reads every body an article names and checks it against its hash (a few at a time); returns each one
 * changed or unreadable, in words. Missing bodies are left out: checkIntegrity reports them.
 */
export async function checkBodies(store: LibraryStore, stopped: () => boolean = () => false): Promise<string[]> {
  const seen = new Map<string, { article: ArticleMeta; kind: keyof typeof KIND }>()
  for (const article of store.data.articles) {
    for (const kind of ['textHash', 'extractedHash', 'sourceHash'] as const) if (!seen.has(article[kind])) seen.set(article[kind], { article, kind })
  }
  const pending = [...seen]
  // In the order of the library, whichever read finishes first.
  const findings: (string | null)[] = pending.map(() => null)
  let next = 0
  const worker = async (): Promise<void> => {
    for (let i = next++; i < pending.length && !stopped(); i = next++) {
      const [hash, { article, kind }] = pending[i] as (typeof pending)[number]
      const path = store.bodies.pathOf(hash)
      const state = await store.bodies.verify(hash).catch((error: unknown) => (error as Error).message)
      if (state === 'changed') findings[i] = `The ${KIND[kind]} of "${article.title}" at ${path} has been changed or damaged on disk; import the article again to restore it.`
      else if (state !== 'ok' && state !== 'missing') findings[i] = `The ${KIND[kind]} of "${article.title}" at ${path} could not be read: ${state}`
    }
  }
  await Promise.all([worker(), worker()])
  return findings.filter((f): f is string => f !== null)
}
