// The commands the application menu sends to the focused window on the 'menu' channel. The menu
// lives in the main process but the work it asks for (importing, finding, moving between passages)
// lives in the renderer; one shared list of names lets both sides type-check what crosses.

export const MENU_COMMANDS = [
  'import',
  'exportPdf',
  'find',
  'findNext',
  'findPrevious',
  'nextPassage',
  'previousPassage',
  'togglePassagesPanel',
  'openSettings',
] as const

export type MenuCommand = (typeof MENU_COMMANDS)[number]

/** The channel the main process sends a MenuCommand on, to the focused window's web contents. */
export const MENU_CHANNEL = 'menu'

/** File > Open Recent sends the comparison's id on this channel: an id is not one of the fixed commands. */
export const MENU_OPEN_COMPARISON_CHANNEL = 'menu:openComparison'

export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value)
}
