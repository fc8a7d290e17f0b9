// A stand-in for the 'electron' module, enough for the built main bundle to start under plain Node.
// It records what the main process does (handlers registered, windows and their options, permission
// handlers, web-contents hardening, the app:// scheme and its handler, links handed to openExternal) and,
// once the window loads its page, plays the renderer: it fetches through the app:// handler (the page,
// the worker, and addresses that try to leave the renderer folder), follows links, launches the app a
// second time, and calls a few IPC handlers, including a PDF export: the save dialog answers with a path
// in PARALLAX_STANDIN_DOCUMENTS, and a window loaded with a hash plays the print view (its title says it
// is ready, printToPDF returns a two-page stand-in). With PARALLAX_STANDIN_SECOND_INSTANCE=1 the
// single-instance lock is already held. The application menu and the one display (for restoring the
// window's bounds) are stand-ins too. On exit it writes the record as JSON to PARALLAX_STANDIN_REPORT, with
// the time from the bundle's start to the window's loadURL (PARALLAX_STANDIN_STARTUP_ONLY=1 stops there).

import { readdirSync, writeFileSync } from 'node:fs'

/** When the main bundle began: it imports 'electron' before its first line runs. */
const evaluatedAt = performance.now()

const report = {
  /** How long from the bundle's start to the main window's loadURL (the start-up budget's measure). */
  startup: null,
  sandboxEnabled: false,
  appListeners: [],
  handlers: [],
  windows: [],
  permissionHandlers: [],
  errors: [],
  calls: {},
  quit: false,
  singleInstanceLock: null,
  privilegedSchemes: null,
  schemesRegisteredBeforeReady: null,
  protocolHandlers: [],
  fetched: {},
  openedExternal: [],
  messageBoxes: [],
  shownInFolder: [],
  applicationMenu: null,
  sent: [],
  contextMenus: [],
  clipboard: [],
  themeSources: [],
  aboutPanel: null,
}
const handlers = new Map()
const appListeners = new Map()
const pending = []
const protocolHandlers = new Map()
let ready = false

/** Asks the registered app:// handler for a URL, as Chromium would for the page, a script or the worker. */
async function fetchFromApp(url, method = 'GET') {
  const handler = protocolHandlers.get(new URL(url).protocol.slice(0, -1))
  if (!handler) return { missing: true }
  const response = await handler(new Request(url, { method }))
  const body = await response.text()
  return {
    status: response.status,
    contentType: response.headers.get('content-type'),
    csp: response.headers.get('content-security-policy'),
    nosniff: response.headers.get('x-content-type-options'),
    startsWith: body.slice(0, 15),
  }
}

/** The links a page could try to follow, from a plain web address to every scheme that must not open. */
const LINKS = ['https://example.invalid/story', 'javascript:alert(1)', 'file:///etc/passwd', 'https://user:secret@example.invalid/', 'parallax-evil://x']

/** A stand-in for Chromium's output: enough of a PDF for Parallax to count two pages. */
// Two pages with a catalog and a page tree, as a printer writes a PDF (Parallax then sets its title and creator).
const STAND_IN_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n' +
    '3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj << /Type /Page /Parent 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n',
  'latin1',
)

process.on('exit', () => writeFileSync(process.env.PARALLAX_STANDIN_REPORT, JSON.stringify(report, null, 2)))

