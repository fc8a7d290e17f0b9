// The details a person gives an article (title, outlet, byline, URL, date, tags), tidied and checked the same
// way whether they come from an import, an edit or the built-in sample: white space trimmed, an empty optional
// field stored as null, tags without repeats. What cannot be stored is refused in words.

import { MAX_NAME_LENGTH, MAX_TAG_LENGTH, MAX_TAGS, MAX_TITLE_LENGTH, MAX_URL_LENGTH, tagKey, type ArticleDetails } from '../../shared/domain/article'
import { AppError } from '../../shared/domain/errors'

function refuse(message: string): never {
  throw new AppError('invalid-argument', message)
}

function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text
}

export function tidyTitle(title: string): string {
  const tidy = title.trim()
  if (tidy === '') refuse('An article needs a title.')
  if (tidy.length > MAX_TITLE_LENGTH) refuse(`A title has at most ${MAX_TITLE_LENGTH} characters; this one has ${tidy.length}.`)
  return tidy
}

function tidyOptional(value: string | null, label: string, max: number): string | null {
  const tidy = value?.trim() ?? ''
  if (tidy.length > max) refuse(`The ${label} has at most ${max} characters; this one has ${tidy.length}.`)
  return tidy === '' ? null : tidy
}

/** Trimmed, without empty ones, and each tag once whatever its case (the first spelling is kept). */
export function tidyTags(tags: readonly string[]): string[] {
  const byKey = new Map<string, string>()
  for (const tag of tags) {
    const tidy = tag.trim()
    if (tidy === '') continue
    if (tidy.length > MAX_TAG_LENGTH) refuse(`A tag has at most ${MAX_TAG_LENGTH} characters: "${clip(tidy)}" is longer.`)
    const key = tagKey(tidy)
    if (!byKey.has(key)) byKey.set(key, tidy)
  }
  if (byKey.size > MAX_TAGS) refuse(`An article can have at most ${MAX_TAGS} tags; ${byKey.size} were given.`)
  return [...byKey.values()]
}

/** Tidies whichever details are given, leaving out those that are not. */
export function tidyDetails(details: Partial<ArticleDetails>): Partial<ArticleDetails> {
  const tidy: Partial<ArticleDetails> = {}
  if (details.title !== undefined) tidy.title = tidyTitle(details.title)
  if (details.outlet !== undefined) tidy.outlet = tidyOptional(details.outlet, 'outlet', MAX_NAME_LENGTH)
  if (details.byline !== undefined) tidy.byline = tidyOptional(details.byline, 'byline', MAX_NAME_LENGTH)
  if (details.url !== undefined) tidy.url = tidyOptional(details.url, 'URL', MAX_URL_LENGTH)
  if (details.publishedAt !== undefined) tidy.publishedAt = tidyOptional(details.publishedAt, 'date', 40)
  if (details.tags !== undefined) tidy.tags = tidyTags(details.tags)
  return tidy
}

/** All details of a new article; missing optional ones are null (or no tags). */
export function tidyNewDetails(details: Partial<ArticleDetails> & { title: string }): ArticleDetails {
  const tidy = tidyDetails(details)
  return {
    title: tidy.title as string,
    outlet: tidy.outlet ?? null,
    byline: tidy.byline ?? null,
    url: tidy.url ?? null,
    publishedAt: tidy.publishedAt ?? null,
    tags: tidy.tags ?? [],
  }
}
