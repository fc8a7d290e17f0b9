// What the window's first screen loads (test tooling, shared by tests/e2e/firstScreen.test.ts and the
// benchmark): the moment the first screen is drawn, and the scripts the page and its workers asked for
// before it. The first screen is drawn at the first animation frame after every column shows its text and
// the shared passages are marked (the sample's first report shares no passage, so not every column has one).

import type { BrowserContext, Page, Request } from 'playwright-core'

// A plain string (not a function): page scripts must not carry the helpers the TypeScript loader adds.
const FIRST_SCREEN_WATCH = `window.__firstScreen = new Promise((resolve) => {
  const shown = () => {
    const columns = document.querySelectorAll('[data-doc]')
    return columns.length > 0 && [...columns].every((c) => c.querySelector('[data-paragraph]')) && document.querySelector('[data-doc] [data-passage]')
  }
  const watch = new MutationObserver(() => {
    if (!shown()) return
    watch.disconnect()
    requestAnimationFrame((frame) => resolve(frame))
  })
  watch.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-passage'] })
})`

/** Makes every page of the context note when its first screen is drawn (call before the pages load). */
export async function watchFirstScreen(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: FIRST_SCREEN_WATCH })
}

/** The renderer's scripts (under assets/) asked for so far, with their requests, in the order asked. */
export function recordScripts(context: BrowserContext): { requests: Request[]; stop: () => void } {
  const requests: Request[] = []
  const onRequest = (request: Request): void => {
    if (/\/assets\/[^/]+\.js$/.test(new URL(request.url()).pathname)) requests.push(request)
  }
  context.on('request', onRequest)
  return { requests, stop: () => context.off('request', onRequest) }
}

export const fileOf = (request: Request): string => new URL(request.url()).pathname.split('/').pop() as string

/**
 * Loads `url` in `page` (whose context watches first screens) and waits for its first screen: ms from
 * navigation start, and the script files asked for before that frame (page and workers, sorted).
 * `beforeLoad` runs just before the navigation (what the app's main process does as its window loads).
 */
export async function loadFirstScreen(page: Page, url: string, beforeLoad?: () => Promise<void>): Promise<{ ms: number; scripts: string[] }> {
  const recording = recordScripts(page.context())
  try {
    await page.goto('about:blank')
    await beforeLoad?.()
    await page.goto(url)
    const [frame, origin] = await page.evaluate<[number, number]>('window.__firstScreen.then((t) => [t, performance.timeOrigin])')
    // Requests carry wall-clock start times, as the page's time origin is: those begun before the frame count.
    const before = recording.requests.filter((request) => request.timing().startTime <= origin + frame)
    return { ms: frame, scripts: [...new Set(before.map(fileOf))].sort() }
  } finally {
    recording.stop()
  }
}
