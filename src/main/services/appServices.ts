// Builds everything behind the contract from two folders: where the person's data lives and where the
// built-in sample is. Shared by the Electron entry (main/index.ts) and the browser test bridge.

import { join } from 'node:path'
import { createDispatcher, type Dispatch } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import { RecentComparisons, RecentStore } from '../recent'
import { SettingsStore } from '../settings'
import type { ComparisonLink } from '../../shared/domain/comparison'
import type { Settings } from '../../shared/domain/settings'
import type { MenuCommand } from '../../shared/ipc/menuCommands'
import { Alignments } from './alignments'
import { appInfo } from './appInfo'
import { removeCrashLeftovers } from '../storage/atomicFile'
import { sampleState } from '../storage/comparisons'
import { openLibrary, type Library, type StartupReport } from '../storage/library'
import { createPageFetcher } from './pageFetch'
import { politeFetcher } from './politeFetcher'
import { TransportError, type PageTransport } from './pageTransport'
import { PdfExports, type DesktopPorts } from './pdfExport'
import { loadSample, seedSample } from './sample'

export type { StartupReport } from '../storage/library'

export interface AppServices {
  library: Library
  dispatch: Dispatch
  /** What opening the library found and did (a damaged file moved aside, a backup restored, repairs), to tell the person. */
  startup: StartupReport
  /**
   * Every body file checked against its hash, in the background once the search index is built (it reads
   * the whole library, seconds when it is large); resolves to what is changed or unreadable, in words.
   */
  bodyCheck: Promise<string[]>
  /** The recent comparisons (File › Open Recent), loaded. */
  recent: RecentComparisons
  /** The person's preferences, loaded. */
  settings: SettingsStore
  /** Comparisons aligned on main's thread (null without alignmentThread); close() ends the thread. */
  alignments: Alignments | null
}

export interface AppServicesOptions {
  /** The user-data folder; the library lives in its `library` subfolder. */
  dataFolder: string
  samplesFolder: string
  log?: (message: string, error: unknown) => void
  /** Save dialog, PDF printer and file opener; without them, PDF export answers that it is not available. */
  desktop?: DesktopPorts
  /** The clock (tests); backups and moved-aside files are named by it. */
  now?: () => Date
  /** False to skip the background check of every body (benchmarks that time what follows the open). */
  checkBodies?: boolean
  /** The network stack web pages are fetched with (Chromium's in the app); without it, fetching answers that it cannot. */
  pageTransport?: PageTransport
  /** Opens a checked web address in the system browser; without it, links are refused (tests, the bridge). */
  openLink?: (url: string) => Promise<boolean>
  /** Told when the recent list changes (to rebuild the menu). */
  onRecentChanged?: (entries: ComparisonLink[]) => void
  /** Told when a preference changes (to follow the theme natively). */
  onSettingsChanged?: (settings: Settings) => void
  /** Told which menu commands the page can do now (to grey out the rest). */
  onMenuState?: (available: MenuCommand[]) => void
  /** The program of main's alignment thread (alignmentThread.ts, built or through a loader); without it, windows align themselves. */
  alignmentThread?: string | URL
}

/** Where no transport is given: every fetch answers that this Parallax cannot fetch pages. */
const NO_NETWORK: PageTransport = {
  get: () => Promise.reject(new TransportError('other', 'this copy of Parallax was started without a network')),
}

export async function createAppServices(options: AppServicesOptions): Promise<AppServices> {
  const { dataFolder, samplesFolder, log, desktop, now, checkBodies = true } = options
  const library = await openLibrary(join(dataFolder, 'library'), now, log ? { log } : {})
  // Settings, the window's state and the recent list are written beside the library the same way.
  await removeCrashLeftovers(dataFolder)
  const sample = await loadSample(samplesFolder)
  const { startup } = library
  const wasSeeded = sampleState(library.store).seeded
  await seedSample(library, sample)
  if (startup.recovered && !wasSeeded && sampleState(library.store).seeded) startup.repairs.push('The built-in sample comparison was added again.')
  // What start-up saved (the sample, repairs) is backed up before the app is used.
  await library.backedUp()
  const bodyCheck = checkBodies
    ? library
        .indexed()
        .then(() => library.checkBodies())
        .then(
          (found) => {
            if (found.length > 0) log?.(`Parallax found ${found.length} damaged article texts:\n${found.join('\n')}`, null)
            return found
          },
          (error: unknown) => {
            log?.('Parallax could not check the article texts on disk.', error)
            return []
          },
        )
    : Promise.resolve([])
  const pdf = new PdfExports(library, desktop ?? null)
  // Neither file is worth a failed start: a damaged one reads as empty or as the defaults.
  const recent = new RecentComparisons(new RecentStore(dataFolder, log), (id) => library.store.findComparison(id), options.onRecentChanged)
  await recent.load()
  const settings = new SettingsStore(dataFolder, log, options.onSettingsChanged)
  await settings.load()
  const alignments = options.alignmentThread ? new Alignments({ threadEntry: options.alignmentThread }) : null
  const dispatch = createDispatcher(createHandlers({
      library,
      sample,
      pdf,
      alignments,
      // One fetch at a time per site, with a pause between them, for imports and checks alike.
      pages: politeFetcher(createPageFetcher(options.pageTransport ?? NO_NETWORK)),
      recent,
      settings,
      appInfo,
      onMenuState: options.onMenuState ?? (() => {}),
      openLink: options.openLink ?? (async () => false),
    }), log)
  return { library, dispatch, startup, bodyCheck, recent, settings, alignments }
}
