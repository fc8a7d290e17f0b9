// Keeps the settings in effect and opens Settings and About when asked (menu or shortcut). A component
// of its own beside the open view, so loading or changing a setting re-renders only this, never the
// comparison's columns. The settings apply from the start; the two dialogs load on first use (or when idle).

import { useState, type ComponentProps } from 'react'
import { useCommand } from '../../ui/commands'
import { deferred } from '../../ui/deferred'
import type { AboutDialog as AboutPart } from './AboutDialog'
import type { SettingsDialog as SettingsPart } from './SettingsDialog'
import { useSettings } from './useSettings'

const SettingsDialog = deferred<ComponentProps<typeof SettingsPart>>(() => import('./SettingsDialog').then((m) => m.SettingsDialog))
const AboutDialog = deferred<ComponentProps<typeof AboutPart>>(() => import('./AboutDialog').then((m) => m.AboutDialog))

export function SettingsHost() {
  const { settings, update } = useSettings()
  const [dialog, setDialog] = useState<'settings' | 'about' | null>(null)
  useCommand('openSettings', () => setDialog('settings'))
  useCommand('about', () => setDialog('about'))
  if (dialog === 'settings') return <SettingsDialog settings={settings} onChange={update} onClose={() => setDialog(null)} />
  if (dialog === 'about') return <AboutDialog onClose={() => setDialog(null)} />
  return null
}
