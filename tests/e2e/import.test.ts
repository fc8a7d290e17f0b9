// Bringing in one's own articles, in Chromium through the test bridge: an HTML page and a text file
// (Windows line endings) chosen in the file chooser, previewed with their details and clean-up, imported,
// found in the library, and compared with a sample report, where a shared passage shows.

import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, startApp, type RunningApp } from './harness'
import { getArticleTexts, listArticles } from '../../src/main/storage/articles'

const FIXTURES = resolve('tests/fixtures/import/e2e')

describe('importing articles', () => {
  let app: RunningApp

  beforeAll(async () => {
    app = await startApp({ viewport: { width: 1500, height: 950 } })
    await app.page.goto(`${app.bridge.url}#/library`)
    await app.page.getByRole('heading', { name: /^Articles/ }).waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('imports an HTML page and a text file through the file chooser, with details found and clutter dropped', async () => {
    const { page } = app
    await page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Import…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose files…' }).click()])
    expect(chooser.isMultiple()).toBe(true)
    await chooser.setFiles([resolve(FIXTURES, 'white-house-briefing.html'), resolve(FIXTURES, 'kerry-lands.txt')])
    await expect.poll(() => dialog.getByRole('button', { name: 'Import 2 articles' }).isEnabled()).toBe(true)
    await expect(dialog.getByRole('textbox', { name: 'Title of white-house-briefing.html' }).inputValue()).resolves.toBe('White House presses Moscow on Syria')
    await expect(dialog.getByRole('textbox', { name: 'Outlet of white-house-briefing.html' }).inputValue()).resolves.toBe('Capital Ledger')
    await expect(dialog.getByRole('textbox', { name: 'Title of kerry-lands.txt' }).inputValue()).resolves.toBe('Kerry lands in Moscow for Syria talks')
    await expect(dialog.getByRole('textbox', { name: 'Published of kerry-lands.txt' }).inputValue()).resolves.toBe('2013-05-07')
    await screenshot(page, 'import-preview')
    await dialog.getByRole('button', { name: 'Import 2 articles' }).click()
    await expect.poll(() => dialog.locator('[data-outcome="imported"]').count()).toBe(2)
    await dialog.getByRole('button', { name: 'Done' }).click()

    const table = page.locator('.article-table')
    await expect.poll(() => table.getByText('White House presses Moscow on Syria').count()).toBe(1)
    await expect(table.getByText('Kerry lands in Moscow for Syria talks').count()).resolves.toBe(1)
    const { library } = app.bridge.services
    const imported = listArticles(library.store).find((a) => a.title === 'Kerry lands in Moscow for Syria talks')
    const texts = await getArticleTexts(library.store, imported?.id ?? '')
    expect(texts.text).not.toContain('\r')
    expect(texts.text).not.toMatch(/^Share$/m)
    expect(texts.source).toContain('Share')
  })

  it('reads files dropped on the window: each bad one refused in words, the good one still imported', async () => {
    const { page } = app
    const before = listArticles(app.bridge.services.library.store).length
    // A drop as the window gets it from the system: a good text file, an empty one, a PNG renamed .txt, a page with no article.
    await page.evaluate(() => {
      const transfer = new DataTransfer()
      transfer.items.add(new File(['Budget talks resume in the capital\n\nLawmakers returned on Monday to talks over the budget, with both parties saying they hoped to reach an agreement before the end of the month.\n'], 'budget.txt', { type: 'text/plain' }))
      transfer.items.add(new File([], 'empty.txt', { type: 'text/plain' }))
      transfer.items.add(new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 1, 2, 3])], 'photo.txt', { type: 'text/plain' }))
      transfer.items.add(new File(['<html><head><title>Home</title></head><body><nav><a href="/">Home</a> <a href="/a">World</a></nav></body></html>'], 'index.html', { type: 'text/html' }))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    })
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await expect.poll(() => dialog.locator('.import-refusal').count()).toBe(3)
    const refusals = await dialog.locator('.import-refusal').allTextContents()
    expect(refusals.find((r) => r.startsWith('empty.txt'))).toContain('The file is empty.')
    expect(refusals.find((r) => r.startsWith('photo.txt'))).toMatch(/binary|PNG/i)
    expect(refusals.find((r) => r.startsWith('index.html'))).toContain('No article text was found in this page')
    await dialog.getByRole('button', { name: 'Import 1 article' }).click()
    await expect.poll(() => dialog.locator('[data-outcome="imported"]').count()).toBe(1)
    await expect(dialog.locator('[data-outcome="refused"]').count()).resolves.toBe(3)
    await dialog.getByRole('button', { name: 'Done' }).click()
    expect(listArticles(app.bridge.services.library.store)).toHaveLength(before + 1)
  })

  it('names duplicates in the preview, before Import: a text already in the library, and one given twice', async () => {
    const { page } = app
    const before = listArticles(app.bridge.services.library.store).length
    const again = await readFile(resolve(FIXTURES, 'kerry-lands.txt'), 'utf8')
    await page.evaluate((kerry) => {
      const fresh = 'Harbour reopens after storm\n\nThe harbour reopened to shipping on Tuesday after crews cleared the wreckage the storm left along the main channel, the port authority said.\n'
      const transfer = new DataTransfer()
      transfer.items.add(new File([kerry], 'kerry-copy.txt', { type: 'text/plain' }))
      transfer.items.add(new File([fresh], 'harbour.txt', { type: 'text/plain' }))
      transfer.items.add(new File([fresh], 'harbour-again.txt', { type: 'text/plain' }))
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }))
    }, again)
    const dialog = page.getByRole('dialog', { name: 'Import articles' })
    await expect.poll(() => dialog.locator('.draft-duplicate').count()).toBe(2)
    const notes = await dialog.locator('.draft-duplicate').allTextContents()
    expect(notes[0]).toMatch(/^Already in the library as “Kerry lands in Moscow for Syria talks”/)
    expect(notes[1]).toBe('The same text as harbour.txt above: only one of them is added.')
    await expect(dialog.getByRole('button', { name: 'Import 1 article' }).isEnabled()).resolves.toBe(true)
    await expect(dialog.getByText('2 texts are already in the library or earlier in this list, and will not be added again.').count()).resolves.toBe(1)
    await screenshot(page, 'import-duplicates')
    await dialog.getByRole('button', { name: 'Import 1 article' }).click()
    await expect.poll(() => dialog.locator('[data-outcome="imported"]').count()).toBe(1)
    await expect(dialog.locator('[data-outcome="duplicate"]').count()).resolves.toBe(2)
    await dialog.getByRole('button', { name: 'Done' }).click()
    expect(listArticles(app.bridge.services.library.store)).toHaveLength(before + 1)
  })

  it('finds an imported article by a word of its text', async () => {
    const { page } = app
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('shielding')
    await expect.poll(() => page.locator('.article-table tbody tr').count()).toBe(1)
    await expect(page.locator('.article-table tbody tr').textContent()).resolves.toContain('White House presses Moscow on Syria')
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('')
    await expect.poll(() => page.locator('.article-table tbody tr').count()).toBe(7)
    await page.getByRole('checkbox', { name: /^Select “White House/ }).check()
    await screenshot(page, 'library-articles')
    await page.getByRole('checkbox', { name: /^Select “White House/ }).uncheck()
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('')
  })

  it('compares the imported page with a sample report and shows the passage they share', async () => {
    const { page } = app
    await page.getByRole('checkbox', { name: '“White House presses Moscow on Syria”', exact: false }).check()
    await page.getByRole('checkbox', { name: /^Select “Secretary of State John Kerry, in Moscow/ }).check()
    await page.getByRole('checkbox', { name: '“Kerry lands in Moscow for Syria talks”', exact: false }).check()
    await page.getByRole('textbox', { name: 'Title of the new comparison' }).fill('Carney on Assad')
    await page.getByRole('button', { name: 'Compare selected' }).click()
    await page.getByRole('heading', { level: 1, name: 'Carney on Assad' }).waitFor()
    const quote = page.locator('[data-doc="0"] [data-passage]', { hasText: /pointed clearly to Assad/ }).first()
    await quote.waitFor()
    const id = await quote.getAttribute('data-passage')
    await expect(page.locator(`[data-doc="1"] [data-passage="${id}"]`).count()).resolves.toBeGreaterThan(0)
    await expect(page.getByRole('button', { name: /Carney on Assad/ }).count()).resolves.toBe(1)
    await screenshot(page, 'import-compared')
    expect(app.pageErrors).toEqual([])
  })
})
