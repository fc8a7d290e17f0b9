// The window factory with 'electron' mocked: secure options, the app:// page, handlers that refuse
// navigation, new windows, webviews and every permission, links offered to the checked openExternal
// (and only once per contents), and bringing the window back for a second launch.

import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { NativeImage } from 'electron'

const created = vi.hoisted(() => [] as FakeWindow[])
const openExternal = vi.hoisted(() => vi.fn(async (_url: string) => {}))

interface Listener {
  (event: { preventDefault: () => void; url?: string }, ...args: unknown[]): void
}

class FakeWebContents {
  listeners = new Map<string, Listener[]>()
  openHandler: ((details: { url: string; postBody?: unknown }) => unknown) | null = null
  openHandlersSet = 0
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.openHandler = handler
    this.openHandlersSet += 1
  }
  /** Emits an event the way Electron does (the URL on the event, and as the deprecated argument) and says whether a listener prevented it. */
  emit(event: string, url?: string, ...args: unknown[]): boolean {
    let prevented = false
    for (const listener of this.listeners.get(event) ?? []) listener({ url, preventDefault: () => (prevented = true) }, url, ...args)
    return prevented
  }
}

class FakeWindow {
  webContents = new FakeWebContents()
  loaded: { file?: string; url?: string } = {}
  onceListeners = new Map<string, () => void>()
  calls: string[] = []
  minimized = false
  destroyed = false
  constructor(readonly options: Record<string, unknown>) {
    created.push(this)
  }
  once(event: string, listener: () => void) {
    this.onceListeners.set(event, listener)
    return this
  }
  show() {
    this.calls.push('show')
  }
  focus() {
    this.calls.push('focus')
  }
  restore() {
    this.calls.push('restore')
    this.minimized = false
  }
  maximize() {
    this.calls.push('maximize')
  }
  isMinimized() {
    return this.minimized
  }
  isDestroyed() {
    return this.destroyed
  }
  loadFile(file: string) {
    this.loaded = { file }
    return Promise.resolve()
  }
  loadURL(url: string) {
    this.loaded = { url }
    return Promise.resolve()
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow, shell: { openExternal } }))

const { bringToFront, createMainWindow, createPrintWindow, denyAllPermissions, hardenWebContents, PAGE_BACKGROUND, rendererPageUrl } = await import('../../../src/main/window')

const SECURE_PREFERENCES = {
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
  disableBlinkFeatures: 'Auxclick',
}

beforeEach(() => {
  created.length = 0
  openExternal.mockClear()
})

describe('rendererPageUrl', () => {
  it('is app://parallax/index.html for the built renderer, with the hash route when given', () => {
    expect(rendererPageUrl({ kind: 'app' })).toBe('app://parallax/index.html')
    expect(rendererPageUrl({ kind: 'app' }, '#/print/c1?paper=a4&include=columns,notes')).toBe('app://parallax/index.html#/print/c1?paper=a4&include=columns,notes')
  })

  it('is the dev server address in development, with the hash route appended', () => {
    expect(rendererPageUrl({ kind: 'url', url: 'http://localhost:5173/' }, '#/library')).toBe('http://localhost:5173/#/library')
    expect(rendererPageUrl({ kind: 'url', url: 'http://localhost:5173' })).toBe('http://localhost:5173/')
  })
})

describe('createMainWindow', () => {
  it('opens app://parallax/index.html with the secure options and shows the window once ready', () => {
    const window = createMainWindow({ preloadPath: '/app/preload.cjs', page: { kind: 'app' } })
    expect(created).toHaveLength(1)
    const fake = created[0] as FakeWindow
    expect(window).toBe(fake)
    expect(fake.options['webPreferences']).toEqual({ preload: '/app/preload.cjs', spellcheck: true, ...SECURE_PREFERENCES })
    expect(fake.loaded).toEqual({ url: 'app://parallax/index.html' })
    expect(fake.calls).toEqual([])
    fake.onceListeners.get('ready-to-show')?.()
    expect(fake.calls).toEqual(['show'])
  })

  it('opens at the default size, placed by the system, without restored bounds', () => {
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'app' } })
    expect(created[0]?.options).toMatchObject({ width: 1400, height: 900, minWidth: 720, minHeight: 480 })
    expect(created[0]?.options).not.toHaveProperty('x')
  })

  it('opens at restored bounds, maximised before it first shows when it was maximised', () => {
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'app' }, bounds: { x: 40, y: 30, width: 1000, height: 700, maximized: true } })
    const fake = created[0] as FakeWindow
    expect(fake.options).toMatchObject({ x: 40, y: 30, width: 1000, height: 700, minWidth: 720, minHeight: 480 })
    fake.onceListeners.get('ready-to-show')?.()
    expect(fake.calls).toEqual(['maximize', 'show'])
  })

  it('fills the window with the page’s background for the theme in force, and takes the icon it is given', () => {
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'app' } })
    const icon = { isEmpty: () => false } as unknown as NativeImage
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'app' }, dark: true, icon })
    expect(created[0]?.options).toMatchObject({ backgroundColor: PAGE_BACKGROUND.light })
    expect(created[0]?.options).not.toHaveProperty('icon')
    expect(created[1]?.options).toMatchObject({ backgroundColor: PAGE_BACKGROUND.dark })
    expect(created[1]?.options['icon']).toBe(icon)
  })

  it('loads a dev-server page by URL', () => {
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'url', url: 'http://localhost:5173/' } })
    expect(created[0]?.loaded).toEqual({ url: 'http://localhost:5173/' })
  })

  it('hardens the window it creates', () => {
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'app' } })
    const contents = (created[0] as FakeWindow).webContents
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })
})

