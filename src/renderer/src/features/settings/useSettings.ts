// The person's settings for the app shell: loaded once, put into effect on the page at once and again
// whenever the system's light/dark preference changes, and changed through `update` (applied first,
// then saved by the main process; a failed save is reported and the change still holds this session).

import { useCallback, useEffect, useState } from 'react'
import { client } from '../../api'
import { useNotify } from '../../ui/Notifications'
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/domain/settings'
import { applyAppearance, systemDarkQuery } from './appearance'

export interface SettingsState {
  settings: Settings
  update: (change: Partial<Settings>) => void
}

export function useSettings(): SettingsState {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS)
  const notify = useNotify()

  useEffect(() => {
    let live = true
    // Unreadable settings leave the defaults in force; a main process that cannot answer at all is
    // reported by the view that needed it, not a second time here.
    client.getSettings().then(
      (loaded) => live && setSettings(loaded),
      () => {},
    )
    return () => {
      live = false
    }
  }, [])

  useEffect(() => {
    applyAppearance(settings)
    const query = systemDarkQuery()
    if (settings.theme !== 'system' || !query) return
    const follow = (): void => applyAppearance(settings)
    query.addEventListener('change', follow)
    return () => query.removeEventListener('change', follow)
  }, [settings])

  const update = useCallback(
    (change: Partial<Settings>) => {
      setSettings((current) => ({ ...current, ...change }))
      client.updateSettings(change).catch((error: unknown) => notify.error(error))
    },
    [notify],
  )
  return { settings, update }
}
