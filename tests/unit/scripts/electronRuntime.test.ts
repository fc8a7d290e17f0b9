// The Electron download behind `npm start`: failures of real requests, made to servers on 127.0.0.1 and
// to a name that cannot exist, told in words; a download that stalls is stopped, not waited on forever.

import { createServer, type Server } from 'node:http'
import { mkdtemp, rm, writeFile, chmod } from 'node:fs/promises'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { checkExecPath, describeDownloadFailure, downloadElectronZip } from '../../../scripts/electronRuntime.mjs'

const servers: Server[] = []
const folders: string[] = []
afterAll(async () => {
  for (const server of servers) server.closeAllConnections()
  await Promise.all(servers.map((server) => new Promise((closed) => server.close(closed))))
  await Promise.all(folders.map((path) => rm(path, { recursive: true, force: true })))
})

async function failureOf(request: Promise<unknown>): Promise<unknown> {
  try {
    await request
  } catch (error) {
    return error
  }
  throw new Error('the request did not fail')
}

describe('describeDownloadFailure', () => {
  it('says a name could not be looked up, naming it', async () => {
    const error = await failureOf(fetch('http://parallax-download.invalid/electron.zip'))
    expect(describeDownloadFailure(error)).toMatch(/^the download server's name could not be looked up \(parallax-download\.invalid\): .*\((ENOTFOUND|EAI_AGAIN)\)\.$/)
  })

  it('says a connection was refused, with the address', async () => {
    const server = createServer()
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
    const { port } = server.address() as AddressInfo
    await new Promise((closed) => server.close(closed))
    const error = await failureOf(fetch(`http://127.0.0.1:${port}/`))
    expect(describeDownloadFailure(error)).toBe(`the connection was refused (127.0.0.1:${port}) (ECONNREFUSED).`)
  })

  it('says the download stalled when no byte arrives in time, and stops it', async () => {
    const server = createServer((_, response) => {
      // Headers, then silence: the body never comes.
      response.writeHead(200, { 'content-length': '1000000' })
      response.write('PK')
    })
    servers.push(server)
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
    const cache = await mkdtemp(join(tmpdir(), 'parallax-electron-cache-'))
    folders.push(cache)
    process.env.ELECTRON_MIRROR = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`
    process.env.electron_config_cache = cache
    try {
      const error = await failureOf(downloadElectronZip({ version: '45.6.1', stallMs: 300 }))
      expect(describeDownloadFailure(error, { stallMs: 45_000 })).toBe('the download stalled: no data arrived for 45 s.')
    } finally {
      delete process.env.ELECTRON_MIRROR
      delete process.env.electron_config_cache
    }
  })

  it('keeps the innermost reason of an unknown failure', () => {
    expect(describeDownloadFailure(new TypeError('fetch failed', { cause: new Error('bad port') }))).toBe('fetch failed: bad port.')
  })
})

describe('checkExecPath', () => {
  it('accepts an executable file and names what is wrong with anything else', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'parallax-exec-'))
    folders.push(folder)
    const runnable = join(folder, 'electron')
    const plain = join(folder, 'plain')
    await writeFile(runnable, '#!/bin/sh\n')
    await chmod(runnable, 0o755)
    await writeFile(plain, 'text')
    await chmod(plain, 0o644)
    expect(checkExecPath(runnable)).toBeNull()
    expect(checkExecPath(folder)).toBe(`ELECTRON_EXEC_PATH names ${folder}, which is not a file. Set it to the Electron executable itself.`)
    expect(checkExecPath(join(folder, 'gone'))).toMatch(/which does not exist/)
    if (process.platform !== 'win32' && process.getuid?.() !== 0) expect(checkExecPath(plain)).toMatch(/it is not executable/)
  })
})
