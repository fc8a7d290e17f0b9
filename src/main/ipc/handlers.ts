// What each contract call does: each calls the storage module or service that does the work. Inputs arrive
// already validated (see dispatch.ts), so what the schema checked is not checked again here.
// No Electron here: the same handlers serve the real app over IPC and the test bridge over HTTP.

import { listingOf } from '../../shared/domain/article'
import { AppError } from '../../shared/domain/errors'
import type { AppInfo, Channel, OutputOf, ValidInputOf } from '../../shared/ipc/contract'
import type { MenuCommand } from '../../shared/ipc/menuCommands'
import type { RecentComparisons } from '../recent'
import type { SettingsStore } from '../settings'
import { findDuplicates, getArticle, getArticleTexts, importArticles, listArticles, searchArticles, setCleanup, updateArticle } from '../storage/articles'
import { colorLabels, setColorLabel } from '../storage/colorLabels'
import { createComparison, getComparison, listComparisons, setColumnChoice } from '../storage/comparisons'
import { getVersionTexts, listVersions, recordVersion } from '../storage/versions'
import { carryHighlights } from '../storage/carryHighlights'
import type { Library } from '../storage/library'
import { reportsInLibrary, type Alignments } from '../services/alignments'
import { exportNotes, importAnnotations } from '../services/notes'
import type { PageFetcher } from '../services/pageFetch'
import { trackPageFetches } from '../services/pageFetches'
import type { PdfExports } from '../services/pdfExport'
import { restoreSample, type Sample } from '../services/sample'

export type Handlers = {
  [C in Channel]: (input: ValidInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>
}

export interface HandlerDeps {
  library: Library
  sample: Sample
  pdf: PdfExports
  /** Aligns comparisons on the main process's thread; null where there is none (the window aligns itself). */
  alignments: Alignments | null
  /** Fetches web pages to import. */
  pages: PageFetcher
  recent: RecentComparisons
  settings: SettingsStore
  appInfo: () => AppInfo
  /** Told which commands the page can do now (the menu follows). */
  onMenuState: (available: MenuCommand[]) => void
  /** Opens a web address in the system browser after checking it; false when it was refused. */
  openLink: (url: string) => Promise<boolean>
}

export function createHandlers({ library, sample, pdf, alignments, pages, recent, settings, appInfo, onMenuState, openLink }: HandlerDeps): Handlers {
  const { store, highlights, deletions } = library
  const fetches = trackPageFetches(pages)
  const aligner = (): Alignments => {
    if (!alignments) throw new AppError('not-found', 'This copy of Parallax aligns comparisons in its window.')
    return alignments
  }
  return {
    listComparisons: () => listComparisons(store),
    getComparison: async ({ id }) => {
      const comparison = await getComparison(store, id)
      // The window asks for the alignment next: it is begun now, while the texts cross to the window and are drawn.
      alignments?.start({ textHashes: comparison.articles.map((a) => a.textHash), texts: () => Promise.resolve(comparison.articles.map((a) => a.text)) })
      return comparison
    },
    // The library's records say which texts they are; their bodies are read only if main has no result for them.
    getAlignment: async ({ comparisonId }) => aligner().alignment(reportsInLibrary(store, comparisonId)),
    getQuoteLedger: async ({ comparisonId }) => aligner().ledger(reportsInLibrary(store, comparisonId)),
    listArticles: () => listArticles(store).map(listingOf),
    getArticle: ({ id }) => getArticle(store, id),
    restoreSample: () => restoreSample(library, sample),
    listHighlights: ({ comparisonId, after }) => highlights.page(comparisonId, after),
    addHighlight: (highlight) => highlights.add(highlight),
    updateHighlight: (change) => highlights.update(change),
    deleteHighlight: ({ id }) => highlights.delete(id),
    restoreHighlight: ({ id }) => highlights.restore(id),
    carryHighlights: ({ comparisonId, articleId }) => carryHighlights(store, comparisonId, articleId),
    getColorLabels: () => ({ ...colorLabels(store) }),
    setColorLabel: ({ color, label }) => setColorLabel(store, color, label),
    exportNotes: ({ comparisonId, format }) => exportNotes(library, comparisonId, format, settings.latest.authorName),
    importAnnotations: ({ comparisonId, json }) => importAnnotations(library, comparisonId, json),
    choosePdfFile: ({ comparisonId }) => pdf.choose(comparisonId),
    exportPdf: ({ comparisonId, token, options, prepared }) => pdf.export(comparisonId, token, options, prepared),
    getPrintAlignment: ({ comparisonId }) => pdf.printAlignment(comparisonId),
    chooseVersionsPdfFile: ({ articleId }) => pdf.chooseVersions(articleId),
    exportVersionsPdf: ({ articleId, token, options }) => pdf.exportVersions(articleId, token, options),
    openExportedFile: ({ token }) => pdf.open(token),
    openLink: async ({ url }) => {
      if (!(await openLink(url))) throw new AppError('invalid-argument', 'Parallax opens only web addresses (http or https) in your browser.')
    },
    importArticles: ({ items }) => importArticles(store, items),
    findDuplicates: ({ hashes }) => findDuplicates(store, hashes),
    fetchPage: ({ address, ticket }) => fetches.fetch(address, ticket),
    cancelFetches: ({ tickets }) => ({ cancelled: fetches.cancel(tickets) }),
    recordVersion: async ({ articleId, fetched, ...reading }) => {
      const { article, ...found } = await recordVersion(store, { articleId, fetched, ...reading }, settings.latest.versionThreshold)
      return { ...found, article: listingOf(article) }
    },
    listVersions: ({ id }) => listVersions(store, id),
    getVersionTexts: ({ id, version }) => getVersionTexts(store, id, version),
    updateArticle: ({ id, details }) => updateArticle(store, id, details),
    setCleanup: ({ id, dropped }) => setCleanup(store, id, dropped),
    getArticleTexts: async ({ id }) => ({ ...(await getArticleTexts(store, id)), dropped: [...store.article(id).dropped] }),
    searchArticles: async ({ query, tag }) => (await searchArticles(store, query, tag)).map(listingOf),
    articleUsage: ({ id }) => deletions.usage(id),
    deleteArticle: ({ id }) => deletions.delete(id),
    restoreArticle: ({ id }) => deletions.restore(id),
    createComparison: (comparison) => createComparison(store, comparison),
    setColumnChoice: (change) => setColumnChoice(store, change),
    recentComparisons: () => recent.entries(),
    comparisonOpened: async ({ id }) => {
      if (!(await recent.opened(id))) throw new AppError('not-found', 'This comparison is no longer in the library. It may have been deleted.')
      return recent.entries()
    },
    getSettings: () => settings.latest,
    updateSettings: (change) => settings.update(change),
    appInfo,
    setMenuState: ({ available }) => onMenuState([...new Set(available)]),
  }
}
