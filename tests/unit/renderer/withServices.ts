// For component tests of the whole renderer: the real main-process services (real lowdb files in a temp
// folder) behind a window.api of the preload's shape, values cloned as IPC would clone them. Each test
// gets a fresh folder; it is closed and removed after the test.

import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { cleanup } from '@testing-library/react'
import { afterEach, beforeEach } from 'vitest'
import { CHANNELS, type Api } from '../../../src/shared/ipc/contract'
import { createAppServices, type AppServices } from '../../../src/main/services/appServices'

/** Registers the hooks; read `.current` inside a test for that test's services. */
export function withServices(): { current: AppServices } {
  const holder = {} as { current: AppServices }
  let folder = ''
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'parallax-renderer-'))
    holder.current = await createAppServices({ dataFolder: folder, samplesFolder: 'resources/samples' })
    const { dispatch } = holder.current
    const api = Object.fromEntries(CHANNELS.map((c) => [c, async (input?: unknown) => structuredClone(await dispatch(c, input))]))
    Object.defineProperty(window, 'api', { value: api as unknown as Api, configurable: true })
    window.location.hash = ''
  })
  afterEach(async () => {
    cleanup()
    Reflect.deleteProperty(window, 'api')
    await holder.current.library.close()
    // A save the page started just before the test ended (the recent list) may still land in the folder.
    await rm(folder, { recursive: true, force: true, maxRetries: 5 })
  })
  return holder
}
