// Settings: the colour theme (the system's, light or dark), the size of the reports' text, and the
// person's name for the annotations they export. Theme and size take effect at once, on the open
// comparison behind the dialog; the name is saved when the field is left or the dialog closes. All are
// kept for the next start. And the checks for changes of fetched articles: how many words must change for a
// new version (any, by default), and whether to check every fetched article when Parallax starts (off).

import { useRef, useState } from 'react'
import { DialogButtons, ModalDialog } from '../../ui/ModalDialog'
import './SettingsDialog.css'
import { MAX_AUTHOR_NAME_LENGTH, TEXT_SIZES, THEMES, tidyAuthorName, type Settings, type TextSize, type Theme } from '../../../../shared/domain/settings'
import { VERSION_THRESHOLDS, type VersionThreshold } from '../../../../shared/domain/versions'

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' }

export interface SettingsDialogProps {
  settings: Settings
  onChange: (change: Partial<Settings>) => void
  onClose: () => void
}

export function SettingsDialog({ settings, onChange, onClose }: SettingsDialogProps) {
  const [name, setName] = useState(settings.authorName)
  // The name last handed on, so leaving the field and then closing saves it once.
  const saved = useRef(settings.authorName)
  const saveName = (): void => {
    const tidy = tidyAuthorName(name)
    if (tidy !== saved.current) onChange({ authorName: tidy })
    saved.current = tidy
  }
  const close = (): void => {
    saveName()
    onClose()
  }
  return (
    <ModalDialog labelledBy="settings-title" className="settings-dialog" onClose={close}>
      <h2 id="settings-title">Settings</h2>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          close()
        }}
      >
        <fieldset>
          <legend>Theme</legend>
          {THEMES.map((theme) => (
            <label key={theme}>
              <input type="radio" name="theme" checked={settings.theme === theme} onChange={() => onChange({ theme })} /> {THEME_LABELS[theme]}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Text of the reports</legend>
          <label>
            Size{' '}
            <select value={settings.textSize} onChange={(e) => onChange({ textSize: Number(e.target.value) as TextSize })}>
              {TEXT_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}%{size === 100 ? ' (default)' : ''}
                </option>
              ))}
            </select>
          </label>
          <p className="settings-sample" aria-hidden="true">
            The reports are set in this size.
          </p>
        </fieldset>
        <p className="settings-hint">View › Zoom In and Zoom Out size the whole window.</p>
        <fieldset>
          <legend>Annotations</legend>
          <label>
            Your name{' '}
            <input type="text" value={name} maxLength={MAX_AUTHOR_NAME_LENGTH} autoComplete="name" aria-describedby="settings-name-hint" onChange={(e) => setName(e.target.value)} onBlur={saveName} />
          </label>
          <p id="settings-name-hint" className="settings-hint">
            Exported annotations name you as their author. Leave it empty to export them without a name.
          </p>
        </fieldset>
        <fieldset>
          <legend>Checking web pages for changes</legend>
          <label>
            Keep a new version when{' '}
            <select value={settings.versionThreshold} aria-describedby="settings-threshold-hint" onChange={(e) => onChange({ versionThreshold: Number(e.target.value) as VersionThreshold })}>
              {VERSION_THRESHOLDS.map((words) => (
                <option key={words} value={words}>
                  {words === 1 ? 'any word changes (default)' : `${words} or more words change`}
                </option>
              ))}
            </select>
          </label>
          <p id="settings-threshold-hint" className="settings-hint">
            A changed headline always makes a new version. Advertising, lists of other stories, time stamps and spacing never do.
          </p>
          <label>
            <input type="checkbox" checked={settings.checkAtStart} onChange={(e) => onChange({ checkAtStart: e.target.checked })} /> Check every article fetched from a web address when Parallax starts
          </label>
        </fieldset>
        <DialogButtons>
          <button type="submit" className="primary">
            Done
          </button>
        </DialogButtons>
      </form>
    </ModalDialog>
  )
}
