// window.api and window.menu as the preload exposes them, typed from the contract and the menu commands.

import type { Api } from '../shared/ipc/contract'
import type { MenuEvents } from '../shared/ipc/menuCommands'

declare global {
  interface Window {
    readonly api: Api
    /** Absent when the page runs with neither the preload nor the test bridge. */
    readonly menu?: MenuEvents
  }
}

export {}
