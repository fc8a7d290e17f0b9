// The only file that touches ipcRenderer (STYLE.md rule 2). Runs sandboxed, so it is bundled as CommonJS.
// It exposes window.api: exactly one function per contract call, each forwarding its single argument.

import { contextBridge, ipcRenderer } from 'electron'
import { CHANNELS, type Api } from '../shared/ipc/contract'

const api = Object.fromEntries(
  CHANNELS.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as Api

contextBridge.exposeInMainWorld('api', Object.freeze(api))
