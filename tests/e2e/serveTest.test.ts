// `npm run serve:test -- --data DIR --exports DIR --port N`, run as a person would: it prints its URL when
// ready, serves the app with a window.api script, answers contract calls, refuses other origins, and
// Export PDF, used from a browser, writes numbered PDFs into the exports folder.

import { execFileSync, spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { CHROMIUM_ARGS, CHROMIUM_PATH, openSample } from './harness'

let child: ChildProcess
let url: string
let dataFolder: string
let exportsFolder: string
/** What the bridge has said on stderr so far. */
let stderr = ''

beforeAll(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-serve-'))
  exportsFolder = join(await mkdtemp(join(tmpdir(), 'parallax-serve-exports-')), 'pdfs')
  child = spawn('npm', ['run', '--silent', 'serve:test', '--', '--data', dataFolder, '--exports', exportsFolder, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops npm and the server under it.
    detached: true,
  })
  url = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`serve:test exited with ${code}: ${stderr}`)))
  })
})

afterAll(async () => {
  const group = child?.pid
  if (group !== undefined && child.exitCode === null) {
    // The server exits only once its printing Chromium is closed, and after npm: wait until the group is empty.
    process.kill(-group, 'SIGTERM')
    await vi.waitFor(
      () => {
        if (groupAlive(group)) throw new Error('serve:test is still running 30 s after SIGTERM')
      },
      { timeout: 30_000 },
    )
  }
  await rm(dataFolder, { recursive: true, force: true })
  await rm(join(exportsFolder, '..'), { recursive: true, force: true })
})

function groupAlive(group: number): boolean {
  try {
    process.kill(-group, 0)
    return true
  } catch {
    return false
  }
}

const call = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}__parallax_bridge__/call/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

describe('npm run serve:test', () => {
  it('prints a loopback URL and serves the built app with the window.api script after its CSP', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/)
    const html = await (await fetch(url)).text()
    const csp = html.indexOf('Content-Security-Policy')
    const bridgeScript = html.indexOf('<script src="/__parallax_bridge__/api.js"></script>')
    expect(csp).toBeGreaterThan(0)
    expect(bridgeScript).toBeGreaterThan(csp)
    const script = await (await fetch(`${url}__parallax_bridge__/api.js`)).text()
    for (const channel of ['listComparisons', 'getComparison', 'listArticles', 'getArticle', 'restoreSample']) {
      expect(script).toContain(`"${channel}": (input) => call("${channel}", input)`)
    }
  })

  it('answers contract calls from the library in the folder it was given', async () => {
    const result = (await (await call('listComparisons', {})).json()) as { ok: boolean; value: Array<{ title: string }> }
    expect(result.ok).toBe(true)
    expect(result.value.map((c) => c.title)).toEqual(['Kerry in Moscow, May 2013'])
    expect((await readdir(join(dataFolder, 'library'))).sort()).toEqual(['backups', 'bodies', 'library-changes.jsonl', 'library.json'])
    await expect((await call('getArticle', { input: { id: 7 } })).json()).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-argument' },
    })
  })

  it('refuses calls from another origin and files outside the build', async () => {
    const foreign = await call('listComparisons', {}, { origin: 'https://example.com' })
    expect(foreign.status).toBe(403)
    await expect(foreign.json()).resolves.toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect((await fetch(`${url}..%2f..%2fpackage.json`)).status).toBe(404)
  })
})

describe('Export PDF from a browser on npm run serve:test', () => {
  let context: BrowserContext
  let profile: string

  beforeAll(async () => {
    profile = await mkdtemp(join(tmpdir(), 'parallax-chromium-'))
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS })
  })
  afterAll(async () => {
    await context?.close()
    await rm(profile, { recursive: true, force: true })
  })

  it('tells where PDFs go, saves into the exports folder, and numbers a second export instead of overwriting', async () => {
    expect(stderr).toContain(`Parallax test bridge: PDF exports in ${exportsFolder}`)
    expect(existsSync(exportsFolder)).toBe(false)
    const page = context.pages()[0] ?? (await context.newPage())
    const pageErrors: string[] = []
    page.on('pageerror', (error) => pageErrors.push(error.message))
    await openSample(page, url)

    const exportOnce = async (fileName: string): Promise<void> => {
      await page.getByRole('button', { name: 'Export PDF…' }).click()
      const dialog = page.getByRole('dialog', { name: 'Export PDF' })
      await dialog.getByRole('button', { name: 'Export…' }).click()
      const saved = await dialog.getByText(/^Saved /).textContent({ timeout: 30_000 })
      expect(saved).toMatch(/pages, \d+ KB, in [\d.]+ s\.$/)
      expect(saved?.split(':')[0]).toBe(`Saved ${fileName}`)
      await dialog.getByRole('button', { name: 'Open the PDF' }).click()
      await expect.poll(() => stderr).toContain(`PDF saved: ${join(exportsFolder, fileName)}`)
      await dialog.getByRole('button', { name: 'Close' }).click()
      await expect(dialog.count()).resolves.toBe(0)
    }

    await exportOnce('Kerry-in-Moscow-May-2013.pdf')
    const first = join(exportsFolder, 'Kerry-in-Moscow-May-2013.pdf')
    expect(await readdir(exportsFolder)).toEqual(['Kerry-in-Moscow-May-2013.pdf'])
    expect(execFileSync('pdftotext', [first, '-'], { encoding: 'utf8' })).toContain('Carney')
    const before = await stat(first)

    await exportOnce('Kerry-in-Moscow-May-2013 (2).pdf')
    expect((await readdir(exportsFolder)).sort()).toEqual(['Kerry-in-Moscow-May-2013 (2).pdf', 'Kerry-in-Moscow-May-2013.pdf'])
    const after = await stat(first)
    expect([after.ino, after.mtimeMs, after.size]).toEqual([before.ino, before.mtimeMs, before.size])
    expect(execFileSync('pdftotext', [join(exportsFolder, 'Kerry-in-Moscow-May-2013 (2).pdf'), '-'], { encoding: 'utf8' })).toContain('Carney')
    expect(pageErrors).toEqual([])
  })
})
