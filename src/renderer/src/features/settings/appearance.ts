// Puts the theme and text size into effect on the page: data-scheme on the root element picks the light
// or dark colours (theme.css), and --text-scale sizes the reports' text. "System" follows the
// operating system's preference, live, through prefers-color-scheme (which Electron also sets from
// the main process's nativeTheme, so native menus and the page agree).

import type { Settings, Theme } from '../../../../shared/domain/settings'

export type Scheme = 'light' | 'dark'

export function effectiveScheme(theme: Theme, systemDark: boolean): Scheme {
  if (theme === 'system') return systemDark ? 'dark' : 'light'
  return theme
}

export const systemDarkQuery = (): MediaQueryList | null => (typeof matchMedia === 'function' ? matchMedia('(prefers-color-scheme: dark)') : null)

export function applyAppearance(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.dataset['scheme'] = effectiveScheme(settings.theme, systemDarkQuery()?.matches ?? false)
  root.style.setProperty('--text-scale', String(settings.textSize / 100))
}
