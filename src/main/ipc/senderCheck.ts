// Decides whether an IPC message comes from Parallax's own page: the top frame, at the renderer's address
// (app://parallax/index.html, or the dev server's origin in `npm run dev`). Anything else (a subframe, a
// page the window was somehow steered to, a file:// page) is refused before dispatch.

import { APP_HOST, APP_SCHEME, RENDERER_ENTRY_URL } from '../rendererProtocol'
import type { RendererPage } from '../window'

export interface SenderFrame {
  url: string
  parent: unknown
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

export function createSenderCheck(page: RendererPage): (frame: SenderFrame | null | undefined) => boolean {
  const expected = new URL(page.kind === 'url' ? page.url : RENDERER_ENTRY_URL)
  return (frame) => {
    if (!frame || frame.parent) return false
    const actual = parse(frame.url)
    if (!actual || actual.username || actual.password) return false
    if (page.kind === 'app') {
      // The one page, not merely the origin: app:// serves scripts and styles too, never as a page.
      return actual.protocol === `${APP_SCHEME}:` && actual.host === APP_HOST && actual.pathname === expected.pathname
    }
    return actual.origin === expected.origin
  }
}
