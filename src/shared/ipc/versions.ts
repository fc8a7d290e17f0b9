// The calls behind "Check for changes": the window fetches a page again (fetchPage), reads it as an import
// reads it, and sends the cleaned reading here; the main process decides whether it is a new version (by
// the threshold in the person's settings) and stores it. And an article's versions and each one's texts,
// for the views that show them.

import { z } from 'zod'
import type { ArticleListing } from '../domain/article'
import { MAX_VERSIONS, type ArticleVersion } from '../domain/versions'
import { dropped, longText, MAX_IMPORT_TOTAL, name, pageSource, title } from './articles'
import { call, id, idInput } from './call'

/** What a check found: a new version kept, or the page unchanged (below the threshold), with the changes counted either way. */
export interface VersionCheckAnswer {
  status: 'new-version' | 'unchanged'
  /** The article as it now is. */
  article: ArticleListing
  /** The version added, or null. */
  version: ArticleVersion | null
  /** Words added and removed against the newest version before the check, and whether the headline changed. */
  added: number
  removed: number
  headlineChanged: boolean
}

export const versionCalls = {
  /** Compares a fetched page's new reading with the article's newest version and keeps it as a new version when it changed. */
  recordVersion: call(
    z
      .strictObject(
        {
          articleId: id,
          title,
          byline: name('byline'),
          extracted: longText('text'),
          dropped: dropped.optional(),
          source: longText('page').optional(),
          fetched: pageSource,
        },
        { error: (issue) => (issue.code === 'invalid_type' ? 'A version must be an object with the article, the page’s title, byline, text and where it was fetched.' : undefined) },
      )
      .refine((v) => v.extracted.length + (v.source?.length ?? 0) <= MAX_IMPORT_TOTAL, {
        message: `This page comes to more than ${MAX_IMPORT_TOTAL / 1_000_000} million characters, more than Parallax keeps for one version.`,
      }),
  ).answers<VersionCheckAnswer>(),
  /** An article's versions, oldest first; none for an article that was not fetched from a web address. */
  listVersions: call(idInput).answers<ArticleVersion[]>(),
  /** One version's texts, by its place among the versions (0 the first): the cleaned text, the text before clean-up, the page. */
  getVersionTexts: call(
    z.strictObject({
      id,
      version: z
        .number({ error: 'The version must be a number.' })
        .int('The version must be a whole number.')
        .nonnegative('The version cannot be negative.')
        .max(MAX_VERSIONS - 1, `An article keeps at most ${MAX_VERSIONS} versions.`),
    }),
  ).answers<{ version: ArticleVersion; text: string; extracted: string; source: string }>(),
}
