// The BrowserWindow factory, with every security setting in one place (STYLE.md rule 7): an isolated,
// sandboxed renderer without Node, loaded from app://parallax/; no navigation, no new windows, no
// webviews, no permissions. A link the person clicks leaves only through openLink and the checked openExternal.

import { BrowserWindow, type BrowserWindowConstructorOptions, type NativeImage, type Session, type WebContents } from 'electron'
import { RENDERER_ENTRY_URL } from './rendererProtocol'
import type { RestoredBounds, WindowDefaults } from './windowState'

/** Where the renderer page comes from: the dev server in `npm run dev`, else the app:// scheme. */
export type RendererPage = { kind: 'url'; url: string } | { kind: 'app' }

/** The address a window loads for `page`, with the hash route if one is given ('#/print/...'). */
export function rendererPageUrl(page: RendererPage, hash = ''): string {
  const url = new URL(page.kind === 'url' ? page.url : RENDERER_ENTRY_URL)
  url.hash = hash
  return url.href
}

/**
 * Every Parallax window is made here. The preferences are written out in the call itself, not built
 * elsewhere, so that a static checker (Electronegativity, run by the tests) sees each of them.
 */
function createSecureWindow(preloadPath: string, options: Omit<BrowserWindowConstructorOptions, 'webPreferences'>): BrowserWindow {
  const window = new BrowserWindow({
    ...options,
    webPreferences: {
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
      // A middle click opens links as new windows; those are refused anyway, this closes the path.
      disableBlinkFeatures: 'Auxclick',
    },
  })
  hardenWebContents(window.webContents)
  return window
}

const hardened = new WeakSet<WebContents>()

/**
 * Applied to every web contents the app creates: the page may never leave, open or embed anything.
 * Navigation and new windows are refused and open nothing, since neither says whether the person asked
 * for it: a link the person clicks goes to the browser through the openLink call, which the preload
 * passes on only with a fresh user gesture (and openExternal checks the address). Applied once per contents.
 */
export function hardenWebContents(contents: WebContents): void {
  if (hardened.has(contents)) return
  hardened.add(contents)
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
  /** Where the window was last time (see windowState.ts); without it, the default size, placed by the system. */
  bounds?: RestoredBounds
  /** Whether the page will be dark: the window is filled with the page's own background until it paints. */
  dark?: boolean
  /** The window's icon, where the system takes it from the window (Linux); elsewhere the installed app's icon is used. */
  icon?: NativeImage
}

/** The main window's size on first run and the smallest it may become. */
export const MAIN_WINDOW_SIZE: WindowDefaults = { width: 1400, height: 900, minWidth: 720, minHeight: 480 }

/** The page's background colours (theme.css --bg), light and dark. */
export const PAGE_BACKGROUND = { light: '#f4f3ef', dark: '#1b1c1f' } as const

export function createMainWindow({ preloadPath, page, bounds, dark = false, icon }: MainWindowOptions): BrowserWindow {
  const position = bounds?.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}
  const window = createSecureWindow(preloadPath, {
    ...position,
    width: bounds?.width ?? MAIN_WINDOW_SIZE.width,
    height: bounds?.height ?? MAIN_WINDOW_SIZE.height,
    minWidth: MAIN_WINDOW_SIZE.minWidth,
    minHeight: MAIN_WINDOW_SIZE.minHeight,
    show: false,
    title: 'Parallax',
    backgroundColor: dark ? PAGE_BACKGROUND.dark : PAGE_BACKGROUND.light,
    autoHideMenuBar: false,
    ...(icon ? { icon } : {}),
  })
  window.once('ready-to-show', () => {
    // Maximised before the first show, so the window appears once, already at its size.
    if (bounds?.maximized) window.maximize()
    window.show()
  })
  void window.loadURL(rendererPageUrl(page))
  return window
}

/** Brings a window to the front for a second launch of the app: restored if minimised, shown, focused. */
export function bringToFront(window: BrowserWindow): void {
  if (window.isDestroyed()) return
  if (window.isMinimized()) window.restore()
  window.show()
  window.focus()
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
  const window = createSecureWindow(preloadPath, { width: 1200, height: 900, show: false, title: 'Parallax print' })
  return { window, loaded: window.loadURL(rendererPageUrl(page, hash)) }
}
