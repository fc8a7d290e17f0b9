// The page fetcher over Node's fetch against a real HTTP server on 127.0.0.1: redirects (5 followed, a
// 6th refused, one to another scheme refused), the charset the headers give (and the decoder's use of it),
// a slow server and a huge page with small limits, a 404, a PDF, and a port nothing listens on. Every
// failure is an answer in words, never a throw.

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPageFetcher, parseContentType } from '../../../../src/main/services/pageFetch'
import { nodePageTransport } from '../../../../src/main/services/nodePageTransport'
import { trackPageFetches } from '../../../../src/main/services/pageFetches'
import { decodeBytes } from '../../../../src/shared/import/decode'
import type { FetchedPage, PageFetch } from '../../../../src/shared/ipc/pages'

const PAGE = '<!doctype html><html><head><title>Talks resume</title></head><body><article><p>Talks resumed on Monday.</p></article></body></html>'
/** "Café – “quoted” €5" in Windows-1252: not valid UTF-8. */
const WINDOWS_1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x75, 0x6f, 0x74, 0x65, 0x64, 0x94, 0x20, 0x80, 0x35])
/** "Žluťoučký kůň" in ISO-8859-2, which only a declared charset can tell from Windows-1252. */
const LATIN_2 = Buffer.from([0xae, 0x6c, 0x75, 0xbb, 0x6f, 0x75, 0xe8, 0x6b, 0xfd, 0x20, 0x6b, 0xf9, 0xf2])

let server: Server
let origin: string
let closedPort: number
/** Responses left open by the slow routes, ended after the tests. */
const hanging: ServerResponse[] = []

function route(request: IncomingMessage, response: ServerResponse): void {
  const { pathname, searchParams } = new URL(request.url ?? '/', 'http://127.0.0.1')
  const hops = /^\/hops\/(\d+)$/.exec(pathname)
  if (hops) {
    const left = Number(hops[1])
    // Relative Location headers, as many sites send.
    if (left > 0) return void response.writeHead(302, { location: `/hops/${left - 1}` }).end()
    return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
  }
  switch (pathname) {
    case '/page':
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
    case '/to-file':
      return void response.writeHead(301, { location: 'file:///etc/passwd' }).end()
    case '/to-ftp':
      return void response.writeHead(307, { location: 'ftp://127.0.0.1/story.html' }).end()
    case '/1252-labelled':
      return void response.writeHead(200, { 'content-type': 'text/html; charset=windows-1252' }).end(WINDOWS_1252)
    case '/1252-mislabelled':
      return void response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(WINDOWS_1252)
    case '/1252-unlabelled':
      return void response.writeHead(200, { 'content-type': 'text/html' }).end(WINDOWS_1252)
    case '/latin-2':
      return void response.writeHead(200, { 'content-type': 'text/html; charset="ISO-8859-2"' }).end(LATIN_2)
    case '/meta-charset':
      return void response
        .writeHead(200, { 'content-type': 'text/html' })
        .end(Buffer.concat([Buffer.from('<html><head><meta charset="windows-1252"><title>T</title></head><body><p>'), WINDOWS_1252, Buffer.from('</p></body></html>')]))
    case '/slow-start':
      hanging.push(response)
      return
    case '/slow-body':
      response.writeHead(200, { 'content-type': 'text/html' })
      response.write('<html><body><p>The first part')
      hanging.push(response)
      return
    case '/huge': {
      // Chunked, with no Content-Length: the reader has to stop by itself.
      response.writeHead(200, { 'content-type': 'text/html' })
      const chunk = Buffer.alloc(16 * 1024, 'a')
      let sent = 0
      const more = (): void => {
        while (sent < Number(searchParams.get('kb') ?? 1024) * 1024) {
          sent += chunk.length
          if (!response.write(chunk)) return void response.once('drain', more)
        }
        response.end()
      }
      response.on('error', () => undefined)
      return more()
    }
    case '/huge-declared':
      return void response.writeHead(200, { 'content-type': 'text/html', 'content-length': String(50 * 1024 * 1024) }).end()
    case '/pdf':
      return void response.writeHead(200, { 'content-type': 'application/pdf' }).end('%PDF-1.7 …')
    case '/photo':
      return void response.writeHead(200, { 'content-type': 'image/jpeg' }).end(Buffer.from([0xff, 0xd8, 0xff]))
    case '/empty':
      return void response.writeHead(200, { 'content-type': 'text/html' }).end()
    case '/gone':
      return void response.writeHead(503, 'Service Unavailable').end('down')
    case '/signin':
      return void response.writeHead(403).end('no')
    default:
      return void response.writeHead(404, 'Not Found', { 'content-type': 'text/html' }).end('<h1>Not found</h1>')
  }
}

beforeAll(async () => {
  server = createServer(route)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  // A port that was free a moment ago: nothing listens there now.
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  closedPort = (probe.address() as AddressInfo).port
  await new Promise<void>((resolve) => probe.close(() => resolve()))
})

afterAll(async () => {
  for (const response of hanging) response.destroy()
  server.closeAllConnections()
  await new Promise<void>((resolve) => server.close(() => resolve()))
})

