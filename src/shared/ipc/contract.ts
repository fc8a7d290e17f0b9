// Every call between the renderer and the main process, declared once (STYLE.md rule 2).
// The main-process handler map, the argument schemas, the preload's window.api and the test bridge
// are all typed against this, so a call added here and missing anywhere else is a compile error.

import type { Article, ArticleDetails, ArticleListing, ArticleMeta, NewArticle } from '../domain/article'
import type { ComparisonLink, ComparisonSummary, ComparisonWithArticles } from '../domain/comparison'
import type { Result } from '../domain/errors'
import type { Highlight, HighlightColor, HighlightPage } from '../domain/highlight'
import type { PdfOptions } from '../domain/pdf'
import type { Settings } from '../domain/settings'
import type { MenuCommand } from './menuCommands'

/** A call's input and output. `void` input means the call takes no argument. */
interface Call<Input, Output> {
  input: Input
  output: Output
}

export interface IdInput {
  id: string
}

export interface NewHighlightInput {
  comparisonId: string
  articleId: string
  /** UTF-16 offsets into the article's current text. */
  start: number
  end: number
  color: HighlightColor
  note?: string
  /** Set to mark a whole shared passage (its id in the comparison's alignment). */
  passageId?: string
}

export interface HighlightChangeInput {
  id: string
  color?: HighlightColor
  note?: string
}

export interface Contract {
  /** Every comparison in the library, newest first, with its articles' metadata. */
  listComparisons: Call<void, ComparisonSummary[]>
  /** One comparison with its articles' full texts, in column order. */
  getComparison: Call<IdInput, ComparisonWithArticles>
  /** Every article in the library, without bodies, newest import first. */
  listArticles: Call<void, ArticleListing[]>
  /** One article with its body. */
  getArticle: Call<IdInput, Article>
  /** Brings back the built-in sample comparison if it was removed; returns it either way. */
  restoreSample: Call<void, ComparisonSummary>
  /** The highlights and notes of one comparison. */
  /** A page of the comparison's highlights, from the first or from after the page key given. */
  listHighlights: Call<{ comparisonId: string; after?: string }, HighlightPage>
  /** Highlights a range of one article of a comparison, optionally with a note. */
  addHighlight: Call<NewHighlightInput, Highlight>
  /** Changes a highlight's colour or note. */
  updateHighlight: Call<HighlightChangeInput, Highlight>
  /** Deletes a highlight and returns it (for undo). */
  deleteHighlight: Call<IdInput, Highlight>
  /** Undoes a delete made since the app started: the highlight comes back with the same id, place, colour and note. */
  restoreHighlight: Call<IdInput, Highlight>
  /** The label of each highlight colour. */
  getColorLabels: Call<void, Record<HighlightColor, string>>
  /** The comparison's highlights and notes as a file to save: Markdown to read, or Web Annotation JSON. */
  exportNotes: Call<{ comparisonId: string; format: 'markdown' | 'annotations' }, { fileName: string; mimeType: string; text: string }>
  /** Adds the highlights of a Web Annotation JSON file's text; says what it could not use and why. */
  importAnnotations: Call<{ comparisonId: string; json: string }, { imported: Highlight[]; problems: string[] }>
  /** Renames one colour's label; returns all labels. */
  setColorLabel: Call<{ color: HighlightColor; label: string }, Record<HighlightColor, string>>
  /** Asks where to save a comparison's PDF (a save dialog); null when the person cancels. The token stands for the chosen path. */
  choosePdfFile: Call<{ comparisonId: string }, { token: string; fileName: string } | null>
  /** Lays out and prints the comparison to the chosen file (written whole or not at all). */
  exportPdf: Call<{ comparisonId: string; token: string; options: PdfOptions }, PdfExportResult>
  /** Opens a PDF exported in this session in the system's viewer. */
  openExportedFile: Call<{ token: string }, void>
  /**
   * Opens a web address (http or https) in the system browser: the only way a link leaves the app. The
   * preload passes it on only while the page has a fresh user gesture (a click or a key on the link).
   */
  openLink: Call<{ url: string }, void>
  /** Adds articles (up to 50 at once): each is imported, found to duplicate one already there, or refused with a reason. */
  importArticles: Call<{ items: NewArticle[] }, ImportOutcome[]>
  /** Changes an article's details (title, outlet, byline, URL, date, tags). */
  updateArticle: Call<{ id: string; details: Partial<ArticleDetails> }, ArticleMeta>
  /** Re-applies clean-up to an article: drops exactly these blocks of its extracted text ([] undoes the clean-up). */
  setCleanup: Call<{ id: string; dropped: number[] }, ArticleMeta>
  /** An article's three texts: the file's own, the extracted, and the cleaned one in use. */
  getArticleTexts: Call<IdInput, { source: string; extracted: string; text: string; dropped: number[] }>
  /** Articles whose title, outlet, byline or text hold every word of the query (and the tag, if given), newest first. */
  searchArticles: Call<{ query: string; tag?: string }, ArticleListing[]>
  /** What deleting an article would touch: its highlights and the comparisons it is part of. */
  articleUsage: Call<IdInput, ArticleUsage>
  /** Deletes an article, its highlights, and comparisons left with fewer than two reports; restoreArticle undoes it. */
  deleteArticle: Call<IdInput, ArticleUsage>
  /** Undoes a delete of this session: the article, its highlights and its places in comparisons come back. */
  restoreArticle: Call<IdInput, ArticleMeta>
  /** Makes a comparison of 2 to 50 articles, in the order given. */
  createComparison: Call<{ title: string; articleIds: string[] }, ComparisonSummary>
  /** The recently opened comparisons, most recent first (File › Open Recent; the first reopens at start). */
  recentComparisons: Call<void, ComparisonLink[]>
  /** Says a comparison was opened: it moves to the front of the recent list. */
  comparisonOpened: Call<IdInput, ComparisonLink[]>
  /** The person's preferences (theme, text size). */
  getSettings: Call<void, Settings>
  /** Changes some preferences and returns them all; kept for the next start. */
  updateSettings: Call<Partial<Settings>, Settings>
  /** The app's name and version, and the versions it runs on (for About). */
  appInfo: Call<void, AppInfo>
  /** The commands the page can do now; the application menu greys out the others. */
  setMenuState: Call<{ available: MenuCommand[] }, void>
}

