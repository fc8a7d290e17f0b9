// The side panel's tabs follow the tabs pattern: each tab controls the one tabpanel, named by it; the list
// is one Tab stop; the arrow keys, Home and End choose the next, previous, first and last tab.

import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { useState } from 'react'
import { afterEach, describe, expect, it } from 'vitest'
import { SidePanelTabs } from '../../../../../src/renderer/src/features/comparison/SidePanelTabs'

afterEach(cleanup)

function Panel() {
  const [side, setSide] = useState<'passages' | 'notes'>('passages')
  return (
    <SidePanelTabs
      label="Side panel"
      tabs={[
        { key: 'passages', label: 'Passages' },
        { key: 'notes', label: 'Notes (2)' },
      ]}
      current={side}
      onChoose={setSide}
    >
      <p>{side === 'passages' ? 'The passages' : 'The notes'}</p>
    </SidePanelTabs>
  )
}

const tabsNow = (): string[] => screen.getAllByRole('tab').map((t) => `${t.textContent}${t.getAttribute('aria-selected') === 'true' ? ' (chosen)' : ''}${t.tabIndex === 0 ? ' (Tab stop)' : ''}`)

describe('SidePanelTabs', () => {
  it('names the panel by its chosen tab, which controls it', () => {
    render(<Panel />)
    expect(screen.getByRole('tablist', { name: 'Side panel' })).toBeTruthy()
    const panel = screen.getByRole('tabpanel', { name: 'Passages' })
    expect(panel.textContent).toBe('The passages')
    expect(screen.getByRole('tab', { name: 'Passages' }).getAttribute('aria-controls')).toBe(panel.id)
    expect(tabsNow()).toEqual(['Passages (chosen) (Tab stop)', 'Notes (2)'])
  })

  it('chooses with the arrow keys, Home and End, moving focus and the Tab stop with the choice', () => {
    render(<Panel />)
    const list = screen.getByRole('tablist')
    screen.getByRole('tab', { name: 'Passages' }).focus()
    fireEvent.keyDown(list, { key: 'ArrowRight' })
    expect(tabsNow()).toEqual(['Passages', 'Notes (2) (chosen) (Tab stop)'])
    expect(document.activeElement?.textContent).toBe('Notes (2)')
    expect(screen.getByRole('tabpanel', { name: 'Notes (2)' }).textContent).toBe('The notes')
    fireEvent.keyDown(list, { key: 'ArrowRight' })
    expect(tabsNow()).toEqual(['Passages (chosen) (Tab stop)', 'Notes (2)'])
    fireEvent.keyDown(list, { key: 'End' })
    expect(tabsNow()).toEqual(['Passages', 'Notes (2) (chosen) (Tab stop)'])
    fireEvent.keyDown(list, { key: 'Home' })
    expect(tabsNow()).toEqual(['Passages (chosen) (Tab stop)', 'Notes (2)'])
    fireEvent.keyDown(list, { key: 'ArrowLeft' })
    expect(document.activeElement?.textContent).toBe('Notes (2)')
  })

  it('chooses a tab that is clicked', () => {
    render(<Panel />)
    fireEvent.click(screen.getByRole('tab', { name: 'Notes (2)' }))
    expect(screen.getByRole('tabpanel').textContent).toBe('The notes')
  })
})
