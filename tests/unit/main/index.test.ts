// The composition root with 'electron' and the services mocked: the single-instance lock (a second launch
// quits before touching anything; the first comes to the front), app:// registered before ready and
// handled after, the window at app://parallax/, the start-up notice with its "Open folder", and the
// error box when the library cannot be opened.

import { beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (...args: unknown[]) => void

const fakes = vi.hoisted(() => {
  const state = {
    log: [] as string[],
    lock: true,
    appListeners: new Map<string, Listener[]>(),
    windows: [] as FakeWindowShape[],
    resolveReady: () => {},
    services: null as unknown,
    servicesError: null as Error | null,
    messageBoxResponse: 0,
    menu: null as null | { label?: string; submenu?: { id?: string; click?: () => void }[] }[],
    sent: [] as unknown[][],
    servicesOptions: null as unknown,
  }
  return state
})

interface FakeWindowShape {
  url: string | null
  calls: string[]
  minimized: boolean
  onceListeners: Map<string, Listener[]>
  webContents: { on: () => void; setWindowOpenHandler: () => void; send: (...args: unknown[]) => void }
}

class FakeWindow implements FakeWindowShape {
  url: string | null = null
  calls: string[] = []
  minimized = false
  onceListeners = new Map<string, Listener[]>()
  webContents = { on: () => {}, setWindowOpenHandler: () => {}, send: (...args: unknown[]) => void fakes.sent.push(args) }
  static getAllWindows = () => fakes.windows
  static getFocusedWindow = () => fakes.windows[0] ?? null
  constructor() {
    fakes.windows.push(this)
  }
  once(event: string, listener: Listener) {
    this.onceListeners.set(event, [...(this.onceListeners.get(event) ?? []), listener])
    return this
  }
  emitOnce(event: string) {
    for (const listener of this.onceListeners.get(event) ?? []) listener()
    this.onceListeners.delete(event)
  }
  on() {
    return this
  }
  getNormalBounds() {
    return { x: 0, y: 0, width: 1400, height: 900 }
  }
  isMaximized() {
    return false
  }
  loadURL(url: string) {
    this.url = url
    return Promise.resolve()
  }
  show() {
    this.calls.push('show')
  }
  focus() {
    this.calls.push('focus')
  }
  restore() {
    this.minimized = false
    this.calls.push('restore')
  }
  isMinimized() {
    return this.minimized
  }
  isDestroyed() {
    return false
  }
}

vi.mock('electron', () => ({
  app: {
    isPackaged: false,
    requestSingleInstanceLock: () => {
      fakes.log.push('requestSingleInstanceLock')
      return fakes.lock
    },
    quit: () => fakes.log.push('quit'),
    enableSandbox: () => fakes.log.push('enableSandbox'),
    on: (event: string, listener: Listener) => fakes.appListeners.set(event, [...(fakes.appListeners.get(event) ?? []), listener]),
    whenReady: () => {
      fakes.log.push('whenReady')
      return new Promise<void>((resolve) => (fakes.resolveReady = resolve))
    },
    getPath: (name: string) => `/home/reader/.config/Parallax/${name}`,
    getAppPath: () => process.cwd(),
    getName: () => 'Parallax',
    getVersion: () => '0.1.0',
    setAboutPanelOptions: (options: unknown) => fakes.log.push(`setAboutPanelOptions ${JSON.stringify(options)}`),
  },
  nativeTheme: {
    shouldUseDarkColors: false,
    set themeSource(theme: string) {
      fakes.log.push(`themeSource ${theme}`)
    },
  },
  clipboard: { writeText: () => {} },
  nativeImage: { createFromBuffer: (bytes: Buffer) => ({ bytes: bytes.length }) },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: typeof fakes.menu) => (fakes.menu = menu),
  },
  screen: {
    getPrimaryDisplay: () => ({ id: 1, workArea: { x: 0, y: 25, width: 1920, height: 1055 } }),
    getAllDisplays: () => [{ id: 1, workArea: { x: 0, y: 25, width: 1920, height: 1055 } }],
  },
  BrowserWindow: FakeWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes: unknown) => fakes.log.push(`registerSchemesAsPrivileged ${JSON.stringify(schemes)}`),
    handle: (scheme: string) => fakes.log.push(`handle ${scheme}`),
  },
  session: { defaultSession: { setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {}, setDevicePermissionHandler: () => {} } },
  dialog: {
    showErrorBox: (title: string, content: string) => fakes.log.push(`showErrorBox ${title}: ${content}`),
    showMessageBox: async (_window: unknown, options: { message: string }) => {
      fakes.log.push(`showMessageBox ${options.message}`)
      return { response: fakes.messageBoxResponse }
    },
  },
  shell: { showItemInFolder: (path: string) => fakes.log.push(`showItemInFolder ${path}`), openExternal: async () => {}, openPath: async () => '' },
  ipcMain: { handle: () => {} },
}))

