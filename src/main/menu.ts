// The application menu as a plain template, built per platform: macOS puts the app menu first
// (About, Settings, Services, Hide, Quit) and About/Quit nowhere else; Windows and Linux put Quit in
// File and About (a window of the app's own) in Help. Work that lives in the renderer is asked for with one MenuCommand sent to
// the focused window, so the template itself stays a pure function that tests can read.

import type { BrowserWindow, MenuItemConstructorOptions } from 'electron'
import type { ComparisonLink } from '../shared/domain/comparison'
import { ACCELERATORS, type MenuCommand, type ShortcutCommand } from '../shared/ipc/menuCommands'
import { sendPush } from './ipc/push'

export interface MenuActions {
  /** Asks the focused window's renderer to do `command`. */
  send: (command: MenuCommand) => void
  /** Opens a comparison from File > Open Recent; the id is not a MenuCommand, so it has its own action. */
  openComparison: (id: string) => void
}

export interface MenuOptions {
  appName: string
  /** Reload and developer tools are offered only to a developer's build. */
  packaged?: boolean
  recent?: readonly ComparisonLink[]
  /** The commands the page can do now; the others are greyed out. All are enabled until the page says. */
  available?: ReadonlySet<MenuCommand> | null
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

function recentSubmenu(recent: readonly ComparisonLink[], actions: MenuActions): MenuItemConstructorOptions {
  const items: MenuItemConstructorOptions[] = recent.map(({ id, title }) => ({ id: `recent:${id}`, label: title, click: () => actions.openComparison(id) }))
  return { id: 'openRecent', label: 'Open Recent', enabled: items.length > 0, submenu: items.length > 0 ? items : [{ label: 'No recent comparisons', enabled: false }] }
}

export function menuTemplate(platform: NodeJS.Platform, actions: MenuActions, options: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin'
  const { appName, packaged = true, recent = [], available = null } = options
  const command = (label: string, name: ShortcutCommand): MenuItemConstructorOptions => ({
    id: name,
    label,
    accelerator: ACCELERATORS[name],
    enabled: available?.has(name) ?? true,
    click: () => actions.send(name),
  })

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      { role: 'about', label: `About ${appName}` },
      separator,
      command('Settings…', 'openSettings'),
      separator,
      { role: 'services' },
      separator,
      { role: 'hide', label: `Hide ${appName}` },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit', label: `Quit ${appName}` },
    ],
  }

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      command('Import…', 'import'),
      recentSubmenu(recent, actions),
      separator,
      command('Export PDF…', 'exportPdf'),
      separator,
      ...(mac
        ? [{ role: 'close' } as MenuItemConstructorOptions]
        : [command('Settings…', 'openSettings'), separator, { role: 'quit', label: 'Exit' } as MenuItemConstructorOptions]),
    ],
  }

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      command('Find', 'find'),
      command('Find Next', 'findNext'),
      command('Find Previous', 'findPrevious'),
    ],
  }

  const developer: MenuItemConstructorOptions[] = packaged ? [] : [separator, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      command('Next Passage', 'nextPassage'),
      command('Previous Passage', 'previousPassage'),
      command('Toggle Passages and Notes Panel', 'togglePassagesPanel'),
      command('Toggle Library Sidebar', 'toggleLibrary'),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...developer,
    ],
  }

  const window: MenuItemConstructorOptions = {
    role: 'window',
    label: 'Window',
    submenu: mac ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }] : [{ role: 'minimize' }, { role: 'close' }],
  }

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: 'Help',
    submenu: [
      // No accelerator: the page answers ? itself, outside text fields, where a menu's key would take it from them.
      { id: 'showShortcuts', label: 'Keyboard Shortcuts', enabled: available?.has('showShortcuts') ?? true, click: () => actions.send('showShortcuts') },
      ...(mac ? [] : [separator, { id: 'about', label: `About ${appName}`, enabled: available?.has('about') ?? true, click: () => actions.send('about') }]),
    ],
  }

  return mac ? [appMenu, file, edit, view, window, help] : [file, edit, view, window, help]
}

/** Sends a menu command to the focused window, if there is one that is still alive. */
export function sendMenuCommand(focused: BrowserWindow | null, command: MenuCommand): void {
  if (!focused || focused.isDestroyed()) return
  sendPush(focused.webContents, 'menuCommand', command)
}

/** Asks the focused window to open a comparison chosen from File > Open Recent. */
export function sendOpenComparison(focused: BrowserWindow | null, id: string): void {
  if (!focused || focused.isDestroyed()) return
  sendPush(focused.webContents, 'openComparison', id)
}