class FakeWebContents {
  constructor(record) {
    this.record = record
    this.listeners = {}
  }
  on(event, listener) {
    ;(this.listeners[event] ??= []).push(listener)
    this.record.webContentsListeners.push(event)
    return this
  }
  removeListener(event, listener) {
    this.listeners[event] = (this.listeners[event] ?? []).filter((l) => l !== listener)
    return this
  }
  emit(event, ...args) {
    for (const listener of this.listeners[event] ?? []) listener({ preventDefault() {} }, ...args)
  }
  send(channel, value) {
    report.sent.push([channel, value])
  }
  /** A right-click on selected text, then on a link: records each menu shown and clicks its items by id. */
  playContextMenus() {
    const flags = { canCut: false, canCopy: true, canPaste: false, canSelectAll: true }
    const targets = [
      { selectionText: "Moscow's Vnukovo Airport", isEditable: false, linkURL: '', editFlags: flags },
      { selectionText: '', isEditable: false, linkURL: 'https://example.invalid/context', editFlags: flags },
      { selectionText: '', isEditable: false, linkURL: 'file:///etc/passwd', editFlags: flags },
    ]
    for (const params of targets) {
      popups.length = 0
      this.emit('context-menu', params)
      const popup = popups[0]
      report.contextMenus.push(popup ? describeMenu(popup.template) : null)
      for (const item of popup?.template ?? []) if (item.id) item.click()
    }
  }
  /** Follows each link, in place and as a new window, the way a click would; records what was allowed. */
  followLinks() {
    this.record.navigationPrevented = LINKS.map((url) => this.emitPrevented('will-navigate', url))
    this.record.windowOpenResults = LINKS.map((url) => this.openHandler?.({ url, frameName: '', features: '', disposition: 'foreground-tab' }))
  }
  async printToPDF(options) {
    this.record.printOptions = options
    return STAND_IN_PDF
  }
  setWindowOpenHandler(handler) {
    this.openHandler = handler
    this.record.windowOpenHandlers = (this.record.windowOpenHandlers ?? 0) + 1
  }
  emitPrevented(event, url) {
    let prevented = false
    for (const listener of this.listeners[event] ?? []) listener({ url, preventDefault: () => (prevented = true) }, url)
    return prevented
  }
}

async function callAsPage(channel, url, input) {
  const handler = handlers.get(channel)
  if (!handler) return { missing: true }
  return handler({ senderFrame: { url, parent: null } }, input)
}

