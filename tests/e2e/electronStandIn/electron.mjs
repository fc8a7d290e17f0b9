// A stand-in for the 'electron' module, enough for the built main bundle to start under plain Node.
// It records what the main process does (handlers registered, windows and their options, permission
// handlers, web-contents hardening) and, once the window loads its page, calls a few IPC handlers the way
// the real renderer would. On exit it writes the record as JSON to PARALLAX_STANDIN_REPORT.

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
    return BrowserWindow.all
  }
  constructor(options) {
    this.record = { options, webContentsListeners: [], loaded: null }
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
  async loadFile(path) {
    this.record.loaded = { kind: 'file', path }
    this.record.navigationPrevented = this.webContents.emitPrevented('will-navigate')
    const page = pathToFileURL(path).href
    pending.push(
      (async () => {
        report.calls.listComparisons = await callAsPage('listComparisons', page)
        report.calls.fromForeignPage = await callAsPage('listComparisons', 'https://example.invalid/')
        report.calls.withBadArgument = await callAsPage('getArticle', page, { id: 42 })
      })(),
    )
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
    if (name !== 'userData') throw new Error(`stand-in knows only userData, not ${name}`)
    return process.env.PARALLAX_STANDIN_USER_DATA
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
}

export default { app, BrowserWindow, ipcMain, session, dialog }
