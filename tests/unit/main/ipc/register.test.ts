// The one ipcMain file, with 'electron' mocked: one handler per contract call, foreign senders and
// extra arguments refused before the dispatcher is reached.

import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../../../src/shared/ipc/contract'

const registered = vi.hoisted(() => new Map<string, (event: unknown, ...args: unknown[]) => Promise<unknown>>())

vi.mock('electron', () => ({
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => Promise<unknown>) => registered.set(channel, handler),
  },
}))

const { registerIpcHandlers } = await import('../../../../src/main/ipc/register')
const { createSenderCheck } = await import('../../../../src/main/ipc/senderCheck')

const page = { kind: 'app' } as const
const ownFrame = { url: 'app://parallax/index.html#/comparison/abc', parent: null }
const dispatch = vi.fn(async (channel: unknown, input: unknown) => ({ ok: true as const, value: { channel, input } }))
registerIpcHandlers(dispatch, createSenderCheck(page))

function invoke(channel: string, frame: unknown, ...args: unknown[]) {
  const handler = registered.get(channel)
  if (!handler) throw new Error(`no handler for ${channel}`)
  return handler({ senderFrame: frame }, ...args)
}

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract call', () => {
    expect([...registered.keys()].sort()).toEqual([...CHANNELS].sort())
  })

  it('passes a call from Parallax’s own page to the dispatcher', async () => {
    await expect(invoke('getArticle', ownFrame, { id: 'a1' })).resolves.toEqual({
      ok: true,
      value: { channel: 'getArticle', input: { id: 'a1' } },
    })
  })

  it('refuses calls from other pages and subframes without dispatching them', async () => {
    dispatch.mockClear()
    const foreign = [
      { url: 'https://example.com/', parent: null },
      { url: 'file:///tmp/evil.html', parent: null },
      { url: 'file:///app/out/renderer/index.html', parent: null },
      { ...ownFrame, parent: {} },
      null,
    ]
    for (const frame of foreign) {
      await expect(invoke('listComparisons', frame)).resolves.toEqual({
        ok: false,
        error: { code: 'forbidden', message: 'This request did not come from Parallax and was refused.' },
      })
    }
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('rejects a call with more than one argument', async () => {
    dispatch.mockClear()
    await expect(invoke('getArticle', ownFrame, { id: 'a' }, 'extra')).resolves.toMatchObject({
      ok: false,
      error: { code: 'invalid-argument', message: expect.stringContaining('getArticle') },
    })
    expect(dispatch).not.toHaveBeenCalled()
  })
})