const fetcher = createPageFetcher(nodePageTransport(), {}, () => new Date('2026-03-01T12:00:00.000Z'))

function fetched(answer: PageFetch): FetchedPage {
  if (answer.status !== 'fetched') throw new Error(`expected a page, got ${answer.problem}: ${answer.message}`)
  return answer.page
}

function failure(answer: PageFetch): string {
  if (answer.status !== 'failed') throw new Error(`expected a failure, got a page from ${answer.page.finalUrl}`)
  return `${answer.problem}: ${answer.message}`
}

const text = (page: FetchedPage): string => {
  const decoded = decodeBytes(page.bytes, page.charset === null ? {} : { charset: page.charset })
  if (!decoded.ok) throw new Error(decoded.reason)
  return decoded.text
}

describe('fetching a page', () => {
  it('gives the bytes, the media type and charset, the final address and the time', async () => {
    const page = fetched(await fetcher.fetch(`${origin}/page`))
    expect({ ...page, bytes: new TextDecoder().decode(page.bytes) }).toEqual({
      finalUrl: `${origin}/page`,
      fetchedAt: '2026-03-01T12:00:00.000Z',
      contentType: 'text/html',
      charset: 'utf-8',
      bytes: PAGE,
    })
  })

  it('follows five redirects to the page and says where it ended', async () => {
    const page = fetched(await fetcher.fetch(`${origin}/hops/5`))
    expect(page.finalUrl).toBe(`${origin}/hops/0`)
  })

  it('refuses a sixth redirect', async () => {
    expect(failure(await fetcher.fetch(`${origin}/hops/6`))).toBe('redirects: The site sent this address on more than 5 times without reaching a page, so Parallax stopped following it.')
  })

  it('refuses a redirect to an address that is not http or https', async () => {
    expect(failure(await fetcher.fetch(`${origin}/to-file`))).toMatch(/^redirects: The site sent this address on to a “file:” address, which Parallax does not fetch/)
    expect(failure(await fetcher.fetch(`${origin}/to-ftp`))).toMatch(/^redirects: .*“ftp:” address/)
  })

  it('refuses addresses that are not web addresses before asking the network', async () => {
    for (const address of ['file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<p>hi</p>', 'ftp://example.org/a.html']) {
      expect(failure(await fetcher.fetch(address))).toMatch(/^address: Parallax fetches only web addresses \(http:\/\/ or https:\/\/\), not “(file|javascript|data|ftp):” addresses/)
    }
    expect(failure(await fetcher.fetch('https://user:secret@example.org/'))).toBe('address: Parallax does not fetch addresses that carry a user name or password.')
  })

  it('assumes https:// for an address without a scheme', async () => {
    // Nothing listens for TLS on this port: what matters is which address was asked for.
    const answer = await createPageFetcher(nodePageTransport(), { connectTimeoutMs: 5000 }).fetch(`127.0.0.1:${closedPort}/story`)
    expect(failure(answer)).toBe(`refused: “127.0.0.1:${closedPort}” refused the connection: the site may be down, or the address may name the wrong port. Try again later.`)
  })
})

describe('charsets', () => {
  it('reads Windows-1252 bytes whether the header names it, names UTF-8 wrongly, or names nothing', async () => {
    for (const path of ['/1252-labelled', '/1252-mislabelled', '/1252-unlabelled']) {
      expect(text(fetched(await fetcher.fetch(`${origin}${path}`))), path).toBe('Café – “quoted” €5')
    }
  })

  it('passes the header charset down: ISO-8859-2 is read as such, not as Windows-1252', async () => {
    const page = fetched(await fetcher.fetch(`${origin}/latin-2`))
    expect(page.charset).toBe('ISO-8859-2')
    expect(text(page)).toBe('Žluťoučký kůň')
  })

  it('leaves a page that names its charset only in <meta charset> to the decoder, with no header charset', async () => {
    const page = fetched(await fetcher.fetch(`${origin}/meta-charset`))
    expect(page.charset).toBeNull()
    expect(text(page)).toContain('<p>Café – “quoted” €5</p>')
  })

  it('reads the charset parameter however it is written', () => {
    expect(parseContentType('text/html; charset=UTF-8')).toEqual({ mediaType: 'text/html', charset: 'UTF-8' })
    expect(parseContentType('Text/HTML;Charset="iso-8859-1"')).toEqual({ mediaType: 'text/html', charset: 'iso-8859-1' })
    expect(parseContentType('text/html; boundary=x')).toEqual({ mediaType: 'text/html', charset: null })
    expect(parseContentType(null)).toEqual({ mediaType: null, charset: null })
  })

  it('keeps a byte-order mark over the header charset', () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, 0x63, 0x61, 0x66, 0xc3, 0xa9])
    expect(decodeBytes(bom, { charset: 'windows-1252' })).toEqual({ ok: true, text: 'café', encoding: 'utf-8-bom' })
  })

  it('falls back to its own checks for an unknown charset label', () => {
    expect(decodeBytes(new Uint8Array([0x63, 0x61, 0x66, 0xc3, 0xa9]), { charset: 'x-no-such-charset' })).toEqual({ ok: true, text: 'café', encoding: 'utf-8' })
  })
})

