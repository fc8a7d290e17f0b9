// The app and the command line read a file the same way: the built-in sample's three reports and a saved
// news page are chosen in the app's import dialog in Chromium (read in the import worker), and their
// details, their blocks' clean-up verdicts and, once imported, the stored text must equal what the built
// command line's `extract --json` gives for the same files under Node.

import { execFile } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Extracted } from '../../src/cli/extract'
import { getArticleTexts, listArticles } from '../../src/main/storage/articles'
import { chooseImportFiles, openLibrary, startApp, type RunningApp } from './harness'
import { savedPages } from './webPages'

type Read = Exclude<Extracted, { error: unknown }>

const SAMPLE = resolve('resources/samples/kerry-moscow-2013')

describe('the app’s reading equals the command line’s', () => {
  let app: RunningApp
  let folder: string
  let files: string[]
  let extracted: Read[]

  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-parity-'))
    for (const name of ['1.txt', '2.txt', '3.txt']) await copyFile(join(SAMPLE, name), join(folder, name))
    const [page] = await savedPages(folder, ['nytimes-1.html'])
    files = [...['1.txt', '2.txt', '3.txt'].map((name) => join(folder, name)), page as string]
    const { stdout } = await promisify(execFile)(process.execPath, [resolve('out/cli/compare.mjs'), 'extract', '--json', ...files], { maxBuffer: 64 * 1024 * 1024 })
    extracted = (JSON.parse(stdout) as Extracted[]).map((entry) => {
      if ('error' in entry) throw new Error(entry.error.message)
      return entry
    })
    app = await startApp({ viewport: { width: 1500, height: 950 } })
    await openLibrary(app)
  })
  afterAll(async () => {
    await app?.close()
    if (folder) await rm(folder, { recursive: true, force: true })
  })

  it('in the import preview: each file’s details and every block’s verdict', async () => {
    const { page } = app
    const dialog = await chooseImportFiles(page, files)
    await expect.poll(() => dialog.locator('section.draft').count(), { timeout: 30_000 }).toBe(files.length)
    for (const entry of extracted) {
      const name = basename(entry.file)
      const field = (label: string) => dialog.getByRole('textbox', { name: `${label} of ${name}` }).inputValue()
      const shown = { title: await field('Title'), outlet: await field('Outlet'), byline: await field('Byline'), date: await field('Published'), url: await field('URL') }
      expect({ name, ...shown }).toEqual({ name, title: entry.title ?? '', outlet: entry.outlet ?? '', byline: entry.byline ?? '', date: entry.date ?? '', url: entry.url ?? '' })
      const boxes = await dialog.locator(`input[type="checkbox"][aria-label$=" of ${name}"][aria-label^="Keep block "]`).evaluateAll((inputs) =>
        inputs.map((input) => ({ label: input.getAttribute('aria-label'), kept: (input as HTMLInputElement).checked })),
      )
      expect(boxes).toEqual(entry.blocks.map((block, i) => ({ label: `Keep block ${i + 1} of ${name}`, kept: block.kept })))
    }
    // The page is a real one: its details come from its head, its text from Readability.
    expect(extracted[3]).toMatchObject({ title: 'United States to Lift Sudan Sanctions', byline: expect.stringMatching(/^Jeffrey Gettleman/) })
    expect(extracted[3]?.text.split(/\s+/).length).toBeGreaterThan(500)
  })

  it('once imported: the stored text and details', async () => {
    const { page } = app
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    // The sample's reports are in the library already (seeded as an import would read them): the preview
    // names them, and Import adds the page alone.
    await expect.poll(() => dialog.locator('.draft-duplicate').count()).toBe(3)
    await dialog.getByRole('button', { name: 'Import 1 article' }).click()
    await expect.poll(() => dialog.locator('[data-outcome="imported"], [data-outcome="duplicate"]').count(), { timeout: 30_000 }).toBe(files.length)
    const { store } = app.bridge.services.library
    for (const entry of extracted) {
      const name = basename(entry.file)
      const article = listArticles(store).find((a) => a.sourceName === name)
      if (!article) throw new Error(`${name} is not in the library`)
      const stored = { title: article.title, outlet: article.outlet, byline: article.byline, date: article.publishedAt, url: article.url, text: (await getArticleTexts(store, article.id)).text }
      expect({ name, ...stored }).toEqual({ name, title: entry.title, outlet: entry.outlet, byline: entry.byline, date: entry.date, url: entry.url, text: entry.text })
    }
    expect(app.pageErrors).toEqual([])
  })
})
