// The desktop ports (save dialog, PDF printer, file opener) for the test bridge: the print view is opened
// in a new tab of the test's Chromium and printed with page.pdf(), the same print path as Electron's
// printToPDF. The "save dialog" answers what the test set; "open" records the path instead of opening it.
// printViewToPdf is also the printer of `npm run serve:test` (bridgeDesktop.ts).

import type { BrowserContext } from 'playwright-core'
import type { DesktopPorts } from '../../src/main/services/pdfExport'
import { PRINT_FAILED_PREFIX, PRINT_READY_TITLE } from '../../src/shared/domain/pdf'

export interface DesktopStandIn {
  ports: DesktopPorts
  /** What the next save dialog answers: a path, or null for Cancel. */
  nextSavePath: string | null
  /** The suggested names the save dialog was shown with. */
  suggested: string[]
  /** Paths "opened" in the system viewer. */
  opened: string[]
}

/** Opens the print view at `url` in a new tab of `context`, waits for its ready title, and prints it to PDF bytes. */
export async function printViewToPdf(context: BrowserContext, url: string, timeoutMs = 120_000): Promise<Uint8Array> {
  const page = await context.newPage()
  try {
    await page.goto(url)
    // The title is polled from here: the page's CSP forbids the string evaluation waitForFunction would need.
    const deadline = Date.now() + timeoutMs
    let title = await page.title()
    while (title !== PRINT_READY_TITLE && !title.startsWith(PRINT_FAILED_PREFIX)) {
      if (Date.now() > deadline) throw new Error(`the print view was not ready after ${timeoutMs / 1000} s`)
      await new Promise((done) => setTimeout(done, 25))
      title = await page.title()
    }
    if (title !== PRINT_READY_TITLE) throw new Error(title.slice(PRINT_FAILED_PREFIX.length).trim())
    return new Uint8Array(await page.pdf({ printBackground: true, preferCSSPageSize: true, tagged: true, outline: true }))
  } finally {
    await page.close()
  }
}

export function playwrightDesktop(context: () => BrowserContext | undefined, pageUrl: () => string, timeoutMs = 120_000): DesktopStandIn {
  const standIn: DesktopStandIn = {
    nextSavePath: null,
    suggested: [],
    opened: [],
    ports: {
      choosePdfPath: async (suggestedName) => {
        standIn.suggested.push(suggestedName)
        return standIn.nextSavePath
      },
      printToPdf: async (hash) => {
        const browser = context()
        if (!browser) throw new Error('no browser to print with')
        return printViewToPdf(browser, pageUrl() + hash, timeoutMs)
      },
      openPath: async (path) => {
        standIn.opened.push(path)
      },
    },
  }
  return standIn
}