vi.mock('../../../src/main/services/appServices', () => ({
  createAppServices: async (options: unknown) => {
    fakes.log.push('createAppServices')
    fakes.servicesOptions = options
    if (fakes.servicesError) throw fakes.servicesError
    return fakes.services
  },
}))

const movedTo = '/home/reader/.config/Parallax/userData/library/library.damaged.json'

async function launch(): Promise<void> {
  vi.resetModules()
  await import('../../../src/main/index')
}

/** Resolves once every callback of a promise already settled has run (a turn of the event loop, not a wait for time). */
const everythingSettled = (): Promise<void> => new Promise((done) => setImmediate(done))

const emitApp = (event: string, ...args: unknown[]) => {
  for (const listener of fakes.appListeners.get(event) ?? []) listener(...args)
}

beforeEach(() => {
  fakes.log.length = 0
  fakes.lock = true
  fakes.appListeners.clear()
  fakes.windows.length = 0
  fakes.servicesError = null
  fakes.messageBoxResponse = 0
  fakes.menu = null
  fakes.sent.length = 0
  fakes.services = {
    library: { close: async () => {} },
    dispatch: async () => ({ ok: true, value: null }),
    startup: { recovered: null, repairs: [] },
    bodyCheck: Promise.resolve([]),
    recent: { entries: () => [{ id: 'c1', title: 'Kerry in Moscow, May 2013' }] },
    settings: { latest: { theme: 'dark', textSize: 100 } },
  }
})

