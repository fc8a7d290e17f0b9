// Recording what a check of a fetched article found. The page's cleaned text is compared with the newest
// version's (not with the article's text, which the person's own clean-up may have changed), and its
// headline with that version's headline. Below the threshold nothing is written. A new version writes its
// texts first, each once by its hash, then the article with the version added in one save of the library
// (one line of library-changes.jsonl): a kill before that save leaves only unused text files, never a
// version naming a missing text, and never half an article.

import type { ArticleMeta } from '../../shared/domain/article'
import { AppError } from '../../shared/domain/errors'
import { headlineKey, isNewVersion, MAX_VERSIONS, versionsOf, type ArticleVersion, type NewVersion, type WordChanges } from '../../shared/domain/versions'
import { countWordChanges } from '../../shared/alignment/wordChanges'
import { cleaned } from './articles'
import { tidyNewDetails } from './articleDetails'
import type { LibraryStore } from './libraryStore'
import { hashInPieces } from './textInPieces'

export interface VersionRecord extends WordChanges {
  status: 'new-version' | 'unchanged'
  /** The article as it now is (unchanged, or with the new version). */
  article: ArticleMeta
  /** The version added, or null. */
  version: ArticleVersion | null
  headlineChanged: boolean
}

/** The person's own title or byline is kept; one that was the page's follows the page. */
function follows(current: string | null, before: string | null, now: string | null): string | null {
  return headlineKey(current ?? '') === headlineKey(before ?? '') ? now : current
}

/** Adds a version to a fetched article when its page changed by `threshold` words or more, or its headline changed. */
export function recordVersion(store: LibraryStore, input: NewVersion, threshold: number): Promise<VersionRecord> {
  return store.serial(async () => {
    const meta = store.article(input.articleId)
    if (!meta.fetched) throw new AppError('invalid-argument', `“${meta.title}” was not fetched from a web address, so there is no page to check for changes.`)
    const versions = versionsOf(meta)
    const previous = versions.at(-1) as ArticleVersion
    if (input.extracted.trim() === '') throw new AppError('invalid-argument', 'The page has no article text now: the stored versions are kept as they were.')
    // The page's details tidied as an import tidies them; its headline may not be empty.
    const details = tidyNewDetails({ title: input.title, byline: input.byline })
    const { dropped, text, words } = await cleaned(input.extracted, input.dropped ?? [])
    const before = await store.bodies.get(previous.textHash)
    const changes = countWordChanges(before, text)
    const headlineChanged = headlineKey(details.title) !== headlineKey(previous.title)
    if (!isNewVersion(changes, headlineChanged, threshold)) return { status: 'unchanged', article: meta, version: null, ...changes, headlineChanged }
    if (versions.length >= MAX_VERSIONS) throw new AppError('invalid-argument', `“${meta.title}” already keeps ${MAX_VERSIONS} versions, the most Parallax keeps for one article.`)

    const extractedHash = await hashInPieces(input.extracted)
    const textHash = text === input.extracted ? extractedHash : await hashInPieces(text)
    const source = input.source ?? input.extracted
    const sourceHash = source === input.extracted ? extractedHash : await hashInPieces(source)
    try {
      for (const [body, hash] of new Map([[source, sourceHash], [input.extracted, extractedHash], [text, textHash]])) await store.bodies.put(body, hash)
    } catch (error) {
      throw new AppError('storage', `Parallax could not save the new version's text: ${(error as Error).message}. The stored versions are as they were.`, { cause: error })
    }
    const version: ArticleVersion = {
      textHash,
      extractedHash,
      dropped,
      sourceHash,
      title: details.title,
      byline: details.byline,
      fetchedAt: input.fetched.at,
      url: input.fetched.url,
      words,
      ...changes,
      headlineChanged,
    }
    let updated: ArticleMeta | undefined
    await store.commit((data) => {
      const index = data.articles.findIndex((a) => a.id === meta.id)
      const current = data.articles[index]
      if (!current) throw new AppError('not-found', 'That article is not in the library. It may have been deleted.')
      updated = {
        ...current,
        title: follows(current.title, previous.title, details.title) ?? details.title,
        byline: follows(current.byline, previous.byline, details.byline),
        textHash,
        extractedHash,
        dropped,
        sourceHash,
        fetched: { url: input.fetched.url, at: input.fetched.at },
        versions: [...versions, version],
        wordCount: words,
      }
      data.articles[index] = updated
    })
    store.search.refresh(meta.id, { hash: textHash, text })
    return { status: 'new-version', article: updated as ArticleMeta, version, ...changes, headlineChanged }
  })
}

/** The versions of an article, oldest first (none for an article not fetched from a web address). */
export function listVersions(store: LibraryStore, id: string): ArticleVersion[] {
  return versionsOf(store.article(id))
}

/** One version's texts (the cleaned text, the text before clean-up, the page), for views that compare versions. */
export async function getVersionTexts(store: LibraryStore, id: string, index: number): Promise<{ version: ArticleVersion; text: string; extracted: string; source: string }> {
  const versions = versionsOf(store.article(id))
  const version = versions[index]
  if (!version) throw new AppError('not-found', `This article has ${versions.length} ${versions.length === 1 ? 'version' : 'versions'}; there is no version ${index + 1}.`)
  const [text, extracted, source] = await Promise.all([version.textHash, version.extractedHash, version.sourceHash].map((hash) => store.bodies.get(hash)))
  return { version, text: text as string, extracted: extracted as string, source: source as string }
}
