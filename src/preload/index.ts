// The only file that touches ipcRenderer (STYLE.md rule 2). Runs sandboxed, so it is bundled as CommonJS.
// It exposes window.api (exactly one function per contract call, each forwarding its single argument)
// and window.menu (subscriptions to what the application and context menus ask of the page; only known
// commands and well-formed ids are passed on, and the page never sees the IPC event itself).

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { CHANNELS, PUSHES, type Api, type Push, type PushValue } from '../shared/ipc/contract'
import type { MenuEvents } from '../shared/ipc/menuCommands'

/**
 * Whether the page has a fresh user gesture (a click or key press moments ago): a link may leave the app
 * only then, so a page that misbehaves cannot open addresses on its own.
 */
const userIsActing = (): boolean => (globalThis as { navigator?: { userActivation?: { isActive?: boolean } } }).navigator?.userActivation?.isActive === true

const NOT_BY_GESTURE = { ok: false, error: { code: 'forbidden', message: 'A link opens in your browser only when you click it.' } } as const

const api = Object.fromEntries(
  CHANNELS.map((channel) => [
    channel,
    channel === 'openLink'
      ? (input?: unknown) => (userIsActing() ? ipcRenderer.invoke(channel, input) : Promise.resolve(NOT_BY_GESTURE))
      : (input?: unknown) => ipcRenderer.invoke(channel, input),
  ]),
) as unknown as Api

/** Subscribes `listener` to a push, for the values its declaration accepts; returns the unsubscribe. */
function subscribe<P extends Push>(push: P, listener: (value: PushValue<P>) => void): () => void {
  const { channel, accepts } = PUSHES[push]
  const forward = (_event: IpcRendererEvent, value: unknown): void => {
    if ((accepts as (value: unknown) => value is PushValue<P>)(value)) listener(value)
  }
  ipcRenderer.on(channel, forward)
  return () => void ipcRenderer.removeListener(channel, forward)
}

const menu: MenuEvents = {
  native: true,
  onCommand: (listener) => subscribe('menuCommand', listener),
  onOpenComparison: (listener) => subscribe('openComparison', listener),
}

contextBridge.exposeInMainWorld('api', Object.freeze(api))
contextBridge.exposeInMainWorld('menu', Object.freeze(menu))
