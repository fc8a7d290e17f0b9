// The person's preferences: the colour theme (the system's, or always light or dark) and the size of
// the reports' text, as a percentage of the default. Kept by the main process; applied by the renderer
// (and, for the theme, by the main process too, so native menus and dialogs match).

export const THEMES = ['system', 'light', 'dark'] as const
export type Theme = (typeof THEMES)[number]

/** Text sizes offered, in percent of the default reading size. */
export const TEXT_SIZES = [80, 90, 100, 110, 125, 140, 160] as const
export type TextSize = (typeof TEXT_SIZES)[number]

export interface Settings {
  theme: Theme
  textSize: TextSize
}

export const DEFAULT_SETTINGS: Readonly<Settings> = { theme: 'system', textSize: 100 }

export function isTheme(value: unknown): value is Theme {
  return typeof value === 'string' && (THEMES as readonly string[]).includes(value)
}

export function isTextSize(value: unknown): value is TextSize {
  return typeof value === 'number' && (TEXT_SIZES as readonly number[]).includes(value)
}
