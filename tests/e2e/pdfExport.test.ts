// Export PDF in Chromium through the test bridge, on the sample with one highlight carrying a note: the
// dialog, the save "dialog", printing with page.pdf() (Chromium's print path, as Electron's printToPDF),
// and the file read back with poppler: titles, the whole Carney quote, the note, page size, the reports'
// titles repeated on the columns' second page, the passage's number in the columns, pages as PNGs.

import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { screenshot, startApp, type RunningApp } from './harness'
import { pdfOutline } from './pdfOutline'
import { getArticle } from '../../src/main/storage/articles'
import { listComparisons } from '../../src/main/storage/comparisons'

const OUT = resolve('artifacts/pdf')
const NOTE = 'Which airport? Report 1 does not say.'
const CARNEY =
  "We have consistently, in our conversations with the Russians and others, pointed clearly to Assad's behavior as proof that further support for the regime is not in the interest of the Syrian people or in the interest of the countries that have in the past supported Assad"

const flat = (text: string): string => text.replace(/-\n(?=\p{Ll})/gu, '').replace(/\s+/g, ' ').replace(/[‘’]/g, "'")
const pdfText = (path: string, args: string[] = []): string => execFileSync('pdftotext', [...args, path, '-'], { encoding: 'utf8' })

describe('Export PDF', () => {
  let app: RunningApp

  beforeAll(async () => {
    await rm(OUT, { recursive: true, force: true })
    await mkdir(OUT, { recursive: true })
    app = await startApp({ viewport: { width: 1440, height: 900 } })
    const { library } = app.bridge.services
    const comparison = listComparisons(library.store)[0]
    const articleId = comparison?.articleIds[2] ?? ''
    const { text } = await getArticle(library.store, articleId)
    const start = text.indexOf("Moscow's Vnukovo Airport")
    await library.highlights.add({ comparisonId: comparison?.id ?? '', articleId, start, end: start + "Moscow's Vnukovo Airport".length, color: 'yellow', note: NOTE })
    await app.page.goto(app.bridge.url)
    await app.page.locator('[data-doc="2"] [data-passage]').first().waitFor()
  })
  afterAll(async () => {
    await app?.close()
  })

  it('exports the sample with columns, appendix and notes, and the PDF holds the titles, the quote and the note', async () => {
    const { page, desktop } = app
    const path = join(OUT, 'kerry-moscow.pdf')
    desktop.nextSavePath = path
    await page.getByRole('button', { name: 'Export PDF…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export PDF' })
    await expect(dialog.getByRole('radio', { name: 'A4' }).isChecked()).resolves.toBe(true)
    await expect(dialog.getByRole('radio', { name: 'Landscape' }).isChecked()).resolves.toBe(true)
    await dialog.getByRole('checkbox', { name: 'Shared passages appendix' }).check()
    await screenshot(page, 'export-pdf-dialog')
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await expect(dialog.getByText(/^Saved kerry-moscow\.pdf: \d+ pages/).textContent({ timeout: 60_000 })).resolves.toMatch(/pages, \d+ KB, in [\d.]+ s\.$/)
    await screenshot(page, 'export-pdf-done')
    expect(desktop.suggested).toEqual(['Kerry-in-Moscow-May-2013.pdf'])
    expect(existsSync(path)).toBe(true)
    expect((await readdir(OUT)).filter((name) => name.endsWith('.tmp'))).toEqual([])

    const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+841\.\d+ x 59[45]\.\d+ pts \(A4\)/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThanOrEqual(4)
    // Its own title and maker (not the print view's readiness marker and the browser), tagged for screen
    // readers, with an outline a viewer's sidebar shows.
    expect(info).toMatch(/^Title:\s+Kerry in Moscow, May 2013$/m)
    expect(info).toMatch(/^Creator:\s+Parallax$/m)
    expect(info).toMatch(/^Tagged:\s+yes$/m)
    const outline = await pdfOutline(await readFile(path))
    expect(outline).toEqual([
      'Kerry in Moscow, May 2013',
      'How to read the columns',
      '1. Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia',
      "2. Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests'",
      "3. Syria set to dominate talks between Kerry and Russia's Putin",
      'Notes',
      'Quotations',
      'Jay Carney',
      'John Kerry',
      'Vladimir Putin',
      'No speaker named',
      'Shared passages',
      'Passage 1 · in reports 2, 3 · 47 words',
    ])

    const text = flat(pdfText(path))
    for (const title of [
      'Secretary of State John Kerry to Talk Boston Bombing, Syria in Russia',
      "Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests'",
      "Syria set to dominate talks between Kerry and Russia's Putin",
    ]) {
      expect(text).toContain(title)
    }
    expect(text).toContain(CARNEY)
    expect(text).toContain(NOTE)
    expect(text).toContain('Page 1 of')
    // The quotations, by speaker: Carney's with report 2's wording against report 3's fuller one.
    expect(text).toMatch(/Report 2, Secretary of State John Kerry, in Moscow, Tells Russian President Vladimir Putin, 'We Share Common Interests' · trimmed, re-capitalised, reworded \(“that” → “the”\)/)
    // The columns page, read column by column, carries the quote too (not only the appendix).
    const columnsPage = flat(pdfText(path, ['-f', '2', '-l', String(pages)]).split('Notes')[0] ?? '')
    expect(columnsPage).toContain('White House spokesman Jay Carney said')

    // The columns run on to a second page, and it opens with the reports' titles again; the quote starts
    // with its passage's number, as the appendix names it.
    // (The three titles' lines come out of pdftotext interleaved, so each is looked for by its first line.)
    const pageText = (n: number): string => flat(pdfText(path, ['-f', String(n), '-l', String(n)]))
    for (const n of [2, 3]) {
      const head = pageText(n).slice(0, 400)
      for (const start of ['1 Secretary of State John Kerry to Talk', '2 Secretary of State John Kerry, in', '3 Syria set to dominate talks between']) expect(head, `page ${n}`).toContain(start)
      expect(head, `page ${n}`).toContain('May 6, 2013 · 567 words 363 words 569 words')
    }
    expect(pageText(3)).not.toContain('How to read the columns')
    expect(columnsPage).toMatch(/"\s*1 We have consistently/)
    expect(columnsPage).toContain('and 1 we have consistently')
    expect(text).toContain('Passage 1 · in reports 2, 3')

    execFileSync('pdftoppm', ['-r', '60', '-png', path, join(OUT, 'kerry-moscow')])
    expect((await readdir(OUT)).filter((name) => name.endsWith('.png'))).toHaveLength(pages)

    await dialog.getByRole('button', { name: 'Open the PDF' }).click()
    await expect.poll(() => desktop.opened).toEqual([path])
    await dialog.getByRole('button', { name: 'Close' }).click()
    await expect(dialog.count()).resolves.toBe(0)
    expect(app.pageErrors).toEqual([])
  })

  it('does nothing when the save dialog is cancelled, and Escape closes the dialog', async () => {
    const { page, desktop } = app
    desktop.nextSavePath = null
    await page.keyboard.press('Control+p')
    const dialog = page.getByRole('dialog', { name: 'Export PDF' })
    await dialog.getByRole('button', { name: 'Export…' }).click()
    await expect.poll(() => dialog.getByRole('button', { name: 'Export…' }).isEnabled()).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
  })

  it('says in words why a file cannot be written, and leaves nothing behind', async () => {
    const { page, desktop } = app
    const missing = join(OUT, 'no-such-folder', 'report.pdf')
    desktop.nextSavePath = missing
    await page.getByRole('button', { name: 'Export PDF…' }).click()
    const dialog = page.getByRole('dialog', { name: 'Export PDF' })
    await dialog.getByRole('button', { name: 'Export…' }).click()
    const alert = dialog.getByRole('alert')
    await expect(alert.textContent({ timeout: 60_000 })).resolves.toContain('The folder for “report.pdf” no longer exists. Choose another folder.')
    expect(existsSync(join(OUT, 'no-such-folder'))).toBe(false)
    await dialog.getByRole('button', { name: 'Try again' }).click()
    await dialog.getByRole('button', { name: 'Cancel' }).click()
  })
})
