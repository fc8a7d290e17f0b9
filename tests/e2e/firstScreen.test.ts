// The window's first screen loads only what it shows (issue 22): the scripts asked for before the sample's
// columns show their passages hold none of the import's reading (Readability, markdown-it, chrono, linkedom)
// and none of the dialogs; once the first screen is drawn, idle time loads them all, so that opening one
// asks for no script at all. Which code a script holds is told by names its minified text keeps.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Request } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fileOf, loadFirstScreen, recordScripts, watchFirstScreen } from '../bridge/firstScreen'
import { startApp, type RunningApp } from './harness'

const ASSETS = 'out/renderer/assets'

/** What each part is recognised by in the built scripts: property names and ids a minifier leaves alone. */
const LAZY_PARTS: Record<string, string> = {
  Readability: 'unlikelyCandidates',
  'markdown-it': 'markdown-it',
  'chrono-node': 'impliedValues',
  linkedom: 'CharacterData',
  'the import dialog': 'import-title',
  'the export dialog': 'export-pdf-title',
  'the print view': 'print-mode',
  'the settings dialog': 'settings-title',
  'the about dialog': 'about-title',
  'the shortcuts dialog': 'shortcuts-title',
  'the Articles view': 'Title of the new comparison',
}

const scriptText = (file: string): string => readFileSync(join(ASSETS, file), 'utf8')
const partsIn = (files: readonly string[]): string[] =>
  Object.entries(LAZY_PARTS)
    .filter(([, marker]) => files.some((file) => scriptText(file).includes(marker)))
    .map(([part]) => part)

describe('the first screen', () => {
  let app: RunningApp
  let firstScreen: string[]
  const later = { requests: [] as Request[], stop: () => {} }

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1600, height: 900 } })
    await watchFirstScreen(app.page.context())
    const recording = recordScripts(app.page.context())
    Object.assign(later, recording)
    firstScreen = (await loadFirstScreen(app.page, app.bridge.url)).scripts
  })
  afterAll(async () => {
    later.stop()
    await app?.close()
  })

  it('finds every lazy part in the built scripts', () => {
    const built = readdirSync(ASSETS).filter((f) => f.endsWith('.js'))
    expect(partsIn(built).sort()).toEqual(Object.keys(LAZY_PARTS).sort())
  })

  it('loads the entry before the passages show, and neither the alignment worker (main aligns the sample) nor any lazy part', () => {
    expect(firstScreen.some((f) => f.startsWith('index-'))).toBe(true)
    expect(firstScreen.some((f) => f.startsWith('alignment.worker-'))).toBe(false)
    expect(partsIn(firstScreen)).toEqual([])
  })

  it('loads the lazy parts in idle time once the first screen is drawn', async () => {
    // The import's jobs (over linkedom) run in its worker, which starts when reading begins.
    const wanted = Object.keys(LAZY_PARTS).filter((part) => part !== 'linkedom')
    await expect.poll(() => partsIn([...new Set(later.requests.map(fileOf))]), { timeout: 30_000 }).toEqual(expect.arrayContaining(wanted))
  })

  it('opens the import dialog at once, asking for no script', async () => {
    await expect.poll(() => partsIn([...new Set(later.requests.map(fileOf))]), { timeout: 30_000 }).toContain('the import dialog')
    const asked = later.requests.length
    await app.page.getByRole('button', { name: 'Import…' }).first().click()
    await app.page.getByRole('dialog', { name: 'Import articles' }).waitFor()
    expect(later.requests.slice(asked).map(fileOf)).toEqual([])
    expect(app.pageErrors).toEqual([])
  })
})
