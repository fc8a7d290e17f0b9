// Quitting waits for the library to close: the first quit is held back until close() has finished (or
// failed, which is logged), then asked for again, and goes through.

import { describe, expect, it, vi } from 'vitest'
import { closeBeforeQuit } from '../../../src/main/closeBeforeQuit'

function fakeApp() {
  const listeners: Array<(event: { preventDefault: () => void }) => void> = []
  const log: string[] = []
  const app = {
    on: (_event: 'will-quit', listener: (event: { preventDefault: () => void }) => void) => listeners.push(listener),
    quit: () => {
      log.push('quit')
      willQuit()
    },
  }
  const willQuit = (): void => {
    let prevented = false
    for (const listener of listeners) listener({ preventDefault: () => (prevented = true) })
    log.push(prevented ? 'will-quit held' : 'will-quit let through')
  }
  return { app, log, willQuit }
}

describe('closeBeforeQuit', () => {
  it('holds the quit until the library has closed, then quits', async () => {
    const { app, log, willQuit } = fakeApp()
    let finish: () => void = () => undefined
    closeBeforeQuit(
      app,
      () => new Promise<void>((done) => (finish = () => (log.push('closed'), done()))),
      () => log.push('error'),
    )
    willQuit()
    willQuit()
    expect(log).toEqual(['will-quit held', 'will-quit held'])
    finish()
    await vi.waitFor(() => expect(log).toContain('will-quit let through'))
    expect(log).toEqual(['will-quit held', 'will-quit held', 'closed', 'quit', 'will-quit let through'])
  })

  it('still quits when closing fails, and says why', async () => {
    const { app, log, willQuit } = fakeApp()
    const errors: string[] = []
    closeBeforeQuit(app, () => Promise.reject(new Error('disk gone')), (message, error) => errors.push(`${message}: ${(error as Error).message}`))
    willQuit()
    await vi.waitFor(() => expect(log).toContain('will-quit let through'))
    expect(log).toEqual(['will-quit held', 'quit', 'will-quit let through'])
    expect(errors).toEqual(['Parallax could not finish saving before it quit: disk gone'])
  })
})