export class BrowserWindow {
  static all = []
  static getAllWindows() {
    return BrowserWindow.all.filter((window) => !window.record.destroyed)
  }
  static getFocusedWindow() {
    return BrowserWindow.getAllWindows()[0] ?? null
  }
  constructor(options) {
    this.record = { options, webContentsListeners: [], loaded: null, destroyed: false, calls: [] }
    this.onceListeners = {}
    this.minimized = false
    report.windows.push(this.record)
    BrowserWindow.all.push(this)
    this.webContents = new FakeWebContents(this.record)
    for (const listener of appListeners.get('web-contents-created') ?? []) listener({}, this.webContents)
  }
  once(event, listener) {
    ;(this.onceListeners[event] ??= []).push(listener)
    return this
  }
  emitOnce(event) {
    const listeners = this.onceListeners[event] ?? []
    this.onceListeners[event] = []
    for (const listener of listeners) listener()
  }
  on() {
    return this
  }
  getNormalBounds() {
    const { x = 0, y = 0, width, height } = this.record.options
    return { x, y, width, height }
  }
  isMaximized() {
    return false
  }
  maximize() {
    this.record.calls.push('maximize')
  }
  show() {
    this.record.calls.push('show')
  }
  focus() {
    this.record.calls.push('focus')
  }
  isMinimized() {
    return this.minimized
  }
  restore() {
    this.minimized = false
    this.record.calls.push('restore')
  }
  destroy() {
    this.record.destroyed = true
  }
  isDestroyed() {
    return this.record.destroyed
  }
  async loadURL(url) {
    const hash = new URL(url).hash
    this.record.loaded = { kind: 'url', url }
    if (hash) return this.loadPrintView()
    report.startup ??= { loadUrlMs: performance.now() - evaluatedAt }
    // For the start-up benchmark: the window's page is not played.
    if (process.env.PARALLAX_STANDIN_STARTUP_ONLY === '1') return
    this.webContents.followLinks()
    pending.push(this.playPage(url))
  }
  async playPage(page) {
    const asset = readdirSync('out/renderer/assets').find((name) => name.startsWith('alignment.worker'))
    report.fetched = {
      page: await fetchFromApp(page),
      root: await fetchFromApp('app://parallax/'),
      head: await fetchFromApp(page, 'HEAD'),
      worker: await fetchFromApp(`app://parallax/assets/${asset}`),
      outsideFolder: await fetchFromApp('app://parallax/..%2Fmain%2Findex.js'),
      encodedBackslash: await fetchFromApp('app://parallax/assets%5C..%5C..%5Cmain%5Cindex.js'),
      dotDot: await fetchFromApp('app://parallax/../main/index.js'),
      otherHost: await fetchFromApp('app://evil/index.html'),
      missing: await fetchFromApp('app://parallax/nothing-here.js'),
      post: await fetchFromApp(page, 'POST'),
    }
    // Every script and stylesheet the build emits, the chunks loaded on first use among them, by file name.
    report.fetched.assets = {}
    for (const name of readdirSync('out/renderer/assets')) {
      const { status, contentType } = await fetchFromApp(`app://parallax/assets/${name}`)
      report.fetched.assets[name] = { status, contentType }
    }
    this.emitOnce('ready-to-show')
    this.webContents.playContextMenus()
    // A second launch while this one runs, with the window minimised: it must come back to the front.
    this.minimized = true
    for (const listener of appListeners.get('second-instance') ?? []) listener({}, ['parallax'], process.cwd())
    report.calls.listComparisons = await callAsPage('listComparisons', page)
    report.calls.fromForeignPage = await callAsPage('listComparisons', 'https://example.invalid/')
    report.calls.fromFilePage = await callAsPage('listComparisons', `file://${process.cwd()}/out/renderer/index.html`)
    report.calls.withBadArgument = await callAsPage('getArticle', page, { id: 42 })
    // A click on an article's web address (the preload has checked the gesture), and one on a file address.
    report.calls.openLink = await callAsPage('openLink', page, { url: 'https://example.invalid/clicked' })
    report.calls.openFileLink = await callAsPage('openLink', page, { url: 'file:///etc/passwd' })
    const comparisonId = report.calls.listComparisons.value?.[0]?.id
    // Opening a comparison puts it in File > Open Recent: the menu is built again with it.
    report.menuBeforeOpening = report.applicationMenu
    report.calls.comparisonOpened = await callAsPage('comparisonOpened', page, { id: comparisonId })
    // The page opening the sample asks main for its alignment, which main's thread began at start-up.
    report.calls.getAlignment = await callAsPage('getAlignment', page, { comparisonId })
    report.calls.getQuoteLedger = await callAsPage('getQuoteLedger', page, { comparisonId })
    report.calls.updateSettings = await callAsPage('updateSettings', page, { theme: 'light' })
    // The Articles view is open: no comparison, so nothing to export, find or step through.
    report.calls.setMenuState = await callAsPage('setMenuState', page, { available: ['import', 'openSettings', 'about'] })
    const chosen = await callAsPage('choosePdfFile', page, { comparisonId })
    report.calls.choosePdfFile = chosen
    if (!chosen.ok) return
    const options = { paper: 'letter', orientation: 'portrait', columns: true, appendix: true, notes: false, quotes: false }
    report.calls.exportPdf = await callAsPage('exportPdf', page, { comparisonId, token: chosen.value.token, options })
    report.calls.openExportedFile = await callAsPage('openExportedFile', page, { token: chosen.value.token })
  }
  async loadPrintView() {
    // The print view lays out its pages after loading, then says so in its title.
    setImmediate(() => {
      this.webContents.emit('page-title-updated', 'Parallax')
      this.webContents.emit('page-title-updated', 'parallax:print-ready')
    })
  }
}

export const app = {
  isPackaged: false,
  enableSandbox: () => (report.sandboxEnabled = true),
  on(event, listener) {
    report.appListeners.push(event)
    appListeners.set(event, [...(appListeners.get(event) ?? []), listener])
    return app
  },
  whenReady: () => {
    ready = true
    return Promise.resolve()
  },
  requestSingleInstanceLock: () => (report.singleInstanceLock = process.env.PARALLAX_STANDIN_SECOND_INSTANCE !== '1'),
  getPath: (name) => {
    if (name === 'userData') return process.env.PARALLAX_STANDIN_USER_DATA
    if (name === 'documents') return process.env.PARALLAX_STANDIN_DOCUMENTS
    throw new Error(`stand-in knows only userData and documents, not ${name}`)
  },
  getAppPath: () => process.cwd(),
  getName: () => 'Parallax',
  getVersion: () => '0.1.0',
  setAboutPanelOptions: (options) => (report.aboutPanel = options),
  quit: () => (report.quit = true),
}

