// Fetches a web page for import, keeping to the limits in domain/webPage.ts: http and https only, each
// address a redirect sends it on to checked again and at most MAX_PAGE_REDIRECTS of them, at most
// MAX_PAGE_BYTES read (it stops reading past that), a time limit for a site to start answering and one for
// the whole fetch. What comes back is the page's bytes untouched with what its headers said; the renderer
// reads them as it reads an HTML file. Every way it can fail is an answer worded for a person, never a throw.

import { MAX_PAGE_BYTES, MAX_PAGE_REDIRECTS, PAGE_CONNECT_TIMEOUT_MS, PAGE_READ_TIMEOUT_MS, webAddressOf } from '../../shared/domain/webPage'
import type { PageFetch, PageProblem } from '../../shared/ipc/pages'
import { TransportError, type PageHop, type PageTransport, type TransportFailure } from './pageTransport'

export interface PageFetchLimits {
  maxRedirects: number
  maxBytes: number
  /** How long each request may wait for the site's answer to begin. */
  connectTimeoutMs: number
  /** How long the whole fetch may take, from the first request to the last byte. */
  readTimeoutMs: number
}

export interface PageFetcher {
  /** Fetches a page; when `cancel` aborts first, the answer is a "cancelled" failure at once. */
  fetch: (address: string, cancel?: AbortSignal) => Promise<PageFetch>
}

/** The media types read as a page (or as text); a missing Content-Type is left to the decoder's checks. */
const READABLE = new Set(['text/html', 'application/xhtml+xml', 'text/plain'])
const REDIRECTS = new Set([301, 302, 303, 307, 308])

const failed = (problem: PageProblem, message: string): PageFetch => ({ status: 'failed', problem, message })

const CANCELLED = 'The fetch was stopped before the page arrived.'

function sizeOf(bytes: number): string {
  return bytes >= 1_000_000 ? `${+(bytes / 1e6).toFixed(1)} MB` : `${+(bytes / 1e3).toFixed(1)} kB`
}

const seconds = (ms: number): string => `${+(ms / 1000).toFixed(1)} seconds`

/** "text/html; charset=UTF-8" as its media type and charset. */
export function parseContentType(header: string | null): { mediaType: string | null; charset: string | null } {
  if (header === null) return { mediaType: null, charset: null }
  const [type = '', ...parameters] = header.split(';')
  const mediaType = type.trim().toLowerCase() || null
  const charset = parameters
    .map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?\s*$/i.exec(p)?.[1])
    .find((value) => value !== undefined)
  return { mediaType, charset: charset ?? null }
}

function describeMedia(mediaType: string): string {
  const kind = mediaType.split('/')[0]
  if (mediaType === 'application/pdf') return 'a PDF document'
  if (kind === 'image') return 'an image'
  if (kind === 'video') return 'a video'
  if (kind === 'audio') return 'a sound file'
  if (mediaType === 'application/json' || mediaType.endsWith('+json')) return 'data (JSON)'
  if (/zip|compressed|tar|octet-stream/.test(mediaType)) return 'a download'
  return 'a file'
}

function describeStatus(status: number, statusText: string): { problem: PageProblem; message: string } {
  const code = `${status}${statusText ? ` ${statusText}` : ''}`
  if (status === 404 || status === 410) return { problem: 'gone', message: `The site has no page at this address (${code}). Check the address, or whether the article was moved or taken down.` }
  if (status === 401 || status === 403 || status === 407) {
    return { problem: 'http-status', message: `The site would not give this page (${code}): it may ask readers to sign in. Open it in your browser, save the page, and import the saved file.` }
  }
  if (status === 429) return { problem: 'http-status', message: `The site is turning requests away for now (${code}). Wait a few minutes and try again.` }
  if (status >= 500) return { problem: 'http-status', message: `The site had a problem answering (${code}). Try again later.` }
  return { problem: 'http-status', message: `The site answered with HTTP status ${code} instead of the page.` }
}

function describeFailure(failure: TransportFailure, host: string, detail: string): { problem: PageProblem; message: string } {
  switch (failure) {
    case 'offline':
      return { problem: 'offline', message: 'Parallax could not reach the network: check that this computer is online, then try again.' }
    case 'host-not-found':
      return { problem: 'host-not-found', message: `No site called “${host}” could be found. Check the address for typing mistakes, and that this computer is online.` }
    case 'refused':
      return { problem: 'refused', message: `“${host}” refused the connection: the site may be down, or the address may name the wrong port. Try again later.` }
    case 'reset':
      return { problem: 'failed', message: `The connection to “${host}” was cut off before the page arrived. Try again.` }
    case 'timeout':
      return { problem: 'too-slow', message: `“${host}” did not answer in time. The site may be slow or down; try again later.` }
    case 'tls':
      return { problem: 'failed', message: `The secure connection to “${host}” could not be set up (its certificate was not accepted), so Parallax did not fetch the page.` }
    case 'proxy':
      return { problem: 'failed', message: 'The proxy server this computer uses could not be reached, or refused the request. Check the proxy settings, then try again.' }
    case 'other':
      return { problem: 'failed', message: `The page could not be fetched (${detail}).` }
  }
}

/** Settles as `promise` does, or rejects with the signal's reason as soon as it aborts. */
function unlessAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const stop = (): void => reject(signal.reason)
    signal.addEventListener('abort', stop, { once: true })
    promise.then(
      (value) => {
        signal.removeEventListener('abort', stop)
        resolve(value)
      },
      (error: unknown) => {
        signal.removeEventListener('abort', stop)
        reject(error)
      },
    )
  })
}

