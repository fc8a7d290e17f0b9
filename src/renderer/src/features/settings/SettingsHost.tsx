// Keeps the settings in effect and opens Settings and About when asked (menu or shortcut). A component
// of its own beside the open view, so loading or changing a setting re-renders only this, never the
// comparison's columns.

import { useState } from 'react'
import { useCommand } from '../../ui/commands'
import { AboutDialog } from './AboutDialog'
import { SettingsDialog } from './SettingsDialog'
import { useSettings } from './useSettings'

export function SettingsHost() {
  const { settings, update } = useSettings()
  const [dialog, setDialog] = useState<'settings' | 'about' | null>(null)
  useCommand('openSettings', () => setDialog('settings'))
  useCommand('about', () => setDialog('about'))
  if (dialog === 'settings') return <SettingsDialog settings={settings} onChange={update} onClose={() => setDialog(null)} />
  if (dialog === 'about') return <AboutDialog onClose={() => setDialog(null)} />
  return null
}
