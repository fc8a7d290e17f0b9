// An article is one report as Parallax stores it: metadata plus the text that alignment and highlights use.
// The body lives apart from the metadata (see main/storage), so most of the app passes ArticleMeta around.

export interface Article {
  id: string
  title: string
  /** The outlet or site name, when known. */
  outlet: string | null
  url: string | null
  /** ISO 8601 date or date-time as found in the source, when known. */
  publishedAt: string | null
  /** ISO 8601 date-time of the import. */
  importedAt: string
  text: string
  /** SHA-256 of the UTF-8 text, lowercase hex: names the body file and detects duplicates. */
  textHash: string
}

/** An article without its body, plus the measures the library and column headers show. */
export type ArticleMeta = Omit<Article, 'text'> & {
  wordCount: number
}

/** What a caller supplies to add an article; the store fills in id, importedAt and textHash. */
export type NewArticle = Pick<Article, 'title' | 'outlet' | 'url' | 'publishedAt' | 'text'>
