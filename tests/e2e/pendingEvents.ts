// Proving that something did not happen, without waiting for time: events of the kinds a payload or a stray
// shortcut would set off are set off here, after it, and awaited. Once they have fired, what was queued
// before them has had its turn.

import type { Page } from 'playwright-core'

/**
 * Resolves once the page has failed to decode an image (a data: address, which the app's policy allows and
 * which asks nothing of the network), run a timer of no delay and drawn two frames: a hostile image, handler,
 * timer or animation that had got into the page would have fired by then.
 */
export async function afterPendingEvents(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        let left = 3
        const one = (): void => {
          if (--left === 0) done()
        }
        const image = new Image()
        image.addEventListener('error', one, { once: true })
        image.addEventListener('load', one, { once: true })
        image.src = 'data:image/png;base64,bm90IGFuIGltYWdl'
        setTimeout(one, 0)
        requestAnimationFrame(() => requestAnimationFrame(one))
      }),
  )
}