describe('limits', () => {
  it('gives up on a site that does not start to answer in time', async () => {
    const quick = createPageFetcher(nodePageTransport(), { connectTimeoutMs: 200 })
    expect(failure(await quick.fetch(`${origin}/slow-start`))).toBe(`too-slow: “${new URL(origin).host}” did not start to answer within 0.2 seconds. The site may be slow or down; try again later.`)
  })

  it('gives up on a page that takes too long to arrive', async () => {
    const quick = createPageFetcher(nodePageTransport(), { readTimeoutMs: 300 })
    expect(failure(await quick.fetch(`${origin}/slow-body`))).toMatch(/^too-slow: The page took longer than 0.3 seconds to arrive, so Parallax stopped\./)
  })

  it('stops reading a page past the size limit', async () => {
    const small = createPageFetcher(nodePageTransport(), { maxBytes: 100_000 })
    expect(failure(await small.fetch(`${origin}/huge?kb=4096`))).toBe(
      "too-large: The page is larger than 100 kB, more than Parallax imports, so it stopped reading. Save the article's text from your browser and import the file.",
    )
    expect(fetched(await small.fetch(`${origin}/huge?kb=64`)).bytes.byteLength).toBe(64 * 1024)
  })

  it('refuses a page whose declared length is past the limit without reading it', async () => {
    expect(failure(await fetcher.fetch(`${origin}/huge-declared`))).toMatch(/^too-large: The page is larger than 20 MB/)
  })
})

describe('failures in words', () => {
  it('names a page that is not there', async () => {
    expect(failure(await fetcher.fetch(`${origin}/no-such-story`))).toBe(
      'gone: The site has no page at this address (404 Not Found). Check the address, or whether the article was moved or taken down.',
    )
  })

  it('names other HTTP errors with their status', async () => {
    expect(failure(await fetcher.fetch(`${origin}/gone`))).toBe('http-status: The site had a problem answering (503 Service Unavailable). Try again later.')
    expect(failure(await fetcher.fetch(`${origin}/signin`))).toMatch(/^http-status: The site would not give this page \(403 Forbidden\): it may ask readers to sign in\./)
  })

  it('says what an address leads to when it is not a web page', async () => {
    expect(failure(await fetcher.fetch(`${origin}/pdf`))).toBe('not-a-page: This address leads to a PDF document (application/pdf), not a web page. Parallax imports web pages, text and Markdown.')
    expect(failure(await fetcher.fetch(`${origin}/photo`))).toMatch(/^not-a-page: This address leads to an image \(image\/jpeg\)/)
    expect(failure(await fetcher.fetch(`${origin}/empty`))).toBe('not-a-page: The site sent an empty page: there is nothing to import.')
  })

  it('names a port nothing listens on', async () => {
    expect(failure(await fetcher.fetch(`http://127.0.0.1:${closedPort}/story`))).toMatch(/^refused: “127\.0\.0\.1:\d+” refused the connection/)
  })

  it('names a site that cannot be found', async () => {
    // .invalid never resolves (RFC 2606); the resolver answers at once, without the network.
    expect(failure(await fetcher.fetch('http://no-such-site.invalid/story'))).toMatch(/^(host-not-found: No site called “no-such-site\.invalid” could be found|offline: )/)
  })

  it('stops a fetch its ticket names, waiting for the site or halfway through the page, and leaves the others', async () => {
    // Long limits: only the cancel can end these fetches while the test runs.
    const fetches = trackPageFetches(createPageFetcher(nodePageTransport(), { connectTimeoutMs: 60_000, readTimeoutMs: 60_000 }))
    const before = hanging.length
    const waiting = fetches.fetch(`${origin}/slow-start`, 'first')
    const reading = fetches.fetch(`${origin}/slow-body`, 'second')
    const other = fetches.fetch(`${origin}/page`, 'third')
    await expect.poll(() => hanging.length).toBe(before + 2)
    expect(fetches.cancel(['first', 'second', 'no-such-fetch'])).toBe(2)
    expect(failure(await waiting)).toBe('cancelled: The fetch was stopped before the page arrived.')
    expect(failure(await reading)).toBe('cancelled: The fetch was stopped before the page arrived.')
    expect(fetched(await other).finalUrl).toBe(`${origin}/page`)
    // Answered fetches are forgotten: a late cancel finds nothing.
    expect(fetches.cancel(['first', 'third'])).toBe(0)
  })

  it('fetches the others of a batch when one fails', async () => {
    const answers = await Promise.all([`${origin}/page`, `${origin}/missing`, `http://127.0.0.1:${closedPort}/`, `${origin}/hops/2`].map((a) => fetcher.fetch(a)))
    expect(answers.map((a) => (a.status === 'fetched' ? 'fetched' : a.problem))).toEqual(['fetched', 'gone', 'refused', 'fetched'])
  })
})
