// The app:// scheme that serves the built renderer: which addresses name a file (a pure rule, tried on
// every trick for leaving the folder), what a real folder on disk answers (types, headers, symlinks that
// lead out, folders, HEAD), and how the scheme is registered with Electron.

import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import {
  CONTENT_TYPES,
  handleAppScheme,
  isInside,
  registerAppScheme,
  RENDERER_CSP,
  RENDERER_CSP_HEADER,
  RENDERER_ENTRY_URL,
  rendererTarget,
  serveRendererRequest,
  type RendererFiles,
} from '../../../src/main/rendererProtocol'

describe('rendererTarget', () => {
  it.each([
    ['app://parallax/index.html', ['index.html'], 'text/html; charset=utf-8'],
    ['app://parallax/', ['index.html'], 'text/html; charset=utf-8'],
    ['app://parallax', ['index.html'], 'text/html; charset=utf-8'],
    ['app://parallax/index.html?v=2#/library', ['index.html'], 'text/html; charset=utf-8'],
    ['app://parallax/assets/index-BTv6s6Tx.js', ['assets', 'index-BTv6s6Tx.js'], 'text/javascript; charset=utf-8'],
    ['app://parallax/assets/alignment.worker-CZ1syftX.js', ['assets', 'alignment.worker-CZ1syftX.js'], 'text/javascript; charset=utf-8'],
    ['app://parallax/assets/index-D2U4dHh2.css', ['assets', 'index-D2U4dHh2.css'], 'text/css; charset=utf-8'],
    ['app://parallax/assets/font.woff2', ['assets', 'font.woff2'], 'font/woff2'],
    ['app://parallax/assets/my%20icon.svg', ['assets', 'my icon.svg'], 'image/svg+xml'],
    // The URL parser folds '..' (also written %2e%2e) before we see the path: it can only climb to the root.
    ['app://parallax/assets/../index.html', ['index.html'], 'text/html; charset=utf-8'],
    ['app://parallax/%2e%2e/%2E%2E/index.html', ['index.html'], 'text/html; charset=utf-8'],
  ])('%s names %j as %s', (url, segments, contentType) => {
    expect(rendererTarget(url)).toEqual({ ok: true, segments, contentType })
  })

  it.each([
    // Encoded separators would become a path of their own after decoding.
    'app://parallax/..%2Fmain%2Findex.js',
    'app://parallax/assets%2F..%2F..%2Fmain%2Findex.js',
    'app://parallax/..%5Cmain%5Cindex.js',
    'app://parallax/assets\\..\\..\\main\\index.js',
    'app://parallax/%2e%2e%2fmain/index.js',
    // Absolute paths, drives, streams, UNC.
    'app://parallax/%2Fetc%2Fpasswd.txt',
    'app://parallax/C:%5CWindows%5Cwin.ini.txt',
    'app://parallax/C:/Windows/win.ini.txt',
    'app://parallax/index.html::$DATA',
    'app://parallax/%5C%5Cserver%5Cshare%5Cx.js',
    // Hidden files, doubled slashes, NUL, control characters, bad escapes.
    'app://parallax/.env.json',
    'app://parallax/assets/.hidden.js',
    'app://parallax//index.html',
    'app://parallax/assets//index.js',
    'app://parallax/index.html%00.js',
    'app://parallax/index%0A.html',
    'app://parallax/%E0%A4%A.js',
    // Types the build does not emit, or names that are not files.
    'app://parallax/assets/index.js.map',
    'app://parallax/main.ts',
    'app://parallax/assets/',
    'app://parallax/index',
    'app://parallax/index.HTML',
    'app://parallax/index.html.',
    'app://parallax/index.html%20',
    'app://parallax/CON.html',
    'app://parallax/assets/nul.js',
    // Another origin, credentials, a port, another scheme.
    'app://evil/index.html',
    'app://parallax.evil/index.html',
    'app://PARALLAX/index.html',
    'app://parallax:8080/index.html',
    'app://user:pw@parallax/index.html',
    'file:///work/main/out/renderer/index.html',
    'https://parallax/index.html',
    'not a url',
    '',
    `app://parallax/${'a'.repeat(2100)}.js`,
  ])('refuses %s', (url) => {
    expect(rendererTarget(url)).toMatchObject({ ok: false })
  })

  it('answers GET and HEAD only', () => {
    expect(rendererTarget(RENDERER_ENTRY_URL, 'HEAD')).toMatchObject({ ok: true })
    for (const method of ['POST', 'PUT', 'DELETE', 'OPTIONS', 'get']) expect(rendererTarget(RENDERER_ENTRY_URL, method)).toMatchObject({ ok: false })
  })

  it('never names a path that leaves the folder, whatever the address', () => {
    const folder = resolve('/srv/renderer')
    const piece = fc.oneof(
      fc.constantFrom('..', '.', '%2e%2e', '%2E.', '%2f', '%5c', '\\', '/', '//', '%00', 'assets', 'index.html', 'a.js', ':', 'C:', '~'),
      fc.string({ maxLength: 6 }),
    )
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), fc.constantFrom('.js', '.html', '.css', ''), (pieces, ext) => {
        const target = rendererTarget(`app://parallax/${pieces.join('')}${ext}`)
        if (target.ok) {
          expect(isInside(folder, join(folder, ...target.segments))).toBe(true)
          for (const s of target.segments) expect(s, 'a path segment').toMatch(/^(?!\.)[^/\\:\0]+$/)
        }
      }),
      { numRuns: 2000 },
    )
  })
})

