// Import drafts from text that is already decoded (and, for a web page, already read out of its HTML):
// the details found in it and its blocks with a clean-up verdict each. No DOM here: the app's import
// worker (or its UI thread, where no worker starts), its library editor and the command line use these.

import type { ArticleDetails, PageSource, SourceFormat } from '../shared/domain/article'
import { detectClutter, markdownToText, metadataFromPlainText, splitBlocks, withoutNameCards, type BlockMarkup } from '../shared/import'
import type { HtmlDetails } from './pageMetadata'

export interface DraftBlock {
  index: number
  text: string
  /** Why clean-up would drop it, or null for text it keeps. */
  clutter: string | null
}

export interface ImportDraft {
  kind: 'draft'
  /** The file name, or "Pasted text". */
  name: string
  format: SourceFormat
  source: string
  extracted: string
  details: ArticleDetails
  blocks: DraftBlock[]
  /** The blocks clean-up drops, as the person leaves them in the preview. */
  dropped: Set<number>
  /** For a page fetched from the web: its address after redirects, and when it was fetched. */
  fetched?: PageSource
}

export interface ImportRefusal {
  kind: 'refusal'
  name: string
  reason: string
}

export type ImportPreparation = ImportDraft | ImportRefusal

/** The article read out of a web page: its text and the details the page gave. */
export interface HtmlArticle {
  extracted: string
  details: HtmlDetails
  /** What the page's markup says each block is (captions, credits, code, tables), by block index. */
  markup?: BlockMarkup
}

const stem = (name: string): string => name.replace(/\.[^.]+$/, '')

/**
 * A text's blocks, each with the reason clean-up would drop it (or null where it keeps it); `markup` is what
 * a web page's markup said of each block, read with the page (ignored unless it names every block).
 */
export function blocksOf(extracted: string, title: string | null, markup: BlockMarkup = []): DraftBlock[] {
  const blocks = splitBlocks(extracted)
  const verdicts = detectClutter(extracted, { title, markup: markup.length === blocks.length ? markup : [] })
  return blocks.map((block) => ({ index: block.index, text: block.text, clutter: verdicts[block.index]?.clutter ? (verdicts[block.index]?.reason ?? 'page clutter') : null }))
}

/** The article text and details of a decoded file or pasted text; `html` is what was read out of it when it is a web page. */
function articleOf(name: string, format: SourceFormat, source: string, html: HtmlArticle | null): { extracted: string; details: ArticleDetails; markup?: BlockMarkup } {
  if (format === 'html' && html !== null) {
    const plain = metadataFromPlainText(html.extracted, stem(name))
    return {
      extracted: html.extracted,
      markup: html.markup,
      details: {
        title: html.details.title ?? plain.title,
        outlet: html.details.outlet,
        byline: html.details.byline ?? plain.byline,
        url: html.details.url,
        publishedAt: html.details.publishedAt ?? plain.publishedAt,
        tags: [],
      },
    }
  }
  const markdown = format === 'markdown' ? markdownToText(source) : null
  const extracted = markdown ? markdown.text : source
  const plain = metadataFromPlainText(extracted, stem(name))
  return { extracted, details: { title: markdown?.title ?? plain.title, outlet: null, byline: plain.byline, url: null, publishedAt: plain.publishedAt, tags: [] } }
}

/**
 * A draft from decoded text read as the given format (for a web page, from the article already read out
 * of it), or a refusal when there is no text. `onStep` is called as each stage begins, for progress.
 */
export function draftOf(name: string, format: SourceFormat, source: string, html: HtmlArticle | null = null, onStep: (step: 'details' | 'clean-up') => void = () => {}): ImportPreparation {
  onStep('details')
  const article = articleOf(name, format, source, html)
  const { details, markup } = article
  // Pop-up name cards copied into sentences are taken out of the article text; the file's own text keeps them.
  const extracted = withoutNameCards(article.extracted).text
  if (extracted.trim() === '') return { kind: 'refusal', name, reason: 'There is no text in it to import.' }
  onStep('clean-up')
  const blocks = blocksOf(extracted, details.title, markup)
  return { kind: 'draft', name, format, source, extracted, details, blocks, dropped: new Set(blocks.filter((b) => b.clutter !== null).map((b) => b.index)) }
}
