// Single-key shortcuts must not fire while the person is typing: this says whether a key event's target
// is a field that takes text (or a choice) of its own.

export function isTextEntry(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !== null
}