describe('isInside', () => {
  it('holds only for paths strictly under the folder', () => {
    expect(isInside('/r', '/r/a.js')).toBe(true)
    expect(isInside('/r', '/r/..a.js')).toBe(true)
    expect(isInside('/r', '/r')).toBe(false)
    expect(isInside('/r', '/r2/a.js')).toBe(false)
    expect(isInside('/r', '/a.js')).toBe(false)
    expect(isInside('/r/x', '/r/y/a.js')).toBe(false)
  })
})

describe('serveRendererRequest on a folder on disk', () => {
  let base: string
  let folder: string
  const get = (url: string, method = 'GET') => serveRendererRequest(folder, { url, method })

  beforeAll(async () => {
    base = await realpath(await mkdtemp(join(tmpdir(), 'parallax-protocol-')))
    folder = join(base, 'renderer')
    await mkdir(join(folder, 'assets', 'folder.js'), { recursive: true })
    await writeFile(join(folder, 'index.html'), '<!doctype html><title>Parallax</title>')
    await writeFile(join(folder, 'assets', 'index.js'), 'export const x = 1')
    await writeFile(join(folder, 'assets', 'style.css'), 'body{}')
    await writeFile(join(base, 'secret.js'), 'the person’s data')
    await mkdir(join(base, 'elsewhere'))
    await writeFile(join(base, 'elsewhere', 'x.js'), 'outside')
    // Links that lead out of the folder, and one that stays inside it.
    await symlink(join(base, 'secret.js'), join(folder, 'assets', 'leak.js'))
    await symlink(join(base, 'elsewhere'), join(folder, 'linked'))
    await symlink(join(folder, 'assets', 'index.js'), join(folder, 'alias.js'))
  })
  afterAll(async () => {
    await rm(base, { recursive: true, force: true })
  })

  it('serves the page with its type, the CSP, nosniff and no referrer', async () => {
    const response = await get('app://parallax/index.html')
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('<!doctype html><title>Parallax</title>')
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': RENDERER_CSP_HEADER,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    })
  })

  it('serves scripts and styles with their types, and the page at the root', async () => {
    const script = await get('app://parallax/assets/index.js')
    expect([script.status, script.headers.get('content-type'), await script.text()]).toEqual([200, 'text/javascript; charset=utf-8', 'export const x = 1'])
    expect((await get('app://parallax/assets/style.css')).headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await (await get('app://parallax/')).text()).toContain('<title>Parallax</title>')
  })

  it('answers HEAD with the headers and no body', async () => {
    const response = await get('app://parallax/index.html', 'HEAD')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(await response.text()).toBe('')
  })

  it('follows a link that stays inside the folder', async () => {
    expect(await (await get('app://parallax/alias.js')).text()).toBe('export const x = 1')
  })

  it.each([
    ['a link to a file outside the folder', 'app://parallax/assets/leak.js'],
    ['a file under a linked folder outside', 'app://parallax/linked/x.js'],
    ['a folder named like a script', 'app://parallax/assets/folder.js'],
    ['a missing file', 'app://parallax/assets/missing.js'],
    ['an encoded climb out', 'app://parallax/..%2Fsecret.js'],
    ['a refused address', 'app://evil/index.html'],
  ])('answers 404 for %s, without the file or the CSP', async (_what, url) => {
    const response = await get(url)
    expect(response.status).toBe(404)
    expect(await response.text()).toBe('Not found')
    expect(response.headers.get('content-security-policy')).toBeNull()
  })

  it('answers 404 to a POST', async () => {
    expect((await get('app://parallax/index.html', 'POST')).status).toBe(404)
  })

  it('answers 404 when the file system fails, and never reads a refused path', async () => {
    const files: RendererFiles = {
      realpath: vi.fn(async (path: string) => path),
      isFile: vi.fn(async () => true),
      readFile: vi.fn(async () => {
        throw Object.assign(new Error('EIO'), { code: 'EIO' })
      }),
    }
    expect((await serveRendererRequest('/r', { url: 'app://parallax/index.html', method: 'GET' }, files)).status).toBe(404)
    await serveRendererRequest('/r', { url: 'app://parallax/..%2Fx.js', method: 'GET' }, files)
    expect(files.realpath).toHaveBeenCalledTimes(2)
    expect(files.readFile).toHaveBeenCalledTimes(1)
  })
})

describe('registering the scheme', () => {
  it('makes app: standard, secure and fetchable, and nothing more (no CORS, no CSP bypass, no service workers)', () => {
    const registerSchemesAsPrivileged = vi.fn()
    registerAppScheme({ registerSchemesAsPrivileged })
    expect(registerSchemesAsPrivileged).toHaveBeenCalledExactlyOnceWith([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }])
  })

  it('answers app: requests from the given folder', async () => {
    const handle = vi.fn()
    handleAppScheme({ handle }, '/nowhere/renderer')
    expect(handle).toHaveBeenCalledExactlyOnceWith('app', expect.any(Function))
    const handler = handle.mock.calls[0]?.[1] as (request: Request) => Promise<Response>
    expect((await handler(new Request('app://parallax/index.html'))).status).toBe(404)
  })
})

describe('the header CSP', () => {
  it('is the page’s policy plus frame-ancestors, which only a header can carry', () => {
    expect(RENDERER_CSP_HEADER).toBe(`${RENDERER_CSP}; frame-ancestors 'none'`)
  })

  it('has a content type for every file type it serves', () => {
    for (const [ext, type] of Object.entries(CONTENT_TYPES)) expect({ ext, type }).toEqual({ ext: expect.stringMatching(/^\.[a-z0-9]+$/), type: expect.any(String) })
  })
})
