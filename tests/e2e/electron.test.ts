// The app on the real Electron binary, driven by playwright-core's _electron: the window opens on the
// built-in sample, Carney's quote is one passage in reports 2 and 3, a highlight survives a restart, and
// Export PDF writes a file. It runs where Electron has been downloaded (`npm start` downloads it, or
// `node node_modules/electron/install.js`) and is skipped, saying why, where it has not: the machines this
// project is developed on cannot download Electron, so it runs on the hosted CI's Linux, macOS and Windows.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { _electron, type ElectronApplication, type Page } from 'playwright-core'
import { afterAll, describe, expect, it } from 'vitest'
import { electronExecutable } from '../../scripts/electronRuntime.mjs'
import { screenshot } from './harness'
import { dragAcross } from './selection'

const executable = process.env.ELECTRON_EXEC_PATH ? null : electronExecutable()
// The hosted CI sets PARALLAX_REQUIRE_ELECTRON=1: there a missing binary is a failure, not a skip.
if (!executable && process.env.PARALLAX_REQUIRE_ELECTRON === '1') throw new Error('PARALLAX_REQUIRE_ELECTRON is set, but the Electron binary is not downloaded')
if (!executable) console.warn('electron.test: skipped, as the Electron binary is not downloaded on this machine (run `npm start` once where it can be).')

const WORDS = "Moscow's Vnukovo Airport"
const folders: string[] = []
const running: ElectronApplication[] = []

afterAll(async () => {
  await Promise.all(running.map((app) => app.close().catch(() => undefined)))
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })))
})

async function launch(userData: string): Promise<{ app: ElectronApplication; page: Page }> {
  const args = [resolve('.'), `--user-data-dir=${userData}`]
  // Linux CI runners have no usable setuid sandbox helper for an unpacked Electron.
  if (process.platform === 'linux' && process.env.CI) args.push('--no-sandbox')
  const app = await _electron.launch({ executablePath: executable as string, args, timeout: 60_000 })
  running.push(app)
  const page = await app.firstWindow()
  await page.locator('[data-doc="2"] [data-passage]').first().waitFor({ timeout: 60_000 })
  return { app, page }
}

describe.skipIf(!executable)('Parallax on the real Electron', () => {
  it('opens on the sample, keeps a highlight across a restart, and exports a PDF', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-electron-'))
    folders.push(folder)
    const userData = join(folder, 'user-data')

    const first = await launch(userData)
    const quote = (doc: number) => first.page.locator(`[data-doc="${doc}"] [data-passage]`, { hasText: /we have consistently/i }).first()
    const passage = await quote(1).getAttribute('data-passage')
    expect(passage).toBeTruthy()
    await expect(quote(2).getAttribute('data-passage')).resolves.toBe(passage)
    await expect(first.page.locator(`[data-doc="0"] [data-passage="${passage}"]`).count()).resolves.toBe(0)
    await screenshot(first.page, 'electron-sample')

    await dragAcross(first.page, 2, WORDS)
    await first.page.getByRole('toolbar', { name: 'Highlight the selection' }).getByRole('button', { name: /^Highlight as claim/ }).click()
    await expect.poll(() => first.page.locator('[data-doc="2"] mark[data-highlight]').allTextContents()).toEqual([WORDS])
    await first.app.close()

    const second = await launch(userData)
    await second.page.locator('[data-doc="2"] mark[data-highlight]').first().waitFor()
    await expect(second.page.locator('[data-doc="2"] mark[data-highlight]').allTextContents()).resolves.toEqual([WORDS])

    // The native save dialog cannot be clicked; it answers with a path, as a person choosing one would.
    const pdfPath = join(folder, 'sample.pdf')
    await second.app.evaluate(({ dialog }, path) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog
    }, pdfPath)
    await second.page.getByRole('button', { name: 'Export PDF…' }).click()
    const exportDialog = second.page.getByRole('dialog', { name: 'Export PDF' })
    await exportDialog.getByRole('button', { name: 'Export…' }).click()
    await exportDialog.getByText(/^Saved sample\.pdf: \d+ pages/).waitFor({ timeout: 120_000 })
    expect((await readFile(pdfPath)).subarray(0, 5).toString('latin1')).toBe('%PDF-')
  }, 300_000)
})
