// The Settings dialog's "Your name" field, in happy-dom against the real main-process services: the name
// is saved when the field is left or the dialog closes (tidied, and empty for none), kept for the next
// start, and limited in length.

import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { SettingsHost } from '../../../../../src/renderer/src/features/settings'
import { NotificationsProvider } from '../../../../../src/renderer/src/ui/Notifications'
import { runCommand } from '../../../../../src/renderer/src/ui/commands'
import { MAX_AUTHOR_NAME_LENGTH } from '../../../../../src/shared/domain/settings'
import { withServices } from '../../withServices'

const running = withServices()

async function openSettings(): Promise<HTMLInputElement> {
  render(
    <NotificationsProvider>
      <SettingsHost />
    </NotificationsProvider>,
  )
  act(() => void runCommand('openSettings'))
  return (await screen.findByRole('textbox', { name: 'Your name' })) as HTMLInputElement
}

describe('Settings: your name', () => {
  it('saves the name, tidied, when the field is left, and shows it again next time', async () => {
    const field = await openSettings()
    expect(field.value).toBe('')
    expect(field.maxLength).toBe(MAX_AUTHOR_NAME_LENGTH)
    fireEvent.change(field, { target: { value: '  Reader   One ' } })
    fireEvent.blur(field)
    await waitFor(() => expect(running.current.settings.latest.authorName).toBe('Reader One'))
    fireEvent.click(screen.getByRole('button', { name: 'Done' }))
    expect(screen.queryByRole('dialog', { name: 'Settings' })).toBeNull()
    act(() => void runCommand('openSettings'))
    expect(((await screen.findByRole('textbox', { name: 'Your name' })) as HTMLInputElement).value).toBe('Reader One')
  })

  it('saves the name when the dialog is closed with Done straight from the field, and an emptied name as none', async () => {
    const field = await openSettings()
    fireEvent.change(field, { target: { value: 'Reader One' } })
    fireEvent.submit(field.form as HTMLFormElement)
    await waitFor(() => expect(running.current.settings.latest.authorName).toBe('Reader One'))
    act(() => void runCommand('openSettings'))
    const again = (await screen.findByRole('textbox', { name: 'Your name' })) as HTMLInputElement
    fireEvent.change(again, { target: { value: '   ' } })
    fireEvent.submit(again.form as HTMLFormElement)
    await waitFor(() => expect(running.current.settings.latest.authorName).toBe(''))
  })
})

describe('Settings: checking web pages for changes', () => {
  it('offers any change of words by default and keeps a raised threshold; checking at start is off until turned on', async () => {
    await openSettings()
    const threshold = screen.getByRole('combobox', { name: 'Keep a new version when' }) as HTMLSelectElement
    expect(threshold.value).toBe('1')
    expect([...threshold.options].map((o) => o.text)).toEqual(['any word changes (default)', '5 or more words change', '20 or more words change', '50 or more words change'])
    fireEvent.change(threshold, { target: { value: '20' } })
    await waitFor(() => expect(running.current.settings.latest.versionThreshold).toBe(20))
    const atStart = screen.getByRole('checkbox', { name: 'Check every article fetched from a web address when Parallax starts' }) as HTMLInputElement
    expect(atStart.checked).toBe(false)
    fireEvent.click(atStart)
    await waitFor(() => expect(running.current.settings.latest.checkAtStart).toBe(true))
  })
})
