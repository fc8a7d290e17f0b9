// A deferred part draws nothing until its code is loaded, then draws by itself; one whose code is already
// loaded draws in its first render; one whose code cannot be loaded reaches the error boundary and is
// loaded again when drawn anew.

import { act, cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ComponentType } from 'react'
import { deferred } from '../../../../src/renderer/src/ui/deferred'
import { ErrorBoundary } from '../../../../src/renderer/src/app/ErrorBoundary'

afterEach(cleanup)

function Greeting({ name }: { name: string }) {
  return <p>Hello, {name}</p>
}

/** A load whose promise the test settles. */
function controlledLoad() {
  const calls: Array<{ resolve: (part: ComponentType<{ name: string }>) => void; reject: (error: Error) => void }> = []
  const load = () =>
    new Promise<ComponentType<{ name: string }>>((resolve, reject) => {
      calls.push({ resolve, reject })
    })
  return { load, calls }
}

describe('deferred', () => {
  it('draws nothing while its code loads, then the part with its props, loading the code once', async () => {
    const { load, calls } = controlledLoad()
    const Part = deferred(load)
    const { container, rerender } = render(<Part name="reader" />)
    expect(container.textContent).toBe('')
    rerender(<Part name="editor" />)
    expect(calls).toHaveLength(1)
    await act(async () => calls[0]?.resolve(Greeting))
    expect(screen.getByText('Hello, editor')).toBeTruthy()
  })

  it('draws in its first render once preloaded', async () => {
    const Part = deferred(() => Promise.resolve(Greeting))
    expect(await Part.preload()).toBe(Greeting)
    const { container } = render(<Part name="reader" />)
    expect(container.textContent).toBe('Hello, reader')
  })

  it('hands a failed load to the error boundary, and loads again when drawn anew', async () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {})
    const { load, calls } = controlledLoad()
    const Part = deferred(load)
    const first = render(
      <ErrorBoundary>
        <Part name="reader" />
      </ErrorBoundary>,
    )
    await act(async () => calls[0]?.reject(new Error('the chunk export-1.js is missing')))
    expect(screen.getByRole('alert').textContent).toContain('the chunk export-1.js is missing')
    first.unmount()
    render(<Part name="reader" />)
    expect(calls).toHaveLength(2)
    await act(async () => calls[1]?.resolve(Greeting))
    expect(screen.getByText('Hello, reader')).toBeTruthy()
    quiet.mockRestore()
  })
})
