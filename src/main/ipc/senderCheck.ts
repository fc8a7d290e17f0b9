// Decides whether an IPC message comes from Parallax's own page: the top frame, at the renderer's address.
// Anything else (a subframe, a page the window was somehow steered to) is refused before dispatch.

import { pathToFileURL } from 'node:url'
import type { RendererPage } from '../window'

export interface SenderFrame {
  url: string
  parent: unknown
}

export function createSenderCheck(page: RendererPage): (frame: SenderFrame | null | undefined) => boolean {
  const expected = page.kind === 'url' ? new URL(page.url) : pathToFileURL(page.path)
  return (frame) => {
    if (!frame || frame.parent) return false
    let actual: URL
    try {
      actual = new URL(frame.url)
    } catch {
      return false
    }
    if (expected.protocol === 'file:') {
      // The host matters too: file://server/share/... is a file on another machine (a UNC path on Windows).
      return actual.protocol === 'file:' && actual.host === expected.host && actual.pathname === expected.pathname
    }
    return actual.origin === expected.origin
  }
}
