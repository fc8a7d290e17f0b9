// One way for a command to reach the code that does it, whoever asks: the application menu, the context
// menu, or a shortcut pressed in the page. Views register what they can do while they are on screen
// (useCommand); the newest registration of a command wins, so an open dialog's handler shadows the
// view's below it. A command nobody can do right now is simply not done.

import { useEffect, useRef } from 'react'
import { menuEvents } from '../api'
import { isMac } from './keyboard'
import { shortcutCommand, type MenuCommand } from '../../../shared/ipc/menuCommands'

type Handler = { current: () => void }

const handlers = new Map<MenuCommand, Handler[]>()

/** Runs the newest handler of `command`; says whether there was one. */
export function runCommand(command: MenuCommand): boolean {
  const handler = handlers.get(command)?.at(-1)
  if (!handler) return false
  handler.current()
  return true
}

/** Whether some view on screen can do `command` now. */
export function canRun(command: MenuCommand): boolean {
  return (handlers.get(command)?.length ?? 0) > 0
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
    return () => void handlers.set(command, (handlers.get(command) ?? []).filter((other) => other !== handler))
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
    return () => {
      for (const stop of stops) stop()
      window.removeEventListener('keydown', onKey)
    }
  }, [])
}
