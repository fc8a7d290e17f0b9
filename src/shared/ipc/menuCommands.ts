// The commands the application menu and the text context menu send to the focused window (the
// menuCommand push of contract.ts). The menus live in the main process but the work they ask for
// (importing, finding, moving between passages, highlighting the selection) lives in the renderer; one
// shared list of names and one table of shortcuts let both sides type-check what crosses and agree on the keys.

/** Commands of the application menu (About is the platform's own panel on macOS, a command elsewhere). */
export const APP_MENU_COMMANDS = [
  'import',
  'exportPdf',
  'find',
  'findNext',
  'findPrevious',
  'nextPassage',
  'previousPassage',
  'togglePassagesPanel',
  'toggleLibrary',
  'openSettings',
  'about',
  'showShortcuts',
] as const

/** Commands of the context menu on selected article text. */
export const CONTEXT_MENU_COMMANDS = ['highlightSelection', 'noteSelection'] as const

export const MENU_COMMANDS = [...APP_MENU_COMMANDS, ...CONTEXT_MENU_COMMANDS] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}

/** Keyboard shortcuts, in Electron's accelerator syntax; roles (copy, zoom, full screen, quit) bring their platform's own. */
export const ACCELERATORS = {
  import: 'CmdOrCtrl+O',
  exportPdf: 'CmdOrCtrl+P',
  find: 'CmdOrCtrl+F',
  findNext: 'CmdOrCtrl+G',
  findPrevious: 'Shift+CmdOrCtrl+G',
  nextPassage: 'CmdOrCtrl+]',
  previousPassage: 'CmdOrCtrl+[',
  // Alt rather than Shift: Shift+CmdOrCtrl+P is the print dialog in many readers.
  togglePassagesPanel: 'Alt+CmdOrCtrl+P',
  toggleLibrary: 'Alt+CmdOrCtrl+L',
  openSettings: 'CmdOrCtrl+,',
} as const satisfies Partial<Record<MenuCommand, string>>

export type ShortcutCommand = keyof typeof ACCELERATORS

/** The parts of a keyboard event a shortcut is matched on. */
export interface KeyPress {
  key: string
  code: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  shiftKey: boolean
}

/** Physical keys for the punctuation used above, so a layout that types another character there still matches. */
const PUNCTUATION_CODES: Readonly<Record<string, string>> = { '[': 'BracketLeft', ']': 'BracketRight', ',': 'Comma' }

/**
 * Whether `press` is `accelerator` (CmdOrCtrl is Cmd on macOS, Ctrl elsewhere). Modifiers must match
 * exactly, so Ctrl+Shift+G is not taken for Ctrl+G. A letter is matched by the character typed; when
 * that is not a Latin letter (Alt+P types π on macOS; a Cyrillic layout types ф for F) by the physical key.
 */
export function matchesAccelerator(accelerator: string, press: KeyPress, mac: boolean): boolean {
  const parts = accelerator.split('+')
  const key = parts.pop() ?? ''
  const wants = new Set(parts.map((part) => (part === 'CmdOrCtrl' ? (mac ? 'Cmd' : 'Ctrl') : part)))
  const modifiersMatch = press.ctrlKey === wants.has('Ctrl') && press.metaKey === wants.has('Cmd') && press.altKey === wants.has('Alt') && press.shiftKey === wants.has('Shift')
  if (!modifiersMatch) return false
  if (/^[A-Z]$/.test(key)) return /^[a-z]$/i.test(press.key) ? press.key.toUpperCase() === key : press.code === `Key${key}`
  return press.key === key || press.code === PUNCTUATION_CODES[key]
}

/** The command whose shortcut `press` is, if any. */
export function shortcutCommand(press: KeyPress, mac: boolean): ShortcutCommand | null {
  for (const [command, accelerator] of Object.entries(ACCELERATORS) as [ShortcutCommand, string][]) {
    if (matchesAccelerator(accelerator, press, mac)) return command
  }
  return null
}

/** The shape of window.menu: how the page hears what the application and context menus ask of it. */
export interface MenuEvents {
  /**
   * True when a native application menu carries the shortcuts (Electron): its accelerators fire the
   * commands, so the page must not act on the same keys as well. False in a plain browser (the test bridge).
   */
  readonly native: boolean
  /** Calls `listener` with each command; returns a function that stops listening. */
  onCommand: (listener: (command: MenuCommand) => void) => () => void
  /** Calls `listener` with the id of each comparison chosen in File › Open Recent. */
  onOpenComparison: (listener: (id: string) => void) => () => void
}
