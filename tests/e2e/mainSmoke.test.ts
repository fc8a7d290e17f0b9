// Smoke run of the built main bundle (out/main/index.js) under plain Node with a stand-in 'electron':
// it must start, register every contract handler, open the window at app://parallax/ with the secure
// options, serve the built renderer through its app:// handler and nothing outside it, open only safe
// links, give way to a running instance, set the menu, restore the window's bounds, and answer, including a PDF export through the hidden print window.

import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, describe, expect, it } from 'vitest'
import { printHash } from '../../src/shared/domain/pdf'
import { CHANNELS } from '../../src/shared/ipc/contract'

const run = promisify(execFile)
const folders: string[] = []

async function startMain(prepare?: (userData: string) => Promise<void>, env: Record<string, string> = {}) {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-smoke-'))
  folders.push(folder)
  const userData = join(folder, 'user-data')
  await prepare?.(userData)
  const reportPath = join(folder, 'report.json')
  const result = await run(process.execPath, ['--import', resolve('tests/e2e/electronStandIn/register.mjs'), resolve('out/main/index.js')], {
    env: { ...process.env, PARALLAX_STANDIN_REPORT: reportPath, PARALLAX_STANDIN_USER_DATA: userData, PARALLAX_STANDIN_DOCUMENTS: folder, ...env },
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
    expect(window.loaded).toEqual({ kind: 'url', url: 'app://parallax/index.html' })
    expect(window.webContentsListeners).toEqual(expect.arrayContaining(['will-navigate', 'will-redirect', 'will-attach-webview']))
    // Hardened once, though both the window factory and 'web-contents-created' ask for it.
    expect(window.webContentsListeners.filter((event: string) => event === 'will-navigate')).toHaveLength(1)
    expect(window.windowOpenHandlers).toBe(1)
    expect(report.permissionHandlers).toEqual([
      { kind: 'request', grantsMedia: false },
      { kind: 'check', grantsMedia: false },
      { kind: 'device', grants: false },
    ])
  })

  it('registers app:// as a privileged scheme before ready and serves the built renderer from it, nothing else', async () => {
    const { report } = await startMain()
    expect(report.privilegedSchemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
    expect(report.schemesRegisteredBeforeReady).toBe(true)
    expect(report.protocolHandlers).toEqual(['app'])
    const csp = expect.stringMatching(/^default-src 'none'; script-src 'self';.* frame-ancestors 'none'$/)
    expect(report.fetched.page).toEqual({ status: 200, contentType: 'text/html; charset=utf-8', csp, nosniff: 'nosniff', startsWith: '<!doctype html>' })
    expect(report.fetched.root).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8' })
    expect(report.fetched.head).toMatchObject({ status: 200, contentType: 'text/html; charset=utf-8', startsWith: '' })
    expect(report.fetched.worker).toMatchObject({ status: 200, contentType: 'text/javascript; charset=utf-8', csp })
    // The chunks loaded on first use come through the same handler as the entry (file names with capitals, - and _).
    const assets = Object.entries(report.fetched.assets as Record<string, { status: number; contentType: string }>)
    expect(assets.length).toBeGreaterThan(5)
    for (const [name, served] of assets) {
      expect({ name, ...served }).toEqual({ name, status: 200, contentType: name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8' })
    }
    for (const refused of ['outsideFolder', 'encodedBackslash', 'dotDot', 'otherHost', 'missing', 'post']) {
      expect({ refused, ...report.fetched[refused] }).toMatchObject({ refused, status: 404, csp: null })
    }
  })

  it('opens only web links the person clicks or picks in the context menu, and denies every navigation and new window', async () => {
    const { report } = await startMain()
    const [window] = report.windows
    expect(window.navigationPrevented).toEqual([true, true, true, true, true])
    expect(window.windowOpenResults).toEqual(Array(5).fill({ action: 'deny' }))
    // Navigations and new windows open nothing; the context menu's Open Link, then the openLink call.
    expect(report.openedExternal).toEqual(['https://example.invalid/context', 'https://example.invalid/clicked'])
    expect(report.calls.openLink).toEqual({ ok: true, value: undefined })
    expect(report.calls.openFileLink).toEqual({ ok: false, error: { code: 'invalid-argument', message: 'Parallax opens only web addresses (http or https) in your browser.' } })
  })

  it('brings the running window to the front when launched again, and a second instance quits without opening anything', async () => {
    const first = await startMain()
    expect(first.report.singleInstanceLock).toBe(true)
    // Shown once ready; then, minimised, the second launch restores, shows and focuses it.
    expect(first.report.windows[0].calls).toEqual(['show', 'restore', 'show', 'focus'])
    const second = await startMain(undefined, { PARALLAX_STANDIN_SECOND_INSTANCE: '1' })
    expect(second.report.singleInstanceLock).toBe(false)
    expect(second.report.quit).toBe(true)
    expect(second.report).toMatchObject({ windows: [], handlers: [], appListeners: [], privilegedSchemes: null, errors: [] })
    await expect(readdir(second.userData)).rejects.toMatchObject({ code: 'ENOENT' })
  })

  it('sets the application menu once ready, and opens the window at the default size the first time', async () => {
    const { report } = await startMain()
    const menus = report.applicationMenu.map((menu: { label: string }) => menu.label)
    expect(menus.slice(-5)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    const file = report.applicationMenu.find((menu: { label: string }) => menu.label === 'File')
    expect(file.submenu).toEqual(expect.arrayContaining([{ label: 'Import…', accelerator: 'CmdOrCtrl+O' }]))
    expect(report.windows[0].options).toMatchObject({ width: 1400, height: 900, backgroundColor: '#f4f3ef' })
    // On Linux the window carries the app's icon, read from the app folder (app.asar when packaged).
    expect(report.windows[0].options.icon).toEqual({ bytes: (await stat('resources/icon.png')).size, png: true })
  })

  it('rebuilds File > Open Recent when a comparison is opened, follows the theme setting natively, and sets About', async () => {
    const { report } = await startMain()
    const openRecent = (menu: { label: string; submenu?: { label: string; submenu?: { label: string }[] }[] }[]) =>
      menu.find((m) => m.label === 'File')?.submenu?.find((item) => item.label === 'Open Recent')?.submenu?.map((item) => item.label)
    expect(openRecent(report.menuBeforeOpening)).toEqual(['No recent comparisons'])
    expect(report.calls.comparisonOpened).toMatchObject({ ok: true })
    expect(openRecent(report.applicationMenu)).toEqual(['Kerry in Moscow, May 2013'])
    expect(report.calls.updateSettings).toEqual({ ok: true, value: { theme: 'light', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false } })
    expect(report.themeSources).toEqual(['system', 'light'])
    expect(report.aboutPanel).toMatchObject({ applicationName: 'Parallax', applicationVersion: '0.1.0' })
    // The page said only import, settings and about can be done: the rest is greyed out.
    expect(report.calls.setMenuState).toEqual({ ok: true })
    const file = report.applicationMenu.find((menu: { label: string }) => menu.label === 'File')
    expect(file.submenu).toEqual(expect.arrayContaining([{ label: 'Import…', accelerator: 'CmdOrCtrl+O' }, { label: 'Export PDF…', accelerator: 'CmdOrCtrl+P', enabled: false }]))
  })

  it('shows a context menu on selected text and on web links only, whose items reach the page or the checked helper', async () => {
    const { report } = await startMain()
    expect(report.contextMenus).toEqual([
      [{ label: 'copy' }, { label: 'separator' }, { label: 'Highlight' }, { label: 'Add Note…' }],
      [{ label: 'Open Link in Browser' }, { label: 'Copy Link Address' }],
      null,
    ])
    expect(report.sent).toEqual(expect.arrayContaining([['menu', 'highlightSelection'], ['menu', 'noteSelection']]))
    expect(report.openedExternal).toContain('https://example.invalid/context')
    expect(report.clipboard).toEqual(['https://example.invalid/context'])
  })

  it('restores the window where it was saved, and ignores a damaged window-state file', async () => {
    const saved = { x: 120, y: 60, width: 1100, height: 760, maximized: false }
    const restored = await startMain(async (folder) => {
      await mkdir(folder, { recursive: true })
      await writeFile(join(folder, 'window-state.json'), JSON.stringify(saved))
    })
    expect(restored.report.windows[0].options).toMatchObject({ x: 120, y: 60, width: 1100, height: 760 })
    const damaged = await startMain(async (folder) => {
      await mkdir(folder, { recursive: true })
      await writeFile(join(folder, 'window-state.json'), '{"x": 120,')
    })
    expect(damaged.report.errors).toEqual([])
    expect(damaged.report.windows[0].options).toMatchObject({ width: 1400, height: 900 })
    expect(damaged.report.windows[0].options).not.toHaveProperty('x')
  })

  it('shows no start-up notice when the library opened cleanly', async () => {
    const { report } = await startMain()
    expect(report.messageBoxes).toEqual([])
  })

  it('answers its own page with the sample, refuses a foreign page, and rejects a bad argument', async () => {
    const { report } = await startMain()
    expect(report.calls.listComparisons.ok).toBe(true)
    expect(report.calls.listComparisons.value.map((c: { title: string }) => c.title)).toEqual(['Kerry in Moscow, May 2013'])
    expect(report.calls.fromForeignPage).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringMatching(/refused/) } })
    expect(report.calls.fromFilePage).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(report.calls.withBadArgument).toMatchObject({ ok: false, error: { code: 'invalid-argument' } })
  })

  it('aligns the start comparison on its own thread, begun before the page asks, from the built thread program', async () => {
    const { report, stderr } = await startMain()
    expect(stderr).not.toMatch(/Error/)
    const { ok, value } = report.calls.getAlignment
    expect(ok).toBe(true)
    // Begun when the window opened: under way or done by the time the page asks, never new.
    expect(['aligning', 'ready']).toContain(value.found)
    expect(value.textHashes).toHaveLength(3)
    expect(value.alignment.documents).toHaveLength(3)
    expect(value.alignment.passages.length).toBeGreaterThan(0)
    expect(report.calls.getQuoteLedger).toMatchObject({ ok: true, value: { textHashes: value.textHashes } })
    expect(report.calls.getQuoteLedger.value.ledger.groups.length).toBeGreaterThan(0)
    expect((await readdir(resolve('out/main/chunks'))).filter((f) => f.startsWith('alignmentThread-'))).toHaveLength(1)
  })

  it('exports a PDF through a hidden, secure print window that is destroyed afterwards', async () => {
    const { report, documents } = await startMain()
    const fileName = 'Kerry-in-Moscow-May-2013.pdf'
    expect(report.saveDialog.options).toMatchObject({ title: 'Export PDF', defaultPath: join(documents, fileName), filters: [{ name: 'PDF', extensions: ['pdf'] }] })
    expect(report.calls.choosePdfFile).toEqual({ ok: true, value: { token: expect.any(String), fileName } })
    expect(report.calls.exportPdf).toEqual({ ok: true, value: { fileName, pages: 2, bytes: expect.any(Number), milliseconds: expect.any(Number) } })
    const written = await readFile(join(documents, fileName), 'latin1')
    expect(written).toMatch(/^%PDF-1\.\d/)
    expect(written).toContain('/Creator')
    expect(report.calls.exportPdf.value.bytes).toBe(written.length)
    expect(report.calls.openExportedFile).toEqual({ ok: true, value: undefined })
    expect(report.openedPaths).toEqual([join(documents, fileName)])

    expect(report.windows).toHaveLength(2)
    const print = report.windows[1]
    const comparisonId = report.calls.listComparisons.value[0].id
    const hash = printHash(comparisonId, { paper: 'letter', orientation: 'portrait', columns: true, appendix: true, notes: false, quotes: false })
    expect(print.loaded).toEqual({ kind: 'url', url: `app://parallax/index.html${hash}` })
    expect(print.options.show).toBe(false)
    expect(print.options.webPreferences).toEqual(report.windows[0].options.webPreferences)
    expect(print.windowOpenHandlers).toBe(1)
    expect(print.webContentsListeners).toEqual(expect.arrayContaining(['will-navigate', 'page-title-updated', 'did-fail-load', 'render-process-gone']))
    expect(print.printOptions).toEqual({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true })
    expect(print.destroyed).toBe(true)
  })

  it('keeps the PDF library out of the code it reads at start-up, loading it on the first export above', async () => {
    // The bundler names each module it bundles in a comment; the PDF library and its compression were half
    // of the start-up bundle, and Markdown parsing came in with the import modules' index though main never parses Markdown.
    const startup = await readFile(resolve('out/main/index.js'), 'utf8')
    expect(startup).not.toMatch(/node_modules\/(pdf-lib|@pdf-lib|pako|markdown-it)\//)
    const chunks = (await readdir(resolve('out/main'))).filter((name) => name.endsWith('.js') && name !== 'index.js')
    const pdfChunk = chunks.find((name) => name.startsWith('pdfDocumentInfo-'))
    expect(pdfChunk).toBeDefined()
    expect(startup).toContain(`import("./${pdfChunk}")`)
    expect(await readFile(resolve('out/main', pdfChunk as string), 'utf8')).toMatch(/node_modules\/pdf-lib\//)
  })

  it('recovers from a damaged library file: opens the window, says what happened and where the file is, and shows it on request', async () => {
    const damaged = '{"schemaVersion": 1, "articles": ['
    const { report, userData } = await startMain(async (folder) => {
      await mkdir(join(folder, 'library'), { recursive: true })
      await writeFile(join(folder, 'library', 'library.json'), damaged)
    })
    expect(report.errors).toEqual([])
    expect(report.quit).toBe(false)
    expect(report.windows.filter((w: { destroyed: boolean }) => !w.destroyed)).toHaveLength(1)
    expect(report.messageBoxes).toHaveLength(1)
    const [box] = report.messageBoxes
    expect(box).toMatchObject({ type: 'warning', message: 'Your library was recovered', buttons: ['Open folder', 'OK'] })
    const movedTo = (await readdir(join(userData, 'library'))).find((name) => name.startsWith('library.json.damaged-'))
    expect(movedTo).toBeDefined()
    const movedPath = join(userData, 'library', movedTo ?? '')
    expect(box.detail).toContain(movedPath)
    // The stand-in answers "Open folder": the file manager is asked to show the damaged file, kept as it was.
    expect(report.shownInFolder).toEqual([movedPath])
    await expect(readFile(movedPath, 'utf8')).resolves.toBe(damaged)
  })

  it('says in an error box why it could not start when the library cannot be opened at all, and quits', async () => {
    // The user-data folder is a file: nothing can be read or written there, and nothing is touched.
    const { report, userData } = await startMain(async (folder) => {
      await writeFile(folder, 'not a folder')
    })
    expect(report.windows).toHaveLength(0)
    expect(report.quit).toBe(true)
    expect(report.errors).toHaveLength(1)
    expect(report.errors[0].title).toBe('Parallax could not start')
    expect(report.errors[0].content).toContain(userData)
    await expect(readFile(userData, 'utf8')).resolves.toBe('not a folder')
  })
})
