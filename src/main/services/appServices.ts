// Builds everything behind the contract from two folders: where the person's data lives and where the
// built-in sample is. Shared by the Electron entry (main/index.ts) and the browser test bridge.

import { join } from 'node:path'
import { createDispatcher, type Dispatch } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import { openLibrary, type Library, type StartupReport } from '../storage/library'
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
}

export async function createAppServices({ dataFolder, samplesFolder, log, desktop, now, checkBodies = true }: AppServicesOptions): Promise<AppServices> {
  const library = await openLibrary(join(dataFolder, 'library'), now, log ? { log } : {})
  const sample = await loadSample(samplesFolder)
  const { startup } = library
  const wasSeeded = library.sampleState.seeded
  await seedSample(library, sample)
  if (startup.recovered && !wasSeeded && library.sampleState.seeded) startup.repairs.push('The built-in sample comparison was added again.')
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
  return { library, dispatch: createDispatcher(createHandlers({ library, sample, pdf }), log), startup, bodyCheck }
}
