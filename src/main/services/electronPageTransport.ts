// The page transport in the app: Chromium's network stack through Electron's net module, so a page is
// fetched through the system's proxy settings (PAC files and proxies that ask to sign in included), as the
// person's browser would. net.request rather than net.fetch: net.fetch cannot hand back a redirect without
// following it (its 'manual' mode fails with "Redirect was cancelled"), and the fetcher must check each
// address it is sent on to. Both use the same stack and session. Kept thin: the rules are in pageFetch.ts.

import { net } from 'electron'
import { chromiumFailure, PAGE_ACCEPT, TransportError, type PageHop, type PageTransport } from './pageTransport'

type Headers = Record<string, string | string[]>

const header = (headers: Headers, name: string): string | null => {
  const value = headers[name] ?? headers[name.toLowerCase()]
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null)
}

export function electronPageTransport(): PageTransport {
  return {
    get: (url, signal) =>
      new Promise<PageHop>((resolve, reject) => {
        signal.throwIfAborted()
        // No cookies sent or kept, nothing cached: each fetch is the page as anyone would get it.
        const request = net.request({ url, method: 'GET', redirect: 'manual', credentials: 'omit', useSessionCookies: false, cache: 'no-store' })
        let settled = false
        const settle = (then: () => void): void => {
          if (settled) return
          settled = true
          then()
        }
        signal.addEventListener(
          'abort',
          () => {
            request.abort()
            settle(() => reject(signal.reason))
          },
          { once: true },
        )
        request.on('redirect', (status, _method, redirectUrl, headers) => {
          // Handed back, not followed: not calling followRedirect here cancels this request.
          settle(() => resolve({ status, statusText: '', location: redirectUrl, contentType: header(headers, 'content-type'), contentLength: null, body: (async function* () {})(), cancel: () => {} }))
        })
        request.on('response', (response) => {
          const headers = response.headers as Headers
          const length = Number(header(headers, 'content-length') ?? Number.NaN)
          settle(() =>
            resolve({
              status: response.statusCode,
              statusText: response.statusMessage,
              location: header(headers, 'location'),
              contentType: header(headers, 'content-type'),
              contentLength: Number.isFinite(length) ? length : null,
              // Electron's IncomingMessage is a Node Readable stream, though its types say only EventEmitter.
              body: response as unknown as AsyncIterable<Uint8Array>,
              cancel: () => request.abort(),
            }),
          )
        })
        request.on('error', (error: Error) => settle(() => reject(new TransportError(chromiumFailure(error.message), error.message, { cause: error }))))
        request.setHeader('Accept', PAGE_ACCEPT)
        request.end()
      }),
  }
}
