// The packaged app's Electron fuses, read from electron-builder.yml the way electron-builder itself reads
// and validates it: every fuse set as Parallax needs it, none left to the binary's default.

import type { Configuration } from 'app-builder-lib'
import { describe, expect, it } from 'vitest'
import { APP_ID } from '../../../src/main/services/appInfo'

// electron-builder's own loader and schema check (app-builder-lib is what electron-builder runs on).
const { getConfig, validateConfiguration } = (await import('app-builder-lib/out/util/config/config.js')) as unknown as {
  getConfig: (projectDir: string, configPath: string | null, configFromOptions: null) => Promise<Configuration>
  validateConfiguration: (config: Configuration, debug: { isEnabled: boolean; add: () => void }) => Promise<void>
}
const quiet = { isEnabled: false, add: () => {} }

const config = await getConfig(process.cwd(), null, null)

describe('electron-builder.yml', () => {
  it('is a valid electron-builder configuration (a misspelt fuse would be refused here)', async () => {
    await expect(validateConfiguration(config, quiet)).resolves.toBeUndefined()
  })

  it('would refuse a fuse name electron-builder does not know', async () => {
    const misspelt = { ...config, electronFuses: { ...config.electronFuses, runAsNodes: false } } as Configuration
    await expect(validateConfiguration(misspelt, quiet)).rejects.toThrow(/electronFuses/)
  })

  it('flips every fuse, each to the safe side', () => {
    expect(config.electronFuses).toEqual({
      // ELECTRON_RUN_AS_NODE would turn the signed binary into a plain Node that runs any script.
      runAsNode: false,
      // NODE_OPTIONS and --inspect would let anyone who can start the app inject code into it.
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      // The app is loaded only from app.asar, and app.asar only if its hash matches (macOS, Windows).
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      // The renderer is served at app://, so file:// pages need none of their old extra powers.
      grantFileProtocolExtraPrivileges: false,
      loadBrowserProcessSpecificV8Snapshot: false,
      // Not a fuse: an unsigned Apple-silicon build is signed ad hoc again after the flip, or it would not start.
      resetAdHocDarwinSignature: true,
    })
  })

  it('gives the app the id the main process uses (Windows groups its windows by it)', () => {
    expect(config.appId).toBe(APP_ID)
  })

  it('packs the app into an asar archive, which the asar fuses rely on', () => {
    expect(config.asar).toBe(true)
  })
})
