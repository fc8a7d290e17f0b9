// The built preload (out/preload/index.cjs), run as the sandbox runs it: CommonJS, with only 'electron'
// to require. It must expose window.api with exactly one function per contract call, each forwarding
// its single argument over ipcRenderer.invoke on the channel of the same name.

import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc/contract'

async function loadPreload() {
  const exposed = new Map<string, unknown>()
  const invoked: unknown[][] = []
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: { invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: null })) },
  }
  const required: string[] = []
  const sandboxRequire = (name: string) => {
    required.push(name)
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
    return electron
  }
  const source = await readFile('out/preload/index.cjs', 'utf8')
  const module = { exports: {} }
  new Function('require', 'module', 'exports', source)(sandboxRequire, module, module.exports)
  return { exposed, invoked, required }
}

describe('the built preload', () => {
  it('requires nothing but electron and exposes only window.api', async () => {
    const { exposed, required } = await loadPreload()
    expect([...new Set(required)]).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['api'])
  })

  it('gives window.api one frozen function per contract call, forwarding one argument on its channel', async () => {
    const { exposed, invoked } = await loadPreload()
    const api = exposed.get('api') as Record<string, (input?: unknown) => Promise<unknown>>
    expect(Object.isFrozen(api)).toBe(true)
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort())
    await api['getArticle']?.({ id: 'abc' })
    await api['listComparisons']?.()
    expect(invoked).toEqual([
      ['getArticle', { id: 'abc' }],
      ['listComparisons', undefined],
    ])
  })
})
