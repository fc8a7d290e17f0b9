// An article's web address as a link that opens in the system browser. Only http(s) addresses become
// links (article details are untrusted). A click asks the main process to open it (openLink), which it
// does only for a click or key the person made, after checking the address again; the window itself never
// navigates, and a new-window request opens nothing.

import type { MouseEvent } from 'react'
import { client } from '../api'

export function webAddress(url: string | null): URL | null {
  if (url === null) return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed : null
  } catch {
    return null
  }
}

/** A link to `address`, already checked by webAddress. */
export function SourceLink({ address, className }: { address: URL; className?: string }) {
  const open = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault()
    // A link that cannot be opened is ignored, as a browser ignores a dead link.
    client.openLink({ url: address.href }).catch(() => undefined)
  }
  return (
    <a className={className} href={address.href} target="_blank" rel="noreferrer noopener" title={`Open ${address.href} in your browser`} onClick={open}>
      {address.hostname.replace(/^www\./, '')} ↗
    </a>
  )
}
