// What each contract call does, against the library. Inputs arrive already validated (see dispatch.ts).
// No Electron here: the same handlers serve the real app over IPC and the test bridge over HTTP.

import { listingOf } from '../../shared/domain/article'
import { AppError } from '../../shared/domain/errors'
import type { AppInfo, Channel, OutputOf, ValidInputOf } from '../../shared/ipc/contract'
import type { MenuCommand } from '../../shared/ipc/menuCommands'
import type { RecentComparisons } from '../recent'
import type { SettingsStore } from '../settings'
import type { Library } from '../storage/library'
import { exportNotes, importAnnotations } from '../services/notes'
import type { PdfExports } from '../services/pdfExport'
import { restoreSample, type Sample } from '../services/sample'

export type Handlers = {
  [C in Channel]: (input: ValidInputOf<C>) => Promise<OutputOf<C>> | OutputOf<C>
}

export interface HandlerDeps {
  library: Library
  sample: Sample
  pdf: PdfExports
  recent: RecentComparisons
  settings: SettingsStore
  appInfo: () => AppInfo
  /** Told which commands the page can do now (the menu follows). */
  onMenuState: (available: MenuCommand[]) => void
  /** Opens a web address in the system browser after checking it; false when it was refused. */
  openLink: (url: string) => Promise<boolean>
}

export function createHandlers({ library, sample, pdf, recent, settings, appInfo, onMenuState, openLink }: HandlerDeps): Handlers {
  return {
    listComparisons: () => library.listComparisons(),
    getComparison: ({ id }) => library.getComparison(id),
    listArticles: () => library.listArticles().map(listingOf),
    getArticle: ({ id }) => library.getArticle(id),
    restoreSample: () => restoreSample(library, sample),
    listHighlights: ({ comparisonId, after }) => library.highlightPage(comparisonId, after),
    addHighlight: (highlight) => library.addHighlight(highlight),
    updateHighlight: ({ id, color, note }) => library.updateHighlight(id, { color, note }),
    deleteHighlight: ({ id }) => library.deleteHighlight(id),
    restoreHighlight: ({ id }) => library.restoreHighlight(id),
    getColorLabels: () => ({ ...library.colorLabels }),
    setColorLabel: ({ color, label }) => library.setColorLabel(color, label),
    exportNotes: ({ comparisonId, format }) => exportNotes(library, comparisonId, format),
    importAnnotations: ({ comparisonId, json }) => importAnnotations(library, comparisonId, json),
    choosePdfFile: ({ comparisonId }) => pdf.choose(comparisonId),
    exportPdf: ({ comparisonId, token, options }) => pdf.export(comparisonId, token, options),
    openExportedFile: ({ token }) => pdf.open(token),
    openLink: async ({ url }) => {
      if (!(await openLink(url))) throw new AppError('invalid-argument', 'Parallax opens only web addresses (http or https) in your browser.')
    },
    importArticles: ({ items }) => library.importArticles(items),
    updateArticle: ({ id, details }) => library.updateArticle(id, details),
    setCleanup: ({ id, dropped }) => library.setCleanup(id, dropped),
    getArticleTexts: async ({ id }) => ({ ...(await library.getArticleTexts(id)), dropped: [...library.getArticleMeta(id).dropped] }),
    searchArticles: async ({ query, tag }) => (await library.searchArticles(query, tag)).map(listingOf),
    articleUsage: ({ id }) => library.articleUsage(id),
    deleteArticle: ({ id }) => library.deleteArticle(id),
    restoreArticle: ({ id }) => library.restoreArticle(id),
    createComparison: ({ title, articleIds }) => library.createComparison(title, articleIds),
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