export function createPageFetcher(transport: PageTransport, limits: Partial<PageFetchLimits> = {}, now: () => Date = () => new Date()): PageFetcher {
  const { maxRedirects = MAX_PAGE_REDIRECTS, maxBytes = MAX_PAGE_BYTES, connectTimeoutMs = PAGE_CONNECT_TIMEOUT_MS, readTimeoutMs = PAGE_READ_TIMEOUT_MS } = limits
  const tooLarge = (): PageFetch =>
    failed('too-large', `The page is larger than ${sizeOf(maxBytes)}, more than Parallax imports, so it stopped reading. Save the article's text from your browser and import the file.`)

  /** Reads a body to its end, or up to the size limit. */
  async function readBody(hop: PageHop, signal: AbortSignal): Promise<Uint8Array | null> {
    if (hop.contentLength !== null && hop.contentLength > maxBytes) return null
    const chunks: Uint8Array[] = []
    let size = 0
    const reading = hop.body[Symbol.asyncIterator]()
    try {
      for (;;) {
        const next = await unlessAborted(reading.next(), signal)
        if (next.done) break
        size += next.value.byteLength
        if (size > maxBytes) return null
        chunks.push(next.value)
      }
    } finally {
      if (size > maxBytes || signal.aborted) {
        hop.cancel()
        void reading.return?.()?.catch(() => undefined)
      }
    }
    const bytes = new Uint8Array(size)
    let at = 0
    for (const chunk of chunks) {
      bytes.set(chunk, at)
      at += chunk.byteLength
    }
    return bytes
  }

  async function fetchChecked(start: string, signal: AbortSignal, onConnectTimeout: () => void): Promise<PageFetch> {
    let url = start
    for (let redirects = 0; ; redirects++) {
      const connecting = setTimeout(onConnectTimeout, connectTimeoutMs)
      let hop: PageHop
      try {
        hop = await unlessAborted(transport.get(url, signal), signal)
      } finally {
        clearTimeout(connecting)
      }
      if (REDIRECTS.has(hop.status) && hop.location !== null) {
        hop.cancel()
        if (redirects >= maxRedirects) return failed('redirects', `The site sent this address on more than ${maxRedirects} times without reaching a page, so Parallax stopped following it.`)
        let next: string
        try {
          next = new URL(hop.location, url).href
        } catch {
          return failed('redirects', 'The site sent this address on to an address that cannot be read.')
        }
        const scheme = /^([a-z][a-z\d+.-]*):/i.exec(next)?.[1]?.toLowerCase() ?? ''
        if (scheme !== 'http' && scheme !== 'https') {
          return failed('redirects', `The site sent this address on to a “${scheme}:” address, which Parallax does not fetch: only web addresses (http and https) are followed.`)
        }
        const checked = webAddressOf(next)
        if (!checked.ok) return failed('redirects', `The site sent this address on to another that Parallax does not fetch. ${checked.reason}`)
        url = checked.url
        continue
      }
      if (hop.status < 200 || hop.status > 299) {
        hop.cancel()
        const { problem, message } = describeStatus(hop.status, hop.statusText)
        return failed(problem, message)
      }
      const { mediaType, charset } = parseContentType(hop.contentType)
      if (mediaType !== null && !READABLE.has(mediaType)) {
        hop.cancel()
        return failed('not-a-page', `This address leads to ${describeMedia(mediaType)} (${mediaType}), not a web page. Parallax imports web pages, text and Markdown.`)
      }
      const bytes = await readBody(hop, signal)
      if (bytes === null) return tooLarge()
      if (bytes.byteLength === 0) return failed('not-a-page', 'The site sent an empty page: there is nothing to import.')
      return { status: 'fetched', page: { finalUrl: url, fetchedAt: now().toISOString(), contentType: mediaType, charset, bytes } }
    }
  }

  return {
    async fetch(address, cancel) {
      const checked = webAddressOf(address)
      if (!checked.ok) return failed('address', checked.reason)
      const host = new URL(checked.url).host
      const stop = new AbortController()
      let slow: 'connect' | 'read' | null = null
      const giveUp = (why: 'connect' | 'read') => (): void => {
        slow ??= why
        stop.abort(new Error(`too slow (${why})`))
      }
      const cancelled = (): void => stop.abort(new Error('cancelled'))
      if (cancel?.aborted) return failed('cancelled', CANCELLED)
      cancel?.addEventListener('abort', cancelled, { once: true })
      const whole = setTimeout(giveUp('read'), readTimeoutMs)
      try {
        return await fetchChecked(checked.url, stop.signal, giveUp('connect'))
      } catch (error) {
        if (cancel?.aborted && slow === null) return failed('cancelled', CANCELLED)
        if (slow === 'connect') return failed('too-slow', `“${host}” did not start to answer within ${seconds(connectTimeoutMs)}. The site may be slow or down; try again later.`)
        if (slow === 'read') {
          return failed('too-slow', `The page took longer than ${seconds(readTimeoutMs)} to arrive, so Parallax stopped. Try again later, or save the page from your browser and import the file.`)
        }
        if (error instanceof TransportError) {
          const { problem, message } = describeFailure(error.failure, host, error.message)
          return failed(problem, message)
        }
        return failed('failed', `The page could not be fetched (${error instanceof Error ? error.message : String(error)}).`)
      } finally {
        clearTimeout(whole)
        cancel?.removeEventListener('abort', cancelled)
        stop.abort()
      }
    },
  }
}
