// Readability in the import worker, where there is no DOMParser: the page, as Chromium parsed and
// serialised it on the UI thread (so its structure is the browser's, not a second parser's guess), is
// rebuilt with linkedom, a DOM without rendering, scripts or fetching. Readability is the one step of
// reading a page that takes long on a page of megabytes (125-240 ms measured on the UI thread for 2 MB).
// Style attributes are removed first: on the UI thread the page's CSP keeps them from applying in a
// DOMParser document, and Readability, which skips elements styled hidden, must judge both alike.

import { parseHTML } from 'linkedom'
import { readabilityArticle, type ArticleReading } from './htmlArticle'

export function readArticleInWorker(serialised: string): ArticleReading {
  try {
    const { document } = parseHTML(serialised)
    for (const element of document.querySelectorAll('[style]')) element.removeAttribute('style')
    return { article: readabilityArticle(document as unknown as Document) }
  } catch (error) {
    return { error: error instanceof Error ? error.message : String(error) }
  }
}
