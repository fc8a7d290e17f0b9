// One way for a command to reach the code that does it, whoever asks: the application menu, the context
// menu, or a shortcut pressed in the page. Views register what they can do while they are on screen
// (useCommand); the newest registration of a command wins, so an open dialog's handler shadows the
// view's below it. While a modal dialog is open, no command runs: the view behind it is out of reach,
// as the dialog makes it inert. A command nobody can do right now is simply not done, and the
// application menu is told which commands can be done, so it greys out the others.

import { useEffect, useRef } from 'react'
import { client, menuEvents } from '../api'
import { isMac } from './keyboard'
import { MENU_COMMANDS, shortcutCommand, type MenuCommand } from '../../../shared/ipc/menuCommands'

type Handler = { current: () => void }

const handlers = new Map<MenuCommand, Handler[]>()
const changeListeners = new Set<() => void>()
const changed = (): void => changeListeners.forEach((listener) => listener())
/** How many modal dialogs are open (one may open over another). */
let modals = 0

/** Runs the newest handler of `command`; says whether there was one. */
export function runCommand(command: MenuCommand): boolean {
  if (!canRun(command)) return false
  handlers.get(command)?.at(-1)?.current()
  return true
}

/** Whether some view on screen can do `command` now (none can while a modal dialog is open). */
export function canRun(command: MenuCommand): boolean {
  return modals === 0 && (handlers.get(command)?.length ?? 0) > 0
}

/** Holds every command back while the calling modal dialog is mounted. */
export function useModalPause(): void {
  useEffect(() => {
    modals += 1
    changed()
    return () => {
      modals -= 1
      changed()
    }
  }, [])
}

/** Registers `run` for `command` while the component is mounted and `enabled` holds; always calls the newest `run`. */
export function useCommand(command: MenuCommand, run: () => void, enabled = true): void {
  const latest = useRef(run)
  useEffect(() => {
    latest.current = run
  })
  useEffect(() => {
    if (!enabled) return
    const handler: Handler = { current: () => latest.current() }
    handlers.set(command, [...(handlers.get(command) ?? []), handler])
    changed()
    return () => {
      handlers.set(command, (handlers.get(command) ?? []).filter((other) => other !== handler))
      changed()
    }
  }, [command, enabled])
}

/**
 * Connects the menus and the keyboard to the commands, once, at the top of the app: commands from
 * window.menu run as they arrive, and Open Recent calls `openComparison`. Where no native menu carries
 * the shortcuts (a plain browser), the page matches the same keys itself; where one does, it leaves
 * them to it, so no command runs twice.
 */
export function useCommandSources(openComparison: (id: string) => void): void {
  const open = useRef(openComparison)
  useEffect(() => {
    open.current = openComparison
  })
  useEffect(() => {
    const menu = menuEvents()
    const stops = menu ? [menu.onCommand((command) => void runCommand(command)), menu.onOpenComparison((id) => open.current(id))] : []
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented) return
      const command = shortcutCommand(event, isMac())
      if (command === null || !canRun(command)) return
      event.preventDefault()
      runCommand(command)
    }
    if (!menu?.native) window.addEventListener('keydown', onKey)
    const stopReporting = menu ? reportAvailable() : () => {}
    return () => {
      for (const stop of stops) stop()
      window.removeEventListener('keydown', onKey)
      stopReporting()
    }
  }, [])
}

/** How long registrations must hold still before the menu is told (a view mounting registers several). */
export const MENU_STATE_DELAY_MS = 50

/** Tells the main process which commands can be done, after each change settles, only when the set changed. */
function reportAvailable(): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  let last: string | null = null
  const report = (): void => {
    clearTimeout(timer)
    timer = setTimeout(() => {
      const available = MENU_COMMANDS.filter(canRun)
      const key = available.join(' ')
      if (key === last) return
      last = key
      // A menu left as it was is no reason to interrupt the person: the commands still do nothing when unavailable.
      client.setMenuState({ available }).catch(() => {})
    }, MENU_STATE_DELAY_MS)
  }
  changeListeners.add(report)
  report()
  return () => {
    changeListeners.delete(report)
    clearTimeout(timer)
  }
}
