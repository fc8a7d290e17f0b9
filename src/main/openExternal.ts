// The one way out of the app to the system browser. shell.openExternal hands a URL to the operating
// system, which opens whatever the scheme is registered to (a file manager for file:, any installed
// handler for a custom scheme), so only plain web addresses pass: http(s), no credentials, not overlong.
// Nothing else in the main process may call shell.openExternal.

import { shell } from 'electron'
import { MAX_URL_LENGTH } from '../shared/domain/article'

export type ExternalUrlCheck = { ok: true; url: string } | { ok: false; reason: string }

const refuse = (reason: string): ExternalUrlCheck => ({ ok: false, reason })
// Whitespace and control characters are dropped or folded by the URL parser; refusing them keeps what
// is checked and what is opened the same string.
// eslint-disable-next-line no-control-regex
const SPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f-\u009f]/

/** Whether a URL may be opened in the system browser, and the normalised form to open. Pure. */
export function checkExternalUrl(raw: unknown): ExternalUrlCheck {
  if (typeof raw !== 'string' || raw === '') return refuse('not an address')
  if (raw.length > MAX_URL_LENGTH) return refuse('address too long')
  if (SPACE_OR_CONTROL.test(raw)) return refuse('spaces or control characters')
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return refuse('not an address')
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse(`scheme ${url.protocol}`)
  if (url.username !== '' || url.password !== '') return refuse('credentials in the address')
  if (url.hostname === '') return refuse('no host')
  if (url.href.length > MAX_URL_LENGTH) return refuse('address too long')
  return { ok: true, url: url.href }
}

/**
 * Opens `raw` in the system browser if checkExternalUrl allows it; says whether it did. Never throws:
 * a refused or failed link is logged and otherwise ignored, as a browser ignores a dead link.
 */
export async function openExternalSafely(raw: unknown, log: (message: string) => void = console.warn): Promise<boolean> {
  const checked = checkExternalUrl(raw)
  if (!checked.ok) {
    log(`Parallax did not open a link (${checked.reason}).`)
    return false
  }
  try {
    await shell.openExternal(checked.url)
    return true
  } catch (error) {
    log(`The system could not open a link: ${(error as Error | null)?.message ?? String(error)}`)
    return false
  }
}
