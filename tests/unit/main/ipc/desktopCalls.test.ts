// The calls behind the desktop's own features, on the real services and files: the recent list grows as
// comparisons are opened and survives a restart, settings are kept and refused when unknown, and About
// gets the version from package.json.

import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { ComparisonLink, ComparisonSummary } from '../../../../src/shared/domain/comparison'
import type { Result } from '../../../../src/shared/domain/errors'
import { MAX_AUTHOR_NAME_LENGTH, type Settings } from '../../../../src/shared/domain/settings'
import type { AppInfo } from '../../../../src/shared/ipc/contract'
import { createAppServices, type AppServices, type AppServicesOptions } from '../../../../src/main/services/appServices'

let dataFolder: string
const running: AppServices[] = []

async function start(options: Partial<AppServicesOptions> = {}): Promise<AppServices> {
  // One owner at a time, as in the app: opening cleans up what a crash left, not what another instance writes.
  await Promise.all(running.map((s) => s.library.close()))
  const services = await createAppServices({ dataFolder, samplesFolder: 'resources/samples', checkBodies: false, ...options })
  running.push(services)
  return services
}

function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`)
  return result.value as T
}

beforeEach(async () => {
  dataFolder = await mkdtemp(join(tmpdir(), 'parallax-desktop-calls-'))
})
afterEach(async () => {
  for (const services of running.splice(0)) await services.library.close()
  await rm(dataFolder, { recursive: true, force: true })
})

describe('recent comparisons', () => {
  it('starts empty, grows as comparisons are opened (newest first), tells the menu, and survives a restart', async () => {
    const told: ComparisonLink[][] = []
    const services = await start({ onRecentChanged: (entries) => told.push(entries) })
    expect(valueOf(await services.dispatch('recentComparisons', undefined))).toEqual([])
    const [sample] = valueOf<ComparisonSummary[]>(await services.dispatch('listComparisons', undefined))
    const articleIds = sample!.articleIds.slice(0, 2)
    const second = valueOf<ComparisonSummary>(await services.dispatch('createComparison', { title: 'Reports 1 and 2', articleIds }))

    valueOf(await services.dispatch('comparisonOpened', { id: sample!.id }))
    const list = valueOf<ComparisonLink[]>(await services.dispatch('comparisonOpened', { id: second.id }))
    expect(list).toEqual([
      { id: second.id, title: 'Reports 1 and 2' },
      { id: sample!.id, title: 'Kerry in Moscow, May 2013' },
    ])
    expect(told.map((entries) => entries.length)).toEqual([1, 2])
    await services.library.close()
    running.length = 0

    const again = await start()
    expect(valueOf(await again.dispatch('recentComparisons', undefined))).toEqual(list)
  })

  it('answers not-found for a comparison that is not in the library, and leaves the list alone', async () => {
    const services = await start()
    const result = await services.dispatch('comparisonOpened', { id: 'c0ffee00-0000-4000-8000-000000000000' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not-found', message: 'This comparison is no longer in the library. It may have been deleted.' } })
    expect(valueOf(await services.dispatch('recentComparisons', undefined))).toEqual([])
  })
})

describe('settings', () => {
  it('gives the defaults, keeps a change in settings.json for the next start, and tells the main process', async () => {
    const told: Settings[] = []
    const services = await start({ onSettingsChanged: (settings) => told.push(settings) })
    expect(valueOf(await services.dispatch('getSettings', undefined))).toEqual({ theme: 'system', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
    expect(valueOf(await services.dispatch('updateSettings', { theme: 'dark', textSize: 125, authorName: '' }))).toEqual({ theme: 'dark', textSize: 125, authorName: '', versionThreshold: 1, checkAtStart: false })
    expect(told).toEqual([{ theme: 'dark', textSize: 125, authorName: '', versionThreshold: 1, checkAtStart: false }])
    expect(JSON.parse(await readFile(join(dataFolder, 'settings.json'), 'utf8'))).toEqual({ theme: 'dark', textSize: 125, authorName: '', versionThreshold: 1, checkAtStart: false })
    await services.library.close()
    running.length = 0
    expect(valueOf(await (await start()).dispatch('getSettings', undefined))).toEqual({ theme: 'dark', textSize: 125, authorName: '', versionThreshold: 1, checkAtStart: false })
  })

  it('keeps the person’s name tidied (white space trimmed and run together), and an empty one as none', async () => {
    const services = await start()
    expect(valueOf<Settings>(await services.dispatch('updateSettings', { authorName: '  Reader \t One  ' })).authorName).toBe('Reader One')
    expect(JSON.parse(await readFile(join(dataFolder, 'settings.json'), 'utf8')).authorName).toBe('Reader One')
    expect(valueOf<Settings>(await services.dispatch('updateSettings', { authorName: '   ' })).authorName).toBe('')
  })

  it('refuses a name longer than the limit, or one that is not text, in words and without changing it', async () => {
    const services = await start()
    valueOf(await services.dispatch('updateSettings', { authorName: 'Reader One' }))
    const tooLong = await services.dispatch('updateSettings', { authorName: 'x'.repeat(MAX_AUTHOR_NAME_LENGTH + 1) })
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining(`Your name is too long: at most ${MAX_AUTHOR_NAME_LENGTH} characters.`) } })
    expect(await services.dispatch('updateSettings', { authorName: 42 })).toMatchObject({ ok: false, error: { message: expect.stringContaining('Your name must be text.') } })
    expect(valueOf<Settings>(await services.dispatch('getSettings', undefined)).authorName).toBe('Reader One')
  })

  it('refuses an unknown theme or size in words', async () => {
    const services = await start()
    const result = await services.dispatch('updateSettings', { theme: 'sepia' })
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-argument', message: expect.stringContaining('The theme must be one of: system, light, dark.') } })
  })
})

describe('setMenuState', () => {
  it('tells the main process which commands the page can do, each once', async () => {
    const told: string[][] = []
    const services = await start({ onMenuState: (available) => told.push(available) })
    valueOf(await services.dispatch('setMenuState', { available: ['import', 'find', 'import'] }))
    valueOf(await services.dispatch('setMenuState', { available: [] }))
    expect(told).toEqual([['import', 'find'], []])
  })
})

describe('appInfo', () => {
  it('gives the name and version of package.json, and Node’s version (no Electron here)', async () => {
    const packageJson = JSON.parse(await readFile('package.json', 'utf8')) as { productName: string; version: string }
    const info = valueOf<AppInfo>(await (await start()).dispatch('appInfo', undefined))
    expect(info).toEqual({ name: packageJson.productName, version: packageJson.version, electron: null, chrome: null, node: process.versions.node })
  })
})
