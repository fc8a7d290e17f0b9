// Restoring the main window's bounds against today's displays (same screen, a screen unplugged, a
// window mostly off-screen, maximised, tiny sizes), and the store: a round trip through
// window-state.json, a damaged file read as nothing, writes debounced while dragging and made at once on close.

import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { restoreBounds, WindowStateStore, type DisplayInfo, type Rect, type SavedWindowState, type TrackedWindow } from '../../../src/main/windowState'

const defaults = { width: 1400, height: 900, minWidth: 720, minHeight: 480 }
const laptop: DisplayInfo = { primary: true, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }
const rightMonitor: DisplayInfo = { primary: false, workArea: { x: 1920, y: 0, width: 2560, height: 1400 } }
const saved = (x: number, y: number, width = 1200, height = 800, maximized = false): SavedWindowState => ({ x, y, width, height, maximized })

describe('restoreBounds', () => {
  it('keeps a saved position and size on a screen that is still there', () => {
    expect(restoreBounds(saved(100, 50), [laptop], defaults)).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: false })
    expect(restoreBounds(saved(3000, 200), [laptop, rightMonitor], defaults)).toEqual({ x: 3000, y: 200, width: 1200, height: 800, maximized: false })
  })

  it('centres the window on the primary display when its screen was removed (x 3000, one 1920-wide display)', () => {
    expect(restoreBounds(saved(3000, 200), [laptop], defaults)).toEqual({ x: 360, y: 120, width: 1200, height: 800, maximized: false })
  })

  it('clamps a window from a bigger, removed screen to the primary display', () => {
    expect(restoreBounds(saved(2000, 0, 2500, 1400), [laptop], defaults)).toEqual({ x: 0, y: 0, width: 1920, height: 1040, maximized: false })
  })

  it('moves a window that is mostly off every work area, and keeps one that is mostly on', () => {
    expect(restoreBounds(saved(1500, 100), [laptop], defaults)).toMatchObject({ x: 360, y: 120 })
    expect(restoreBounds(saved(-300, 100), [laptop], defaults)).toMatchObject({ x: -300, y: 100 })
  })

  it('keeps a window that spans two displays', () => {
    expect(restoreBounds(saved(1400, 100), [laptop, rightMonitor], defaults)).toMatchObject({ x: 1400, y: 100 })
  })

  it('remembers that the window was maximised', () => {
    expect(restoreBounds(saved(100, 50, 1200, 800, true), [laptop], defaults)).toEqual({ x: 100, y: 50, width: 1200, height: 800, maximized: true })
    expect(restoreBounds(saved(5000, 50, 1200, 800, true), [laptop], defaults)).toMatchObject({ maximized: true })
  })

  it('raises sizes below the minimum', () => {
    expect(restoreBounds(saved(10, 10, 200, 100), [laptop], defaults)).toEqual({ x: 10, y: 10, width: 720, height: 480, maximized: false })
  })

  it('without a saved state, uses the default size and leaves the position to the system', () => {
    expect(restoreBounds(null, [laptop], defaults)).toEqual({ width: 1400, height: 900, maximized: false })
    const small: DisplayInfo = { primary: true, workArea: { x: 0, y: 0, width: 1280, height: 700 } }
    expect(restoreBounds(null, [small], defaults)).toEqual({ width: 1280, height: 700, maximized: false })
  })

  it('centres on the display marked primary, wherever it is', () => {
    const primaryRight = { ...rightMonitor, primary: true }
    expect(restoreBounds(saved(-5000, 0), [{ ...laptop, primary: false }, primaryRight], defaults)).toMatchObject({ x: 1920 + 680, y: 300 })
  })
})

class FakeWindow implements TrackedWindow {
  listeners = new Map<string, (() => void)[]>()
  bounds: Rect = { x: 100, y: 50, width: 1200, height: 800 }
  maximized = false
  destroyed = false
  getNormalBounds() {
    return this.bounds
  }
  isMaximized() {
    return this.maximized
  }
  isDestroyed() {
    return this.destroyed
  }
  on(event: string, listener: () => void) {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
  }
  emit(event: string) {
    for (const listener of this.listeners.get(event) ?? []) listener()
  }
}

describe('WindowStateStore', () => {
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-window-state-'))
  })
  afterEach(async () => {
    vi.useRealTimers()
    await rm(folder, { recursive: true, force: true })
  })

  it('reads nothing when there is no file, then reads back what it saved', async () => {
    const store = new WindowStateStore({ folder })
    expect(store.path).toBe(join(folder, 'window-state.json'))
    await expect(store.load()).resolves.toBeNull()
    await store.save(saved(10, 20, 1000, 700, true))
    await expect(new WindowStateStore({ folder }).load()).resolves.toEqual(saved(10, 20, 1000, 700, true))
  })

  it.each([
    ['not JSON', '{"x": 10, "y":'],
    ['the wrong shape', '{"x": "10", "y": 20, "width": 1000, "height": 700, "maximized": false}'],
    ['a negative size', '{"x": 10, "y": 20, "width": -5, "height": 700, "maximized": false}'],
    ['empty', ''],
  ])('ignores a damaged file (%s) without throwing', async (_name, text) => {
    await writeFile(join(folder, 'window-state.json'), text)
    const store = new WindowStateStore({ folder })
    await expect(store.load()).resolves.toBeNull()
    expect(store.latest).toBeNull()
  })

  it('saves once after moves and resizes settle, with the normal bounds and maximised state', async () => {
    vi.useFakeTimers()
    const store = new WindowStateStore({ folder, debounceMs: 500 })
    const save = vi.spyOn(store, 'save')
    const window = new FakeWindow()
    store.track(window)
    for (let x = 100; x < 200; x += 10) {
      window.bounds = { ...window.bounds, x }
      window.emit('move')
      vi.advanceTimersByTime(100)
    }
    window.emit('resize')
    expect(save).not.toHaveBeenCalled()
    window.maximized = true
    window.emit('maximize')
    vi.advanceTimersByTime(500)
    expect(save).toHaveBeenCalledTimes(1)
    expect(save).toHaveBeenCalledWith(saved(190, 50, 1200, 800, true))
    vi.useRealTimers()
    await store.flushed()
    expect(JSON.parse(await readFile(store.path, 'utf8'))).toEqual(saved(190, 50, 1200, 800, true))
  })

  it('saves at once on close, and drops a pending debounced save', async () => {
    vi.useFakeTimers()
    const store = new WindowStateStore({ folder, debounceMs: 500 })
    const save = vi.spyOn(store, 'save')
    const window = new FakeWindow()
    store.track(window)
    window.emit('resize')
    window.bounds = { x: 5, y: 6, width: 800.4, height: 600.6 }
    window.emit('close')
    expect(save).toHaveBeenCalledTimes(1)
    vi.advanceTimersByTime(1000)
    expect(save).toHaveBeenCalledTimes(1)
    vi.useRealTimers()
    await store.flushed()
    await expect(new WindowStateStore({ folder }).load()).resolves.toEqual(saved(5, 6, 800, 601))
  })

  it('logs a write that fails instead of throwing', async () => {
    const log = vi.fn()
    const store = new WindowStateStore({ folder: join(folder, 'missing', 'folder'), log })
    await expect(store.save(saved(1, 2))).resolves.toBeUndefined()
    expect(log).toHaveBeenCalledWith('Could not save the window state', expect.anything())
  })
})
