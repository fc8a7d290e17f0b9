// Builds everything behind the contract from two folders: where the person's data lives and where the
// built-in sample is. Shared by the Electron entry (main/index.ts) and the browser test bridge.

import { join } from 'node:path'
import { createDispatcher, type Dispatch } from '../ipc/dispatch'
import { createHandlers } from '../ipc/handlers'
import { openLibrary, type Library } from '../storage/library'
import { PdfExports, type DesktopPorts } from './pdfExport'
import { loadSample, seedSample } from './sample'

export interface AppServices {
  library: Library
  dispatch: Dispatch
}

export interface AppServicesOptions {
  /** The user-data folder; the library lives in its `library` subfolder. */
  dataFolder: string
  samplesFolder: string
  log?: (message: string, error: unknown) => void
  /** Save dialog, PDF printer and file opener; without them, PDF export answers that it is not available. */
  desktop?: DesktopPorts
}

export async function createAppServices({ dataFolder, samplesFolder, log, desktop }: AppServicesOptions): Promise<AppServices> {
  const library = await openLibrary(join(dataFolder, 'library'))
  const sample = await loadSample(samplesFolder)
  await seedSample(library, sample)
  const pdf = new PdfExports(library, desktop ?? null)
  return { library, dispatch: createDispatcher(createHandlers({ library, sample, pdf }), log) }
}
