// Shared set-up of the Chromium measurements (view.ts, pdf.ts): a fresh library with the test bridge,
// Debian's Chromium on a fresh profile, the bridge's PDF printer printing in that Chromium, and the
// benchmark's texts added to the library as one comparison. Main's alignment thread is the built one
// (out/main/chunks), as in the app, when the app has been built. Everything made here is removed by close().

import { readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { chromium, type BrowserContext } from 'playwright-core'
import { playwrightDesktop, type DesktopStandIn } from '../tests/bridge/playwrightDesktop'
import { startBridge, type Bridge } from '../tests/bridge/server'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/bridge/chromium'
import { addArticle } from '../src/main/storage/articles'
import { addComparison } from '../src/main/storage/comparisons'

export interface BenchBrowser {
  bridge: Bridge
  context: BrowserContext
  /** The save "dialog" and printer behind exportPdf: set nextSavePath before choosePdfFile. */
  desktop: DesktopStandIn
  close: () => Promise<void>
}

/** The built program of main's alignment thread, if the app has been built. */
function builtAlignmentThread(): string | undefined {
  const folder = resolve('out/main/chunks')
  try {
    const file = readdirSync(folder).find((f) => f.startsWith('alignmentThread-') && f.endsWith('.js'))
    return file ? join(folder, file) : undefined
  } catch {
    return undefined
  }
}

export async function startBenchBrowser(name: string, viewport = { width: 1600, height: 900 }): Promise<BenchBrowser> {
  const data = await mkdtemp(join(tmpdir(), `parallax-${name}-bench-`))
  const profile = await mkdtemp(join(tmpdir(), `parallax-${name}-chromium-`))
  let context: BrowserContext | undefined
  let desktop: DesktopStandIn | undefined
  const thread = builtAlignmentThread()
  const bridge = await startBridge({
    dataFolder: data,
    ...(thread ? { alignmentThread: thread } : {}),
    desktop: (pageUrl) => {
      desktop = playwrightDesktop(() => context, pageUrl)
      return desktop.ports
    },
  })
  const removeFolders = async (): Promise<void> => {
    await rm(data, { recursive: true, force: true })
    await rm(profile, { recursive: true, force: true })
  }
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, viewport, args: CHROMIUM_ARGS })
  } catch (error) {
    await bridge.close()
    await removeFolders()
    throw error
  }
  const browser = context
  return {
    bridge,
    context: browser,
    desktop: desktop as DesktopStandIn,
    close: async () => {
      await browser.close()
      await bridge.close()
      await removeFolders()
    },
  }
}

/** Adds each text as a report and the reports as one comparison; returns the comparison's id. */
export async function addTextsComparison(bridge: Bridge, title: string, texts: readonly string[]): Promise<string> {
  const ids: string[] = []
  for (const [i, text] of texts.entries()) {
    const { article } = await addArticle(bridge.services.library.store, {
      title: `Bench report ${i + 1}`,
      outlet: null,
      byline: null,
      url: null,
      publishedAt: null,
      tags: [],
      extracted: text,
    })
    ids.push(article.id)
  }
  return (await addComparison(bridge.services.library.store, title, ids)).id
}
