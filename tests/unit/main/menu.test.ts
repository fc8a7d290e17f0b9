// The application menu template per platform: menu order, About and Quit where each platform expects
// them, accelerators that never clash, every renderer command sent once through actions.send,
// developer items only in a developer's build, and Open Recent built from the recent list.

import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { menuTemplate, sendMenuCommand, sendOpenComparison, type MenuActions } from '../../../src/main/menu'
import { ACCELERATORS, APP_MENU_COMMANDS, isMenuCommand, type MenuCommand } from '../../../src/shared/ipc/menuCommands'

function fakeActions(): MenuActions & { sent: string[]; opened: string[] } {
  const actions = {
    sent: [] as string[],
    opened: [] as string[],
    send: (command: string) => void actions.sent.push(command),
    openComparison: (id: string) => void actions.opened.push(id),
  }
  return actions
}

/** Every item, depth first, with the labels of the menus above it. */
function flatten(items: MenuItemConstructorOptions[], path: string[] = []): { item: MenuItemConstructorOptions; path: string[] }[] {
  return items.flatMap((item) => {
    const here = { item, path }
    const children = Array.isArray(item.submenu) ? flatten(item.submenu, [...path, item.label ?? item.role ?? '']) : []
    return [here, ...children]
  })
}

/** Accelerators compared as a keyboard sees them: modifiers in any order are the same keys. */
const normalise = (accelerator: string) => accelerator.split('+').map((part) => part.toLowerCase()).sort().join('+')

const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)()

