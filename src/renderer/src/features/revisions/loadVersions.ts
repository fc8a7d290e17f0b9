// The versions of one fetched article as the columns of a comparison: each version becomes a report of its
// own (its headline, its byline, its text, its fetch time), oldest first, so the alignment engine and the
// columns treat them as they treat any reports. Also the words that name a version wherever it is shown.

import type { Article } from '../../../../shared/domain/article'
import type { ArticleVersion } from '../../../../shared/domain/versions'
import { client } from '../../api'

export interface VersionsOfArticle {
  /** The article as the library keeps it (the newest version, with the person's edits). */
  article: Article
  versions: ArticleVersion[]
  /** One report per version, oldest first: what the columns show and the alignment compares. */
  columns: Article[]
}

const fetchedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** "6 Dec 2026, 15:49": when a version was fetched, as its column and the summary say it. */
export const fetchedOn = (iso: string): string => fetchedFormat.format(new Date(iso))

/** "Version 2, fetched 6 Dec 2026, 15:49". */
export const versionName = (version: ArticleVersion, index: number): string => `Version ${index + 1}, fetched ${fetchedOn(version.fetchedAt)}`

/** One version as a report: the article's own details where the version has none of its own. */
export function versionColumn(article: Article, version: ArticleVersion, index: number, text: string): Article {
  const { versions: _versions, ...rest } = article
  return {
    ...rest,
    // Unique per column: the columns are keyed by their article's id.
    id: `${article.id}-v${index + 1}`,
    title: version.title,
    byline: version.byline,
    url: version.url,
    // The column's details line reads "<outlet> · <date> · <words>": the version's fetch time is its date here.
    outlet: [article.outlet, `fetched ${fetchedOn(version.fetchedAt)}`].filter(Boolean).join(', '),
    publishedAt: null,
    importedAt: version.fetchedAt,
    text,
    textHash: version.textHash,
    extractedHash: version.extractedHash,
    dropped: version.dropped,
    sourceHash: version.sourceHash,
    fetched: { url: version.url, at: version.fetchedAt },
  }
}

export async function loadVersions(id: string): Promise<VersionsOfArticle> {
  const [article, versions] = await Promise.all([client.getArticle({ id }), client.listVersions({ id })])
  const texts = await Promise.all(versions.map((_, version) => client.getVersionTexts({ id, version })))
  return { article, versions, columns: texts.map(({ version, text }, i) => versionColumn(article, version, i, text)) }
}
