// Single-key shortcuts must not fire while the person is typing: this says whether a key event's target
// is a field that takes text (or a choice) of its own.

export function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
}

/** Whether the page runs on macOS, where Cmd takes the place of Ctrl in shortcuts. */
export const isMac = (): boolean => typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

/** The name of the shortcut modifier, as the platform writes it. */
export const modKey = (): string => (isMac() ? '⌘' : 'Ctrl')
