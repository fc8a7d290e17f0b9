// The person's preferences on disk: <userData>/settings.json beside window-state.json and recent.json.
// A missing or damaged file, or a value this version does not know, reads as the default for that value
// alone, so one bad field never resets the others. Writes are atomic and chained (the last one wins).

import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppError } from '../shared/domain/errors'
import { DEFAULT_SETTINGS, isAuthorName, isTextSize, isTheme, isVersionThreshold, tidyAuthorName, type Settings } from '../shared/domain/settings'
import { writeFileAtomic } from './storage/atomicFile'

export const SETTINGS_FILE = 'settings.json'

/** The settings in `text`, each field checked on its own and defaulted when unusable. */
export function parseSettings(text: string): Settings {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ...DEFAULT_SETTINGS }
  }
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  return {
    theme: isTheme(fields['theme']) ? fields['theme'] : DEFAULT_SETTINGS.theme,
    textSize: isTextSize(fields['textSize']) ? fields['textSize'] : DEFAULT_SETTINGS.textSize,
    authorName: isAuthorName(fields['authorName']) ? tidyAuthorName(fields['authorName']) : DEFAULT_SETTINGS.authorName,
    versionThreshold: isVersionThreshold(fields['versionThreshold']) ? fields['versionThreshold'] : DEFAULT_SETTINGS.versionThreshold,
    checkAtStart: typeof fields['checkAtStart'] === 'boolean' ? fields['checkAtStart'] : DEFAULT_SETTINGS.checkAtStart,
  }
}

export class SettingsStore {
  readonly path: string
  private current: Settings = { ...DEFAULT_SETTINGS }
  private writing: Promise<void> = Promise.resolve()

  constructor(
    folder: string,
    private readonly log: (message: string, error: unknown) => void = () => {},
    /** Told of every change as it takes effect (the main process follows the theme). */
    private readonly onChange: (settings: Settings) => void = () => {},
  ) {
    this.path = join(folder, SETTINGS_FILE)
  }

  get latest(): Settings {
    return { ...this.current }
  }

  async load(): Promise<Settings> {
    try {
      this.current = parseSettings(await readFile(this.path, 'utf8'))
    } catch {
      this.current = { ...DEFAULT_SETTINGS }
    }
    return this.latest
  }

  /**
   * Applies `change`, saves, and returns the settings now in force. When the save fails the change still
   * holds for this session and the error is thrown, so the person is told it will not be kept.
   */
  async update(change: Partial<Settings>): Promise<Settings> {
    this.current = { ...this.current, ...change }
    this.current.authorName = tidyAuthorName(this.current.authorName)
    this.onChange(this.latest)
    const text = `${JSON.stringify(this.current, null, 2)}\n`
    const write = this.writing.then(() => writeFileAtomic(this.path, text))
    this.writing = write.catch((error: unknown) => this.log('Could not save the settings', error))
    try {
      await write
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException | null)?.code ?? (error as Error | null)?.message ?? String(error)
      throw new AppError('storage', `Your settings could not be saved to ${this.path} (${reason}). The change applies until Parallax closes.`)
    }
    return this.latest
  }
}
