// Reading, adding and changing articles. Each article keeps three bodies: the file's own text (source), the article
// text taken from it (extracted) and the text in use, which is always applyCleanup(extracted, dropped), so
// clean-up can be re-applied or undone from what is stored. Bodies are written before the metadata that
// names them: a failure in between leaves an unused body file, never metadata naming a missing one.

import { randomUUID } from 'node:crypto'
import { PASTED_TEXT_NAME, tagKey, type Article, type ArticleDetails, type ArticleMeta, type NewArticle } from '../../shared/domain/article'
import { AppError, toErrorData } from '../../shared/domain/errors'
import type { ImportOutcome } from '../../shared/ipc/contract'
import { tidyDetails, tidyNewDetails } from './articleDetails'
import { newestFirst, type LibraryStore } from './libraryStore'
import { cleanUpInPieces, hashInPieces } from './textInPieces'

interface Prepared {
  fields: Omit<ArticleMeta, 'id' | 'importedAt'>
  source: string
  extracted: string
  text: string
}

/**
 * The text in use for these dropped blocks, worked out a piece at a time (textInPieces.ts); refused when a
 * dropped block is not a block of the text, or when nothing would be left.
 */
export async function cleaned(extracted: string, dropped: readonly number[]): Promise<{ dropped: number[]; text: string; words: number }> {
  const tidy = [...new Set(dropped)].sort((a, b) => a - b)
  const result = await cleanUpInPieces(extracted, tidy)
  const last = tidy.at(-1)
  if (last !== undefined && last >= result.blocks) {
    throw new AppError('invalid-argument', `Clean-up names block ${last + 1}, but the text has only ${result.blocks} ${result.blocks === 1 ? 'block' : 'blocks'}.`)
  }
  if (result.text.trim() === '') throw new AppError('invalid-argument', 'Clean-up would leave nothing of this text: keep at least one block.')
  return { dropped: tidy, text: result.text, words: result.words }
}

async function prepare(input: NewArticle): Promise<Prepared> {
  const details = tidyNewDetails(input)
  if (input.extracted.trim() === '') throw new AppError('invalid-argument', 'There is no text to import: it is empty.')
  const { dropped, text, words } = await cleaned(input.extracted, input.dropped ?? [])
  const source = input.source ?? input.extracted
  const sourceName = input.sourceName?.trim() || null
  const extractedHash = await hashInPieces(input.extracted)
  const textHash = text === input.extracted ? extractedHash : await hashInPieces(text)
  const sourceHash = source === input.extracted ? extractedHash : await hashInPieces(source)
  const { fetched } = input
  return {
    fields: {
      ...details,
      textHash,
      extractedHash,
      dropped,
      sourceHash,
      sourceFormat: input.sourceFormat ?? 'text',
      sourceName,
      ...(fetched
        ? {
            fetched: { url: fetched.url, at: fetched.at },
            // A page's first version is its import: what it said then is what later checks compare against.
            versions: [{ textHash, extractedHash, dropped, sourceHash, title: details.title, byline: details.byline, fetchedAt: fetched.at, url: fetched.url, words, added: 0, removed: 0, headlineChanged: false }],
          }
        : {}),
      wordCount: words,
    },
    source,
    extracted: input.extracted,
    text,
  }
}

/** Every article, newest import first. */
export function listArticles(store: LibraryStore): ArticleMeta[] {
  return newestFirst(store.data.articles)
}

/** One article with the text in use; not-found when it is not in the library. */
export async function getArticle(store: LibraryStore, id: string): Promise<Article> {
  const { wordCount: _wordCount, ...meta } = store.article(id)
  return { ...meta, text: await store.bodies.get(meta.textHash) }
}

/** Articles holding every word of the query (the last may be unfinished), with the tag if given; newest first. */
export async function searchArticles(store: LibraryStore, query: string, tag?: string): Promise<ArticleMeta[]> {
  // No words: every article, at once, without waiting for the index still being built after open.
  const found = query.trim() === '' ? null : await store.search.search(query)
  const key = tag === undefined ? null : tagKey(tag)
  return newestFirst(store.data.articles.filter((a) => (found === null || found.has(a.id)) && (key === null || a.tags.some((t) => tagKey(t) === key))))
}

interface ImportResult {
  outcome: ImportOutcome
  /** Why it was refused, with its code, for callers that throw it. */
  error: AppError | null
}

function refused(name: string, error: unknown): ImportResult {
  const data = toErrorData(error)
  const appError = error instanceof AppError ? error : new AppError(data.code, data.message, { cause: error })
  return { outcome: { name, status: 'refused', article: null, message: data.message }, error: appError }
}

/** The three bodies of a prepared article with the hashes prepare() worked out, each distinct text once. */
function bodiesOf({ source, extracted, text, fields }: Prepared): Map<string, string> {
  return new Map([
    [source, fields.sourceHash],
    [extracted, fields.extractedHash],
    [text, fields.textHash],
  ])
}

/**
 * The same text imported again restores the article's files that are missing or damaged on disk (its
 * text, and the file and extraction it came from when they are the same): how the person repairs an article
 * the library reports broken. Returns how many files were written back.
 */
async function restoreBodies(store: LibraryStore, existing: ArticleMeta, prepared: Prepared): Promise<number> {
  const wanted = new Set([existing.textHash, existing.sourceHash, existing.extractedHash])
  let restored = 0
  for (const [body, hash] of bodiesOf(prepared)) {
    if (!wanted.has(hash) || (await store.bodies.verify(hash)) === 'ok') continue
    await store.bodies.put(body, hash)
    restored++
  }
  if (restored > 0) store.search.refresh(existing.id, { hash: existing.textHash, text: prepared.text })
  return restored
}

