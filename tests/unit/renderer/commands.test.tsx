// The command registry the menus and shortcuts go through: the newest registration of a command runs,
// a view that leaves takes its handler with it, commands arrive from window.menu, and the page matches
// the shortcut keys itself only when no native menu carries them (so nothing runs twice in Electron).

import { cleanup, fireEvent, render, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { canRun, runCommand, useCommand, useCommandSources, useModalPause } from '../../../src/renderer/src/app/commands'
import type { MenuCommand, MenuEvents } from '../../../src/shared/ipc/menuCommands'

afterEach(() => {
  cleanup()
  delete (globalThis as { menu?: MenuEvents }).menu
  Reflect.deleteProperty(window, 'api')
})

function Handler({ command, name, log, enabled = true }: { command: MenuCommand; name: string; log: string[]; enabled?: boolean }) {
  useCommand(command, () => log.push(`${name} ${command}`), enabled)
  return null
}

function Sources({ opened }: { opened: string[] }) {
  useCommandSources((id) => opened.push(id))
  return null
}

/** A window.menu whose commands and Open Recent ids the test sends. */
function fakeMenu(native: boolean) {
  const commandListeners = new Set<(command: MenuCommand) => void>()
  const openListeners = new Set<(id: string) => void>()
  const menu: MenuEvents = {
    native,
    onCommand: (listener) => (commandListeners.add(listener), () => void commandListeners.delete(listener)),
    onOpenComparison: (listener) => (openListeners.add(listener), () => void openListeners.delete(listener)),
  }
  ;(globalThis as { menu?: MenuEvents }).menu = menu
  return {
    send: (command: MenuCommand) => commandListeners.forEach((listener) => listener(command)),
    open: (id: string) => openListeners.forEach((listener) => listener(id)),
    listening: () => commandListeners.size + openListeners.size,
  }
}

describe('the command registry', () => {
  it('runs the newest handler of a command, and the one below when that leaves', () => {
    const log: string[] = []
    const view = render(<Handler command="find" name="view" log={log} />)
    const dialog = render(<Handler command="find" name="dialog" log={log} />)
    expect(runCommand('find')).toBe(true)
    dialog.unmount()
    runCommand('find')
    view.unmount()
    expect(runCommand('find')).toBe(false)
    expect(canRun('find')).toBe(false)
    expect(log).toEqual(['dialog find', 'view find'])
  })

  it('holds a disabled handler back until it is enabled', () => {
    const log: string[] = []
    const { rerender } = render(<Handler command="highlightSelection" name="toolbar" log={log} enabled={false} />)
    expect(runCommand('highlightSelection')).toBe(false)
    rerender(<Handler command="highlightSelection" name="toolbar" log={log} enabled />)
    expect(runCommand('highlightSelection')).toBe(true)
    expect(log).toEqual(['toolbar highlightSelection'])
  })
})

function Modal() {
  useModalPause()
  return null
}

describe('while a modal dialog is open', () => {
  it('runs no command and leaves the keys to the dialog, then gives them back when it closes', () => {
    fakeMenu(false)
    const log: string[] = []
    render(<Sources opened={[]} />)
    render(<Handler command="find" name="view" log={log} />)
    const modal = render(<Modal />)
    expect(canRun('find')).toBe(false)
    expect(runCommand('find')).toBe(false)
    const press = new KeyboardEvent('keydown', { key: 'f', code: 'KeyF', ctrlKey: true, cancelable: true, bubbles: true })
    window.dispatchEvent(press)
    expect(press.defaultPrevented).toBe(false)
    modal.unmount()
    expect(runCommand('find')).toBe(true)
    expect(log).toEqual(['view find'])
  })
})

describe('where commands come from', () => {
  it('runs what the menu sends and opens what Open Recent names; stops listening when unmounted', () => {
    const menu = fakeMenu(true)
    const log: string[] = []
    const opened: string[] = []
    const sources = render(<Sources opened={opened} />)
    render(<Handler command="about" name="shell" log={log} />)
    menu.send('about')
    menu.send('exportPdf') // nobody can export here: nothing happens
    menu.open('c1')
    expect(log).toEqual(['shell about'])
    expect(opened).toEqual(['c1'])
    sources.unmount()
    expect(menu.listening()).toBe(0)
  })

  it('matches the shortcut keys in the page when the menu is not native, preventing the browser’s own action', () => {
    fakeMenu(false)
    const log: string[] = []
    render(<Sources opened={[]} />)
    render(<Handler command="find" name="view" log={log} />)
    const press = new KeyboardEvent('keydown', { key: 'f', code: 'KeyF', ctrlKey: true, cancelable: true, bubbles: true })
    window.dispatchEvent(press)
    expect(log).toEqual(['view find'])
    expect(press.defaultPrevented).toBe(true)
    // A shortcut nobody can do now is left to the browser.
    const other = new KeyboardEvent('keydown', { key: 'p', code: 'KeyP', ctrlKey: true, cancelable: true, bubbles: true })
    window.dispatchEvent(other)
    expect(other.defaultPrevented).toBe(false)
  })

  it('leaves the shortcut keys to a native menu, which sends the command itself', () => {
    const menu = fakeMenu(true)
    const log: string[] = []
    render(<Sources opened={[]} />)
    render(<Handler command="find" name="view" log={log} />)
    fireEvent.keyDown(window, { key: 'f', code: 'KeyF', ctrlKey: true })
    expect(log).toEqual([])
    menu.send('find')
    expect(log).toEqual(['view find'])
  })
})

describe('what the menu is told', () => {
  it('reports the commands views can do once registrations settle, and again when a view leaves', async () => {
    fakeMenu(true)
    const reported: unknown[] = []
    Object.defineProperty(window, 'api', {
      value: { setMenuState: async (input: unknown) => (reported.push(input), { ok: true, value: undefined }) },
      configurable: true,
    })
    render(<Sources opened={[]} />)
    render(<Handler command="import" name="shell" log={[]} />)
    const view = render(
      <>
        <Handler command="find" name="view" log={[]} />
        <Handler command="exportPdf" name="view" log={[]} />
      </>,
    )
    await waitFor(() => expect(reported.at(-1)).toEqual({ available: ['import', 'exportPdf', 'find'] }))
    const before = reported.length
    view.unmount()
    await waitFor(() => expect(reported.at(-1)).toEqual({ available: ['import'] }))
    expect(reported.length).toBe(before + 1)
  })
})
