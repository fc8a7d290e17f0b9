// Shared set-up for the Chromium tests: Debian's Chromium driven by playwright-core (never a downloaded
// browser), a fresh profile and a fresh library folder per app, and the test bridge in-process.

import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'
import { playwrightDesktop, type DesktopStandIn } from '../bridge/playwrightDesktop'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../bridge/chromium'
import { startBridge, type Bridge } from '../bridge/server'

export { CHROMIUM_ARGS, CHROMIUM_PATH } from '../bridge/chromium'
export const SCREENSHOT_FOLDER = 'artifacts/screenshots'

export interface RunningApp {
  page: Page
  bridge: Bridge
  dataFolder: string
  /** Console errors and uncaught page errors seen so far. */
  pageErrors: string[]
  /** The save dialog, PDF printer (a new tab, page.pdf) and file opener behind PDF export. */
  desktop: DesktopStandIn
  /** Web addresses the page asked to open in the system browser (openLink). */
  openedLinks: string[]
  close: () => Promise<void>
}

export interface StartOptions {
  colorScheme?: 'light' | 'dark'
  viewport?: { width: number; height: number }
  /** Reuse a library folder (to test what survives a restart); a fresh one otherwise. */
  dataFolder?: string
  /** Let the test inject scripts (an accessibility checker) past the page's CSP. */
  bypassCSP?: boolean
  /** Chromium switches beyond the usual ones (caret browsing, say). */
  args?: string[]
  /** False: main has no alignment thread, so the window aligns every comparison itself. */
  alignInMain?: boolean
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const profile = await mkdtemp(join(tmpdir(), 'parallax-chromium-'))
  const dataFolder = options.dataFolder ?? (await mkdtemp(join(tmpdir(), 'parallax-data-')))
  let context: BrowserContext | undefined
  let desktop: DesktopStandIn | undefined
  const openedLinks: string[] = []
  const bridge = await startBridge({
    dataFolder,
    desktop: (pageUrl) => {
      desktop = playwrightDesktop(() => context, pageUrl)
      return desktop.ports
    },
    openLink: async (url) => {
      openedLinks.push(url)
      return true
    },
    ...(options.alignInMain === false ? { alignmentThread: null } : {}),
  })
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
      colorScheme: options.colorScheme ?? 'light',
      viewport: options.viewport ?? { width: 1440, height: 900 },
      bypassCSP: options.bypassCSP ?? false,
    })
  } catch (error) {
    await bridge.close()
    throw error
  }
  const page = context.pages()[0] ?? (await context.newPage())
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(message.text())
  })
  page.on('response', (response) => {
    if (response.status() >= 400) pageErrors.push(`${response.status()} ${response.url()}`)
  })
  return {
    page,
    bridge,
    dataFolder,
    pageErrors,
    desktop: desktop as DesktopStandIn,
    openedLinks,
    close: async () => {
      await context?.close()
      await bridge.close()
      await rm(profile, { recursive: true, force: true })
      if (!options.dataFolder) await rm(dataFolder, { recursive: true, force: true })
    },
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_FOLDER, { recursive: true })
  const path = join(SCREENSHOT_FOLDER, `${name}.png`)
  await page.screenshot({ path })
  return path
}

/** Opens the app at `url` and waits until the sample's passages show in its third column. */
export async function openSample(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await page.locator('[data-doc="2"] [data-passage]').first().waitFor()
}

/** Opens the app's Articles view and waits for it. */
export async function openLibrary(app: RunningApp): Promise<void> {
  await app.page.goto(`${app.bridge.url}#/library`)
  await app.page.getByRole('heading', { name: /^Articles/ }).waitFor()
}

/** From the Articles view: opens the import dialog and chooses `files` in its file chooser; the dialog. */
export async function chooseImportFiles(page: Page, files: readonly string[]): Promise<Locator> {
  await page.getByRole('toolbar', { name: 'Articles' }).getByRole('button', { name: 'Import…' }).click()
  const dialog = page.getByRole('dialog', { name: 'Import articles' })
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), dialog.getByRole('button', { name: 'Choose files…' }).click()])
  await chooser.setFiles([...files])
  return dialog
}

/**
 * For a describe block reading the built-in sample: starts the app before its tests (a 1600 × 900 window),
 * opens the sample once its passages show, and closes everything after. Read `.current` inside a test.
 */
export function useSampleApp(): { current: RunningApp } {
  const holder = {} as { current: RunningApp }
  beforeAll(async () => {
    holder.current = await startApp({ viewport: { width: 1600, height: 900 } })
    await openSample(holder.current.page, holder.current.bridge.url)
  })
  afterAll(async () => {
    await holder.current?.close()
  })
  return holder
}
