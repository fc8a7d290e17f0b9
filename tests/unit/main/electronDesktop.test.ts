// Electron's PDF ports with 'electron' mocked: the save dialog's answer, the hidden print window (secure,
// hardened, loaded at the print route, always destroyed), every way printing can fail, and opening the file.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

type Listener = (event: { preventDefault: () => void }, ...args: unknown[]) => void

const fakes = vi.hoisted(() => ({
  windows: [] as FakeWindow[],
  focused: null as unknown,
  /** What the next window does once asked to load: the test plays the print view through it. */
  onLoad: (_window: FakeWindow) => {},
  printToPDF: (_options: unknown): Promise<Uint8Array> => Promise.resolve(new Uint8Array([37, 80, 68, 70])),
  showSaveDialog: vi.fn(),
  showMessageBox: vi.fn(),
  openPath: vi.fn(),
}))

class FakeWebContents {
  listeners = new Map<string, Listener[]>()
  openHandler: ((details: { url: string }) => unknown) | null = null
  printToPDF = vi.fn((options: unknown) => fakes.printToPDF(options))
  on(event: string, listener: Listener) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  removeListener(event: string, listener: Listener) {
    this.listeners.set(event, (this.listeners.get(event) ?? []).filter((l) => l !== listener))
    return this
  }
  setWindowOpenHandler(handler: (details: { url: string }) => unknown) {
    this.openHandler = handler
  }
  emit(event: string, ...args: unknown[]): boolean {
    let prevented = false
    for (const listener of this.listeners.get(event) ?? []) listener({ preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
  listenerCount(event: string): number {
    return this.listeners.get(event)?.length ?? 0
  }
}

class FakeWindow {
  webContents = new FakeWebContents()
  loaded: { url?: string } = {}
  destroyed = false
  constructor(readonly options: Record<string, unknown>) {
    fakes.windows.push(this)
  }
  loadURL(url: string) {
    this.loaded = { url }
    setTimeout(() => fakes.onLoad(this))
    return Promise.resolve()
  }
  destroy() {
    this.destroyed = true
  }
  isDestroyed() {
    return this.destroyed
  }
}

vi.mock('electron', () => ({
  BrowserWindow: FakeWindow,
  app: { getPath: (name: string) => (name === 'documents' ? '/home/reader/Documents' : `/unknown/${name}`) },
  dialog: { showSaveDialog: fakes.showSaveDialog, showMessageBox: fakes.showMessageBox },
  shell: { openPath: fakes.openPath },
}))

const { createElectronDesktop } = await import('../../../src/main/services/electronDesktop')
const { PRINT_FAILED_PREFIX, PRINT_READY_TITLE } = await import('../../../src/shared/domain/pdf')
const { AppError } = await import('../../../src/shared/domain/errors')

const HASH = '#/print/c1?paper=a4&orientation=landscape&include=columns,notes,quotes'
const OPTIONS = { paper: 'a4', orientation: 'landscape', columns: true, appendix: false, notes: true, quotes: true } as const
const page = { kind: 'app' } as const
const desktop = (timeoutMs?: number) => createElectronDesktop({ preloadPath: '/app/preload.cjs', page, timeoutMs })
const printWindow = (): FakeWindow => {
  expect(fakes.windows).toHaveLength(1)
  return fakes.windows[0] as FakeWindow
}
/** Resolves once every callback of a promise already settled has run (a turn of the event loop, not a wait for time). */
const everythingSettled = (): Promise<void> => new Promise((done) => setImmediate(done))

const becomesReady = (window: FakeWindow) => {
  window.webContents.emit('page-title-updated', 'Parallax', true)
  window.webContents.emit('page-title-updated', PRINT_READY_TITLE, true)
}

beforeEach(() => {
  fakes.windows.length = 0
  fakes.focused = null
  fakes.onLoad = becomesReady
  fakes.printToPDF = () => Promise.resolve(new Uint8Array([37, 80, 68, 70]))
  fakes.showSaveDialog.mockReset()
  fakes.showMessageBox.mockReset()
  fakes.openPath.mockReset()
})
afterEach(() => {
  vi.useRealTimers()
})

/** After any outcome, the print window is gone and nothing listens to it any more. */
function expectCleanedUp(window: FakeWindow) {
  expect(window.destroyed).toBe(true)
  for (const event of ['page-title-updated', 'did-fail-load', 'render-process-gone']) expect(window.webContents.listenerCount(event)).toBe(0)
}

describe('printToPdf', () => {
  it('prints the print view in a hidden, secure, hardened window and returns the bytes', async () => {
    const bytes = await desktop().printToPdf(HASH, OPTIONS)
    expect(bytes).toEqual(new Uint8Array([37, 80, 68, 70]))
    const window = printWindow()
    expect(window.options['show']).toBe(false)
    expect(window.options['webPreferences']).toMatchObject({
      preload: '/app/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webviewTag: false,
    })
    expect(window.webContents.emit('will-navigate', 'https://example.com/')).toBe(true)
    expect(window.webContents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(window.loaded).toEqual({ url: `app://parallax/index.html${HASH}` })
    expect(window.webContents.printToPDF).toHaveBeenCalledExactlyOnceWith({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true, generateDocumentOutline: true })
    expectCleanedUp(window)
  })

  it('loads a dev-server page by URL with the hash appended', async () => {
    const fromUrl = createElectronDesktop({ preloadPath: '/p.cjs', page: { kind: 'url', url: 'http://localhost:5173/' } })
    await fromUrl.printToPdf(HASH, OPTIONS)
    expect(printWindow().loaded).toEqual({ url: `http://localhost:5173/${HASH}` })
  })

  it('returns a plain Uint8Array even when Electron answers with a Buffer', async () => {
    fakes.printToPDF = () => Promise.resolve(Buffer.from('%PDF-1.4'))
    const bytes = await desktop().printToPdf(HASH, OPTIONS)
    expect(bytes.constructor).toBe(Uint8Array)
    expect(Buffer.from(bytes).toString('latin1')).toBe('%PDF-1.4')
  })

  it('does not print before the print view says it is ready', async () => {
    // The page loads and names itself, but not as ready: printing would follow that title at once if it did not wait.
    let loaded: () => void = () => undefined
    const pageLoaded = new Promise<void>((done) => (loaded = done))
    fakes.onLoad = (window) => {
      window.webContents.emit('page-title-updated', 'Parallax', true)
      loaded()
    }
    const printing = desktop().printToPdf(HASH, OPTIONS)
    await pageLoaded
    await everythingSettled()
    const window = printWindow()
    expect(window.webContents.printToPDF).not.toHaveBeenCalled()
    becomesReady(window)
    await expect(printing).resolves.toBeInstanceOf(Uint8Array)
  })

  it('says why when the print view cannot lay out the pages, and destroys the window', async () => {
    fakes.onLoad = (window) => window.webContents.emit('page-title-updated', `${PRINT_FAILED_PREFIX}the comparison no longer exists`)
    const printing = desktop().printToPdf(HASH, OPTIONS)
    await expect(printing).rejects.toThrow(new AppError('internal', 'The PDF could not be laid out: the comparison no longer exists'))
    await expect(printing).rejects.toMatchObject({ code: 'internal' })
    expect(printWindow().webContents.printToPDF).not.toHaveBeenCalled()
    expectCleanedUp(printWindow())
  })

  it('fails clearly when the page does not load, and destroys the window', async () => {
    fakes.onLoad = (window) => window.webContents.emit('did-fail-load', -6, 'ERR_FILE_NOT_FOUND', 'app://parallax/index.html', true)
    await expect(desktop().printToPdf(HASH, OPTIONS)).rejects.toThrow('The PDF could not be laid out: the print view did not load (ERR_FILE_NOT_FOUND -6).')
    expectCleanedUp(printWindow())
  })

  it('ignores an aborted load and a failed subframe: only the main page failing counts', async () => {
    fakes.onLoad = (window) => {
      window.webContents.emit('did-fail-load', -3, 'ERR_ABORTED', 'app://parallax/index.html', true)
      window.webContents.emit('did-fail-load', -105, 'ERR_NAME_NOT_RESOLVED', 'https://example.com/', false)
      becomesReady(window)
    }
    await expect(desktop().printToPdf(HASH, OPTIONS)).resolves.toBeInstanceOf(Uint8Array)
  })

  it('fails clearly when loadURL rejects', async () => {
    const loadURL = vi.spyOn(FakeWindow.prototype, 'loadURL').mockRejectedValueOnce(Object.assign(new Error("ERR_FAILED (-2) loading 'app://parallax/x'"), { errno: -2 }))
    await expect(desktop().printToPdf(HASH, OPTIONS)).rejects.toThrow("The PDF could not be laid out: the print view did not load (ERR_FAILED (-2) loading 'app://parallax/x').")
    expectCleanedUp(printWindow())
    loadURL.mockRestore()
  })

  it('fails clearly when the page printing it crashes, and destroys the window', async () => {
    fakes.onLoad = (window) => window.webContents.emit('render-process-gone', { reason: 'crashed', exitCode: 11 })
    await expect(desktop().printToPdf(HASH, OPTIONS)).rejects.toThrow('The PDF could not be laid out: the page printing it stopped (crashed).')
    expectCleanedUp(printWindow())
  })

  it('gives up after the timeout with a readable message, and destroys the window', async () => {
    vi.useFakeTimers()
    fakes.onLoad = () => {}
    const printing = desktop(5_000).printToPdf(HASH, OPTIONS)
    const outcome = expect(printing).rejects.toThrow('The PDF took too long to lay out (more than 5 seconds).')
    await vi.advanceTimersByTimeAsync(5_000)
    await outcome
    expectCleanedUp(printWindow())
  })

  it('uses two minutes when no timeout is given', async () => {
    vi.useFakeTimers()
    fakes.onLoad = () => {}
    const printing = desktop().printToPdf(HASH, OPTIONS)
    const outcome = expect(printing).rejects.toThrow('more than 120 seconds')
    await vi.advanceTimersByTimeAsync(119_999)
    expect(printWindow().destroyed).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    await outcome
    expectCleanedUp(printWindow())
  })

  it('reports printToPDF failing, and destroys the window', async () => {
    fakes.printToPDF = () => Promise.reject(new Error('Printing failed'))
    await expect(desktop().printToPdf(HASH, OPTIONS)).rejects.toThrow(new AppError('internal', 'The PDF could not be printed: Printing failed'))
    expectCleanedUp(printWindow())
  })

  it('stops waiting for printToPDF when the page crashes while printing', async () => {
    fakes.printToPDF = () => {
      const window = printWindow()
      setTimeout(() => window.webContents.emit('render-process-gone', { reason: 'oom', exitCode: 0 }))
      return new Promise(() => {})
    }
    await expect(desktop().printToPdf(HASH, OPTIONS)).rejects.toThrow('the page printing it stopped (oom)')
    expectCleanedUp(printWindow())
  })

  it('leaves no timer running once the PDF is printed', async () => {
    vi.useFakeTimers()
    const printing = desktop().printToPdf(HASH, OPTIONS)
    await vi.advanceTimersByTimeAsync(0)
    await expect(printing).resolves.toBeInstanceOf(Uint8Array)
    expect(vi.getTimerCount()).toBe(0)
  })

  it('opens a fresh window for each export', async () => {
    const ports = desktop()
    await ports.printToPdf(HASH, OPTIONS)
    await ports.printToPdf(HASH, OPTIONS)
    expect(fakes.windows).toHaveLength(2)
    expect(fakes.windows.every((w) => w.destroyed)).toBe(true)
  })
})

describe('choosePdfPath', () => {
  const dialogOptions = {
    title: 'Export PDF',
    defaultPath: '/home/reader/Documents/Kerry-in-Moscow.pdf',
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }

  it('suggests the name in the documents folder and returns the chosen path', async () => {
    fakes.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/out/Kerry.PDF' })
    await expect(desktop().choosePdfPath('Kerry-in-Moscow.pdf')).resolves.toBe('/tmp/out/Kerry.PDF')
    expect(fakes.showSaveDialog).toHaveBeenCalledExactlyOnceWith(dialogOptions)
  })

  it('adds .pdf to a name typed without it', async () => {
    fakes.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/out/kerry' })
    await expect(desktop().choosePdfPath('Kerry-in-Moscow.pdf')).resolves.toBe('/tmp/out/kerry.pdf')
    fakes.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/out/kerry.pdf.txt' })
    await expect(desktop().choosePdfPath('Kerry-in-Moscow.pdf')).resolves.toBe('/tmp/out/kerry.pdf.txt.pdf')
  })

  it('asks before replacing a file the added .pdf names, which the dialog did not ask about', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-save-'))
    try {
      await writeFile(join(folder, 'kerry.pdf'), 'an older export')
      fakes.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(folder, 'kerry') })
      fakes.showMessageBox.mockResolvedValue({ response: 1 })
      await expect(desktop().choosePdfPath('Kerry-in-Moscow.pdf')).resolves.toBeNull()
      expect(fakes.showMessageBox).toHaveBeenCalledExactlyOnceWith(expect.objectContaining({ message: '“kerry.pdf” already exists. Replace it?', buttons: ['Replace', 'Cancel'], cancelId: 1 }))
      fakes.showMessageBox.mockResolvedValue({ response: 0 })
      await expect(desktop().choosePdfPath('Kerry-in-Moscow.pdf')).resolves.toBe(join(folder, 'kerry.pdf'))
    } finally {
      await rm(folder, { recursive: true, force: true })
    }
  })

  it('returns null when the person cancels or no path comes back', async () => {
    fakes.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '/tmp/out/kerry.pdf' })
    await expect(desktop().choosePdfPath('a.pdf')).resolves.toBeNull()
    fakes.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '' })
    await expect(desktop().choosePdfPath('a.pdf')).resolves.toBeNull()
  })

  it('makes the dialog modal on the parent window when there is one', async () => {
    const parent = { id: 1 }
    fakes.showSaveDialog.mockResolvedValue({ canceled: true })
    const ports = createElectronDesktop({ preloadPath: '/p.cjs', page, parentWindow: () => parent as never })
    await ports.choosePdfPath('Kerry-in-Moscow.pdf')
    expect(fakes.showSaveDialog).toHaveBeenCalledExactlyOnceWith(parent, dialogOptions)
  })
})

describe('openPath', () => {
  it('resolves when the system opens the file', async () => {
    fakes.openPath.mockResolvedValue('')
    await expect(desktop().openPath('/tmp/out/kerry.pdf')).resolves.toBeUndefined()
    expect(fakes.openPath).toHaveBeenCalledExactlyOnceWith('/tmp/out/kerry.pdf')
  })

  it('says the file was saved but could not be opened', async () => {
    fakes.openPath.mockResolvedValue('No application is registered for PDF files')
    const opening = desktop().openPath('/tmp/out/kerry.pdf')
    await expect(opening).rejects.toThrow('The PDF was saved, but the system could not open it: No application is registered for PDF files')
    await expect(opening).rejects.toMatchObject({ code: 'storage' })
  })
})
