// How long the page is held up while the import dialog reads large files (issue target: no task over
// 200 ms): a 20 MB text file and five 2 MB web pages, made as the e2e test makes them, chosen in the dialog
// of the built renderer through the test bridge in Debian's Chromium, from choosing them until their preview
// is ready; against the same measure for one small file (the sample's first report), in the same run.

import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { heavyPage, largeText } from '../tests/e2e/largeImportInput'
import { startBenchBrowser } from './browser'

export interface ReadingFigures {
  what: string
  /** The longest task the page's long-task observer saw while the files were read, in ms (0: none over 50 ms). */
  longestTaskMs: number
  /** The longest gap between two animation frames meanwhile. */
  longestFrameGapMs: number
  readMs: number
}

// In-page scripts are plain JavaScript strings (see view.ts): the TypeScript loader's helpers do not exist in the page.
const WATCH = `(() => {
  const record = { longestTask: 0, longestFrameGap: 0, running: true }
  window.__reading = record
  new PerformanceObserver((list) => { for (const entry of list.getEntries()) record.longestTask = Math.max(record.longestTask, entry.duration) }).observe({ type: 'longtask' })
  let last = 0
  const frame = (time) => { if (last > 0) record.longestFrameGap = Math.max(record.longestFrameGap, time - last); last = time; if (record.running) requestAnimationFrame(frame) }
  requestAnimationFrame(frame)
})()`
const READ = `new Promise((resolve) => setTimeout(() => { const r = window.__reading; r.running = false; resolve({ longestTask: r.longestTask, longestFrameGap: r.longestFrameGap }) }, 100))`

async function readFiles(page: Page, paths: string[], what: string): Promise<ReadingFigures> {
  await page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  await page.evaluate(WATCH)
  const started = performance.now()
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose files…' }).click()])
  await chooser.setFiles(paths)
  const ready = dialog.getByRole('button', { name: paths.length === 1 ? 'Import 1 article' : `Import ${paths.length} articles` })
  await ready.waitFor({ timeout: 180_000 })
  while (!(await ready.isEnabled())) await page.waitForTimeout(50)
  const readMs = performance.now() - started
  const measured = await page.evaluate<{ longestTask: number; longestFrameGap: number }>(READ)
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  return { what, longestTaskMs: measured.longestTask, longestFrameGapMs: measured.longestFrameGap, readMs }
}

export async function measureImportReading(): Promise<ReadingFigures[]> {
  const folder = await mkdtemp(join(tmpdir(), 'parallax-reading-bench-'))
  const { bridge, context, close } = await startBenchBrowser('reading', { width: 1400, height: 900 })
  try {
    const text = join(folder, 'harbour-plan.txt')
    await writeFile(text, largeText(19_900_000).text)
    const pages = Array.from({ length: 5 }, (_, i) => join(folder, `heavy-page-${i + 1}.html`))
    for (const [i, path] of pages.entries()) await writeFile(path, heavyPage(i + 1, 2_000_000).html)
    const page = context.pages()[0] ?? (await context.newPage())
    await page.goto(`${bridge.url}#/library`)
    await page.getByRole('heading', { name: /^Articles/ }).waitFor()
    return [
      await readFiles(page, ['resources/samples/kerry-moscow-2013/1.txt'], 'one small text file (the baseline)'),
      await readFiles(page, [text], 'a 20 MB text file'),
      await readFiles(page, pages, 'five 2 MB web pages'),
    ]
  } finally {
    await close()
    await rm(folder, { recursive: true, force: true })
  }
}
