// Settings (theme, text size) and About, opened from the menus.

export { SettingsHost } from './SettingsHost'
