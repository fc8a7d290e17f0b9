// The desktop ports of `npm run serve:test`, for a person using the bridge from their own browser: there is
// no save dialog, so PDFs go to an exports folder under a free name (never over an existing file); they are
// printed by a headless Chromium started on the first export (the tests' executable and flags, and the tests'
// print function); and "open" tells the path on stderr, since a server cannot open a viewer.

import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import { chromium, type Browser, type BrowserContext } from 'playwright-core'
import type { DesktopPorts } from '../../src/main/services/pdfExport'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium'
import { printViewToPdf } from './playwrightDesktop'

export interface BridgeDesktop {
  /** The `desktop` option of startBridge. */
  ports: (pageUrl: () => string) => DesktopPorts
  /** Closes the printing browser, if one was started. */
  close: () => Promise<void>
}

export interface BridgeDesktopOptions {
  exportsFolder: string
  chromiumPath?: string
  /** Where "open" reports the saved file; stderr by default. */
  tell?: (line: string) => void
}

/** `name.pdf`, else `name (2).pdf`, `name (3).pdf` ...: the first that neither exists nor was handed out. */
export function freePdfPath(folder: string, suggestedName: string, handedOut: ReadonlySet<string>): string {
  const name = basename(suggestedName)
  const stem = extname(name).toLowerCase() === '.pdf' ? name.slice(0, -4) : name
  for (let n = 1; ; n++) {
    const path = join(folder, n === 1 ? `${stem}.pdf` : `${stem} (${n}).pdf`)
    if (!handedOut.has(path) && !existsSync(path)) return path
  }
}

export function bridgeDesktop(options: BridgeDesktopOptions): BridgeDesktop {
  const executablePath = options.chromiumPath ?? CHROMIUM_PATH
  const tell = options.tell ?? ((line: string) => process.stderr.write(`${line}\n`))
  // A name is handed out before its file is written: two exports in flight must not share one.
  const handedOut = new Set<string>()
  let printer: Promise<{ browser: Browser; context: BrowserContext }> | undefined

  async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
    if (!existsSync(executablePath)) {
      throw new Error(
        `Chromium was not found at ${executablePath}. Install Chromium (on Debian: apt-get install chromium), or start npm run serve:test with PARALLAX_CHROMIUM set to its path.`,
      )
    }
    // The bridge's own SIGINT/SIGTERM handlers close the browser, then exit.
    const browser = await chromium.launch({ executablePath, headless: true, args: CHROMIUM_ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false })
    return { browser, context: await browser.newContext() }
  }

  function started(): Promise<{ browser: Browser; context: BrowserContext }> {
    printer ??= launch().catch((error: unknown) => {
      printer = undefined
      throw error
    })
    return printer
  }

  return {
    ports: (pageUrl) => ({
      choosePdfPath: async (suggestedName) => {
        await mkdir(options.exportsFolder, { recursive: true })
        const path = freePdfPath(options.exportsFolder, suggestedName, handedOut)
        handedOut.add(path)
        return path
      },
      printToPdf: async (hash) => printViewToPdf((await started()).context, pageUrl() + hash),
      openPath: async (path) => tell(`PDF saved: ${path}`),
    }),
    close: async () => {
      const running = printer
      printer = undefined
      if (running) await running.then(({ browser }) => browser.close()).catch(() => undefined)
    },
  }
}
