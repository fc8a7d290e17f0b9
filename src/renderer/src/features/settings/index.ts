// Settings (theme, text size, your name for exported annotations) and About, opened from the menus.

export { SettingsHost } from './SettingsHost'
