// window.api and window.menu as the preload exposes them, typed from the contract.

import type { Api, MenuEvents } from '../shared/ipc/contract'

declare global {
  interface Window {
    readonly api: Api
    /** Absent when the page runs with neither the preload nor the test bridge. */
    readonly menu?: MenuEvents
  }
}

export {}
