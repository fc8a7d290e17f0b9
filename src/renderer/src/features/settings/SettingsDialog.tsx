// Settings: the colour theme (the system's, light or dark) and the size of the reports' text. Each choice
// takes effect at once, on the open comparison behind the dialog, and is kept for the next start.

import { DialogButtons, ModalDialog } from '../../ui/ModalDialog'
import './SettingsDialog.css'
import { TEXT_SIZES, THEMES, type Settings, type TextSize, type Theme } from '../../../../shared/domain/settings'

const THEME_LABELS: Record<Theme, string> = { system: 'Same as the system', light: 'Light', dark: 'Dark' }

export interface SettingsDialogProps {
  settings: Settings
  onChange: (change: Partial<Settings>) => void
  onClose: () => void
}

export function SettingsDialog({ settings, onChange, onClose }: SettingsDialogProps) {
  return (
    <ModalDialog labelledBy="settings-title" className="settings-dialog" onClose={onClose}>
      <h2 id="settings-title">Settings</h2>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault()
          onClose()
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
        <DialogButtons>
          <button type="submit" className="primary">
            Done
          </button>
        </DialogButtons>
      </form>
    </ModalDialog>
  )
}
