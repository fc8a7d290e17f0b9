// For tests of calls through the real dispatcher: the app's services on a fresh library holding the sample
// (real lowdb files in a temp folder), made before the file's tests and closed and removed after them.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll } from 'vitest'
import type { ComparisonSummary } from '../../../../src/shared/domain/comparison'
import { createAppServices, type AppServices } from '../../../../src/main/services/appServices'
import { listComparisons } from '../../../../src/main/storage/comparisons'

const samplesFolder = fileURLToPath(new URL('../../../../resources/samples', import.meta.url))

export interface SampleLibrary {
  /** The services; read inside a test. */
  readonly services: AppServices
  /** The sample comparison, as the library holds it now. */
  sample: () => ComparisonSummary
}

/** Registers the hooks; `name` names the temp folder; `alignmentThread` gives main its alignment thread. */
export function onSampleLibrary(name: string, { alignmentThread }: { alignmentThread?: URL } = {}): SampleLibrary {
  let dataFolder = ''
  let services: AppServices | undefined
  beforeAll(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), `parallax-${name}-`))
    services = await createAppServices({ dataFolder, samplesFolder, checkBodies: false, ...(alignmentThread ? { alignmentThread } : {}) })
  })
  afterAll(async () => {
    await services?.alignments?.close()
    await services?.library.close()
    await rm(dataFolder, { recursive: true, force: true })
  })
  const running = (): AppServices => {
    if (!services) throw new Error('the sample library is made before the tests run')
    return services
  }
  return {
    get services() {
      return running()
    },
    sample: () => listComparisons(running().library.store)[0] as ComparisonSummary,
  }
}
