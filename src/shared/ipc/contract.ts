// Everything that crosses between the renderer and the main process, declared once (STYLE.md rule 2): the
// calls the page makes, assembled from their declarations by area (articles.ts, comparisons.ts, alignments.ts,
// highlights.ts, highlightCarry.ts, desktop.ts, pages.ts, versions.ts: each call's argument schema, limits and answer), and the pushes the main
// process sends the page (heard through window.menu, MenuEvents in menuCommands.ts). The handler map, the
// argument check, the preload's window.api and window.menu and the test bridge are all typed against this,
// so a call added here and missing anywhere else is a compile error. This file holds no schema at run
// time: the preload and the renderer import it, and they are bundled without the schema library.

import type { z } from 'zod'
import type { Result } from '../domain/errors'
import type { alignmentCalls } from './alignments'
import type { articleCalls } from './articles'
import type { AnswerOf } from './call'
import type { comparisonCalls } from './comparisons'
import type { desktopCalls } from './desktop'
import type { carryCalls } from './highlightCarry'
import type { highlightCalls } from './highlights'
import type { pageCalls } from './pages'
import type { versionCalls } from './versions'
import { isWellFormedId } from './ids'
import { isMenuCommand } from './menuCommands'

export type { AlignmentFound, MainAlignment, MainQuoteLedger } from './alignments'
export type { ArticleUsage, ImportOutcome } from './articles'
export type { ColumnChoiceChange, NewComparison } from './comparisons'
export type { AppInfo, PdfExportResult } from './desktop'
export type { PrintAlignment } from './printAlignment'
export type { HighlightChange, NewHighlight } from './highlights'
export type { FetchedPage, PageFetch, PageProblem } from './pages'
export type { VersionCheckAnswer } from './versions'

type Calls = typeof articleCalls & typeof comparisonCalls & typeof alignmentCalls & typeof highlightCalls & typeof carryCalls & typeof desktopCalls & typeof pageCalls & typeof versionCalls

export type Channel = keyof Calls
/** A call's argument as the page sends it; `undefined` means the call takes none. */
export type InputOf<C extends Channel> = z.input<Calls[C]['input']>
/** A call's argument as its handler receives it: as the schema passed it (text trimmed where it says so). */
export type ValidInputOf<C extends Channel> = z.output<Calls[C]['input']>
export type OutputOf<C extends Channel> = AnswerOf<Calls[C]>

/** The channel names as a value, for code that must enumerate them (preload, bridge, handler registration). */
export const CHANNELS = [
  'listComparisons',
  'getComparison',
  'getAlignment',
  'getQuoteLedger',
  'listArticles',
  'getArticle',
  'restoreSample',
  'listHighlights',
  'addHighlight',
  'updateHighlight',
  'deleteHighlight',
  'restoreHighlight',
  'carryHighlights',
  'getColorLabels',
  'setColorLabel',
  'exportNotes',
  'importAnnotations',
  'choosePdfFile',
  'exportPdf',
  'getPrintAlignment',
  'chooseVersionsPdfFile',
  'exportVersionsPdf',
  'openExportedFile',
  'openLink',
  'importArticles',
  'findDuplicates',
  'fetchPage',
  'cancelFetches',
  'recordVersion',
  'listVersions',
  'getVersionTexts',
  'updateArticle',
  'setCleanup',
  'getArticleTexts',
  'searchArticles',
  'articleUsage',
  'deleteArticle',
  'restoreArticle',
  'createComparison',
  'setColumnChoice',
  'recentComparisons',
  'comparisonOpened',
  'getSettings',
  'updateSettings',
  'appInfo',
  'setMenuState',
] as const satisfies readonly Channel[]

// Compile-time proof that CHANNELS lists every call and nothing else.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>
const everyChannelListed: [Missing] extends [never] ? true : Missing = true
void everyChannelListed

/** The shape of window.api: one function per call, resolving to a Result (never rejecting for expected errors). */
export type Api = {
  [C in Channel]: InputOf<C> extends undefined
    ? () => Promise<Result<OutputOf<C>>>
    : (input: InputOf<C>) => Promise<Result<OutputOf<C>>>
}

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value)
}

/**
 * What the main process sends the page without being asked: each push's channel, and the check the preload
 * makes before passing a value on (the page never sees the IPC event itself, nor a value that fails it).
 */
export const PUSHES = {
  /** A command of the application menu or of the context menu on selected text. */
  menuCommand: { channel: 'menu', accepts: isMenuCommand },
  /** The id of the comparison chosen in File › Open Recent (an id is not one of the fixed commands). */
  openComparison: { channel: 'menu:openComparison', accepts: isWellFormedId },
} as const

export type Push = keyof typeof PUSHES
export type PushValue<P extends Push> = (typeof PUSHES)[P]['accepts'] extends (value: unknown) => value is infer T ? T : never
