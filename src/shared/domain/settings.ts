// The person's preferences: the colour theme (the system's, or always light or dark), the size of the
// reports' text, as a percentage of the default, and their name, which exported annotations give as their
// creator. Kept by the main process; applied by the renderer (and, for the theme, by the main process too,
// so native menus and dialogs match).

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
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { theme: 'system', textSize: 100, authorName: '' }

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
