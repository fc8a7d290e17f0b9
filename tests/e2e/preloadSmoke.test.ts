// The built preload (out/preload/index.cjs), run as the sandbox runs it: CommonJS, with only 'electron'
// to require. It must expose window.api with exactly one function per contract call, each forwarding
// its single argument over ipcRenderer.invoke on the channel of the same name; and window.menu, which
// passes on only known menu commands and well-formed comparison ids, never the IPC event.

import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { CHANNELS } from '../../src/shared/ipc/contract'
import type { MenuEvents } from '../../src/shared/ipc/menuCommands'

async function loadPreload() {
  const exposed = new Map<string, unknown>()
  const invoked: unknown[][] = []
  const listeners = new Map<string, Set<(event: unknown, value: unknown) => void>>()
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: (...args: unknown[]) => (invoked.push(args), Promise.resolve({ ok: true, value: null })),
      on: (channel: string, listener: (event: unknown, value: unknown) => void) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
      removeListener: (channel: string, listener: (event: unknown, value: unknown) => void) => listeners.get(channel)?.delete(listener),
    },
  }
  /** What the main process's webContents.send would deliver. */
  const emit = (channel: string, value: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener({ sender: 'the ipc event' }, value)
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
  return { exposed, invoked, required, emit, listeners }
}

describe('the built preload', () => {
  it('requires nothing but electron and exposes only window.api and window.menu', async () => {
    const { exposed, required } = await loadPreload()
    expect([...new Set(required)]).toEqual(['electron'])
    expect([...exposed.keys()]).toEqual(['api', 'menu'])
  })

  it('passes on menu commands it knows and comparison ids of the right form, then stops when asked', async () => {
    const { exposed, emit, listeners } = await loadPreload()
    const menu = exposed.get('menu') as MenuEvents
    expect(Object.isFrozen(menu)).toBe(true)
    expect(menu.native).toBe(true)
    const heard: unknown[][] = []
    const stopCommands = menu.onCommand((...args) => heard.push(['command', ...args]))
    const stopOpen = menu.onOpenComparison((...args) => heard.push(['open', ...args]))
    for (const value of ['find', 'highlightSelection', 'rm -rf', { command: 'find' }, 42, null, 'FIND']) emit('menu', value)
    for (const value of ['c1', 'a-b_9', '../etc', '', 'x'.repeat(129), 7]) emit('menu:openComparison', value)
    expect(heard).toEqual([
      ['command', 'find'],
      ['command', 'highlightSelection'],
      ['open', 'c1'],
      ['open', 'a-b_9'],
    ])
    stopCommands()
    stopOpen()
    expect([...listeners.values()].every((set) => set.size === 0)).toBe(true)
    emit('menu', 'find')
    expect(heard).toHaveLength(4)
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

  it('passes openLink on only while the page has a fresh user gesture', async () => {
    const { exposed, invoked } = await loadPreload()
    const api = exposed.get('api') as Record<string, (input?: unknown) => Promise<unknown>>
    const navigator = Object.getOwnPropertyDescriptor(globalThis, 'navigator')
    const userActivation = { isActive: false }
    Object.defineProperty(globalThis, 'navigator', { value: { userActivation }, configurable: true })
    try {
      await expect(api['openLink']?.({ url: 'https://example.org/' })).resolves.toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'A link opens in your browser only when you click it.' },
      })
      expect(invoked).toEqual([])
      userActivation.isActive = true
      await api['openLink']?.({ url: 'https://example.org/' })
      expect(invoked).toEqual([['openLink', { url: 'https://example.org/' }]])
    } finally {
      if (navigator) Object.defineProperty(globalThis, 'navigator', navigator)
      else Reflect.deleteProperty(globalThis, 'navigator')
    }
  })
})
