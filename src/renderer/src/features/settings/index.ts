// Settings (theme, text size) and About.

export { AboutDialog } from './AboutDialog'
export { SettingsDialog } from './SettingsDialog'
export { useSettings } from './useSettings'
