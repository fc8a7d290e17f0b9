// An article is one report as Parallax stores it: metadata plus the text that alignment and highlights use.
// The body lives apart from the metadata (see main/storage), so most of the app passes ArticleMeta around.
// Three texts are kept: the imported file's own text (source: the HTML, or the text as decoded), the
// article text taken from it (extracted), and that text after clean-up (text), which is what alignment
// and highlights use. Clean-up only ever drops whole blocks of the extracted text, so it can be undone.

import { latestChange, type ArticleVersion, type VersionChange } from './versions'

export const SOURCE_FORMATS = ['text', 'markdown', 'html'] as const
export type SourceFormat = (typeof SOURCE_FORMATS)[number]

export const MAX_TAGS = 20
export const MAX_TAG_LENGTH = 40
/** The longest title an article may have. */
export const MAX_TITLE_LENGTH = 300
/** The longest outlet or byline. */
export const MAX_NAME_LENGTH = 200
/** The longest web address Parallax keeps for an article or opens in the browser. */
export const MAX_URL_LENGTH = 2048

/**
 * The largest file Parallax imports, in bytes (the app and the command line alike). Text decoded from such
 * a file has at most as many characters, so the same number bounds the text one import may send.
 */
export const MAX_IMPORT_BYTES = 20_000_000
/** How many articles one import call may carry. */
export const MAX_IMPORT_BATCH = 50
/** The name an import of pasted text goes by, where a file would give its own name. */
export const PASTED_TEXT_NAME = 'Pasted text'

/** Two tags are the same when they differ only in case: the key they are compared by. */
export function tagKey(tag: string): string {
  return tag.trim().normalize('NFC').toLocaleLowerCase('und')
}

export interface Article {
  id: string
  title: string
  /** The outlet or site name, when known. */
  outlet: string | null
  byline: string | null
  url: string | null
  /** ISO 8601 date or date-time as found in the source, when known. */
  publishedAt: string | null
  /** ISO 8601 date-time of the import. */
  importedAt: string
  tags: string[]
  text: string
  /** SHA-256 of the UTF-8 text, lowercase hex: names the body file and detects duplicates. */
  textHash: string
  /** The text before clean-up, as a body hash; equal to textHash when clean-up removed nothing. */
  extractedHash: string
  /** The blocks of the extracted text (see splitBlocks) that clean-up dropped, ascending. */
  dropped: number[]
  /** The imported file's own text, as a body hash, kept unchanged. */
  sourceHash: string
  sourceFormat: SourceFormat
  /** The file it came from, when it came from a file. */
  sourceName: string | null
  /** The web page it was fetched from, when it was: absent for files and pasted text (and in older libraries). */
  fetched?: PageSource
  /**
   * For a fetched article, its versions oldest first (the first is the import); its own text and details
   * are the newest version's, with the person's edits on top. Absent for files and pasted text, and for
   * articles fetched before versions were kept (see versionsOf).
   */
  versions?: ArticleVersion[]
}

/** Where a fetched article's source came from: the address after redirects, and when it was fetched. */
export interface PageSource {
  /** The page's address after every redirect (http or https). */
  url: string
  /** ISO 8601 date-time of the fetch. */
  at: string
}

/** An article without its body, plus the measures the library and column headers show. */
export type ArticleMeta = Omit<Article, 'text'> & {
  wordCount: number
}

/**
 * An article as the library lists it: what a list shows, sorts and filters by, without the body hashes and
 * the dropped blocks (a reply for 10,000 articles is a third smaller without them). The editor reads the
 * dropped blocks with the texts.
 */
export type ArticleListing = Omit<ArticleMeta, 'textHash' | 'extractedHash' | 'sourceHash' | 'dropped' | 'versions'> & {
  /** The newest change of a fetched article's page since its import; absent while it has one version. */
  changed?: VersionChange
}

export function listingOf({ textHash: _t, extractedHash: _e, sourceHash: _s, dropped: _d, versions, ...listing }: ArticleMeta): ArticleListing {
  const changed = latestChange(versions)
  return changed ? { ...listing, changed } : listing
}

/** The metadata a person can see and edit. */
export type ArticleDetails = Pick<Article, 'title' | 'outlet' | 'byline' | 'url' | 'publishedAt' | 'tags'>

/**
 * What a caller supplies to add an article: its details, the extracted text and which of its blocks
 * clean-up drops (the stored text is the extracted text less those blocks, so it is always made of the
 * input), the file's own text when it differs from the extracted text (an HTML page), and for a fetched
 * page where and when it was fetched.
 */
export interface NewArticle extends ArticleDetails {
  extracted: string
  dropped?: number[]
  source?: string
  sourceFormat?: SourceFormat
  sourceName?: string | null
  fetched?: PageSource
}
