// Remembers the main window's size, position and maximised state between runs. Restoring is a pure
// function of what was saved and the displays present now, so a window saved on a monitor that has
// since been unplugged comes back centred on the primary display instead of somewhere unreachable.
// The store writes <userData>/window-state.json atomically, debounced while the window is dragged,
// and treats a damaged file as absent: losing a window position is never worth a failed start.

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './storage/atomicFile'

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface DisplayInfo {
  workArea: Rect
  primary: boolean
}

const savedWindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  maximized: z.boolean(),
})

export type SavedWindowState = z.infer<typeof savedWindowStateSchema>

export interface WindowDefaults {
  width: number
  height: number
  minWidth: number
  minHeight: number
}

export interface RestoredBounds {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

/** A window at least this much inside some work area can be reached and dragged; less, and it is moved. */
export const MIN_VISIBLE_FRACTION = 0.5

function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return width > 0 && height > 0 ? width * height : 0
}

const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, max))

/** Where and how big to open the window, given what was saved (if anything) and today's displays. */
export function restoreBounds(saved: SavedWindowState | null, displays: readonly DisplayInfo[], defaults: WindowDefaults): RestoredBounds {
  const primary = displays.find((d) => d.primary) ?? displays[0]
  const size = saved ?? { width: defaults.width, height: defaults.height }
  let width = Math.max(defaults.minWidth, size.width)
  let height = Math.max(defaults.minHeight, size.height)
  const maximized = saved?.maximized ?? false
  if (saved) {
    const rect = { x: saved.x, y: saved.y, width, height }
    const visible = Math.max(0, ...displays.map((d) => overlapArea(rect, d.workArea)))
    if (visible >= MIN_VISIBLE_FRACTION * width * height) return { x: saved.x, y: saved.y, width, height, maximized }
  }
  // No display: let the window system place it.
  if (!primary) return { width, height, maximized }
  const area = primary.workArea
  width = clamp(width, Math.min(defaults.minWidth, area.width), area.width)
  height = clamp(height, Math.min(defaults.minHeight, area.height), area.height)
  // Without a usable saved position the window system centres it; with one that fell off, centre it here.
  if (!saved) return { width, height, maximized }
  return { x: Math.round(area.x + (area.width - width) / 2), y: Math.round(area.y + (area.height - height) / 2), width, height, maximized }
}

/** Reads a saved state, or null when the file is missing, not JSON or not the right shape. */
export function parseWindowState(text: string): SavedWindowState | null {
  try {
    const parsed = savedWindowStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}

/** What the store needs of a BrowserWindow: enough for a fake in tests. */
export interface TrackedWindow {
  getNormalBounds(): Rect
  isMaximized(): boolean
  isDestroyed(): boolean
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'close', listener: () => void): unknown
}

export interface WindowStateStoreOptions {
  folder: string
  debounceMs?: number
  log?: (message: string, error: unknown) => void
}

export const WINDOW_STATE_FILE = 'window-state.json'

export class WindowStateStore {
  readonly path: string
  private readonly debounceMs: number
  private readonly log: (message: string, error: unknown) => void
  private timer: ReturnType<typeof setTimeout> | null = null
  private writing: Promise<void> = Promise.resolve()
  /** The last state read or saved, for a window reopened in the same run (macOS 'activate'). */
  latest: SavedWindowState | null = null

  constructor({ folder, debounceMs = 500, log = () => {} }: WindowStateStoreOptions) {
    this.path = join(folder, WINDOW_STATE_FILE)
    this.debounceMs = debounceMs
    this.log = log
  }

  async load(): Promise<SavedWindowState | null> {
    try {
      this.latest = parseWindowState(await readFile(this.path, 'utf8'))
    } catch {
      this.latest = null
    }
    return this.latest
  }

  /** Writes now; writes are chained so the last state asked for is the one left on disk. */
  save(state: SavedWindowState): Promise<void> {
    this.latest = state
    const text = `${JSON.stringify(state, null, 2)}\n`
    this.writing = this.writing.then(() => writeFileAtomic(this.path, text)).catch((error: unknown) => this.log('Could not save the window state', error))
    return this.writing
  }

  /** Saves the window's state after resizes and moves settle, and at once when it closes. */
  track(window: TrackedWindow): void {
    const snapshot = (): SavedWindowState => ({ ...roundRect(window.getNormalBounds()), maximized: window.isMaximized() })
    const later = () => {
      if (this.timer) clearTimeout(this.timer)
      this.timer = setTimeout(() => {
        this.timer = null
        if (!window.isDestroyed()) void this.save(snapshot())
      }, this.debounceMs)
    }
    for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) window.on(event, later)
    window.on('close', () => {
      if (this.timer) clearTimeout(this.timer)
      this.timer = null
      void this.save(snapshot())
    })
  }

  /** Resolves once every write asked for so far has finished. */
  flushed(): Promise<void> {
    return this.writing
  }
}

function roundRect({ x, y, width, height }: Rect): Rect {
  return { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) }
}
