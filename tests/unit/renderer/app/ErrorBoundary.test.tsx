// A view that throws while rendering is replaced by a readable message, not a blank window,
// and the boundary clears when the person moves on (its reset key changes).

import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ErrorBoundary } from '../../../../src/renderer/src/app/ErrorBoundary'

afterEach(cleanup)

let shouldThrow = true
function Fragile() {
  if (shouldThrow) throw new Error('the passage map is inconsistent')
  return <p>Rendered fine</p>
}

describe('ErrorBoundary', () => {
  it('shows what went wrong in words, and renders again on "Try again" once the fault is gone', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    shouldThrow = true
    render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    )
    const alert = screen.getByRole('alert')
    expect(alert.querySelector('h2')?.textContent).toBe('Something went wrong')
    expect(alert.textContent).toContain('Parallax met an unexpected problem: the passage map is inconsistent')
    shouldThrow = false
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }))
    expect(screen.getByText('Rendered fine')).toBeTruthy()
    quiet.mockRestore()
  })

  it('clears its error when the reset key changes', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    shouldThrow = true
    const { rerender } = render(
      <ErrorBoundary resetKey="a">
        <Fragile />
      </ErrorBoundary>,
    )
    expect(screen.getByRole('alert')).toBeTruthy()
    shouldThrow = false
    rerender(
      <ErrorBoundary resetKey="b">
        <Fragile />
      </ErrorBoundary>,
    )
    expect(screen.getByText('Rendered fine')).toBeTruthy()
    quiet.mockRestore()
  })
})