describe('the main process', () => {
  it('quits at once when another Parallax holds the lock, before opening or registering anything', async () => {
    fakes.lock = false
    await launch()
    expect(fakes.log).toEqual(['requestSingleInstanceLock', 'quit'])
    expect(fakes.appListeners.size).toBe(0)
  })

  it('registers app:// before ready, handles it after, and opens the window at app://parallax/', async () => {
    await launch()
    expect(fakes.log).toEqual([
      'requestSingleInstanceLock',
      'registerSchemesAsPrivileged [{"scheme":"app","privileges":{"standard":true,"secure":true,"supportFetchAPI":true}}]',
      'enableSandbox',
      'whenReady',
    ])
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    expect(fakes.log.slice(4, 6)).toEqual(['handle app', 'createAppServices'])
    expect(fakes.windows[0]?.url).toBe('app://parallax/index.html')
  })

  it('sets the application menu once ready, and sends its commands to the focused window', async () => {
    await launch()
    expect(fakes.menu).toBeNull()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    const labels = (fakes.menu ?? []).map((item) => item.label)
    expect(labels.slice(-5)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
    const file = (fakes.menu ?? []).find((item) => item.label === 'File')
    file?.submenu?.find((item) => item.id === 'import')?.click?.()
    expect(fakes.sent).toEqual([['menu', 'import']])
  })

  it('lists the recent comparisons in File > Open Recent and rebuilds the menu when the list changes', async () => {
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    const recentTitles = () => {
      const file = (fakes.menu ?? []).find((item) => item.label === 'File')
      const openRecent = file?.submenu?.find((item) => item.id === 'openRecent') as { submenu?: { label?: string; click?: () => void }[] } | undefined
      return openRecent?.submenu ?? []
    }
    expect(recentTitles().map((item) => item.label)).toEqual(['Kerry in Moscow, May 2013'])
    recentTitles()[0]?.click?.()
    expect(fakes.sent).toEqual([['menu:openComparison', 'c1']])
    const { onRecentChanged } = fakes.servicesOptions as { onRecentChanged: (entries: { id: string; title: string }[]) => void }
    onRecentChanged([
      { id: 'c2', title: 'Budget speech' },
      { id: 'c1', title: 'Kerry in Moscow, May 2013' },
    ])
    expect(recentTitles().map((item) => item.label)).toEqual(['Budget speech', 'Kerry in Moscow, May 2013'])
  })

  it('greys out the menu commands the page says it cannot do', async () => {
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    const itemOf = (menu: string, id: string) => (fakes.menu ?? []).find((m) => m.label === menu)?.submenu?.find((item) => item.id === id) as { enabled?: boolean } | undefined
    expect(itemOf('File', 'exportPdf')?.enabled).toBe(true)
    const { onMenuState } = fakes.servicesOptions as { onMenuState: (available: string[]) => void }
    onMenuState(['import', 'openSettings', 'about'])
    expect(itemOf('File', 'exportPdf')?.enabled).toBe(false)
    expect(itemOf('File', 'import')?.enabled).toBe(true)
    // The recent list survives the rebuild.
    const openRecent = (fakes.menu ?? []).find((m) => m.label === 'File')?.submenu?.find((item) => item.id === 'openRecent') as { submenu?: { label?: string }[] }
    expect(openRecent.submenu?.map((item) => item.label)).toEqual(['Kerry in Moscow, May 2013'])
  })

  it('follows the saved theme natively at start and on every change, and gives the About panel its version', async () => {
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    expect(fakes.log).toContain('themeSource dark')
    const { onSettingsChanged } = fakes.servicesOptions as { onSettingsChanged: (settings: { theme: string; textSize: number }) => void }
    onSettingsChanged({ theme: 'light', textSize: 100 })
    expect(fakes.log.at(-1)).toBe('themeSource light')
    expect(fakes.log).toContain('setAboutPanelOptions {"applicationName":"Parallax","applicationVersion":"0.1.0","version":""}')
  })

  it('brings its window back to the front, restored, when launched again', async () => {
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    const window = fakes.windows[0] as FakeWindowShape
    window.minimized = true
    emitApp('second-instance', {}, ['parallax'], '/home/reader')
    expect(window.calls).toEqual(['restore', 'show', 'focus'])
    expect(fakes.windows).toHaveLength(1)
  })

  it('shows no notice when the library opened cleanly', async () => {
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    ;(fakes.windows[0] as FakeWindow).emitOnce('ready-to-show')
    // The notices follow the start-up report and the body check, both settled already: their turn has come once
    // every settled promise has run its callbacks.
    await (fakes.services as { bodyCheck?: Promise<unknown> }).bodyCheck
    await everythingSettled()
    expect(fakes.log.filter((line) => line.startsWith('showMessageBox'))).toEqual([])
  })

  it('tells the person once the window shows that the library was recovered, and opens the folder on request', async () => {
    fakes.services = {
      ...(fakes.services as object),
      startup: { recovered: { damagedPath: '/x/library.json', movedTo, reason: 'it is not valid JSON', restoredFrom: null }, repairs: [] },
    }
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    expect(fakes.log.some((line) => line.startsWith('showMessageBox'))).toBe(false)
    ;(fakes.windows[0] as FakeWindow).emitOnce('ready-to-show')
    await vi.waitFor(() => expect(fakes.log).toContain(`showItemInFolder ${movedTo}`), { timeout: 15_000 })
    expect(fakes.log).toContain('showMessageBox Your library was recovered')
  })

  it('tells the person what the background check of the article texts found, after the start-up notice', async () => {
    fakes.services = { ...(fakes.services as object), bodyCheck: Promise.resolve(['The text of "A" at /x/a.txt has been changed or damaged on disk; import the article again to restore it.']) }
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    ;(fakes.windows[0] as FakeWindow).emitOnce('ready-to-show')
    await vi.waitFor(() => expect(fakes.log).toContain('showMessageBox The text of an article is damaged on disk'), { timeout: 15_000 })
  })

  it('does not open the folder when the person answers OK', async () => {
    fakes.messageBoxResponse = 1
    fakes.services = { ...(fakes.services as object), startup: { recovered: { damagedPath: '/x', movedTo, reason: 'r', restoredFrom: null }, repairs: [] } }
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.windows).toHaveLength(1), { timeout: 15_000 })
    ;(fakes.windows[0] as FakeWindow).emitOnce('ready-to-show')
    await vi.waitFor(() => expect(fakes.log).toContain('showMessageBox Your library was recovered'), { timeout: 15_000 })
    // The answer decides at once; whatever it leads to has run once every settled promise has.
    await everythingSettled()
    expect(fakes.log.some((line) => line.startsWith('showItemInFolder'))).toBe(false)
  })

  it('says in an error box why it could not start, and quits without a window', async () => {
    fakes.servicesError = new Error('Your library file could not be read (it is not valid JSON).')
    await launch()
    fakes.resolveReady()
    await vi.waitFor(() => expect(fakes.log).toContain('quit'), { timeout: 15_000 })
    expect(fakes.log.find((line) => line.startsWith('showErrorBox'))).toMatch(/^showErrorBox Parallax could not start: .*Your library file could not be read \(it is not valid JSON\)\.$/)
    expect(fakes.windows).toHaveLength(0)
  })
})
