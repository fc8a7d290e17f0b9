// The BrowserWindow factory, with every security setting in one place (STYLE.md rule 7):
// an isolated, sandboxed renderer without Node; no navigation, no new windows, no webviews, no permissions.

import { BrowserWindow, type Session, type WebContents, type WebPreferences } from 'electron'

/** Where the renderer page comes from: a dev-server URL, or the built index.html on disk. */
export type RendererPage = { kind: 'url'; url: string } | { kind: 'file'; path: string }

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  }
}

/** Applied to every web contents the app creates: the page may never leave, open or embed anything. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => event.preventDefault())
  contents.on('will-redirect', (event) => event.preventDefault())
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(() => ({ action: 'deny' }))
}

/** Parallax needs no camera, microphone, notifications, geolocation or any other permission. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

export interface MainWindowOptions {
  preloadPath: string
  page: RendererPage
}

export function createMainWindow({ preloadPath, page }: MainWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Parallax',
    backgroundColor: '#1e1f22',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(preloadPath),
  })
  hardenWebContents(window.webContents)
  window.once('ready-to-show', () => window.show())
  if (page.kind === 'url') void window.loadURL(page.url)
  else void window.loadFile(page.path)
  return window
}

export interface PrintWindowOptions extends MainWindowOptions {
  /** The print view's hash route, with its leading '#' (see printHash). */
  hash: string
}

/**
 * A hidden window that renders the print view for printToPDF: the same secure renderer as the main
 * window, never shown. The caller waits for it to load and must destroy it. Paper size comes from the
 * page's CSS, so the window's size only affects layout before printing.
 */
export function createPrintWindow({ preloadPath, page, hash }: PrintWindowOptions): { window: BrowserWindow; loaded: Promise<void> } {
  const window = new BrowserWindow({
    width: 1200,
    height: 900,
    show: false,
    title: 'Parallax print',
    webPreferences: secureWebPreferences(preloadPath),
  })
  hardenWebContents(window.webContents)
  const loaded =
    page.kind === 'url' ? window.loadURL(page.url + hash) : window.loadFile(page.path, { hash: hash.replace(/^#/, '') })
  return { window, loaded }
}
