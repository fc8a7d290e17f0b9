import { test } from 'vitest'
import { screenshot, startApp } from './harness'
test('shot', async () => {
  for (const scheme of ['light', 'dark'] as const) {
    const app = await startApp({ colorScheme: scheme })
    await app.page.goto(app.bridge.url)
    await app.page.locator('[data-passage]').first().waitFor()
    await app.page.locator('[data-doc="1"] [data-passage]').first().scrollIntoViewIfNeeded()
    await app.page.locator('[data-doc="1"] [data-passage]').first().hover()
    await app.page.waitForTimeout(300)
    await screenshot(app.page, `dev-${scheme}`)
    console.log(app.pageErrors)
    await app.close()
  }
}, 60000)