export const nativeTheme = {
  shouldUseDarkColors: false,
  set themeSource(theme) {
    report.themeSources.push(theme)
  },
}

/** An image as the stand-in keeps it: how many bytes it was made from, and whether they are a PNG. */
export const nativeImage = {
  createFromBuffer: (bytes) => ({ bytes: bytes.length, png: bytes.subarray(1, 4).toString('latin1') === 'PNG' }),
}

export const clipboard = {
  writeText: (text) => report.clipboard.push(text),
}

const popups = []

/** The menu is recorded as labels (menus, then their items), with each accelerator; clicks are not played. */
function describeMenu(template) {
  return template.map((item) => ({
    label: item.label ?? item.role ?? item.type,
    ...(item.accelerator ? { accelerator: item.accelerator } : {}),
    ...(item.enabled === false ? { enabled: false } : {}),
    ...(Array.isArray(item.submenu) ? { submenu: describeMenu(item.submenu) } : {}),
  }))
}

export const Menu = {
  buildFromTemplate: (template) => ({
    template,
    popup(options) {
      if (!options?.window) throw new Error('a context menu pops up over its window')
      popups.push(this)
    },
  }),
  setApplicationMenu(menu) {
    if (!ready) throw new Error('Menu.setApplicationMenu before the app is ready')
    report.applicationMenu = menu ? describeMenu(menu.template) : null
  },
}

/** One 1920x1080 display with a 40-pixel panel, as a common laptop would report it. */
const DISPLAY = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, workArea: { x: 0, y: 0, width: 1920, height: 1040 }, scaleFactor: 1 }

export const screen = {
  getAllDisplays() {
    if (!ready) throw new Error('screen before the app is ready')
    return [DISPLAY]
  },
  getPrimaryDisplay() {
    if (!ready) throw new Error('screen before the app is ready')
    return DISPLAY
  },
}

export const ipcMain = {
  handle(channel, handler) {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    handlers.set(channel, handler)
    report.handlers.push(channel)
  },
}

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    report.privilegedSchemes = schemes
    report.schemesRegisteredBeforeReady = !ready
  },
  handle(scheme, handler) {
    if (!ready) throw new Error('protocol.handle before the app is ready')
    protocolHandlers.set(scheme, handler)
    report.protocolHandlers.push(scheme)
  },
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler) => {
      let answer
      handler({}, 'media', (granted) => (answer = granted))
      report.permissionHandlers.push({ kind: 'request', grantsMedia: answer })
    },
    setPermissionCheckHandler: (handler) => report.permissionHandlers.push({ kind: 'check', grantsMedia: handler({}, 'media') }),
    setDevicePermissionHandler: (handler) => report.permissionHandlers.push({ kind: 'device', grants: handler({}) }),
  },
}

export const dialog = {
  showErrorBox: (title, content) => report.errors.push({ title, content }),
  // Answers as a person would who accepts the suggested name, but typed without the extension.
  async showMessageBox(...args) {
    report.messageBoxes.push(args.at(-1))
    return { response: 0, checkboxChecked: false }
  },
  async showSaveDialog(...args) {
    const options = args.at(-1)
    report.saveDialog = { options, hasParent: args.length === 2 }
    return { canceled: false, filePath: options.defaultPath.replace(/\.pdf$/, '') }
  },
}

export const shell = {
  async openPath(path) {
    report.openedPaths = [...(report.openedPaths ?? []), path]
    return ''
  },
  async openExternal(url) {
    report.openedExternal.push(url)
  },
  showItemInFolder(path) {
    report.shownInFolder.push(path)
  },
}

// The page transport is built at start but asked for nothing here (it is tested under Node, over Node's fetch).
export const net = {
  request() {
    throw new Error('net.request is not part of the stand-in')
  },
}

export default { app, BrowserWindow, clipboard, ipcMain, Menu, nativeImage, nativeTheme, net, protocol, screen, session, dialog, shell }
