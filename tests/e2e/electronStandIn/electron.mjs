// A stand-in for the 'electron' module, enough for the built main bundle to start under plain Node.
// It records what the main process does (handlers registered, windows and their options, permission
// handlers, web-contents hardening) and, once the window loads its page, calls a few IPC handlers the way
// the real renderer would, including a PDF export: the save dialog answers with a path in
// PARALLAX_STANDIN_DOCUMENTS, and a window loaded with a hash plays the print view (its title says it is
// ready, printToPDF returns a two-page stand-in). On exit it writes the record as JSON to PARALLAX_STANDIN_REPORT.

import { writeFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'

const report = {
  sandboxEnabled: false,
  appListeners: [],
  handlers: [],
  windows: [],
  permissionHandlers: [],
  errors: [],
  calls: {},
  quit: false,
}
const handlers = new Map()
const appListeners = new Map()
const pending = []

/** A stand-in for Chromium's output: enough of a PDF for Parallax to count two pages. */
const STAND_IN_PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Pages /Count 2 >> endobj\n2 0 obj << /Type /Page >> endobj\n3 0 obj << /Type /Page >> endobj\n%%EOF\n', 'latin1')

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
  async printToPDF(options) {
    this.record.printOptions = options
    return STAND_IN_PDF
  }
  setWindowOpenHandler(handler) {
    this.record.windowOpenResult = handler({ url: 'https://example.invalid/', frameName: '', features: '' })
  }
  emitPrevented(event) {
    let prevented = false
    for (const listener of this.listeners[event] ?? []) listener({ preventDefault: () => (prevented = true) }, 'https://example.invalid/')
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
    this.record = { options, webContentsListeners: [], loaded: null, destroyed: false }
    report.windows.push(this.record)
    BrowserWindow.all.push(this)
    this.webContents = new FakeWebContents(this.record)
    for (const listener of appListeners.get('web-contents-created') ?? []) listener({}, this.webContents)
  }
  once() {
    return this
  }
  on() {
    return this
  }
  show() {}
  destroy() {
    this.record.destroyed = true
  }
  isDestroyed() {
    return this.record.destroyed
  }
  async loadFile(path, options) {
    if (options?.hash !== undefined) return this.loadPrintView(path, options.hash)
    this.record.loaded = { kind: 'file', path }
    this.record.navigationPrevented = this.webContents.emitPrevented('will-navigate')
    const page = pathToFileURL(path).href
    pending.push(
      (async () => {
        report.calls.listComparisons = await callAsPage('listComparisons', page)
        report.calls.fromForeignPage = await callAsPage('listComparisons', 'https://example.invalid/')
        report.calls.withBadArgument = await callAsPage('getArticle', page, { id: 42 })
        const comparisonId = report.calls.listComparisons.value?.[0]?.id
        const chosen = await callAsPage('choosePdfFile', page, { comparisonId })
        report.calls.choosePdfFile = chosen
        if (!chosen.ok) return
        const options = { paper: 'letter', orientation: 'portrait', columns: true, appendix: true, notes: false }
        report.calls.exportPdf = await callAsPage('exportPdf', page, { comparisonId, token: chosen.value.token, options })
        report.calls.openExportedFile = await callAsPage('openExportedFile', page, { token: chosen.value.token })
      })(),
    )
  }
  async loadPrintView(path, hash) {
    this.record.loaded = { kind: 'file', path, hash }
    // The print view lays out its pages after loading, then says so in its title.
    setImmediate(() => {
      this.webContents.emit('page-title-updated', 'Parallax')
      this.webContents.emit('page-title-updated', 'parallax:print-ready')
    })
  }
  async loadURL(url) {
    this.record.loaded = { kind: 'url', url }
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
  whenReady: () => Promise.resolve(),
  getPath: (name) => {
    if (name === 'userData') return process.env.PARALLAX_STANDIN_USER_DATA
    if (name === 'documents') return process.env.PARALLAX_STANDIN_DOCUMENTS
    throw new Error(`stand-in knows only userData and documents, not ${name}`)
  },
  getAppPath: () => process.cwd(),
  quit: () => (report.quit = true),
}

export const ipcMain = {
  handle(channel, handler) {
    if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    handlers.set(channel, handler)
    report.handlers.push(channel)
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
}

export default { app, BrowserWindow, ipcMain, session, dialog, shell }
