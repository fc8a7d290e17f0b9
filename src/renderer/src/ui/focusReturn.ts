// Giving the focus back where it was when something that took it closes (a dialog, a popover): the
// element that had the focus when it opened gets it again, if it is still on the page. An element that was
// focusable only while the keyboard was on it (a passage stepped to with n/p) is made so again.

import { useEffect, useState } from 'react'

/** The element that has the focus now, or null when nothing in particular has it (the page itself). */
export function focusedElement(): HTMLElement | null {
  const active = document.activeElement
  return active instanceof HTMLElement && active !== document.body ? active : null
}

/** Moves the focus back to `element`; says whether it took it. */
export function focusBack(element: HTMLElement | null): boolean {
  if (!element?.isConnected) return false
  element.focus({ preventScroll: true })
  if (document.activeElement === element) return true
  if (element.hasAttribute('tabindex')) return false
  // Focusable for as long as the focus stays on it, as it was before.
  element.tabIndex = -1
  element.addEventListener('blur', () => element.removeAttribute('tabindex'), { once: true })
  element.focus({ preventScroll: true })
  return document.activeElement === element
}

/**
 * For a component that takes the focus while it is shown: remembers what had the focus when it first
 * rendered, and gives the focus back there when it goes away.
 */
export function useFocusReturn(): HTMLElement | null {
  // Read while rendering, before the component's own children (an autofocused button) can take the focus.
  const [opener] = useState(focusedElement)
  useEffect(() => () => void focusBack(opener), [opener])
  return opener
}
