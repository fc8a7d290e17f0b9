// The browser test bridge (test tooling, not a product): serves the built renderer on 127.0.0.1 and
// answers the contract calls over HTTP from the same main-process services and lowdb storage the
// Electron app uses. The page gets a window.api of the same shape as the preload's.

import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { fail } from '../../src/shared/domain/errors'
import { CHANNELS } from '../../src/shared/ipc/contract'
import { createAppServices, type AppServices } from '../../src/main/services/appServices'
import { nodePageTransport } from '../../src/main/services/nodePageTransport'
import type { PageTransport } from '../../src/main/services/pageTransport'
import type { DesktopPorts } from '../../src/main/services/pdfExport'

export const BRIDGE_PREFIX = '/__parallax_bridge__'
/** How bytes in an answer (a fetched page's) cross as JSON: { [BYTES_KEY]: base64 }, made bytes again in the page. */
const BYTES_KEY = '$parallaxBytes'
const MAX_BODY_BYTES = 64 * 1024 * 1024

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

export interface BridgeOptions {
  dataFolder: string
  port?: number
  rendererFolder?: string
  samplesFolder?: string
  /** Save dialog, printer and opener, given the bridge page's URL once it listens; PDF export is unavailable without. */
  desktop?: (pageUrl: () => string) => DesktopPorts
  /** The network stack pages are fetched with; Node's fetch unless a test gives another. */
  pageTransport?: PageTransport
  /** Where a clicked web address goes (the app's system browser); links are refused without. */
  openLink?: (url: string) => Promise<boolean>
  /** The program of main's alignment thread: its source through tsx unless given (the built one, say); null for none, so the window aligns itself. */
  alignmentThread?: string | URL | null
}

/** Main's alignment thread from source (the app starts the built one). */
export const ALIGNMENT_THREAD = new URL('./alignmentThread.mjs', import.meta.url)

export interface Bridge {
  url: string
  services: AppServices
  close: () => Promise<void>
}

/** The DOM event a test dispatches to play a menu: detail { command } or { openComparison: id }. */
export const TEST_MENU_EVENT = 'parallax-test:menu'

/**
 * A classic script, loaded before the app's module script, that defines window.api over fetch, and
 * window.menu as the preload does, fed by TEST_MENU_EVENT instead of IPC. `native` is false: no
 * application menu carries the shortcuts here, so the page matches them itself.
 */
function apiScript(): string {
  const calls = CHANNELS.map((channel) => `${JSON.stringify(channel)}: (input) => call(${JSON.stringify(channel)}, input)`)
  return `(() => {
  const call = async (channel, input) => {
    const response = await fetch(${JSON.stringify(`${BRIDGE_PREFIX}/call/`)} + channel, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input === undefined ? {} : { input }),
    })
    // Bytes cross as base64 and are made a Uint8Array again, as structured cloning gives them over IPC.
    return JSON.parse(await response.text(), (key, value) =>
      value !== null && typeof value === 'object' && typeof value[${JSON.stringify(BYTES_KEY)}] === 'string'
        ? Uint8Array.from(atob(value[${JSON.stringify(BYTES_KEY)}]), (c) => c.charCodeAt(0))
        : value,
    )
  }
  Object.defineProperty(window, 'api', { value: Object.freeze({ ${calls.join(', ')} }), enumerable: true })
  const listen = (key, listener) => {
    const forward = (event) => {
      if (event.detail && key in event.detail) listener(event.detail[key])
    }
    window.addEventListener(${JSON.stringify(TEST_MENU_EVENT)}, forward)
    return () => window.removeEventListener(${JSON.stringify(TEST_MENU_EVENT)}, forward)
  }
  const menu = { native: false, onCommand: (listener) => listen('command', listener), onOpenComparison: (listener) => listen('openComparison', listener) }
  Object.defineProperty(window, 'menu', { value: Object.freeze(menu), enumerable: true })
})()
`
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' })
  response.end(body)
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > MAX_BODY_BYTES) throw new Error('request too large')
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

