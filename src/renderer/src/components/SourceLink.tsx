// An article's web address as a link that opens in the system browser. Only http(s) addresses become
// links (article details are untrusted); the main process checks again before anything opens, and the
// window itself never navigates (a new-window request is handed to that check).

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
  return (
    <a className={className} href={address.href} target="_blank" rel="noreferrer noopener" title={`Open ${address.href} in your browser`}>
      {address.hostname.replace(/^www\./, '')} ↗
    </a>
  )
}