/**
 * Adds a batch of articles: each is imported, found to duplicate one already there (or one earlier in the
 * batch), or refused with a reason, independently of the others; all new ones are saved in one write.
 */
export async function importArticles(store: LibraryStore, items: readonly NewArticle[]): Promise<ImportOutcome[]> {
  return (await importEach(store, items)).map((r) => r.outcome)
}

/** For each text hash, the article already holding that text (as an import would find it), or null. */
export function findDuplicates(store: LibraryStore, hashes: readonly string[]): Array<{ id: string; title: string } | null> {
  const byHash = new Map<string, ArticleMeta>()
  // The oldest article with a text is the one an import names, as importEach's find does.
  for (const article of store.data.articles) if (!byHash.has(article.textHash)) byHash.set(article.textHash, article)
  return hashes.map((hash) => {
    const article = byHash.get(hash)
    return article ? { id: article.id, title: article.title } : null
  })
}

/** Adds one article, or returns the one already holding exactly this text; a refusal is thrown. */
export async function addArticle(store: LibraryStore, input: NewArticle): Promise<{ article: ArticleMeta; created: boolean }> {
  const [result] = await importEach(store, [input])
  if (!result) throw new AppError('internal', 'The import gave no answer.')
  if (result.error) throw result.error
  return { article: result.outcome.article as ArticleMeta, created: result.outcome.status === 'imported' }
}

/** importArticles, keeping each refusal's error with its code. */
function importEach(store: LibraryStore, items: readonly NewArticle[]): Promise<ImportResult[]> {
  return store.serial(async () => {
    const results: ImportResult[] = []
    const created: { meta: ArticleMeta; text: string }[] = []
    const inBatch = new Map<string, ArticleMeta>()
    const importedAt = store.now().toISOString()
    for (const item of items) {
      const name = item.sourceName?.trim() || item.fetched?.url || PASTED_TEXT_NAME
      let prepared: Prepared
      try {
        prepared = await prepare(item)
      } catch (error) {
        results.push(refused(name, error))
        continue
      }
      const { textHash } = prepared.fields
      const earlier = inBatch.get(textHash)
      const existing = earlier ?? store.data.articles.find((a) => a.textHash === textHash)
      if (existing) {
        let message = earlier ? `The same text as "${existing.title}", earlier in this import.` : `Already in the library as "${existing.title}".`
        if (!earlier) {
          const restored = await restoreBodies(store, existing, prepared).catch(() => 0)
          if (restored > 0) message += ' Its text file was missing or damaged on disk and has been restored.'
        }
        results.push({ outcome: { name, status: 'duplicate', article: existing, message }, error: null })
        continue
      }
      try {
        for (const [body, hash] of bodiesOf(prepared)) await store.bodies.put(body, hash)
      } catch (error) {
        results.push(refused(name, new AppError('storage', `Parallax could not save this text: ${(error as Error).message}`, { cause: error })))
        continue
      }
      const meta: ArticleMeta = { id: randomUUID(), importedAt, ...prepared.fields }
      created.push({ meta, text: prepared.text })
      inBatch.set(textHash, meta)
      results.push({ outcome: { name, status: 'imported', article: meta, message: null }, error: null })
    }
    if (created.length > 0) await store.commit((data) => data.articles.push(...created.map((c) => c.meta)))
    for (const { meta, text } of created) store.search.refresh(meta.id, { hash: meta.textHash, text })
    return results
  })
}

/** Replaces an article's metadata with a changed copy (never changed in place: callers may hold the old one). */
async function replaceArticle(store: LibraryStore, id: string, change: (meta: ArticleMeta) => ArticleMeta): Promise<ArticleMeta> {
  let updated: ArticleMeta | undefined
  await store.commit((data) => {
    const index = data.articles.findIndex((a) => a.id === id)
    const current = data.articles[index]
    if (!current) throw new AppError('not-found', 'That article is not in the library. It may have been deleted.')
    updated = change(current)
    data.articles[index] = updated
  })
  return updated as ArticleMeta
}

export function updateArticle(store: LibraryStore, id: string, details: Partial<ArticleDetails>): Promise<ArticleMeta> {
  return store.serial(async () => {
    store.article(id)
    const tidy = tidyDetails(details)
    const updated = await replaceArticle(store, id, (meta) => ({ ...meta, ...tidy }))
    store.search.refresh(id)
    return updated
  })
}

/** Drops exactly these blocks of the stored extracted text. Highlights are left alone: they re-anchor when shown. */
export function setCleanup(store: LibraryStore, id: string, dropped: readonly number[]): Promise<ArticleMeta> {
  return store.serial(async () => {
    const meta = store.article(id)
    const extracted = await store.bodies.get(meta.extractedHash)
    const { dropped: tidy, text, words } = await cleaned(extracted, dropped)
    const textHash = await store.bodies.put(text)
    const updated = await replaceArticle(store, id, (current) => ({ ...current, dropped: tidy, textHash, wordCount: words }))
    store.search.refresh(id, { hash: textHash, text })
    return updated
  })
}

export async function getArticleTexts(store: LibraryStore, id: string): Promise<{ source: string; extracted: string; text: string }> {
  const meta = store.article(id)
  const [source, extracted, text] = await Promise.all([meta.sourceHash, meta.extractedHash, meta.textHash].map((hash) => store.bodies.get(hash)))
  return { source: source as string, extracted: extracted as string, text: text as string }
}
