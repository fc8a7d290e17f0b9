// `npm start` as a person types it, on the chain that runs here: the Electron binary cannot be
// downloaded on this machine, so the download is pointed at servers on 127.0.0.1 (a closed port, one that
// answers 404, one that never answers), and the app itself is started through ELECTRON_EXEC_PATH with an
// executable that runs the built main bundle under Node with the project's Electron stand-in.
// `npm test` has built the app just before, so these runs pass --skipBuild to electron-vite preview.

import { spawn } from 'node:child_process'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isElectronInstalled } from '../../scripts/electronRuntime.mjs'
import { readSavedLibrary } from '../unit/main/storage/savedLibrary'

const root = resolve('.')
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const folders: string[] = []
const servers: Server[] = []

interface Run {
  code: number | null
  stdout: string
  stderr: string
  seconds: number
}

/** Runs `npm start` with extra environment and arguments; gives up (and fails) after `limitMs`. */
function npmStart(env: Record<string, string>, args: string[] = [], limitMs = 60_000): Promise<Run> {
  const began = performance.now()
  return new Promise((done, failed) => {
    const child = spawn(npm, ['start', ...(args.length ? ['--', ...args] : [])], {
      cwd: root,
      env: { ...process.env, ELECTRON_GET_NO_PROGRESS: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      failed(new Error(`npm start was still running after ${limitMs / 1000} s\n${stderr}`))
    }, limitMs)
    child.on('close', (code) => {
      clearTimeout(timer)
      done({ code, stdout, stderr, seconds: (performance.now() - began) / 1000 })
    })
  })
}

async function folder(): Promise<string> {
  const path = await mkdtemp(join(tmpdir(), 'parallax-start-'))
  folders.push(path)
  return path
}

/** A server on 127.0.0.1 that answers every request with `answer`, and counts the requests. */
async function listen(answer: (request: IncomingMessage, response: ServerResponse) => void): Promise<{ url: string; requests: string[] }> {
  const requests: string[] = []
  const server = createServer((request, response) => {
    requests.push(request.url ?? '')
    answer(request, response)
  })
  servers.push(server)
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, requests }
}

/** A port on 127.0.0.1 that nothing listens on: every connection to it is refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  const { port } = server.address() as AddressInfo
  await new Promise((closed) => server.close(closed))
  return port
}

afterAll(async () => {
  for (const server of servers) server.closeAllConnections()
  await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))))
  await Promise.all(folders.map((path) => rm(path, { recursive: true, force: true })))
})

const electronPresent = isElectronInstalled()
if (electronPresent) console.warn('start.test: Electron is already downloaded on this machine, so the failed-download runs are skipped.')

describe.skipIf(electronPresent)('npm start when Electron cannot be downloaded', () => {
  let cache: string
  beforeAll(async () => {
    cache = await folder()
  })

  /** What every such message holds: what failed, and what to do, with no stack trace. */
  function expectPlainMessage(run: Run): void {
    expect(run.code).toBe(1)
    expect(run.stderr).toContain('Parallax could not download Electron 45.6.1, which it needs to open the app.')
    expect(run.stderr).toMatch(/What to do:\n {2}- Check the internet connection and run `npm start` again/)
    expect(run.stderr).toMatch(/HTTPS_PROXY/)
    expect(run.stderr).toMatch(/ELECTRON_MIRROR/)
    expect(run.stderr).toMatch(/ELECTRON_EXEC_PATH/)
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.stderr).not.toMatch(/Electron uninstall/)
    expect(run.seconds).toBeLessThan(60)
  }

  it('with no network, ends with the reason and what to do', async () => {
    const port = await closedPort()
    const run = await npmStart({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/`, electron_config_cache: cache })
    expectPlainMessage(run)
    expect(run.stderr).toContain(`Why: the connection was refused (127.0.0.1:${port}) (ECONNREFUSED).`)
    expect(run.stderr).toContain(`(The download was from ELECTRON_MIRROR, http://127.0.0.1:${port}/.)`)
    console.warn(`npm start with no network ended in ${run.seconds.toFixed(1)} s:\n${run.stderr}`)
  })

  it('names the answer of a mirror that does not carry this version', async () => {
    const mirror = await listen((_, response) => response.writeHead(404, 'Not Found').end())
    const run = await npmStart({ ELECTRON_MIRROR: mirror.url, electron_config_cache: cache })
    expectPlainMessage(run)
    expect(mirror.requests).toEqual([`/v45.6.1/electron-v45.6.1-${process.platform}-${process.arch}.zip`])
    expect(run.stderr).toContain(`Why: the server answered 404 Not Found for ${mirror.url}v45.6.1/`)
    expect(run.stderr).toContain('The server does not have this version of Electron.')
  })
})

describe('npm start with ELECTRON_EXEC_PATH', () => {
  /** An executable that electron-vite can run in Electron's place: the stand-in under this Node. */
  async function standInExecutable(at: string): Promise<string> {
    const register = resolve('tests/e2e/electronStandIn/register.mjs')
    const launch = resolve('tests/e2e/electronStandIn/launch.mjs')
    const path = join(at, 'electron-stand-in')
    await writeFile(path, `#!/bin/sh\nexec "${process.execPath}" --import "${register}" "${launch}" "$@"\n`)
    await chmod(path, 0o755)
    return path
  }

  it.skipIf(process.platform === 'win32')('runs that executable on the built app, downloads nothing, and the app opens on the sample', async () => {
    const work = await folder()
    const mirror = await listen((_, response) => response.writeHead(500).end())
    const userData = join(work, 'user-data')
    const report = join(work, 'report.json')
    const run = await npmStart(
      {
        ELECTRON_EXEC_PATH: await standInExecutable(work),
        ELECTRON_MIRROR: mirror.url,
        PARALLAX_STANDIN_REPORT: report,
        PARALLAX_STANDIN_USER_DATA: userData,
        PARALLAX_STANDIN_DOCUMENTS: work,
      },
      ['--skipBuild'],
    )
    expect(run.stderr).not.toMatch(/Downloading Electron|could not download/)
    expect(run.code).toBe(0)
    expect(mirror.requests).toEqual([])
    const seen = JSON.parse(await readFile(report, 'utf8'))
    expect(seen.errors).toEqual([])
    const [window] = seen.windows
    expect(window.loaded).toEqual({ kind: 'url', url: 'app://parallax/index.html' })
    expect(window.calls[0]).toBe('show')
    expect(seen.calls.listComparisons.value.map((c: { title: string }) => c.title)).toEqual(['Kerry in Moscow, May 2013'])
    const library = await readSavedLibrary(join(userData, 'library'))
    expect(library?.articles).toHaveLength(3)
  })

  it('says so, without starting anything, when it names no executable', async () => {
    const work = await folder()
    const missing = join(work, 'no-electron-here')
    const run = await npmStart({ ELECTRON_EXEC_PATH: missing }, ['--skipBuild'])
    expect(run.code).toBe(1)
    expect(run.stderr).toContain(`ELECTRON_EXEC_PATH names ${missing}, which does not exist.`)
    expect(run.stderr).not.toMatch(/^\s+at /m)
  })
})
