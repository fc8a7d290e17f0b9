// The versions of an article fetched from a web address. Each time a check finds that the page's article
// has really changed (its cleaned text by enough words, or its headline), a version is added: its texts by
// hash (stored once each, as every body is) and what the page said of itself at that fetch. Versions are
// kept oldest first; the first is the import. An article imported before versions were kept has none
// stored: versionsOf() gives the one its own fields describe, so every fetched article has at least one.
// What later views build on (comparing versions, carrying highlights forward) reads these records.

import type { ArticleMeta } from './article'

export interface ArticleVersion {
  /** The cleaned text of this version, as a body hash. */
  textHash: string
  /** The article text as read from the page, before clean-up, as a body hash. */
  extractedHash: string
  /** The blocks of the extracted text clean-up dropped. */
  dropped: number[]
  /** The page itself (its HTML as decoded), as a body hash. */
  sourceHash: string
  /** The headline and byline the page gave at this fetch. */
  title: string
  byline: string | null
  /** ISO 8601 date-time of the fetch. */
  fetchedAt: string
  /** The page's address after redirects. */
  url: string
  /** Words in the cleaned text. */
  words: number
  /** Words added and removed since the version before (0 for the first). */
  added: number
  removed: number
  /** The headline differs from the version before's. */
  headlineChanged: boolean
}

/** How many words must change before a check keeps a new version, as the Settings offer it; 1 means any change. */
export const VERSION_THRESHOLDS = [1, 5, 20, 50] as const
export type VersionThreshold = (typeof VERSION_THRESHOLDS)[number]
export const DEFAULT_VERSION_THRESHOLD: VersionThreshold = 1

/** The most versions one article keeps; a check past it answers that the article has too many. */
export const MAX_VERSIONS = 500

/** The pause between two fetches from the same site (a check of many articles, or several imports). */
export const SAME_HOST_PAUSE_MS = 2000

/** Words added and removed between two texts. */
export interface WordChanges {
  added: number
  removed: number
}

/** A headline as compared: white space and its ends do not count. */
export function headlineKey(title: string): string {
  return title.normalize('NFC').replace(/\s+/gu, ' ').trim()
}

/**
 * Whether a fetched page is a new version: its headline changed, or at least `threshold` words changed
 * (the larger of those added and removed, so a word replaced by another counts once).
 */
export function isNewVersion(changes: WordChanges, headlineChanged: boolean, threshold: number): boolean {
  if (headlineChanged) return true
  return Math.max(changes.added, changes.removed) >= Math.max(1, threshold)
}

/** The versions of an article: those stored, or for a fetched article of an older library the one its fields describe; none for files. */
export function versionsOf(article: Pick<ArticleMeta, 'versions' | 'fetched' | 'textHash' | 'extractedHash' | 'dropped' | 'sourceHash' | 'title' | 'byline' | 'wordCount'>): ArticleVersion[] {
  if (article.versions && article.versions.length > 0) return article.versions
  if (!article.fetched) return []
  const { textHash, extractedHash, dropped, sourceHash, title, byline, wordCount } = article
  return [{ textHash, extractedHash, dropped, sourceHash, title, byline, fetchedAt: article.fetched.at, url: article.fetched.url, words: wordCount, added: 0, removed: 0, headlineChanged: false }]
}

/** What the library and a column header say of an article whose page changed since its import. */
export interface VersionChange {
  /** How many versions there are (2 or more). */
  versions: number
  /** When the newest version was fetched. */
  at: string
  /** Words added and removed, newest version against the one before. */
  added: number
  removed: number
  headlineChanged: boolean
}

/** The newest change, or null when the article has only its first version. */
export function latestChange(versions: readonly ArticleVersion[] | undefined): VersionChange | null {
  const newest = versions?.at(-1)
  if (!versions || versions.length < 2 || !newest) return null
  return { versions: versions.length, at: newest.fetchedAt, added: newest.added, removed: newest.removed, headlineChanged: newest.headlineChanged }
}

/** "+12 / −3 words, headline changed": what changed, in words (the minus is U+2212). */
export function describeWordChanges({ added, removed, headlineChanged }: WordChanges & { headlineChanged: boolean }): string {
  const words = added === 0 && removed === 0 ? null : `+${added} / \u2212${removed} ${added + removed === 1 ? 'word' : 'words'}`
  return [words, headlineChanged ? 'headline changed' : null].filter((part) => part !== null).join(', ')
}

/**
 * "changed on 6 Dec 2026: +12 / −3 words, headline changed", or with more versions "changed 3 times, last on
 * 6 Dec 2026: ..." (the words are always the last change's); the date in the reader's locale (or `locale`).
 */
export function describeChange(change: VersionChange, locale?: string): string {
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(change.at))
  const changes = change.versions - 1
  return `${changes === 1 ? 'changed on' : `changed ${changes} times, last on`} ${date}: ${describeWordChanges(change)}`
}

/**
 * What a check brings of a fetched page, read exactly as an import reads it: the page's headline and byline,
 * its article text before clean-up with the blocks clean-up drops, the page itself, and where and when it
 * was fetched.
 */
export interface NewVersion {
  articleId: string
  title: string
  byline: string | null
  extracted: string
  dropped?: number[]
  source?: string
  fetched: { url: string; at: string }
}
