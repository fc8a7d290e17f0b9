// Plays, in the page, what the application and context menus send in Electron: the test bridge's
// window.menu hears it as the preload's would hear IPC.

import type { Page } from 'playwright-core'
import { TEST_MENU_EVENT } from '../bridge/server'
import type { MenuCommand } from '../../src/shared/ipc/menuCommands'

/** A command (File › Import…, the context menu's Highlight) or File › Open Recent's comparison id. */
export async function playMenu(page: Page, detail: { command: MenuCommand } | { openComparison: string }): Promise<void> {
  await page.evaluate(([name, sent]) => window.dispatchEvent(new CustomEvent(name, { detail: sent })), [TEST_MENU_EVENT, detail] as const)
}
