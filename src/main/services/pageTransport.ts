// The one thing the page fetcher needs of a network stack: a single GET that never follows a redirect (the
// fetcher checks every address it is sent on to, and counts them). Electron's is Chromium's, which honours
// the system's proxy settings (electronPageTransport.ts); Node's fetch stands in for it in tests and the
// test bridge (nodePageTransport.ts). Each turns its own network errors into the few failures a person can
// act on, so the fetcher words them the same whichever stack ran.

/** Why a request got no answer. */
export type TransportFailure = 'offline' | 'host-not-found' | 'refused' | 'reset' | 'timeout' | 'tls' | 'proxy' | 'other'

export class TransportError extends Error {
  override readonly name = 'TransportError'
  constructor(
    readonly failure: TransportFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options)
  }
}

/** One answer: its status and headers, and its body to read (or to cancel unread). */
export interface PageHop {
  status: number
  /** The status's words where the server gave them ("Not Found"); may be empty. */
  statusText: string
  /** The Location header as sent (possibly relative), or the address Chromium resolved from it. */
  location: string | null
  /** The Content-Type header as sent. */
  contentType: string | null
  /** The Content-Length header, when it is a number. */
  contentLength: number | null
  body: AsyncIterable<Uint8Array>
  /** Stops the body: nothing more is read, and the connection is let go. */
  cancel: () => void
}

export interface PageTransport {
  /**
   * One GET of `url`, not following redirects. Resolves once the headers are in; rejects with a
   * TransportError when there is no answer, or with the signal's reason once it aborts (which also ends a
   * body being read).
   */
  get: (url: string, signal: AbortSignal) => Promise<PageHop>
}

/** What Parallax asks for: a page, or text. */
export const PAGE_ACCEPT = 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.5'

/** Chromium's network errors (net::ERR_...) as failures; the names are Chromium's net_error_list. */
export function chromiumFailure(message: string): TransportFailure {
  const name = /ERR_[A-Z_]+/.exec(message)?.[0] ?? ''
  if (/^ERR_(INTERNET_DISCONNECTED|NETWORK_CHANGED|ADDRESS_UNREACHABLE|NETWORK_ACCESS_DENIED|NETWORK_IO_SUSPENDED)$/.test(name)) return 'offline'
  if (/^ERR_(NAME_NOT_RESOLVED|NAME_RESOLUTION_FAILED|ADDRESS_INVALID)$/.test(name)) return 'host-not-found'
  if (name === 'ERR_CONNECTION_REFUSED') return 'refused'
  if (/^ERR_(CONNECTION_RESET|CONNECTION_CLOSED|CONNECTION_ABORTED|EMPTY_RESPONSE|CONNECTION_FAILED)$/.test(name)) return 'reset'
  if (/^ERR_(TIMED_OUT|CONNECTION_TIMED_OUT)$/.test(name)) return 'timeout'
  if (/^ERR_(CERT_|SSL_|BAD_SSL_)/.test(name)) return 'tls'
  if (/^ERR_(PROXY_|TUNNEL_CONNECTION_FAILED|MANDATORY_PROXY_CONFIGURATION_FAILED)/.test(name)) return 'proxy'
  return 'other'
}

/** Node's socket and DNS error codes (on a fetch error's cause) as failures. */
export function nodeFailure(code: string | undefined): TransportFailure {
  switch (code) {
    case 'ENETUNREACH':
    case 'ENETDOWN':
    case 'EHOSTUNREACH':
      return 'offline'
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EAI_NONAME':
      return 'host-not-found'
    case 'ECONNREFUSED':
      return 'refused'
    case 'ECONNRESET':
    case 'EPIPE':
    case 'UND_ERR_SOCKET':
      return 'reset'
    case 'ETIMEDOUT':
    case 'UND_ERR_CONNECT_TIMEOUT':
    case 'UND_ERR_HEADERS_TIMEOUT':
    case 'UND_ERR_BODY_TIMEOUT':
      return 'timeout'
    default:
      return code !== undefined && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code) ? 'tls' : 'other'
  }
}
