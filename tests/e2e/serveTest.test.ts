// `npm run serve:test -- --data DIR --port N`, run as a person would: it prints its URL when ready,
// serves the app with a window.api script, answers contract calls, and refuses other origins.

import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

let child: ChildProcess
let url: string
let dataFolder: string

beforeAll(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-serve-'))
  child = spawn('npm', ['run', '--silent', 'serve:test', '--', '--data', dataFolder, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it stops npm and the server under it.
    detached: true,
  })
  url = await new Promise<string>((resolve, reject) => {
    let out = ''
    let err = ''
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      const match = /^(http:\/\/127\.0\.0\.1:\d+\/)$/m.exec(out)
      if (match?.[1]) resolve(match[1])
    })
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()))
    child.on('exit', (code) => reject(new Error(`serve:test exited with ${code}: ${err}`)))
  })
})

afterAll(async () => {
  if (child?.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM')
  await rm(dataFolder, { recursive: true, force: true })
})

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
    expect((await readdir(join(dataFolder, 'library'))).sort()).toEqual(['backups', 'bodies', 'library.json'])
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