describe('menuTemplate on macOS', () => {
  const template = menuTemplate('darwin', fakeActions(), { appName: 'Parallax' })

  it('puts the app menu first, then File, Edit, View, Window, Help', () => {
    expect(template.map((menu) => menu.label)).toEqual(['Parallax', 'File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('has About, Settings, Services, Hide, Hide Others, Show All and Quit in the app menu, in that order', () => {
    const appMenu = (template[0]?.submenu as MenuItemConstructorOptions[]).filter((item) => item.type !== 'separator')
    expect(appMenu.map((item) => item.role ?? item.label)).toEqual(['about', 'Settings…', 'services', 'hide', 'hideOthers', 'unhide', 'quit'])
  })

  it('has Quit and About once each, both in the app menu', () => {
    const items = flatten(template)
    expect(items.filter(({ item }) => item.role === 'quit').map(({ path }) => path)).toEqual([['Parallax']])
    expect(items.filter(({ item }) => item.role === 'about' || item.id === 'about').map(({ path }) => path)).toEqual([['Parallax']])
  })
})

describe.each(['win32', 'linux'] as const)('menuTemplate on %s', (platform) => {
  const actions = fakeActions()
  const template = menuTemplate(platform, actions, { appName: 'Parallax' })

  it('has File, Edit, View, Window, Help and no app menu', () => {
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Window', 'Help'])
  })

  it('ends File with Exit (the quit role), and puts About in Help, sending the about command', () => {
    const items = flatten(template)
    const quits = items.filter(({ item }) => item.role === 'quit')
    expect(quits).toHaveLength(1)
    expect(quits[0]).toMatchObject({ path: ['File'], item: { label: 'Exit' } })
    expect((template[0]?.submenu as MenuItemConstructorOptions[]).at(-1)?.role).toBe('quit')
    const abouts = items.filter(({ item }) => item.role === 'about' || item.id === 'about')
    expect(abouts.map(({ path }) => path)).toEqual([['Help']])
    click(abouts[0]?.item as MenuItemConstructorOptions)
    expect(actions.sent).toEqual(['about'])
  })
})

describe.each(['darwin', 'win32', 'linux'] as const)('menuTemplate commands on %s', (platform) => {
  it('gives every accelerator to one item only', () => {
    const accelerators = flatten(menuTemplate(platform, fakeActions(), { appName: 'Parallax', packaged: false })).flatMap(({ item }) => (item.accelerator ? [normalise(String(item.accelerator))] : []))
    expect(accelerators.length).toBeGreaterThan(8)
    expect(new Set(accelerators).size).toBe(accelerators.length)
  })

  it('sends each command of the application menu once, from one item, through actions.send (About is the app menu role on macOS)', () => {
    const actions = fakeActions()
    const commandItems = flatten(menuTemplate(platform, actions, { appName: 'Parallax' })).filter(({ item }) => isMenuCommand(item.id))
    for (const { item } of commandItems) click(item)
    const expected = APP_MENU_COMMANDS.filter((command) => platform !== 'darwin' || command !== 'about')
    expect([...actions.sent].sort()).toEqual([...expected].sort())
    expect(actions.opened).toEqual([])
  })

  it('lists the keyboard shortcuts under Help, with no accelerator of its own (the page answers ?)', () => {
    const items = flatten(menuTemplate(platform, fakeActions(), { appName: 'Parallax' }))
    const shortcuts = items.filter(({ item }) => item.id === 'showShortcuts')
    expect(shortcuts.map(({ path, item }) => [path, item.label, item.accelerator])).toEqual([[['Help'], 'Keyboard Shortcuts', undefined]])
  })

  it('gives the commands their accelerators', () => {
    const items = flatten(menuTemplate(platform, fakeActions(), { appName: 'Parallax' }))
    const byId = (id: string) => items.find(({ item }) => item.id === id)?.item
    expect(byId('import')).toMatchObject({ label: 'Import…', accelerator: 'CmdOrCtrl+O' })
    expect(byId('exportPdf')).toMatchObject({ label: 'Export PDF…', accelerator: 'CmdOrCtrl+P' })
    expect(byId('find')?.accelerator).toBe('CmdOrCtrl+F')
    expect(byId('findNext')?.accelerator).toBe('CmdOrCtrl+G')
    expect(byId('findPrevious')?.accelerator).toBe('Shift+CmdOrCtrl+G')
    expect(byId('nextPassage')?.accelerator).toBe('CmdOrCtrl+]')
    expect(byId('previousPassage')?.accelerator).toBe('CmdOrCtrl+[')
    expect(byId('togglePassagesPanel')?.accelerator).toBe(ACCELERATORS.togglePassagesPanel)
    expect(byId('toggleLibrary')).toMatchObject({ label: 'Toggle Library Sidebar', accelerator: 'Alt+CmdOrCtrl+L' })
    expect(byId('openSettings')).toMatchObject({ label: 'Settings…', accelerator: 'CmdOrCtrl+,' })
  })

  it('offers zoom and full screen by role, and reload and developer tools only when not packaged', () => {
    const roles = (packaged: boolean) => flatten(menuTemplate(platform, fakeActions(), { appName: 'Parallax', packaged })).flatMap(({ item }) => (item.role ? [item.role] : []))
    expect(roles(true)).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']))
    expect(roles(true)).not.toEqual(expect.arrayContaining(['reload']))
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('lists recent comparisons under File > Open Recent, each opening its comparison', () => {
    const actions = fakeActions()
    const recent = [
      { id: 'c2', title: 'Kerry in Moscow, May 2013' },
      { id: 'c1', title: 'Budget speech' },
    ]
    const items = flatten(menuTemplate(platform, actions, { appName: 'Parallax', recent }))
    const entries = items.filter(({ path }) => path.at(-1) === 'Open Recent')
    expect(entries.map(({ item, path }) => `${path.join(' > ')} > ${item.label}`)).toEqual(['File > Open Recent > Kerry in Moscow, May 2013', 'File > Open Recent > Budget speech'])
    for (const { item } of entries) click(item)
    expect(actions.opened).toEqual(['c2', 'c1'])
    expect(actions.sent).toEqual([])
  })

  it('greys out the commands the page cannot do now, and enables all until the page has said', () => {
    const enabled = (available?: ReadonlySet<MenuCommand>) =>
      Object.fromEntries(
        flatten(menuTemplate(platform, fakeActions(), { appName: 'Parallax', ...(available ? { available } : {}) }))
          .filter(({ item }) => isMenuCommand(item.id))
          .map(({ item }) => [item.id, item.enabled]),
      )
    expect(Object.values(enabled()).every((on) => on === true)).toBe(true)
    const inTheLibrary = enabled(new Set<MenuCommand>(['import', 'openSettings', 'about']))
    expect(inTheLibrary).toMatchObject({ import: true, openSettings: true, exportPdf: false, find: false, nextPassage: false, togglePassagesPanel: false })
    if (platform !== 'darwin') expect(inTheLibrary['about']).toBe(true)
  })

  it('shows Open Recent disabled when the list is empty', () => {
    const openRecent = flatten(menuTemplate(platform, fakeActions(), { appName: 'Parallax' })).find(({ item }) => item.id === 'openRecent')?.item
    expect(openRecent?.enabled).toBe(false)
  })
})

describe('sending to the focused window', () => {
  const window = (destroyed = false) => ({ isDestroyed: () => destroyed, webContents: { send: vi.fn() } })

  it('sends a command on the menu channel, and an Open Recent id on its own channel', () => {
    const focused = window()
    sendMenuCommand(focused as never, 'find')
    sendOpenComparison(focused as never, 'c1')
    expect(focused.webContents.send.mock.calls).toEqual([
      ['menu', 'find'],
      ['menu:openComparison', 'c1'],
    ])
  })

  it('sends nothing when no window is focused or it is gone', () => {
    const gone = window(true)
    sendMenuCommand(null, 'find')
    sendMenuCommand(gone as never, 'find')
    sendOpenComparison(gone as never, 'c1')
    expect(gone.webContents.send).not.toHaveBeenCalled()
  })
})
