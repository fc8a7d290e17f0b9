// The settings file: each value checked on its own (one bad value never resets the others), changes kept
// across a restart, the main process told of each change, and a failed save reported in words while the
// change still holds for the session.

import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { parseSettings, SETTINGS_FILE, SettingsStore } from '../../../src/main/settings'
import { MAX_AUTHOR_NAME_LENGTH, type Settings } from '../../../src/shared/domain/settings'

let folder: string
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'parallax-settings-'))
})
afterEach(async () => {
  await rm(folder, { recursive: true, force: true })
})

describe('parseSettings', () => {
  it('reads a good file', () => {
    expect(parseSettings('{"theme":"dark","textSize":125}')).toEqual({ theme: 'dark', textSize: 125, authorName: '', versionThreshold: 1, checkAtStart: false })
  })

  it('defaults each unusable value alone', () => {
    expect(parseSettings('{"theme":"sepia","textSize":125}')).toEqual({ theme: 'system', textSize: 125, authorName: '', versionThreshold: 1, checkAtStart: false })
    expect(parseSettings('{"theme":"light","textSize":"big"}')).toEqual({ theme: 'light', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
    expect(parseSettings('{"theme":"light","textSize":105,"later":true}')).toEqual({ theme: 'light', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
  })

  it('keeps a name tidied, and reads one too long or not text as none', () => {
    expect(parseSettings('{"theme":"dark","textSize":125,"authorName":"  Reader\\n  One "}')).toEqual({ theme: 'dark', textSize: 125, authorName: 'Reader One', versionThreshold: 1, checkAtStart: false })
    expect(parseSettings(JSON.stringify({ authorName: 'x'.repeat(MAX_AUTHOR_NAME_LENGTH) })).authorName).toHaveLength(MAX_AUTHOR_NAME_LENGTH)
    expect(parseSettings(JSON.stringify({ authorName: 'x'.repeat(MAX_AUTHOR_NAME_LENGTH + 1) })).authorName).toBe('')
    expect(parseSettings('{"authorName":42}')).toEqual({ theme: 'system', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
  })

  it.each(['', 'not json', '[]', 'null', '42', '{"theme":', '\u0000\u0001'])('reads %j as the defaults', (text) => {
    expect(parseSettings(text)).toEqual({ theme: 'system', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
  })
})

describe('SettingsStore', () => {
  it('starts with the defaults when there is no file', async () => {
    await expect(new SettingsStore(folder).load()).resolves.toEqual({ theme: 'system', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
  })

  it('keeps a change for the next start, tells onChange, and leaves no temporary file', async () => {
    const told: Settings[] = []
    const store = new SettingsStore(folder, () => {}, (settings) => told.push(settings))
    await store.load()
    await expect(store.update({ theme: 'dark' })).resolves.toEqual({ theme: 'dark', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
    await store.update({ textSize: 140 })
    expect(told).toEqual([
      { theme: 'dark', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false },
      { theme: 'dark', textSize: 140, authorName: '', versionThreshold: 1, checkAtStart: false },
    ])
    expect(JSON.parse(await readFile(join(folder, SETTINGS_FILE), 'utf8'))).toEqual({ theme: 'dark', textSize: 140, authorName: '', versionThreshold: 1, checkAtStart: false })
    await expect(new SettingsStore(folder).load()).resolves.toEqual({ theme: 'dark', textSize: 140, authorName: '', versionThreshold: 1, checkAtStart: false })
  })

  it('saves the last of several quick changes', async () => {
    const store = new SettingsStore(folder)
    await Promise.all([store.update({ textSize: 110 }), store.update({ textSize: 125 }), store.update({ theme: 'light' })])
    await expect(new SettingsStore(folder).load()).resolves.toEqual({ theme: 'light', textSize: 125, authorName: '', versionThreshold: 1, checkAtStart: false })
  })

  it('says in words when the change cannot be saved, and keeps it for the session', async () => {
    // The settings file's place is taken by a folder: the write cannot replace it.
    await mkdir(join(folder, SETTINGS_FILE))
    const logged: string[] = []
    const store = new SettingsStore(folder, (message) => logged.push(message))
    await expect(store.update({ theme: 'dark' })).rejects.toMatchObject({ code: 'storage', message: expect.stringMatching(/^Your settings could not be saved to .*settings\.json \(\w+\)\. The change applies until Parallax closes\.$/) })
    expect(store.latest.theme).toBe('dark')
    expect(logged).toEqual(['Could not save the settings'])
  })

  it('reads a damaged file as the defaults and replaces it on the next change', async () => {
    await writeFile(join(folder, SETTINGS_FILE), '{"theme": "da')
    const store = new SettingsStore(folder)
    await expect(store.load()).resolves.toEqual({ theme: 'system', textSize: 100, authorName: '', versionThreshold: 1, checkAtStart: false })
    await store.update({ textSize: 90 })
    expect(parseSettings(await readFile(join(folder, SETTINGS_FILE), 'utf8'))).toEqual({ theme: 'system', textSize: 90, authorName: '', versionThreshold: 1, checkAtStart: false })
  })
})
