// The person's preferences: the colour theme (the system's, or always light or dark), the size of the
// reports' text, as a percentage of the default, and their name, which exported annotations give as their
// creator. Kept by the main process; applied by the renderer (and, for the theme, by the main process too,
// so native menus and dialogs match). And the checks of fetched articles for changes: how many words must
// change before a new version is kept, and whether every fetched article is checked when the app starts.

import { DEFAULT_VERSION_THRESHOLD, VERSION_THRESHOLDS, type VersionThreshold } from './versions'

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** Text sizes offered, in percent of the default reading size. */
export const TEXT_SIZES = [80, 90, 100, 110, 125, 140, 160] as const
export type TextSize = (typeof TEXT_SIZES)[number]

/** The longest name the "Your name" setting keeps, in characters after tidying. */
export const MAX_AUTHOR_NAME_LENGTH = 100

export interface Settings {
  theme: Theme
  textSize: TextSize
  /** The person's name for the annotations they export; empty for none. */
  authorName: string
  /** How many words of a fetched page must change for a check to keep a new version (a headline change always does). */
  versionThreshold: VersionThreshold
  /** Check every fetched article for changes when Parallax starts; off unless the person turns it on. */
  checkAtStart: boolean
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { theme: 'system', textSize: 100, authorName: '', versionThreshold: DEFAULT_VERSION_THRESHOLD, checkAtStart: false }

export function isVersionThreshold(value: unknown): value is VersionThreshold {
  return typeof value === 'number' && (VERSION_THRESHOLDS as readonly number[]).includes(value)
}

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'number' && (TEXT_SIZES as readonly number[]).includes(value)
}

/** A name as the setting keeps it: control characters gone, runs of white space one space, trimmed. */
export function tidyAuthorName(name: string): string {
  // eslint-disable-next-line no-control-regex
  return name.replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ').replace(/\s+/g, ' ').trim()
}

/** A name the setting can keep once tidied (empty means no name). */
export function isAuthorName(value: unknown): value is string {
  return typeof value === 'string' && tidyAuthorName(value).length <= MAX_AUTHOR_NAME_LENGTH
}