describe('createPrintWindow', () => {
  const hash = '#/print/c1?paper=a4&orientation=landscape&include=columns,notes'

  it('opens the print route in a hidden window with the secure options, hardened, and never shows it', async () => {
    const { window, loaded } = createPrintWindow({ preloadPath: '/app/preload.cjs', page: { kind: 'app' }, hash })
    await expect(loaded).resolves.toBeUndefined()
    const fake = created[0] as FakeWindow
    expect(created).toHaveLength(1)
    expect(window).toBe(fake)
    expect(fake.options).toMatchObject({ show: false, width: 1200, height: 900 })
    expect(fake.options['webPreferences']).toEqual({ preload: '/app/preload.cjs', spellcheck: true, ...SECURE_PREFERENCES })
    expect(fake.loaded).toEqual({ url: `app://parallax/index.html${hash}` })
    expect(fake.onceListeners.size).toBe(0)
    expect(fake.webContents.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(fake.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })

  it('appends the hash to a dev-server URL', () => {
    createPrintWindow({ preloadPath: '/p.cjs', page: { kind: 'url', url: 'http://localhost:5173/' }, hash })
    expect(created[0]?.loaded).toEqual({ url: `http://localhost:5173/${hash}` })
  })
})

describe('hardenWebContents', () => {
  const links = ['https://example.com/story', 'file:///etc/passwd', 'javascript:alert(1)', 'app://parallax/index.html', 'mailto:a@example.com', 'https://user:pw@example.com/']

  it('prevents navigation, redirects and webviews, and denies every new window', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never)
    for (const url of links) expect(contents.emit('will-navigate', url)).toBe(true)
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.emit('will-attach-webview')).toBe(true)
    for (const url of links) expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
  })

  it('opens nothing for a navigation or a new window, which do not say whether the person asked (links go through openLink)', async () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never)
    hardenWebContents(contents as never)
    expect(contents.openHandlersSet).toBe(1)
    expect(contents.listeners.get('will-navigate')).toHaveLength(1)
    // Both answers are made on the spot, with nothing left to run after them.
    for (const url of links) {
      expect(contents.emit('will-navigate', url)).toBe(true)
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    }
    expect(openExternal).not.toHaveBeenCalled()
  })
})

describe('bringToFront', () => {
  it('restores a minimised window, then shows and focuses it', () => {
    const window = new FakeWindow({})
    window.minimized = true
    bringToFront(window as never)
    expect(window.calls).toEqual(['restore', 'show', 'focus'])
  })

  it('shows and focuses a window that is not minimised', () => {
    const window = new FakeWindow({})
    bringToFront(window as never)
    expect(window.calls).toEqual(['show', 'focus'])
  })

  it('leaves a destroyed window alone', () => {
    const window = new FakeWindow({})
    window.destroyed = true
    bringToFront(window as never)
    expect(window.calls).toEqual([])
  })
})

describe('denyAllPermissions', () => {
  it('answers no to every permission request, check and device', () => {
    const handlers: Record<string, (...args: never[]) => unknown> = {}
    const session = {
      setPermissionRequestHandler: (h: (...args: never[]) => unknown) => (handlers['request'] = h),
      setPermissionCheckHandler: (h: (...args: never[]) => unknown) => (handlers['check'] = h),
      setDevicePermissionHandler: (h: (...args: never[]) => unknown) => (handlers['device'] = h),
    }
    denyAllPermissions(session as never)
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn()
      ;(handlers['request'] as (...args: unknown[]) => void)({}, permission, callback)
      expect(callback).toHaveBeenCalledWith(false)
      expect((handlers['check'] as (...args: unknown[]) => unknown)({}, permission)).toBe(false)
    }
    expect((handlers['device'] as (...args: unknown[]) => unknown)({})).toBe(false)
  })
})
