// The context menu on the page, as a plain template built from what Electron says was right-clicked:
// in a text field, the usual editing items; on selected article text, Copy, Highlight and Add Note
// (the renderer does these, as it does the same from the selection toolbar); on a link, opening it in
// the system browser (through the checked helper) and copying its address.

import { clipboard, Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '../shared/ipc/menuCommands'
import { sendPush } from './ipc/push'
import { checkExternalUrl, openExternalSafely } from './openExternal'

/** The parts of Electron's context-menu params the menu is built from. */
export interface ContextMenuTarget {
  selectionText: string
  isEditable: boolean
  linkURL: string
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

export interface ContextMenuActions {
  send: (command: MenuCommand) => void
  openLink: (url: string) => void
  copyText: (text: string) => void
}

const separator: MenuItemConstructorOptions = { type: 'separator' }

/** The items for `target`, or [] when there is nothing to offer (no menu is shown then). */
export function contextMenuTemplate(target: ContextMenuTarget, actions: ContextMenuActions): MenuItemConstructorOptions[] {
  const { editFlags } = target
  if (target.isEditable) {
    return [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut', enabled: editFlags.canCut },
      { role: 'copy', enabled: editFlags.canCopy },
      { role: 'paste', enabled: editFlags.canPaste },
      separator,
      { role: 'selectAll', enabled: editFlags.canSelectAll },
    ]
  }
  const groups: MenuItemConstructorOptions[][] = []
  const link = checkExternalUrl(target.linkURL)
  if (link.ok) {
    groups.push([
      { id: 'openLink', label: 'Open Link in Browser', click: () => actions.openLink(link.url) },
      { id: 'copyLink', label: 'Copy Link Address', click: () => actions.copyText(link.url) },
    ])
  }
  if (target.selectionText.trim() !== '') {
    groups.push([
      { role: 'copy', enabled: editFlags.canCopy },
      separator,
      { id: 'highlightSelection', label: 'Highlight', click: () => actions.send('highlightSelection') },
      { id: 'noteSelection', label: 'Add Note…', click: () => actions.send('noteSelection') },
    ])
  }
  return groups.flatMap((group, i) => (i === 0 ? group : [separator, ...group]))
}

/** Shows the context menu on right-click (or the keyboard's menu key) in `window`'s page. */
export function attachContextMenu(window: BrowserWindow): void {
  const actions: ContextMenuActions = {
    send: (command) => {
      if (!window.isDestroyed()) sendPush(window.webContents, 'menuCommand', command)
    },
    openLink: (url) => void openExternalSafely(url),
    copyText: (text) => clipboard.writeText(text),
  }
  window.webContents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, actions)
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window })
  })
}