export interface AppInfo {
  name: string
  version: string
  /** Electron's and Chromium's versions: null when not running in Electron (the test bridge). */
  electron: string | null
  chrome: string | null
  node: string
}

export interface ImportOutcome {
  /** The file name, or "Pasted text". */
  name: string
  status: 'imported' | 'duplicate' | 'refused'
  /** The new article, or for a duplicate the one already holding the same text. */
  article: ArticleMeta | null
  /** For a duplicate or a refusal: why, in words a person can act on. */
  message: string | null
}

export interface ArticleUsage {
  article: ArticleMeta
  highlights: number
  /** Comparisons that include the article. */
  comparisons: { id: string; title: string; reports: number }[]
}

export interface PdfExportResult {
  fileName: string
  pages: number
  bytes: number
  milliseconds: number
}

export type Channel = keyof Contract
export type InputOf<C extends Channel> = Contract[C]['input']
export type OutputOf<C extends Channel> = Contract[C]['output']

/** The channel names as a value, for code that must enumerate them (preload, bridge, handler registration). */
export const CHANNELS = [
  'listComparisons',
  'getComparison',
  'listArticles',
  'getArticle',
  'restoreSample',
  'listHighlights',
  'addHighlight',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'getColorLabels',
  'setColorLabel',
  'exportNotes',
  'importAnnotations',
  'choosePdfFile',
  'exportPdf',
  'openExportedFile',
  'openLink',
  'importArticles',
  'updateArticle',
  'setCleanup',
  'getArticleTexts',
  'searchArticles',
  'articleUsage',
  'deleteArticle',
  'restoreArticle',
  'createComparison',
  'recentComparisons',
  'comparisonOpened',
  'getSettings',
  'updateSettings',
  'appInfo',
  'setMenuState',
] as const satisfies readonly Channel[]

// Compile-time proof that CHANNELS lists every key of Contract and nothing else.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: [Missing] extends [never] ? true : Missing = true
void everyChannelListed

/** The shape of window.api: one function per call, resolving to a Result (never rejecting for expected errors). */
export type Api = {
  [C in Channel]: InputOf<C> extends void
    ? () => Promise<Result<OutputOf<C>>>
    : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>
}

/** The longest id that may cross between the processes. */
export const MAX_ID_LENGTH = 128

/** What an id may be made of: letters, digits, '-' and '_' (so it is safe in a path, a URL and a selector). */
export const ID_CHARACTERS = /^[\w-]+$/

/** Whether `value` is an id of the form every call takes. */
export function isWellFormedId(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MAX_ID_LENGTH && ID_CHARACTERS.test(value)
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}
