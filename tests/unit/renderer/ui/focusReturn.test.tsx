// A dialog gives the focus back where it was when it opened, including to a passage that was focusable only
// while the keyboard was on it (its tabindex goes when it loses the focus).

import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { ModalDialog } from '../../../../src/renderer/src/ui/ModalDialog'

function Page() {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        Open
      </button>
      <span data-testid="passage">a passage</span>
      {open && (
        <ModalDialog labelledBy="t" onClose={() => setOpen(false)}>
          <h2 id="t">A dialog</h2>
          <button type="button" onClick={() => setOpen(false)} autoFocus>
            Close
          </button>
        </ModalDialog>
      )}
    </>
  )
}

describe('ModalDialog', () => {
  afterEach(cleanup)

  it('gives the focus back to the button that opened it', () => {
    render(<Page />)
    const opener = screen.getByRole('button', { name: 'Open' })
    opener.focus()
    fireEvent.click(opener)
    screen.getByRole('button', { name: 'Close' }).focus()
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(document.activeElement).toBe(opener)
  })

  it('gives it back to a passage whose tabindex went when it lost the focus', () => {
    render(<Page />)
    const passage = screen.getByTestId('passage')
    passage.tabIndex = -1
    passage.addEventListener('blur', () => passage.removeAttribute('tabindex'), { once: true })
    passage.focus()
    expect(document.activeElement).toBe(passage)
    // Opened from the keyboard while the passage has the focus (a menu shortcut).
    fireEvent.click(screen.getByRole('button', { name: 'Open' }))
    screen.getByRole('button', { name: 'Close' }).focus()
    expect(passage.hasAttribute('tabindex')).toBe(false)
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(document.activeElement).toBe(passage)
  })
})
