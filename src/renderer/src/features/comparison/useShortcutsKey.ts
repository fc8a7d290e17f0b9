// The ? key opens the list of keyboard shortcuts. Apart from the dialog (ShortcutsDialog.tsx), which loads
// on first use: the key works from the first screen on.

import { useEffect } from 'react'
import { runCommand } from '../../ui/commands'
import { isTextEntry } from '../../ui/keyboard'

/** ? (outside text fields) asks for the list, as Help › Keyboard Shortcuts does. */
export function useShortcutsKey(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTextEntry(event.target)) return
      if (runCommand('showShortcuts')) event.preventDefault()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