export async function startBridge(options: BridgeOptions): Promise<Bridge> {
  const rendererFolder = resolve(options.rendererFolder ?? 'out/renderer')
  let origin = ''
  const services = await createAppServices({
    dataFolder: options.dataFolder,
    samplesFolder: resolve(options.samplesFolder ?? 'resources/samples'),
    log: (message, error) => console.error(message, error),
    ...(options.desktop ? { desktop: options.desktop(() => `${origin}/`) } : {}),
    ...(options.openLink ? { openLink: options.openLink } : {}),
    pageTransport: options.pageTransport ?? nodePageTransport(),
    ...(options.alignmentThread === null ? {} : { alignmentThread: options.alignmentThread ?? ALIGNMENT_THREAD }),
  })
  const script = apiScript()

  async function serveCall(request: IncomingMessage, response: ServerResponse, channel: string): Promise<void> {
    // Only the bridge's own page may call it: a page on another origin must not read the person's library.
    const from = request.headers.origin
    if (request.method !== 'POST' || (from !== undefined && from !== origin)) {
      send(response, 403, 'application/json', JSON.stringify(fail('forbidden', 'This request did not come from Parallax and was refused.')))
      return
    }
    let input: unknown
    try {
      const body = JSON.parse(await readBody(request)) as { input?: unknown }
      input = body.input
    } catch {
      send(response, 400, 'application/json', JSON.stringify(fail('invalid-argument', 'The request body was not valid JSON.')))
      return
    }
    const answer = JSON.stringify(await services.dispatch(channel, input), (_key, value: unknown) =>
      value instanceof Uint8Array ? { [BYTES_KEY]: Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64') } : value,
    )
    send(response, 200, 'application/json; charset=utf-8', answer)
  }

  async function serveFile(response: ServerResponse, pathname: string): Promise<void> {
    const relative = normalize(decodeURIComponent(pathname === '/' ? '/index.html' : pathname)).replace(/^([/\\])+/, '')
    const file = resolve(rendererFolder, relative)
    if (file !== rendererFolder && !file.startsWith(rendererFolder + sep)) return send(response, 404, 'text/plain', 'Not found')
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return send(response, 404, 'text/plain', 'Not found')
    const type = CONTENT_TYPES[extname(file)] ?? 'application/octet-stream'
    if (file === join(rendererFolder, 'index.html')) {
      // After the CSP meta, so the page's own policy governs this script too; it runs before the deferred app module.
      const html = (await readFile(file, 'utf8')).replace('</head>', `  <script src="${BRIDGE_PREFIX}/api.js"></script>\n  </head>`)
      return send(response, 200, type, html)
    }
    send(response, 200, type, await readFile(file))
  }

  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://127.0.0.1')
    const handle = async (): Promise<void> => {
      if (pathname === `${BRIDGE_PREFIX}/api.js`) return send(response, 200, CONTENT_TYPES['.js'] as string, script)
      if (pathname.startsWith(`${BRIDGE_PREFIX}/call/`)) return serveCall(request, response, pathname.slice(BRIDGE_PREFIX.length + 6))
      return serveFile(response, pathname)
    }
    handle().catch((error: unknown) => {
      console.error('bridge request failed', error)
      if (!response.headersSent) send(response, 500, 'text/plain', 'Internal error')
    })
  })

  await new Promise<void>((done, failed) => {
    server.once('error', failed)
    server.listen(options.port ?? 0, '127.0.0.1', done)
  })
  const { port } = server.address() as AddressInfo
  origin = `http://127.0.0.1:${port}`
  return {
    url: `${origin}/`,
    services,
    close: async () => {
      await new Promise<void>((done) => {
        server.closeAllConnections()
        server.close(() => done())
      })
      // As main does before it quits: the alignment thread stopped, and the library's pending writes and the backup
      // under way finished (a data folder removed while a backup is written fails half-removed).
      await Promise.all([services.alignments?.close(), services.library.close()])
    },
  }
}
