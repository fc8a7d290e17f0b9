// window.api as the preload exposes it, typed from the contract.

import type { Api } from '../shared/ipc/contract'

declare global {
  interface Window {
    readonly api: Api
  }
}

export {}
