// The window factory with 'electron' mocked: secure options, and handlers that refuse navigation,
// new windows, webviews and every permission.

import { beforeEach, describe, expect, it, vi } from 'vitest'

const created = vi.hoisted(() => [] as FakeWindow[])

interface Listener {
  (event: { preventDefault: () => void }, ...args: unknown[]): void
}

class FakeWebContents {
  listeners = new Map<string, Listener[]>()
  openHandler: ((details: { url: string }) => unknown) | null = null
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.openHandler = handler
  }
  /** Emits an event the way Electron does and says whether a listener prevented it. */
  emit(event: string, ...args: unknown[]): boolean {
    let prevented = false
    for (const listener of this.listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
}

class FakeWindow {
  webContents = new FakeWebContents()
  loaded: { file?: string; hash?: string; url?: string } = {}
  onceListeners = new Map<string, () => void>()
  shown = false
  constructor(readonly options: Record<string, unknown>) {
    created.push(this)
  }
  once(event: string, listener: () => void) {
    this.onceListeners.set(event, listener)
    return this
  }
  show() {
    this.shown = true
  }
  loadFile(file: string, options?: { hash?: string }) {
    this.loaded = options?.hash === undefined ? { file } : { file, hash: options.hash }
    return Promise.resolve()
  }
  loadURL(url: string) {
    this.loaded = { url }
    return Promise.resolve()
  }
}

vi.mock('electron', () => ({ BrowserWindow: FakeWindow }))

const { createMainWindow, createPrintWindow, denyAllPermissions, hardenWebContents, secureWebPreferences } = await import('../../../src/main/window')

beforeEach(() => {
  created.length = 0
})

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer and gives it no Node', () => {
    expect(secureWebPreferences('/app/preload.cjs')).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    })
  })
})

describe('createMainWindow', () => {
  it('opens the built page with the secure options and shows the window once ready', () => {
    const window = createMainWindow({ preloadPath: '/app/preload.cjs', page: { kind: 'file', path: '/app/renderer/index.html' } })
    expect(created).toHaveLength(1)
    const fake = created[0] as FakeWindow
    expect(window).toBe(fake)
    expect(fake.options['webPreferences']).toEqual(secureWebPreferences('/app/preload.cjs'))
    expect(fake.loaded).toEqual({ file: '/app/renderer/index.html' })
    expect(fake.shown).toBe(false)
    fake.onceListeners.get('ready-to-show')?.()
    expect(fake.shown).toBe(true)
  })

  it('loads a dev-server page by URL', () => {
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'url', url: 'http://localhost:5173/' } })
    expect(created[0]?.loaded).toEqual({ url: 'http://localhost:5173/' })
  })

  it('hardens the window it creates', () => {
    createMainWindow({ preloadPath: '/p.cjs', page: { kind: 'file', path: '/index.html' } })
    const contents = (created[0] as FakeWindow).webContents
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })
})

describe('createPrintWindow', () => {
  const hash = '#/print/c1?paper=a4&orientation=landscape&include=columns,notes'

  it('opens the print route in a hidden window with the secure options, hardened, and never shows it', async () => {
    const { window, loaded } = createPrintWindow({ preloadPath: '/app/preload.cjs', page: { kind: 'file', path: '/app/renderer/index.html' }, hash })
    await expect(loaded).resolves.toBeUndefined()
    const fake = created[0] as FakeWindow
    expect(created).toHaveLength(1)
    expect(window).toBe(fake)
    expect(fake.options).toMatchObject({ show: false, width: 1200, height: 900 })
    expect(fake.options['webPreferences']).toEqual(secureWebPreferences('/app/preload.cjs'))
    expect(fake.loaded).toEqual({ file: '/app/renderer/index.html', hash: '/print/c1?paper=a4&orientation=landscape&include=columns,notes' })
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
  it('prevents navigation, redirects and webviews, and denies every new window', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never)
    expect(contents.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.emit('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.emit('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.emit('will-attach-webview', {}, {})).toBe(true)
    for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)']) {
      expect(contents.openHandler?.({ url })).toEqual({ action: 'deny' })
    }
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
