// The shortcut table both sides use: the menu gives it to Electron as accelerators, and the page matches
// key presses against it where no native menu does. Each accelerator must match its own key press on
// every platform, and nothing else: not with a modifier more or less, not Ctrl for Cmd on macOS.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ACCELERATORS, isMenuCommand, matchesAccelerator, MENU_COMMANDS, shortcutCommand, type KeyPress } from '../../../../src/shared/ipc/menuCommands'

const press = (key: string, code: string, modifiers: Partial<Pick<KeyPress, 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>> = {}): KeyPress => ({
  key,
  code,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
})

const CODES: Record<string, string> = { '[': 'BracketLeft', ']': 'BracketRight', ',': 'Comma' }

/** The key press an accelerator stands for on a US layout. */
function pressFor(accelerator: string, mac: boolean): KeyPress {
  const parts = accelerator.split('+')
  const key = parts.pop() as string
  const has = (name: string) => parts.includes(name)
  return press(/^[A-Z]$/.test(key) ? (has('Shift') ? key : key.toLowerCase()) : key, CODES[key] ?? `Key${key}`, {
    ctrlKey: has('CmdOrCtrl') && !mac,
    metaKey: has('CmdOrCtrl') && mac,
    altKey: has('Alt'),
    shiftKey: has('Shift'),
  })
}

describe('shortcutCommand', () => {
  it.each([false, true])('finds each command from its own key press (macOS: %s)', (mac) => {
    for (const [command, accelerator] of Object.entries(ACCELERATORS)) expect(shortcutCommand(pressFor(accelerator, mac), mac), accelerator).toBe(command)
  })

  it('takes Ctrl on Windows and Linux and Cmd on macOS, never the other', () => {
    expect(shortcutCommand(press('f', 'KeyF', { ctrlKey: true }), false)).toBe('find')
    expect(shortcutCommand(press('f', 'KeyF', { metaKey: true }), true)).toBe('find')
    expect(shortcutCommand(press('f', 'KeyF', { metaKey: true }), false)).toBeNull()
    expect(shortcutCommand(press('f', 'KeyF', { ctrlKey: true }), true)).toBeNull()
  })

  it('needs the modifiers exactly: Shift makes Find Next Find Previous, and an extra Alt matches nothing', () => {
    expect(shortcutCommand(press('g', 'KeyG', { ctrlKey: true }), false)).toBe('findNext')
    expect(shortcutCommand(press('G', 'KeyG', { ctrlKey: true, shiftKey: true }), false)).toBe('findPrevious')
    expect(shortcutCommand(press('g', 'KeyG', { ctrlKey: true, altKey: true }), false)).toBeNull()
    expect(shortcutCommand(press('f', 'KeyF'), false)).toBeNull()
  })

  it('matches by physical key when Alt or the layout types a character that is not a Latin letter', () => {
    // Alt+Cmd+P types π on a Mac; a Russian layout types а on the F key.
    expect(shortcutCommand(press('π', 'KeyP', { metaKey: true, altKey: true }), true)).toBe('togglePassagesPanel')
    expect(shortcutCommand(press('а', 'KeyF', { ctrlKey: true }), false)).toBe('find')
  })

  it('matches a Latin letter by the character typed, so Dvorak’s Ctrl+R (on the O key) is not Import', () => {
    expect(shortcutCommand(press('r', 'KeyO', { ctrlKey: true }), false)).toBeNull()
    expect(shortcutCommand(press('o', 'KeyS', { ctrlKey: true }), false)).toBe('import')
  })

  it('matches punctuation by character or by physical key', () => {
    expect(shortcutCommand(press(']', 'BracketRight', { ctrlKey: true }), false)).toBe('nextPassage')
    expect(shortcutCommand(press('+', 'BracketRight', { ctrlKey: true }), false)).toBe('nextPassage')
    expect(shortcutCommand(press(',', 'Comma', { metaKey: true }), true)).toBe('openSettings')
  })

  it('never matches a key press that has no modifier at all (typing is never a command) (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.string({ maxLength: 12 }), fc.boolean(), fc.boolean(), (key, code, shiftKey, mac) => shortcutCommand(press(key, code, { shiftKey }), mac) === null),
    )
  })

  it('gives every accelerator a command the menu can send', () => {
    for (const command of Object.keys(ACCELERATORS)) expect(isMenuCommand(command)).toBe(true)
    expect(new Set(MENU_COMMANDS).size).toBe(MENU_COMMANDS.length)
    expect(matchesAccelerator('CmdOrCtrl+F', press('F', 'KeyF', { ctrlKey: true }), false)).toBe(true)
  })
})
