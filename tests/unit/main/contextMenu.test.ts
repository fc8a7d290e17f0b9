// The context menu per target: editing items in a text field, Copy/Highlight/Add Note on selected text,
// and for a link only what the checked helper lets through (http and https).

import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ clipboard: { writeText: () => {} }, Menu: { buildFromTemplate: () => ({ popup: () => {} }) }, shell: { openExternal: async () => {} } }))

const { contextMenuTemplate } = await import('../../../src/main/contextMenu')

const flags = { canCut: false, canCopy: true, canPaste: false, canSelectAll: true }
const target = (change: Partial<Parameters<typeof contextMenuTemplate>[0]> = {}) => ({ selectionText: '', isEditable: false, linkURL: '', editFlags: flags, ...change })

function fakeActions() {
  const done: string[] = []
  return {
    done,
    actions: {
      send: (command: string) => void done.push(`send ${command}`),
      openLink: (url: string) => void done.push(`open ${url}`),
      copyText: (text: string) => void done.push(`copy ${text}`),
    },
  }
}

/** The items as a person reads them: role or label, "—" for a separator, "(off)" when disabled. */
const read = (items: MenuItemConstructorOptions[]) => items.map((item) => (item.type === 'separator' ? '—' : `${item.label ?? item.role}${item.enabled === false ? ' (off)' : ''}`))
const click = (items: MenuItemConstructorOptions[], id: string) => (items.find((item) => item.id === id)?.click as unknown as () => void)()

describe('contextMenuTemplate', () => {
  it('offers Copy, Highlight and Add Note on selected text, the last two sent to the page', () => {
    const { done, actions } = fakeActions()
    const items = contextMenuTemplate(target({ selectionText: "Moscow's Vnukovo Airport" }), actions)
    expect(read(items)).toEqual(['copy', '—', 'Highlight', 'Add Note…'])
    click(items, 'highlightSelection')
    click(items, 'noteSelection')
    expect(done).toEqual(['send highlightSelection', 'send noteSelection'])
  })

  it('offers the editing items in a text field, enabled as Electron says', () => {
    const items = contextMenuTemplate(target({ isEditable: true, selectionText: 'kremlin' }), fakeActions().actions)
    expect(read(items)).toEqual(['undo', 'redo', '—', 'cut (off)', 'copy', 'paste (off)', '—', 'selectAll'])
  })

  it('offers nothing when nothing is selected, on no link and outside a field (no menu shows)', () => {
    expect(contextMenuTemplate(target(), fakeActions().actions)).toEqual([])
    expect(contextMenuTemplate(target({ selectionText: '  \n ' }), fakeActions().actions)).toEqual([])
  })

  it('opens and copies a web link through the checked, normalised address', () => {
    const { done, actions } = fakeActions()
    const items = contextMenuTemplate(target({ linkURL: 'https://www.example.org/news/1?a=b' }), actions)
    expect(read(items)).toEqual(['Open Link in Browser', 'Copy Link Address'])
    click(items, 'openLink')
    click(items, 'copyLink')
    expect(done).toEqual(['open https://www.example.org/news/1?a=b', 'copy https://www.example.org/news/1?a=b'])
  })

  it('puts link items and selection items in separate groups when both apply', () => {
    const items = contextMenuTemplate(target({ linkURL: 'http://example.org/', selectionText: 'example' }), fakeActions().actions)
    expect(read(items)).toEqual(['Open Link in Browser', 'Copy Link Address', '—', 'copy', '—', 'Highlight', 'Add Note…'])
  })

  it.each(['file:///etc/passwd', 'javascript:alert(1)', 'parallax://x', 'https://user:pass@example.org/', 'not a link'])('offers nothing for the link %s', (linkURL) => {
    expect(contextMenuTemplate(target({ linkURL }), fakeActions().actions)).toEqual([])
  })
})
