// Importing one web page by its address through the Import dialog, as a person would: open it from the
// Articles view, type the address, import, and close the dialog once the page is in the library.

import type { Page } from 'playwright-core'
import { expect } from 'vitest'

export async function importByAddress(page: Page, address: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  const field = dialog.getByRole('textbox', { name: 'Or fetch web pages by address' })
  await field.fill(address)
  await field.press('Enter')
  await dialog.getByRole('button', { name: 'Import 1 article' }).click()
  await expect.poll(() => dialog.locator('[data-outcome="imported"]').count()).toBe(1)
  await dialog.getByRole('button', { name: 'Done' }).click()
}
