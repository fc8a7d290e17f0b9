// Smoke run of the built main bundle (out/main/index.js) under plain Node with a stand-in 'electron':
// it must start, register every contract handler, open the window with the secure options, and answer,
// including a PDF export through the hidden print window.

import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { printHash } from '../../src/shared/domain/pdf'
import { CHANNELS } from '../../src/shared/ipc/contract'

const run = promisify(execFile)
const folders: string[] = []

async function startMain(prepare?: (userData: string) => Promise<void>) {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-smoke-'))
  folders.push(folder)
  const userData = join(folder, 'user-data')
  await prepare?.(userData)
  const reportPath = join(folder, 'report.json')
  const result = await run(process.execPath, ['--import', resolve('tests/e2e/electronStandIn/register.mjs'), resolve('out/main/index.js')], {
    env: { ...process.env, PARALLAX_STANDIN_REPORT: reportPath, PARALLAX_STANDIN_USER_DATA: userData, PARALLAX_STANDIN_DOCUMENTS: folder },
    timeout: 30_000,
  })
  return { ...result, report: JSON.parse(await readFile(reportPath, 'utf8')), userData, documents: folder }
}

afterAll(async () => {
  await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })))
})

describe('the built main bundle', () => {
  it('starts, registers every contract handler once, and opens one secure window on the built page', async () => {
    const { report, stderr } = await startMain()
    expect(stderr).not.toMatch(/Error/)
    expect(report.errors).toEqual([])
    expect([...report.handlers].sort()).toEqual([...CHANNELS].sort())
    expect(report.sandboxEnabled).toBe(true)
    // The main window stays; the hidden print window of the stand-in's PDF export is gone.
    expect(report.windows.filter((w: { destroyed: boolean }) => !w.destroyed)).toHaveLength(1)
    const [window] = report.windows
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    })
    expect(window.options.webPreferences.preload).toBe(resolve('out/preload/index.cjs'))
    expect(window.loaded).toEqual({ kind: 'file', path: resolve('out/renderer/index.html') })
    expect(window.windowOpenResult).toEqual({ action: 'deny' })
    expect(window.navigationPrevented).toBe(true)
    expect(window.webContentsListeners).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']))
    expect(report.permissionHandlers).toEqual([
      { kind: 'request', grantsMedia: false },
      { kind: 'check', grantsMedia: false },
      { kind: 'device', grants: false },
    ])
  })

  it('answers its own page with the sample, refuses a foreign page, and rejects a bad argument', async () => {
    const { report } = await startMain()
    expect(report.calls.listComparisons.ok).toBe(true)
    expect(report.calls.listComparisons.value.map((c: { title: string }) => c.title)).toEqual(['Kerry in Moscow, May 2013'])
    expect(report.calls.fromForeignPage).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/refused/) } })
    expect(report.calls.withBadArgument).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('exports a PDF through a hidden, secure print window that is destroyed afterwards', async () => {
    const { report, documents } = await startMain()
    const fileName = 'Kerry-in-Moscow-May-2013.pdf'
    expect(report.saveDialog.options).toMatchObject({ title: 'Export PDF', defaultPath: join(documents, fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] })
    expect(report.calls.choosePdfFile).toEqual({ ok: true, value: { token: expect.any(String), fileName } })
    expect(report.calls.exportPdf).toEqual({ ok: true, value: { fileName, pages: 2, bytes: expect.any(Number), milliseconds: expect.any(Number) } })
    const written = await readFile(join(documents, fileName), 'latin1')
    expect(written).toMatch(/^%PDF-1\.4/)
    expect(report.calls.exportPdf.value.bytes).toBe(written.length)
    expect(report.calls.openExportedFile).toEqual({ ok: true, value: undefined })
    expect(report.openedPaths).toEqual([join(documents, fileName)])

    expect(report.windows).toHaveLength(2)
    const print = report.windows[1]
    const comparisonId = report.calls.listComparisons.value[0].id
    const hash = printHash(comparisonId, { paper: 'letter', orientation: 'portrait', columns: true, appendix: true, notes: false })
    expect(print.loaded).toEqual({ kind: 'file', path: resolve('out/renderer/index.html'), hash: hash.slice(1) })
    expect(print.options.show).toBe(false)
    expect(print.options.webPreferences).toEqual(report.windows[0].options.webPreferences)
    expect(print.windowOpenResult).toEqual({ action: 'deny' })
    expect(print.webContentsListeners).toEqual(expect.arrayContaining(['will-navigate', 'page-title-updated', 'did-fail-load', 'render-process-gone']))
    expect(print.printOptions).toEqual({ printBackground: true, preferCSSPageSize: true })
    expect(print.destroyed).toBe(true)
  })

  it('reports a damaged library in words, quits, and leaves the file untouched', async () => {
    const damaged = '{"schemaVersion": 1, "articles": ['
    const { report, userData } = await startMain(async (folder) => {
      const { mkdir } = await import('node:fs/promises')
      await mkdir(join(folder, 'library'), { recursive: true })
      await writeFile(join(folder, 'library', 'library.json'), damaged)
    })
    expect(report.windows).toHaveLength(0)
    expect(report.quit).toBe(true)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0].title).toBe('Parallax could not start')
    expect(report.errors[0].content).toContain('not valid JSON')
    expect(report.errors[0].content).toContain(join(userData, 'library', 'library.json'))
    await expect(readFile(join(userData, 'library', 'library.json'), 'utf8')).resolves.toBe(damaged)
  })
})
