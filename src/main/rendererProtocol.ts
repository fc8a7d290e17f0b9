// Serves the built renderer at app://parallax/ instead of file://. A file:// page shares its origin
// with every file on the disk; this scheme is an origin of its own that can reach only the renderer
// folder. The URL-to-file rule is a pure function (rendererTarget) so that every refusal is tested in
// Node; serveRendererRequest adds the disk: symlinks resolved, the result still inside the folder.

import { promises as fs } from 'node:fs'
import { isAbsolute, join, relative, sep } from 'node:path'
import type { Protocol } from 'electron'

export const APP_SCHEME = 'app'
export const APP_HOST = 'parallax'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
/** The page every Parallax window loads (the print view adds its route as the hash). */
export const RENDERER_ENTRY_URL = `${APP_ORIGIN}/index.html`

/**
 * The renderer's Content-Security-Policy, the same as the <meta> in src/renderer/index.html (a test
 * compares them). Sent as a header too: a header also binds the module worker, which a page's <meta>
 * does not reach, and it can forbid framing, which a <meta> cannot. Both apply, so loosening one alone
 * loosens nothing.
 */
export const RENDERER_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
  "worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'"
export const RENDERER_CSP_HEADER = `${RENDERER_CSP}; frame-ancestors 'none'`

/** What the build emits. Anything else (source maps, dotfiles, unknown types) is not served. */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

const MAX_URL_LENGTH = 2048
/** Names Windows opens as devices whatever their extension (CON.html is the console). */
const WINDOWS_DEVICE = /^(?:con|prn|aux|nul|com\d|lpt\d)(?:\.|$)/i
// Separators, drive and stream colons, NUL and other control characters have no place in a file name here.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_IN_NAME = /[/\\:\u0000-\u001f\u007f]/

export type RendererTarget = { ok: true; segments: string[]; contentType: string } | { ok: false; reason: string }

const refuse = (reason: string): RendererTarget => ({ ok: false, reason })

/**
 * Which file under the renderer folder a request names, as path segments, or why none. Pure: it reads
 * nothing, so a request is refused before any path is built. Only GET and HEAD at app://parallax/,
 * no credentials or port; every segment decoded and then checked, so an encoded '..', '/' or '\' is
 * caught as well as a plain one; only the file types the build emits.
 */
export function rendererTarget(url: string, method = 'GET'): RendererTarget {
  if (method !== 'GET' && method !== 'HEAD') return refuse(`method ${method}`)
  if (url.length > MAX_URL_LENGTH) return refuse('address too long')
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return refuse('not an address')
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return refuse('another origin')
  if (parsed.username || parsed.password) return refuse('credentials')
  const raw = parsed.pathname === '' || parsed.pathname === '/' ? ['index.html'] : parsed.pathname.slice(1).split('/')
  const segments: string[] = []
  for (const part of raw) {
    let name: string
    try {
      name = decodeURIComponent(part)
    } catch {
      return refuse('bad escape')
    }
    if (name === '' || name.startsWith('.') || FORBIDDEN_IN_NAME.test(name) || WINDOWS_DEVICE.test(name)) {
      return refuse(`segment ${JSON.stringify(name)}`)
    }
    segments.push(name)
  }
  const last = segments.at(-1) ?? ''
  const dot = last.lastIndexOf('.')
  const contentType = dot > 0 ? CONTENT_TYPES[last.slice(dot)] : undefined
  if (!contentType) return refuse('file type')
  return { ok: true, segments, contentType }
}

/** Whether `path` is strictly inside `folder` (both absolute, already normalised). */
export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path)
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel)
}

/** The file system calls the handler makes; tests give a stand-in. Electron's fs reads inside app.asar too. */
export interface RendererFiles {
  realpath: (path: string) => Promise<string>
  isFile: (path: string) => Promise<boolean>
  readFile: (path: string) => Promise<Uint8Array>
}

// Looked up at call time: Electron replaces these fs.promises functions with asar-aware ones at start-up.
const nodeFiles: RendererFiles = {
  realpath: (path) => fs.realpath(path),
  isFile: async (path) => (await fs.stat(path)).isFile(),
  readFile: (path) => fs.readFile(path),
}

export function responseHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': RENDERER_CSP_HEADER,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cache-control': 'no-cache',
  }
}

const notFound = (): Response =>
  new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' } })

/** Answers one app:// request from `folder` (absolute): the file, or 404 for anything refused or missing. */
export async function serveRendererRequest(folder: string, request: { url: string; method: string }, files: RendererFiles = nodeFiles): Promise<Response> {
  const target = rendererTarget(request.url, request.method)
  if (!target.ok) return notFound()
  const candidate = join(folder, ...target.segments)
  if (!isInside(folder, candidate)) return notFound()
  try {
    // A symlink inside the folder may point anywhere: what counts is where it really leads.
    const [realFolder, realFile] = await Promise.all([files.realpath(folder), files.realpath(candidate)])
    if (!isInside(realFolder, realFile) || !(await files.isFile(realFile))) return notFound()
    // Copied into a plain ArrayBuffer-backed view: what Response accepts in every typing of fetch.
    const body = request.method === 'HEAD' ? null : new Uint8Array(await files.readFile(realFile))
    return new Response(body, { status: 200, headers: responseHeaders(target.contentType) })
  } catch {
    return notFound()
  }
}

/**
 * Before the app is ready: app:// is a standard scheme (relative URLs and module imports resolve, the
 * page has an origin of its own), secure (a secure context, like https), and reachable by fetch, which
 * module scripts and workers load through. Not corsEnabled, so no other origin may read from it; no
 * bypassCSP, no service workers.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Once ready: answer app:// from the built renderer folder. */
export function handleAppScheme(protocol: Pick<Protocol, 'handle'>, rendererFolder: string): void {
  protocol.handle(APP_SCHEME, (request) => serveRendererRequest(rendererFolder, request))
}
